"""The branching-case engine: validation, branching, feedback at every step, the MDT summary,
and the case widget."""

import re
from html import escape

import pytest

from course.cases import (
    breast_femur,
    hypercalcaemia,
    lung_egfr,
    prostate_mscc,
    renal_solitary,
    thyroid_radioiodine,
)
from course.cases.engine import next_id
from course.clinical import (
    cockcroft_gault,
    corrected_calcium,
    mirels_score,
    sins_score,
    zoledronic_acid_dose,
)
from course.clinical.prognosis import tokuhashi_score
from course.facts import FACTS, Fact, fact
from course.references import REFERENCES
from course.widgets.cases import CASES, Case, CaseApp, CaseRun, Choice, Step, play


def _case(steps, plan=("plan",)):
    return Case(key="t", title="T", presentation="P", steps=steps, mdt_plan=plan)


A = Step(
    "a",
    "s",
    "q?",
    (Choice("go", "best", "good", next="b"), Choice("detour", "poor", "bad", next="c")),
)
B = Step("b", "s", "q2?", (Choice("x", "best", "fine"), Choice("y", "acceptable", "ok")))
C = Step(
    "c", "s", "q3?", (Choice("back", "best", "recovered"), Choice("stay", "poor", "no")), next="b"
)


def test_branching_follows_each_choice():
    case = _case((A, B, C))
    assert [d.step.id for d in play(case, [0, 0]).history] == ["a", "b"]
    detour = play(case, [1, 0, 1])
    assert [d.step.id for d in detour.history] == ["a", "c", "b"]
    assert detour.finished and detour.score() == (1, 3)  # poor, best, acceptable


def test_feedback_is_returned_for_every_choice():
    run = CaseRun(_case((A, B, C)))
    assert run.choose(1).feedback == "bad"
    assert run.current.id == "c"


def test_mdt_summary_lists_decisions_and_plan_only_at_the_end():
    run = CaseRun(_case((A, B, C), plan=("operate", "irradiate")))
    with pytest.raises(ValueError, match="finished"):
        run.mdt_summary()
    run.choose(0)
    run.choose(1)
    summary = run.mdt_summary()
    assert "1 of 2" in summary and "operate" in summary and "acceptable" in summary
    with pytest.raises(ValueError, match="finished"):
        run.choose(0)


def test_choose_refuses_bad_index():
    run = CaseRun(_case((A, B, C)))
    with pytest.raises(ValueError, match="between 0 and 1"):
        run.choose(2)


@pytest.mark.parametrize(
    "steps, message",
    [
        ((), "at least one step"),
        ((Step("a", "s", "q", (Choice("x", "best", "f"),)),), "two choices"),
        (
            (Step("a", "s", "q", (Choice("x", "poor", "f"), Choice("y", "poor", "f"))),),
            "best choice",
        ),
        ((Step("a", "s", "q", (Choice("x", "great", "f"), Choice("y", "best", "f"))),), "rating"),
        ((Step("a", "s", "q", (Choice("x", "best", " "), Choice("y", "poor", "f"))),), "feedback"),
        (
            (Step("a", "s", "q", (Choice("x", "best", "f", next="zz"), Choice("y", "poor", "f"))),),
            "unknown next step",
        ),
        (
            (A, B, C, Step("d", "s", "q", (Choice("x", "best", "f"), Choice("y", "poor", "f")))),
            "unreachable",
        ),
    ],
)
def test_invalid_cases_are_refused(steps, message):
    with pytest.raises(ValueError, match=message):
        _case(steps)


def test_course_cases_meet_the_brief():
    assert len(CASES) >= 4
    for case in CASES.values():
        assert len(case.lessons()) >= 3, case.key  # draws on several lessons
        assert len(case.steps) >= 3
        assert all(key in REFERENCES for key in case.references)
        run = CaseRun(case)
        while not run.finished:
            assert run.choose(0).rating == "best"  # the first option is the best path


