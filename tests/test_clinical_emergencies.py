"""Emergency pathways: the order of the steps for sets of findings, and refusals."""

import pytest

from course.clinical.emergencies import (
    cord_compression_steps,
    fracture_steps,
    hypercalcaemia_steps,
)
from course.facts import FACTS


def keys(steps):
    return [s.evidence for s in steps]


def test_every_step_cites_a_fact_and_renders_its_source():
    pathways = [
        hypercalcaemia_steps(15.0, 5.0, True, True, True, True),
        cord_compression_steps(True, True, True, 52),
        fracture_steps(True, "lower limb", "functional", "lytic", ">2/3", True, 26),
    ]
    for steps in pathways:
        for step in steps:
            assert step.evidence in FACTS and step.source().startswith("Source: ")


def test_hcm_severe_on_calcium_and_thiazide_fluids_first_then_stop_then_calcitonin():
    steps = hypercalcaemia_steps(
        14.5, 1.2, True, takes_calcium_or_vitamin_d=True, takes_thiazide=True
    )
    assert keys(steps) == [
        "hcm_fluids_first",
        "hcm_drugs_to_stop",
        "hcm_calcitonin_severe",
        "hcm_denosumab_preferred",
        "zoledronic_hcm_creatinine_limit",
    ]
    assert "thiazide" in steps[1].action and "lithium" not in steps[1].action


def test_hcm_moderate_without_drugs_has_no_stop_or_calcitonin_step():
    steps = hypercalcaemia_steps(12.5, 1.0, True)
    assert keys(steps) == [
        "hcm_fluids_first",
        "hcm_denosumab_preferred",
        "zoledronic_hcm_creatinine_limit",
    ]


def test_hcm_renal_rule_uses_serum_creatinine_not_clearance():
    below = hypercalcaemia_steps(13.0, 4.4, True)[-1].action
    at = hypercalcaemia_steps(13.0, 4.5, True)[-1].action
    assert "below 4.5 mg/dL" in below and "no dose change" in below
    assert "at or above 4.5 mg/dL" in at and "weighing risks" in at


def test_hcm_severity_boundary_at_14():
    assert "hcm_calcitonin_severe" not in keys(hypercalcaemia_steps(13.9, 1.0, True))
    # The guideline's severe band is "> 14 mg/dL": 14.0 itself is not severe.
    assert "hcm_calcitonin_severe" not in keys(hypercalcaemia_steps(14.0, 1.0, True))
    assert "hcm_calcitonin_severe" in keys(hypercalcaemia_steps(14.1, 1.0, True))


def test_hcm_mild_asymptomatic_is_conservative():
    steps = hypercalcaemia_steps(11.0, 1.0, False, takes_lithium=True)
    assert keys(steps) == ["hcm_fluids_first", "hcm_drugs_to_stop", "zoledronic_hcm_indication"]
    assert keys(hypercalcaemia_steps(11.0, 1.0, True))[-1] == "zoledronic_hcm_creatinine_limit"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((10.5, 1.0, True), "corrected_calcium_mg_dl"),
        ((-1, 1.0, True), "corrected_calcium_mg_dl"),
        ((13.0, 0, True), "serum_creatinine_mg_dl"),
        ((13.0, "1", True), "serum_creatinine_mg_dl"),
        ((13.0, 1.0, 1), "symptomatic"),
    ],
)
def test_hcm_refusals_name_the_field(args, field):
    with pytest.raises(ValueError, match=field):
        hypercalcaemia_steps(*args)


def test_mscc_fit_patient_with_deficit():
    steps = cord_compression_steps(True, True, True, 40)
    assert keys(steps) == [
        "mscc_spinal_precautions",
        "mscc_dexamethasone_dose",
        "mscc_surgery_preferred",
        "mscc_dexamethasone_dose",
    ]
    assert "16 mg" in steps[1].action and "Reduce" in steps[3].action


def test_mscc_unfit_patient_gets_radiotherapy_with_16_gy_in_2():
    steps = cord_compression_steps(True, False, False, 20)
    assert keys(steps)[-2] == "astro2024_mscc_fractionation"
    assert "8 Gy in 1" in steps[-2].action and "16 Gy in 2" in steps[-2].action


