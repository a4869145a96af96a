"""Management calculators: Mirels, SINS, zoledronic acid renal dosing and eligibility checks.

Worked examples are built from the published points tables (Mirels 1989 as tabulated by Jawad &
Scully 2010; SINS by Fisher et al. 2010) and sit on every category boundary.
"""

import math

import pytest

from course.clinical import (
    ablation_eligibility,
    allowed_values,
    mirels_score,
    radiopharmaceutical_eligibility,
    sins_score,
    zoledronic_acid_dose,
)

# --- Mirels ------------------------------------------------------------------------------------

MIRELS_CASES = [
    # (site, pain, lesion, size, total, risk, kind, recommendation, original)
    (
        "upper limb",
        "mild",
        "blastic",
        "<1/3",
        4,
        0.04,
        "upper bound",
        "radiotherapy and observation",
        "irradiation without fixation",
    ),
    (
        "upper limb",
        "moderate",
        "lytic",
        "<1/3",
        7,
        0.04,
        "upper bound",
        "radiotherapy and observation",
        "irradiation without fixation",
    ),
    (
        "lower limb",
        "moderate",
        "lytic",
        "<1/3",
        8,
        0.15,
        "point",
        "clinical judgement",
        "prophylactic fixation before irradiation",
    ),
    (
        "lower limb",
        "moderate",
        "lytic",
        "1/3-2/3",
        9,
        0.33,
        "point",
        "prophylactic fixation",
        "prophylactic fixation before irradiation",
    ),
    (
        "peritrochanteric",
        "functional",
        "lytic",
        ">2/3",
        12,
        0.33,
        "lower bound",
        "prophylactic fixation",
        "prophylactic fixation before irradiation",
    ),
]


@pytest.mark.parametrize("case", MIRELS_CASES, ids=lambda c: f"total{c[4]}")
def test_mirels_boundaries(case):
    site, pain, lesion, size, total, risk, kind, recommendation, original = case
    result = mirels_score(site, pain, lesion, size)
    assert result.total == total
    assert result.fracture_risk == pytest.approx(risk)
    assert result.risk_kind == kind
    assert result.recommendation == recommendation
    assert result.original_recommendation == original


def test_mirels_points_per_component():
    result = mirels_score("peritrochanteric", "mild", "mixed", ">2/3")
    assert result.points == {"site": 3, "pain": 1, "lesion": 2, "size": 3}
    assert result.total == 9


def test_mirels_eight_is_where_the_sources_disagree():
    result = mirels_score("lower limb", "moderate", "lytic", "<1/3")
    assert result.recommendation == "clinical judgement"
    assert result.original_recommendation.startswith("prophylactic fixation")


def test_mirels_risk_text_never_states_unverified_values():
    assert mirels_score("upper limb", "mild", "blastic", "<1/3").risk_text() == "< 4 %"
    assert mirels_score("lower limb", "moderate", "lytic", "<1/3").risk_text() == "15 %"
    for total_case in (
        ("peritrochanteric", "functional", "mixed", ">2/3"),  # 11
        ("peritrochanteric", "moderate", "lytic", "1/3-2/3"),
    ):  # 10
        assert mirels_score(*total_case).risk_text() == "≥ 33 %"


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"site": "femur"}, "site"),
        ({"pain": "Severe"}, "pain"),
        ({"lesion": "Lytic"}, "lesion"),
        ({"size": "1/2"}, "size"),
    ],
)
def test_mirels_invalid_input_lists_allowed_values(kwargs, field):
    args = {"site": "upper limb", "pain": "mild", "lesion": "lytic", "size": "<1/3"} | kwargs
    with pytest.raises(ValueError, match=field) as info:
        mirels_score(**args)
    for allowed in allowed_values("mirels", field):
        assert allowed in str(info.value)


# --- SINS --------------------------------------------------------------------------------------

