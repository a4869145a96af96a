"""The emergency apps return the steps in the right order for a set of findings, each with its
evidence, and show bad input as a message."""

from html import escape

import pytest

from course.clinical import mirels_score
from course.facts import source_note
from course.widgets.emergencies import CordCompressionApp, FractureApp, HypercalcaemiaApp


def _set(app, **values):
    for name, value in values.items():
        app.controls[name].value = value


def _order(app):
    return [step.evidence for step in app.steps]


def _shown_in_order(app):
    """Every action appears in the message, in the order of ``app.steps``."""
    positions = [app.message.value.index(escape(step.action)) for step in app.steps]
    return positions == sorted(positions)


@pytest.mark.parametrize(
    ("app_class", "findings", "expected"),
    [
        (
            HypercalcaemiaApp,
            {"corrected_calcium_mg_dl": 13.0, "symptomatic": True, "takes_thiazide": True},
            [
                "hcm_fluids_first",
                "hcm_drugs_to_stop",
                "hcm_denosumab_preferred",
                "zoledronic_hcm_creatinine_limit",
            ],
        ),
        (
            HypercalcaemiaApp,
            {"corrected_calcium_mg_dl": 15.0, "symptomatic": True},
            [
                "hcm_fluids_first",
                "hcm_calcitonin_severe",
                "hcm_denosumab_preferred",
                "zoledronic_hcm_creatinine_limit",
            ],
        ),
        (
            HypercalcaemiaApp,
            {"corrected_calcium_mg_dl": 11.0, "symptomatic": False},
            ["hcm_fluids_first", "zoledronic_hcm_indication"],
        ),
        (
            CordCompressionApp,
            {"neurological_deficit": True, "suspected_instability": True, "fit_for_surgery": True},
            [
                "mscc_spinal_precautions",
                "mscc_dexamethasone_dose",
                "mscc_surgery_preferred",
                "mscc_dexamethasone_dose",
            ],
        ),
        (
            CordCompressionApp,
            {
                "neurological_deficit": True,
                "suspected_instability": False,
                "fit_for_surgery": False,
            },
            ["mscc_dexamethasone_dose", "astro2024_mscc_fractionation", "mscc_dexamethasone_dose"],
        ),
        (
            CordCompressionApp,
            {
                "neurological_deficit": True,
                "suspected_instability": True,
                "fit_for_surgery": True,
                "expected_survival_weeks": 2.0,
            },
            ["mscc_spinal_precautions", "mscc_dexamethasone_dose", "rt_min_life_expectancy"],
        ),
        (
            FractureApp,
            {"site": "peritrochanteric", "pain": "functional", "lesion": "lytic"},
            ["rt_for_bone_pain", "mirels_risk_by_total", "postop_rt_after_fixation"],
        ),
        (
            FractureApp,
            {"site": "upper limb", "pain": "mild", "lesion": "blastic", "size": "<1/3"},
            ["rt_for_bone_pain", "mirels_risk_by_total"],
        ),
        (
            FractureApp,
            {"established_fracture": True, "fit_for_surgery": False},
            ["rt_for_bone_pain", "rt_for_bone_pain"],
        ),
        (
            FractureApp,
            {"established_fracture": True, "site": "upper limb", "pain": "mild"},
            ["rt_for_bone_pain", "mirels_risk_by_total", "postop_rt_after_fixation"],
        ),
    ],
)
def test_steps_in_order_each_with_its_source(app_class, findings, expected):
    app = app_class()
    _set(app, **findings)
    assert _order(app) == expected
    assert _shown_in_order(app)
    assert escape(source_note(expected[0])) in app.message.value


def test_hypercalcaemia_renal_rule_is_the_indications_own():
    app = HypercalcaemiaApp()
    _set(app, corrected_calcium_mg_dl=13.0, serum_creatinine_mg_dl=2.0)
    assert "no dose change for this indication" in app.message.value
    app.controls["serum_creatinine_mg_dl"].value = 5.0
    assert "outside the label" in app.message.value


def test_hypercalcaemia_bad_input_is_a_message_naming_the_field():
    app = HypercalcaemiaApp()
    app.controls["corrected_calcium_mg_dl"].value = 9.0
    assert "Check the input" in app.message.value
    assert "corrected_calcium_mg_dl" in app.message.value
    assert app.steps == ()
    app.controls["corrected_calcium_mg_dl"].value = 13.0
    app.controls["serum_creatinine_mg_dl"].value = 0.0
    assert "serum_creatinine_mg_dl" in app.message.value


def test_cord_compression_offers_single_and_two_fraction_schedules_when_not_operable():
    app = CordCompressionApp()
    _set(app, fit_for_surgery=False)
    assert "8 Gy in 1" in app.message.value and "16 Gy in 2" in app.message.value


def test_cord_compression_bad_survival_is_a_message():
    app = CordCompressionApp()
    app.controls["expected_survival_weeks"].value = -3.0
    assert "expected_survival_weeks" in app.message.value and app.steps == ()


def test_fracture_names_the_mirels_total_it_used():
    app = FractureApp()
    _set(app, site="lower limb", pain="moderate", lesion="mixed", size="1/3-2/3")
    total = mirels_score("lower limb", "moderate", "mixed", "1/3-2/3").total
    assert f"Mirels {total}" in app.message.value


def test_fracture_bad_survival_is_a_message():
    app = FractureApp()
    app.controls["expected_survival_weeks"].value = 0.0
    assert "Check the input" in app.message.value and app.steps == ()


def test_lesson_10_worked_answers_state_the_calculators_totals():
    import nbformat

    from .conftest import NOTEBOOKS

    nb = nbformat.read(NOTEBOOKS / "10_emergencies_and_prognosis.ipynb", as_version=4)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    app = FractureApp()
    lesion = {k: app.controls[k].value for k in ("site", "pain", "lesion", "size")}
    full = mirels_score(**lesion)
    mild = mirels_score(**{**lesion, "pain": "mild"})
    small = mirels_score(**{**lesion, "pain": "mild", "size": "<1/3"})
    points = " + ".join(str(p) for p in full.points.values())
    assert f"scores {full.total} ({points})" in text
    assert f"{mild.total} is still in" in text and mild.recommendation == "prophylactic fixation"
    assert f"the total is {small.total}" in text and small.recommendation == "clinical judgement"
