"""Management calculators: Mirels, SINS, zoledronic acid renal dosing and eligibility checks.

Worked examples are built from the published points tables (Mirels 1989 as tabulated by Jawad &
Scully 2010; SINS by Fisher et al. 2010) and sit on every category boundary.
"""

import math
from inspect import signature

import pytest

from course.clinical import (
    ablation_eligibility,
    allowed_values,
    mirels_score,
    radiopharmaceutical_eligibility,
    radium223_eligibility,
    sins_score,
    zoledronic_acid_dose,
)
from course.facts import fact

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


def test_zoledronic_default_indication_is_bone_metastases():
    assert zoledronic_acid_dose(45) == zoledronic_acid_dose(45, indication="bone_metastases")
    assert zoledronic_acid_dose(20, indication="bone_metastases") is None


@pytest.mark.parametrize(
    "creatinine, unit, dose",
    [
        (1.0, "mg/dL", 4.0),
        (2.0, "mg/dL", 4.0),  # case 4: clearance ~ 28 mL/min, yet the label's HCM rule allows 4 mg
        (4.49, "mg/dL", 4.0),
        (4.5, "mg/dL", None),
        (6.0, "mg/dL", None),
        (399, "umol/L", 4.0),
        (400, "umol/L", None),
    ],
)
def test_zoledronic_hypercalcaemia_uses_serum_creatinine(creatinine, unit, dose):
    got = zoledronic_acid_dose(
        indication="hypercalcaemia", serum_creatinine=creatinine, creatinine_unit=unit
    )
    assert got == dose


def test_zoledronic_hypercalcaemia_ignores_the_bone_metastases_clearance_table():
    # The bone-metastases table would refuse at < 30 mL/min; the HCM label rule does not.
    assert zoledronic_acid_dose(25) is None
    assert zoledronic_acid_dose(indication="hypercalcaemia", serum_creatinine=2.0) == 4.0


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"indication": "osteoporosis", "creatinine_clearance": 50}, "indication"),
        ({"indication": "hypercalcaemia"}, "serum_creatinine"),
        ({"indication": "hypercalcaemia", "creatinine_clearance": 25}, "creatinine_clearance"),
        (
            {"indication": "hypercalcaemia", "serum_creatinine": 2, "creatinine_unit": "mmol/L"},
            "creatinine_unit",
        ),
        ({"indication": "hypercalcaemia", "serum_creatinine": 0}, "serum_creatinine"),
        ({"indication": "hypercalcaemia", "serum_creatinine": -1}, "serum_creatinine"),
        ({"indication": "hypercalcaemia", "serum_creatinine": "2"}, "serum_creatinine"),
        ({"indication": "bone_metastases"}, "creatinine_clearance"),
    ],
)
def test_zoledronic_refuses_bad_indication_input(kwargs, field):
    with pytest.raises(ValueError, match=field):
        zoledronic_acid_dose(**kwargs)


# --- Radiopharmaceutical eligibility -----------------------------------------------------------

ELIGIBLE = {
    "refractory_bone_pain": True,
    "positive_bone_scan": True,
    "life_expectancy_months": 6,
}


def test_radiopharmaceutical_eligible_patient():
    check = radiopharmaceutical_eligibility(**ELIGIBLE)
    assert check.eligible and check.unmet_indications == () and check.contraindications == ()


def test_radiopharmaceutical_has_no_bisphosphonate_washout():
    # No guideline supports a washout; a bone-modifying agent is advised alongside.
    assert not any(
        "weeks" in name for name in signature(radiopharmaceutical_eligibility).parameters
    )


def test_radiopharmaceutical_boundaries_that_pass():
    assert radiopharmaceutical_eligibility(**(ELIGIBLE | {"life_expectancy_months": 3.1})).eligible


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


# --- Radium-223 -------------------------------------------------------------------------------

RADIUM_OK = {
    "castration_resistant_prostate_cancer": True,
    "bone_symptoms": "moderate or severe",
    "visceral_metastases": False,
    "prior_systemic_lines": 2,
    "bone_modifying_agent": True,
}


def test_radium223_eligible_after_two_lines_with_bone_protection():
    check = radium223_eligibility(**RADIUM_OK)
    assert check.eligible and check.cautions == ()
    assert check.advice == ("assess bone health and fracture risk before and during treatment",)


