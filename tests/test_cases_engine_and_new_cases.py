"""The case engine stands without widgets; the renal-cell and thyroid cases ask for a calculation
first, offer four or five options per step, and show each reason beside the team's plan."""

import subprocess
import sys

import pytest

from course.cases import CASES, CaseRun, play
from course.cases.engine import MAX_JUSTIFICATION
from course.cases.renal_solitary import LESION, SLIPS
from course.cases.thyroid_radioiodine import FINDINGS
from course.cases.thyroid_radioiodine import SLIPS as TOKUHASHI_SLIPS
from course.clinical import mirels_score
from course.clinical.prognosis import tokuhashi_score
from course.facts import fact
from course.widgets.cases import CaseApp

NEW = ("renal_solitary", "thyroid_radioiodine")


def test_engine_and_cases_import_without_ipywidgets():
    code = "import sys, course.cases; assert 'ipywidgets' not in sys.modules, 'widgets loaded'"
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("key", NEW)
def test_every_step_offers_four_or_five_distinct_options(key):
    for step in CASES[key].steps:
        texts = [c.text for c in step.choices]
        assert 4 <= len(texts) <= 5, (key, step.id)
        assert len(set(texts)) == len(texts), (key, step.id)


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