RADIOGRAPH = 3
"""Index of case 1's 'plain radiograph and review in two weeks' option at its 'first' step."""


def test_prostate_case_branches_on_delay():
    case = CASES["prostate_mscc"]
    fast = play(case, [0, 0, 0, 0, 0])
    slow = play(case, [0, RADIOGRAPH, 0, 0, 0, 0])
    assert "delay" not in [d.step.id for d in fast.history]
    assert [d.step.id for d in slow.history][:3] == ["triage", "first", "delay"]


def test_case_numbers_come_from_the_calculators():
    texts = " ".join(c.text for s in CASES["breast_femur"].steps for c in s.choices)
    assert "3.3 mg" in texts  # zoledronic acid for ~49 mL/min
    hcm = CASES["hypercalcaemia"].steps[0].choices[0].text
    assert hcm.startswith("3.52 mmol/L: severe")


def test_case_app_plays_to_the_summary_and_restarts():
    app = CaseApp(CASES["hypercalcaemia"])
    assert app.submit(None).startswith("<i>Choose")
    first = app.run.current
    feedback = app.submit(1)
    assert "Poor." in feedback
    following = CASES["hypercalcaemia"].step(next_id(first, first.choices[1]))
    assert escape(following.situation) in app.situation.value
    while not app.run.finished:
        app.submit(0)
    assert "Multidisciplinary team summary" in app.situation.value
    assert app.decide.disabled
    app.reset()
    assert not app.decide.disabled and app.log.value == "" and app.run.history == []


def _texts(case):
    """Every piece of text a learner reads in ``case``."""
    yield case.presentation
    for step in case.steps:
        yield step.situation
        for choice in step.choices:
            yield choice.text
            yield choice.feedback
    yield from case.mdt_plan


def test_case4_calcium_text_agrees_with_the_calculators():
    from course.clinical import corrected_calcium, hypercalcaemia_severity

    step = CASES["hypercalcaemia"].steps[0]
    corrected = corrected_calcium(3.2, 24, unit="mmol/L")
    severity = hypercalcaemia_severity(corrected, unit="mmol/L")
    best = next(c for c in step.choices if c.rating == "best")
    assert best.text == f"{corrected:.2f} mmol/L: {severity}"
    assert f"= {corrected:.2f} mmol/L" in best.feedback
    # The distractor is the uncorrected value; its label must be what the calculator says of it,
    # and its feedback must give the corrected value and severity.
    trap = next(c for c in step.choices if c.rating == "poor")
    assert trap.text == f"3.2 mmol/L: {hypercalcaemia_severity(3.2, unit='mmol/L')}"
    assert f"{corrected:.2f} mmol/L ({severity})" in trap.feedback
    # Wherever a case mentions a corrected calcium, it is the calculator's value and band.
    for text in _texts(CASES["hypercalcaemia"]):
        if "orrected calcium" in text and "mmol/L" in text:
            assert f"{corrected:.2f} mmol/L ({severity})" in text


def test_score_breakdowns_in_cases_come_from_the_calculators():
    from course.clinical import mirels_score, sins_score

    sins = sins_score("junctional", "mechanical", "blastic", "normal", "<50%", "bilateral")
    mirels = mirels_score("peritrochanteric", "functional", "lytic", "1/3-2/3")
    sins_fb = next(
        c.feedback for c in CASES["prostate_mscc"].step("mri").choices if c.rating == "best"
    )
    assert (
        f"Junctional {sins.points['location']} + mechanical pain {sins.points['pain']}" in sins_fb
    )
    assert f"bilateral {sins.points['posterolateral']} = {sins.total}." in sins_fb
    mirels_fb = next(
        c.feedback for c in CASES["breast_femur"].steps[0].choices if c.rating == "best"
    )
    assert f"Peritrochanteric {mirels.points['site']} + " in mirels_fb
    assert f"one to two thirds {mirels.points['size']} = {mirels.total};" in mirels_fb
    # Case 3 calls its spine stable (SINS < 7): the calculator must agree.
    lung = sins_score("semirigid", "occasional", "lytic", "normal", "none", "unilateral")
    assert lung.total < 7 and not lung.surgical_referral