@pytest.mark.parametrize(
    ("checker", "eligible", "change", "unmet"),
    [
        (radiopharmaceutical_eligibility, ELIGIBLE, {"refractory_bone_pain": False}, "refractory"),
        (radiopharmaceutical_eligibility, ELIGIBLE, {"positive_bone_scan": False}, "bone scan"),
        (radiopharmaceutical_eligibility, ELIGIBLE, {"life_expectancy_months": 3},
         "life expectancy > 3 months"),
        (radium223_eligibility, RADIUM_OK, {"castration_resistant_prostate_cancer": False},
         "castration-resistant"),
        (radium223_eligibility, RADIUM_OK, {"bone_symptoms": "none"}, "asymptomatic"),
        (radium223_eligibility, RADIUM_OK, {"visceral_metastases": True}, "visceral"),
        (radium223_eligibility, RADIUM_OK, {"prior_systemic_lines": 1},
         "≥ 2 prior systemic lines"),
    ],
)  # fmt: skip
def test_one_unmet_indication_is_named(checker, eligible, change, unmet):
    check = checker(**(eligible | change))
    assert not check.eligible
    assert len(check.unmet_indications) == 1 and unmet in check.unmet_indications[0]


def test_radium223_fewer_lines_when_no_other_therapy_suits():
    check = radium223_eligibility(
        **(RADIUM_OK | {"prior_systemic_lines": 0, "other_systemic_therapy_suitable": False})
    )
    assert check.eligible


@pytest.mark.parametrize("days, allowed", [(0, False), (4.9, False), (5, True), (None, True)])
def test_radium223_never_with_abiraterone_prednisone(days, allowed):
    check = radium223_eligibility(**(RADIUM_OK | {"days_since_abiraterone_prednisone": days}))
    assert check.eligible is allowed
    if not allowed:
        assert (
            "abiraterone" in check.contraindications[0] and "ERA 223" in check.contraindications[0]
        )


def test_radium223_not_for_low_osteoblastic_burden():
    check = radium223_eligibility(**(RADIUM_OK | {"low_osteoblastic_burden": True}))
    assert not check.eligible and "osteoblastic" in check.contraindications[0]


def test_radium223_not_with_other_systemic_cancer_therapy():
    check = radium223_eligibility(**(RADIUM_OK | {"other_systemic_cancer_therapy": True}))
    assert not check.eligible
    assert "apart from LHRH analogues" in check.contraindications[0]


def test_radium223_mild_symptoms_caution_and_bone_agent_advice():
    check = radium223_eligibility(
        **(RADIUM_OK | {"bone_symptoms": "mild", "bone_modifying_agent": False})
    )
    assert check.eligible
    assert "mild" in check.cautions[0]
    assert any("bisphosphonate or denosumab" in text for text in check.advice)


@pytest.mark.parametrize(
    "change, field",
    [
        ({"bone_symptoms": "severe"}, "bone_symptoms"),
        ({"prior_systemic_lines": 1.5}, "prior_systemic_lines"),
        ({"prior_systemic_lines": -1}, "prior_systemic_lines"),
        ({"prior_systemic_lines": True}, "prior_systemic_lines"),
        ({"visceral_metastases": "no"}, "visceral_metastases"),
        ({"other_systemic_cancer_therapy": 1}, "other_systemic_cancer_therapy"),
        ({"days_since_abiraterone_prednisone": -3}, "days_since_abiraterone_prednisone"),
    ],
)
def test_radium223_invalid_input(change, field):
    with pytest.raises(ValueError, match=field):
        radium223_eligibility(**(RADIUM_OK | change))


@pytest.mark.parametrize(
    "name, phrase",
    [
        ("radium223_min_prior_lines", "at least {} prior lines"),
        ("radium223_abiraterone_gap", "within {} days"),
        ("zoledronic_hcm_dose", "The {}-mg dose"),
    ],
)
def test_safety_thresholds_are_the_numbers_their_quotes_state(name, phrase):
    record = fact(name)
    assert phrase.format(f"{record.value:g}") in record.quote


def test_hcm_creatinine_limits_are_in_the_label_quote():
    record = fact("zoledronic_hcm_creatinine_limit")
    for unit, value in record.rows:
        assert f"<{value:g} {unit.replace('umol', 'µmol')}" in record.quote


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
