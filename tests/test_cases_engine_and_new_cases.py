"""The case engine stands without widgets; every case asks for a calculation first, offers four
or five options per step (each with its own feedback), and shows each reason beside the team's
plan."""

import importlib
import inspect
import re
import subprocess
import sys

import pytest

from course.cases import CASES, CaseRun, breast_femur, hypercalcaemia, lung_egfr, play
from course.cases import prostate_mscc as mscc
from course.cases._text import sins_slip
from course.cases.engine import MAX_JUSTIFICATION
from course.cases.renal_solitary import LESION, SLIPS
from course.cases.thyroid_radioiodine import FINDINGS
from course.cases.thyroid_radioiodine import SLIPS as TOKUHASHI_SLIPS
from course.clinical import (
    cockcroft_gault,
    corrected_calcium,
    hypercalcaemia_severity,
    mirels_score,
    sins_score,
    zoledronic_acid_dose,
)
from course.clinical.diagnosis import triage
from course.clinical.prognosis import tokuhashi_score
from course.facts import fact
from course.widgets.cases import CaseApp


def test_engine_and_cases_import_without_ipywidgets():
    code = "import sys, course.cases; assert 'ipywidgets' not in sys.modules, 'widgets loaded'"
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("key", sorted(CASES))
def test_every_step_offers_four_or_five_distinct_options_each_explained(key):
    for step in CASES[key].steps:
        texts = [c.text for c in step.choices]
        assert 4 <= len(texts) <= 5, (key, step.id)
        assert len(set(texts)) == len(texts), (key, step.id)
        feedback = [c.feedback for c in step.choices]
        assert len(set(feedback)) == len(feedback), (key, step.id)  # no shared explanation
        assert sum(c.rating == "best" for c in step.choices) == 1, (key, step.id)


@pytest.mark.parametrize("key", sorted(CASES))
def test_every_case_opens_with_a_calculation(key):
    first = CASES[key].steps[0]
    assert first.situation.startswith("Calculate before you decide"), key


def _best(step):
    return next(c for c in step.choices if c.rating == "best")


def test_case1_triages_first_with_the_calculator():
    first = CASES["prostate_mscc"].steps[0]
    result = triage(mscc.SYMPTOMS)
    assert result.urgency == "emergency today"  # the case treats it as an emergency
    assert _best(first).text == f"{result.urgency} ({', '.join(result.flags)})"
    assert result.reason in _best(first).feedback
    slips = [triage(v) for v in mscc.TRIAGE_SLIPS.values()]
    assert all(s.urgency != result.urgency for s in slips)
    poor = [c.text for c in first.choices if c.rating == "poor"]
    assert poor == [f"{s.urgency} ({', '.join(s.flags) or 'no red flag'})" for s in slips]
    mri = CASES["prostate_mscc"].step("mri")
    totals = {sins_score(*v).total for v in mscc.SINS_SLIPS.values()}
    assert sins_score(*mscc.SPINE).total not in totals and len(totals) == len(mscc.SINS_SLIPS)
    for values in mscc.SINS_SLIPS.values():
        r = sins_score(*values)
        assert any(c.text.startswith(f"{r.total}, {r.category}") for c in mri.choices)


def test_case2_calculates_mirels_and_the_renal_dose():
    case = CASES["breast_femur"]
    result = mirels_score(*breast_femur.LESION)
    assert _best(case.steps[0]).text == f"{result.total}: {result.risk_text()}"
    assert result.recommendation == "prophylactic fixation"  # the case fixes the femur
    slips = {mirels_score(*v).total for v in breast_femur.SLIPS.values()}
    assert result.total not in slips and len(slips) == len(breast_femur.SLIPS)
    clearance = cockcroft_gault(*breast_femur.KIDNEY)
    dose = zoledronic_acid_dose(clearance)
    assert _best(case.step("bma")).text.startswith(f"{clearance:.0f} mL/min: {dose:g} mg")
    slip = cockcroft_gault(*breast_femur.KIDNEY_SLIP)
    assert zoledronic_acid_dose(slip) != dose  # the slip changes the answer


def test_case3_scores_the_spine_first_and_calls_it_what_the_calculator_does():
    case = CASES["lung_egfr"]
    result = sins_score(*lung_egfr.SPINE)
    assert _best(case.steps[0]).text == f"{result.total}, {result.category}"
    assert not result.surgical_referral  # the case does not operate
    slips = {sins_score(*v).total for v in lung_egfr.SLIPS.values()}
    assert result.total not in slips and len(slips) == len(lung_egfr.SLIPS)
    assert f"SINS is {result.total} ({result.category})" in case.step("spine").situation


def test_case4_slips_are_the_calculators_values_with_their_bands():
    step = CASES["hypercalcaemia"].steps[0]
    corrected = corrected_calcium(hypercalcaemia.CALCIUM, hypercalcaemia.ALBUMIN, unit="mmol/L")
    texts = [c.text for c in step.choices]
    assert texts[0] == f"{corrected:.2f} mmol/L: {hypercalcaemia_severity(corrected, 'mmol/L')}"
    for value in hypercalcaemia.SLIPS.values():
        assert f"{value:.2f} mmol/L: {hypercalcaemia_severity(value, 'mmol/L')}" in texts
    # The backwards slip is the measured total minus the correction.
    backwards = next(iter(hypercalcaemia.SLIPS.values()))
    assert backwards == pytest.approx(2 * hypercalcaemia.CALCIUM - corrected)