# --- Case texts agree with the calculators and the facts -------------------------------------


def _numbers(text):
    return set(re.findall(r"\d+(?:\.\d+)?", text))


def _fact_numbers():
    """Every number held in course.facts, in the forms the cases print (``:g``)."""
    found = set()
    for record in FACTS.values():
        cells = record.value if isinstance(record, Fact) else sum(record.rows, ())
        cells = cells if isinstance(cells, tuple) else (cells,)
        for cell in cells:
            if isinstance(cell, int | float) and not isinstance(cell, bool):
                found.add(f"{cell:g}")
    return found


# Narrative numbers a clinician may edit freely: ages, weights, laboratory inputs that feed the
# calculators, vertebral levels, mutation names, guideline and trial names, and years.
NARRATIVE = set().union(
    ("71", "62", "54", "74", "63", "48"),  # ages
    ("58", "60"),  # weights (kg), inputs to Cockcroft-Gault
    ("1.1", "2", "3.2", "24"),  # creatinine (mg/dL), calcium (mmol/L), albumin (g/L) inputs
    ("4", "5"),  # power 4/5
    ("11", "7", "19", "790"),  # T11, T7, exon 19, T790M
    ("223", "234", "2005", "2018", "2019", "2024"),  # radium-223, NG234, years
    {str(reference.year) for reference in REFERENCES.values()},  # years in citations
    ("131",),  # iodine-131
    ("0702",),  # trial name SWOG S0702
)


def test_every_number_in_a_case_is_computed_or_a_fact_or_narrative():
    computed = set()
    for kidney in (breast_femur.KIDNEY, breast_femur.KIDNEY_SLIP):
        clearance = cockcroft_gault(*kidney)
        computed |= {f"{clearance:.0f}", f"{zoledronic_acid_dose(clearance):g}"}
    computed.add(f"{cockcroft_gault(74, 60, 2.0, 'male'):.0f}")  # case 4: no dose by clearance
    calcium = corrected_calcium(hypercalcaemia.CALCIUM, hypercalcaemia.ALBUMIN, unit="mmol/L")
    computed |= {f"{v:.2f}" for v in (calcium, *hypercalcaemia.SLIPS.values())}
    for spine in (
        prostate_mscc.SPINE,
        *prostate_mscc.SINS_SLIPS.values(),
        lung_egfr.SPINE,
        *lung_egfr.SLIPS.values(),
    ):
        result = sins_score(*spine)
        computed |= {str(result.total), *map(str, result.points.values())}
    for lesion in (
        breast_femur.LESION,
        *breast_femur.SLIPS.values(),
        renal_solitary.LESION,
        *renal_solitary.SLIPS.values(),
    ):
        result = mirels_score(*lesion)
        computed |= {str(result.total), *map(str, result.points.values())}
    for findings in (thyroid_radioiodine.FINDINGS, *thyroid_radioiodine.SLIPS.values()):
        result = tokuhashi_score(*findings)
        computed |= {str(result.total), *map(str, result.points.values())}
    allowed = computed | _fact_numbers() | NARRATIVE
    for case in CASES.values():
        for text in _texts(case):
            stray = _numbers(text) - allowed
            assert not stray, f"{case.key}: {sorted(stray)} in {text!r}"