SINS_CASES = [
    # (location, pain, lesion, alignment, collapse, posterolateral, total, category, referral)
    ("rigid", "none", "blastic", "normal", "none", "none", 0, "stable", False),
    ("semirigid", "occasional", "lytic", "normal", "<50%", "none", 6, "stable", False),
    (
        "semirigid",
        "occasional",
        "lytic",
        "normal",
        "<50%",
        "unilateral",
        7,
        "potentially unstable",
        True,
    ),
    (
        "junctional",
        "mechanical",
        "lytic",
        "normal",
        "none with >50% involved",
        "bilateral",
        12,
        "potentially unstable",
        True,
    ),
    (
        "junctional",
        "mechanical",
        "lytic",
        "deformity",
        "none with >50% involved",
        "unilateral",
        12,
        "potentially unstable",
        True,
    ),
    ("junctional", "mechanical", "lytic", "deformity", "<50%", "unilateral", 13, "unstable", True),
    ("junctional", "mechanical", "lytic", "subluxation", ">50%", "bilateral", 18, "unstable", True),
]


@pytest.mark.parametrize("case", SINS_CASES, ids=lambda c: f"total{c[6]}-{c[3]}")
def test_sins_boundaries(case):
    *values, total, category, referral = case
    result = sins_score(*values)
    assert result.total == total
    assert result.category == category
    assert result.surgical_referral is referral


def test_sins_points_per_component():
    result = sins_score("mobile", "mechanical", "mixed", "subluxation", ">50%", "unilateral")
    assert result.points == {
        "location": 2,
        "pain": 3,
        "lesion": 1,
        "alignment": 4,
        "collapse": 3,
        "posterolateral": 1,
    }


@pytest.mark.parametrize(
    "position, bad, field",
    [
        (0, "thoracic", "location"),
        (1, "severe", "pain"),
        (2, "sclerotic", "lesion"),
        (3, "kyphosis", "alignment"),
        (4, "50%", "collapse"),
        (5, "both", "posterolateral"),
    ],
)
def test_sins_invalid_input(position, bad, field):
    values = ["mobile", "none", "mixed", "normal", "none", "none"]
    values[position] = bad
    with pytest.raises(ValueError, match=field) as info:
        sins_score(*values)
    assert all(a in str(info.value) for a in allowed_values("sins", field))


def test_allowed_values_refuses_unknown_score_or_component():
    assert allowed_values("sins", "collapse") == (">50%", "<50%", "none with >50% involved", "none")
    with pytest.raises(ValueError, match="score"):
        allowed_values("tokuhashi", "pain")
    with pytest.raises(ValueError, match="component"):
        allowed_values("mirels", "location")


# --- Zoledronic acid renal dosing --------------------------------------------------------------


@pytest.mark.parametrize(
    "crcl, dose",
    [
        (120, 4.0),
        (60.1, 4.0),
        (60, 3.5),
        (55, 3.5),
        (50, 3.5),
        (49.9, 3.3),
        (49, 3.3),
        (40, 3.3),
        (39.9, 3.0),
        (30, 3.0),
        (29.9, None),
        (10, None),
        (0, None),
    ],
)
def test_zoledronic_dose_boundaries(crcl, dose):
    assert zoledronic_acid_dose(crcl) == dose


@pytest.mark.parametrize("bad", [-1, math.nan, math.inf, "60", None, True])
def test_zoledronic_dose_refuses_bad_clearance(bad):
    with pytest.raises(ValueError, match="creatinine_clearance"):
        zoledronic_acid_dose(bad)


# --- Radiopharmaceutical eligibility -----------------------------------------------------------

ELIGIBLE = {
    "refractory_bone_pain": True,
    "positive_bone_scan": True,
    "life_expectancy_months": 6,
    "weeks_since_chemo_or_bisphosphonate": None,
}


def test_radiopharmaceutical_eligible_patient():
    check = radiopharmaceutical_eligibility(**ELIGIBLE)
    assert check.eligible and check.unmet_indications == () and check.contraindications == ()