def test_mscc_short_survival_with_deficit_has_no_taper_after_treatment():
    steps = cord_compression_steps(True, False, True, 2)
    assert keys(steps) == ["mscc_dexamethasone_dose", "rt_min_life_expectancy"]


def test_mscc_survival_boundary_at_four_weeks():
    short = cord_compression_steps(False, False, True, 3.9)
    four = cord_compression_steps(False, False, True, 4)
    assert keys(short) == ["rt_min_life_expectancy"] and "supportive" in short[0].action
    assert keys(four) == ["mscc_surgery_min_survival", "astro2024_mscc_fractionation"]


def test_mscc_surgery_needs_the_patchell_three_months():
    # Patchell 2005 enrolled only patients expected to live >= 3 months (13 weeks).
    under = cord_compression_steps(False, False, True, 12.9)
    three_months = cord_compression_steps(False, False, True, 13)
    assert keys(under) == ["mscc_surgery_min_survival", "astro2024_mscc_fractionation"]
    assert "3 months" in under[0].action and "16 Gy in 2" in under[1].action
    assert keys(three_months) == ["mscc_surgery_preferred"]


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("yes", False, True, 10), "neurological_deficit"),
        ((True, None, True, 10), "suspected_instability"),
        ((True, False, True, 0), "expected_survival_weeks"),
        ((True, False, True, True), "expected_survival_weeks"),
    ],
)
def test_mscc_refusals_name_the_field(args, field):
    with pytest.raises(ValueError, match=field):
        cord_compression_steps(*args)


def test_fracture_established_fit_is_fixed_then_irradiated():
    steps = fracture_steps(True, "upper limb", "mild", "blastic", "<1/3", True, 30)
    assert keys(steps) == ["rt_for_bone_pain", "mirels_risk_by_total", "postop_rt_after_fixation"]
    # Fixation comes before irradiation (ASTRO 2024: postoperative RT; Mirels: fix first).
    assert "after fixation" in steps[0].action


def test_fracture_impending_follows_mirels():
    seven = fracture_steps(False, "lower limb", "mild", "lytic", "<1/3", True, 30)  # 2+1+3+1
    eight = fracture_steps(False, "lower limb", "moderate", "lytic", "<1/3", True, 30)
    nine = fracture_steps(False, "lower limb", "functional", "lytic", "<1/3", True, 30)
    assert (
        seven[-1].action.startswith("Radiotherapy and observation")
        and "Mirels 7" in seven[-1].action
    )
    assert "Mirels 8: borderline" in eight[-1].action
    assert nine[1].action.startswith("Surgical fixation: Mirels 9")
    assert keys(nine)[-1] == "postop_rt_after_fixation"


def test_fracture_not_fixed_when_survival_short_or_unfit():
    short = fracture_steps(True, "lower limb", "functional", "lytic", ">2/3", True, 2)
    unfit = fracture_steps(True, "lower limb", "functional", "lytic", ">2/3", False, 30)
    assert "under 4 weeks" in short[-1].action and "not fit" in unfit[-1].action
    assert all(k != "postop_rt_after_fixation" for k in keys(short) + keys(unfit))


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((1, "lower limb", "mild", "lytic", "<1/3", True, 30), "established_fracture"),
        ((True, "arm", "mild", "lytic", "<1/3", True, 30), "site"),
        ((True, "lower limb", "mild", "lytic", "<1/3", True, -3), "expected_survival_weeks"),
    ],
)
def test_fracture_refusals_name_the_field(args, field):
    with pytest.raises(ValueError, match=field):
        fracture_steps(*args)


def test_hcm_symptomatic_below_12_says_the_label_indication_starts_at_12():
    # Zoledronic acid label, section 1.1: HCM "defined as ... cCa ... >= 12 mg/dL".
    below = hypercalcaemia_steps(11.5, 1.0, True)[-1].action
    at = hypercalcaemia_steps(12.0, 1.0, True)[-1].action
    assert "indication starts at 12 mg/dL" in below
    assert "indication starts" not in at