def test_case4_uses_the_hypercalcaemia_label_rule_not_the_clearance_table():
    case = CASES["hypercalcaemia"]
    kidney = case.step("kidney")
    clearance = cockcroft_gault(74, 60, 2.0, "male")
    assert f"{clearance:.0f} mL/min" in kidney.situation
    # The clearance table would withhold the drug; the label's hypercalcaemia rule would not.
    assert zoledronic_acid_dose(clearance) is None
    dose = zoledronic_acid_dose(indication="hypercalcaemia", serum_creatinine=2.0)
    best = next(c for c in kidney.choices if c.rating == "best")
    assert f"the dose would be {dose:g} mg" in best.feedback
    assert "rehydrated" in best.feedback and "not" in best.feedback
    limit = dict(fact("zoledronic_hcm_creatinine_limit").rows)["mg/dL"]
    assert f"below {limit:g} mg/dL" in best.feedback
    # Nothing the learner is told to do rests on "below 30 mL/min".
    good = [c for s in case.steps for c in s.choices if c.rating == "best"]
    assert not any("30 mL/min" in c.feedback for c in good)
    assert not any("clearance below 30" in item for item in case.mdt_plan)


def test_case4_denosumab_is_preferred_for_the_guideline_reason():
    treat = CASES["hypercalcaemia"].step("treat")
    best = next(c for c in treat.choices if c.rating == "best")
    assert best.text.startswith("IV fluids, then denosumab")
    assert "Endocrine Society suggests denosumab" in best.feedback
    assert "dental check must not delay" in best.feedback


def test_case1_delayed_path_does_not_call_a_paraplegic_man_walking():
    case = CASES["prostate_mscc"]
    run = play(case, [0, RADIOGRAPH, 0, 0, 0, 0])
    ids = [d.step.id for d in run.history]
    assert ids == ["triage", "first", "delay", "mri_late", "local_late", "systemic"]
    hours = fact("patchell2005_paraplegia_exclusion").value
    for decision in run.history[3:]:
        assert not re.search(r"\bwalk(s|ing|ed)?\b", decision.step.situation), decision.step.id
    late = case.step("local_late")
    patchell = next(c for c in late.choices if "Patchell" in c.text)
    assert patchell.rating != "best"
    assert f"paraplegic for more than {hours:g} h" in patchell.feedback
    best = next(c for c in late.choices if c.rating == "best")
    assert "Patchell" not in best.text


def test_case1_radium_with_abiraterone_is_poor_with_era223_numbers():
    systemic = CASES["prostate_mscc"].step("systemic")
    combo = next(c for c in systemic.choices if "radium-223" in c.text)
    _, radium, placebo, _ = fact("era223_harms").rows[0]
    assert combo.rating == "poor"
    assert f"({radium:g} % vs {placebo:g} %)" in combo.feedback


def test_score_distractors_name_the_calculators_totals():
    breast = CASES["breast_femur"].step("score")
    texts = [c.text for c in breast.choices]
    for lesion in breast_femur.SLIPS.values():
        result = mirels_score(*lesion)
        assert f"{result.total}: {result.risk_text()}" in texts
    mri = CASES["prostate_mscc"].step("mri")
    low = sins_score("semirigid", "mechanical", "blastic", "normal", "<50%", "none")
    assert any(c.text.startswith(f"{low.total}, {low.category}") for c in mri.choices)


def test_breast_dose_band_is_the_table_row_for_the_dose():
    bma = CASES["breast_femur"].step("bma")
    clearance = cockcroft_gault(*breast_femur.KIDNEY)
    dose = zoledronic_acid_dose(clearance)
    band = next(row[3] for row in fact("zoledronic_renal_dosing").rows if row[2] == dose)
    best = next(c for c in bma.choices if c.rating == "best")
    assert best.text.startswith(f"{clearance:.0f} mL/min: {dose:g} mg")
    assert f"the {band} band" in best.feedback
    # The slip (no female factor) gives another clearance and dose, both from the calculator.
    slip = cockcroft_gault(*breast_femur.KIDNEY_SLIP)
    slip_text = f"{slip:.0f} mL/min: {zoledronic_acid_dose(slip):g} mg"
    assert any(c.text == slip_text and c.rating == "poor" for c in bma.choices)


def test_case1_pain_history_is_mechanical_as_sins_scores_it():
    presentation = CASES["prostate_mscc"].presentation
    assert "eased by lying down" in presentation and "worse lying flat" not in presentation