@pytest.mark.parametrize(
    "change, unmet",
    [
        ({"refractory_bone_pain": False}, "refractory"),
        ({"positive_bone_scan": False}, "bone scan"),
        ({"life_expectancy_months": 3}, "life expectancy > 3 months"),
        ({"weeks_since_chemo_or_bisphosphonate": 5.9}, "6 weeks"),
    ],
)
def test_radiopharmaceutical_unmet_indication(change, unmet):
    check = radiopharmaceutical_eligibility(**(ELIGIBLE | change))
    assert not check.eligible
    assert len(check.unmet_indications) == 1 and unmet in check.unmet_indications[0]


def test_radiopharmaceutical_boundaries_that_pass():
    assert radiopharmaceutical_eligibility(
        **(ELIGIBLE | {"life_expectancy_months": 3.1, "weeks_since_chemo_or_bisphosphonate": 6})
    ).eligible


@pytest.mark.parametrize(
    "flag",
    ["spinal_cord_compression", "renal_failure", "pregnant", "breastfeeding", "myelosuppression"],
)
def test_radiopharmaceutical_each_contraindication(flag):
    check = radiopharmaceutical_eligibility(**(ELIGIBLE | {flag: True}))
    assert not check.eligible and len(check.contraindications) == 1


def test_radiopharmaceutical_invalid_input():
    with pytest.raises(ValueError, match="refractory_bone_pain"):
        radiopharmaceutical_eligibility(**(ELIGIBLE | {"refractory_bone_pain": "yes"}))
    with pytest.raises(ValueError, match="life_expectancy_months"):
        radiopharmaceutical_eligibility(**(ELIGIBLE | {"life_expectancy_months": -2}))
    with pytest.raises(ValueError, match="weeks_since"):
        radiopharmaceutical_eligibility(**(ELIGIBLE | {"weeks_since_chemo_or_bisphosphonate": -1}))


# --- Thermal ablation --------------------------------------------------------------------------

FIT = {
    "tolerates_anaesthesia": True,
    "correctable_bleeding_risk": True,
    "percutaneously_reachable": True,
}


def test_ablation_no_contraindication():
    check = ablation_eligibility(**FIT)
    assert check.verdict == "no contraindication found"


@pytest.mark.parametrize("flag", list(FIT))
def test_ablation_absolute_contraindications(flag):
    check = ablation_eligibility(**(FIT | {flag: False}))
    assert check.verdict == "contraindicated" and len(check.absolute) == 1


@pytest.mark.parametrize(
    "flag", ["widespread_metastases", "active_infection", "critical_structure_adjacent"]
)
def test_ablation_relative_contraindications(flag):
    check = ablation_eligibility(**(FIT | {flag: True}))
    assert check.verdict == "caution" and check.absolute == () and len(check.relative) == 1


@pytest.mark.parametrize(
    "distance, verdict",
    [(9.9, "caution"), (10, "no contraindication found"), (25, "no contraindication found")],
)
def test_ablation_vertebral_neural_margin(distance, verdict):
    check = ablation_eligibility(**FIT, vertebral=True, distance_to_neural_mm=distance)
    assert check.verdict == verdict
    if verdict == "caution":
        assert "10 mm" in check.relative[0]


def test_ablation_margin_applies_only_to_vertebral_lesions():
    assert ablation_eligibility(**FIT, distance_to_neural_mm=2).verdict == (
        "no contraindication found"
    )


def test_ablation_absolute_beats_relative():
    check = ablation_eligibility(
        **(FIT | {"percutaneously_reachable": False}), active_infection=True
    )
    assert check.verdict == "contraindicated" and check.relative == ("active infection",)


def test_ablation_invalid_input():
    with pytest.raises(ValueError, match="distance_to_neural_mm is required"):
        ablation_eligibility(**FIT, vertebral=True)
    with pytest.raises(ValueError, match="distance_to_neural_mm"):
        ablation_eligibility(**FIT, vertebral=True, distance_to_neural_mm=-3)
    with pytest.raises(ValueError, match="active_infection"):
        ablation_eligibility(**FIT, active_infection=1)