CALCIUM_MG_PER_MMOL = 40.08 / 10
"""mg/dL in 1 mmol/L of calcium (molar mass 40.08 g/mol)."""


def test_case4_calcitonin_follows_the_endocrine_society_threshold_and_supplements_stop():
    step = CASES["hypercalcaemia"].step("treat")
    threshold = fact("hcm_calcitonin_severe")  # severe means above it, not from it
    assert f"above {threshold.value:g} {threshold.unit}" in _best(step).text
    mg_dl = corrected_calcium(
        hypercalcaemia.CALCIUM * CALCIUM_MG_PER_MMOL, hypercalcaemia.ALBUMIN / 10, unit="mg/dL"
    )
    assert mg_dl > threshold.value  # so calcitonin is indicated for him
    keep = next(c for c in step.choices if "carry on with his calcium" in c.text)
    assert keep.rating == "poor"  # supplements feed a severe hypercalcaemia


def test_no_case_promises_a_restaging_interval_without_a_source():
    for case in CASES.values():
        texts = [case.presentation, *case.mdt_plan]
        texts += [t for s in case.steps for c in s.choices for t in (c.text, c.feedback)]
        assert not any("3–6 months" in t or "3-6 months" in t for t in texts), case.key


def test_renal_case_calculates_mirels_first():
    first = CASES["renal_solitary"].steps[0]
    best = next(c for c in first.choices if c.rating == "best")
    result = mirels_score(*LESION)
    assert best.text == f"{result.total}: {result.risk_text()}"
    slips = {mirels_score(*v).total for v in SLIPS.values()}
    assert result.total not in slips and len(slips) == len(SLIPS)
    assert result.recommendation == "prophylactic fixation"  # the case operates


def test_thyroid_case_calculates_tokuhashi_first_and_quotes_the_labels():
    case = CASES["thyroid_radioiodine"]
    best = next(c for c in case.steps[0].choices if c.rating == "best")
    result = tokuhashi_score(*FINDINGS)
    assert best.text == f"{result.total}: {result.predicted_survival}"
    assert result.total not in {tokuhashi_score(*v).total for v in TOKUHASHI_SLIPS.values()}
    bma = case.step("bma")
    best_bma = next(c for c in bma.choices if c.rating == "best")
    assert f"{fact('xgeva_dose').value:g} mg every 4 weeks" in best_bma.text
    prolia = f"{fact('prolia_dose').value:g} mg every 6 months"
    assert any(prolia in c.text and c.rating == "poor" for c in bma.choices)


def test_renal_case_embolisation_counts_come_from_the_review():
    rows = dict(fact("rcc_embolisation_evidence").rows)
    best = next(c for c in CASES["renal_solitary"].step("embolise").choices if c.rating == "best")
    reduced, total = rows["less blood loss or transfusion"], sum(rows.values())
    assert f"{reduced} of {total}" in best.text


def test_reasons_are_shown_beside_the_teams_plan():
    case = CASES["renal_solitary"]
    run = CaseRun(case)
    reasons = [f"reason {i} <b>" for i in range(len(case.steps))]
    for reason in reasons:
        run.choose(0, reason)
    summary = run.mdt_summary()
    for reason in reasons:
        assert reason.replace("<b>", "&lt;b&gt;") in summary  # escaped, in order
    assert summary.index("Your reason") < summary.index("The team's plan")
    assert "(none given)" in play(case, [0] * len(case.steps)).mdt_summary()


def test_too_long_or_non_text_reason_is_refused_naming_the_field():
    run = CaseRun(CASES["thyroid_radioiodine"])
    with pytest.raises(ValueError, match="justification"):
        run.choose(0, "x" * (MAX_JUSTIFICATION + 1))
    with pytest.raises(ValueError, match="justification"):
        run.choose(0, 42)
    assert run.history == []


def test_app_takes_the_reason_from_its_text_box_and_shows_bad_input_as_a_message():
    app = CaseApp(CASES["thyroid_radioiodine"])
    app.reason.value = "x" * (MAX_JUSTIFICATION + 1)
    assert "Check the input" in app.submit(0)
    assert app.run.history == []
    app.reason.value = "Tokuhashi counts thyroid high"
    app.submit(0)
    assert app.run.history[0].justification == "Tokuhashi counts thyroid high"
    assert app.reason.value == ""


@pytest.mark.parametrize("key", sorted(CASES))
def test_every_fact_a_case_reads_is_in_its_reference_list(key):
    """The references shown under a case include the (main) source of every fact its text reads.

    A table whose rows cite several sources is checked by its main source only: a case reads
    one or two of its rows."""
    module = importlib.import_module(f"course.cases.{key}")
    keys = set(re.findall(r"""(?:fact|row)\(\s*["'](\w+)["']""", inspect.getsource(module)))
    assert keys, key
    sources = {fact(name).source for name in keys}
    missing = sorted(sources - set(CASES[key].references))
    assert not missing, f"{key} reads facts from {missing} but does not list them"


def test_a_sins_slip_changes_only_the_items_it_names():
    slip = sins_slip(mscc.SPINE, collapse="none", lesion="lytic")
    assert slip == ("junctional", "mechanical", "lytic", "normal", "none", "bilateral")
    with pytest.raises(ValueError, match=r"SINS items .*'posterolateral'.*\['pedicles'\]"):
        sins_slip(mscc.SPINE, pedicles="none")
