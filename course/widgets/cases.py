"""A branching-case engine: a patient case is data (steps, choices, feedback), a
:class:`CaseRun` walks it, and :class:`CaseApp` shows it as an ipywidgets app.

Every choice carries feedback and a rating ("best", "acceptable" or "poor"); a poor choice may
branch to a consequence step before rejoining the main path. A case ends with a
multidisciplinary-team (MDT) summary that lists the learner's decisions next to the team's plan.
The four course cases are data at the end of this module (``CASES``).
"""

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

import ipywidgets as widgets

from ..clinical import (
    cockcroft_gault,
    corrected_calcium,
    hypercalcaemia_severity,
    mirels_score,
    sins_score,
    zoledronic_acid_dose,
)
from ..facts import fact

__all__ = ["CASES", "END", "RATINGS", "Case", "CaseApp", "CaseRun", "Choice", "Step", "play"]

END = "end"
RATINGS = ("best", "acceptable", "poor")
_COLOURS = {"best": "#009E73", "acceptable": "#E69F00", "poor": "#D55E00"}


@dataclass(frozen=True)
class Choice:
    """One option at a step: its text, rating, feedback, and the id of the next step."""

    text: str
    rating: str
    feedback: str
    next: str = ""  # empty: the step's default next step


@dataclass(frozen=True)
class Step:
    """A decision point: what the learner sees, the options, and where the case goes next."""

    id: str
    situation: str
    question: str
    choices: tuple[Choice, ...]
    next: str = END  # default next step for choices without their own
    lessons: tuple[str, ...] = ()  # lesson numbers this step draws on, e.g. ("04", "07")


@dataclass(frozen=True)
class Case:
    """A patient case: a title, the presentation, steps (the first is the start) and the MDT
    plan shown at the end."""

    key: str
    title: str
    presentation: str
    steps: tuple[Step, ...]
    mdt_plan: tuple[str, ...]
    references: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        validate_case(self)

    def step(self, step_id: str) -> Step:
        """Return the step called ``step_id``."""
        for step in self.steps:
            if step.id == step_id:
                return step
        raise ValueError(f"{self.key}: no step {step_id!r}; steps are {[s.id for s in self.steps]}")

    def lessons(self) -> tuple[str, ...]:
        """Every lesson the case draws on, sorted."""
        return tuple(sorted({lesson for step in self.steps for lesson in step.lessons}))


def next_id(step: Step, choice: Choice) -> str:
    """Where the case goes after ``choice`` at ``step``."""
    return choice.next or step.next


def validate_case(case: Case) -> None:
    """Refuse a case with an unreachable or missing step, a choice without feedback, a bad
    rating, or a step without a best option."""
    if not case.steps:
        raise ValueError(f"{case.key}: a case needs at least one step")
    ids = [s.id for s in case.steps]
    if len(set(ids)) != len(ids) or END in ids:
        raise ValueError(f"{case.key}: step ids must be unique and not {END!r}")
    for step in case.steps:
        if len(step.choices) < 2:
            raise ValueError(f"{case.key}/{step.id}: a step needs at least two choices")
        if not any(c.rating == "best" for c in step.choices):
            raise ValueError(f"{case.key}/{step.id}: a step needs a best choice")
        for choice in step.choices:
            if choice.rating not in RATINGS:
                raise ValueError(f"{case.key}/{step.id}: rating must be one of {list(RATINGS)}")
            if not choice.feedback.strip():
                raise ValueError(f"{case.key}/{step.id}: every choice needs feedback")
            target = next_id(step, choice)
            if target != END and target not in ids:
                raise ValueError(f"{case.key}/{step.id}: unknown next step {target!r}")
    reachable, frontier = {ids[0]}, [case.steps[0]]
    while frontier:
        step = frontier.pop()
        for choice in step.choices:
            target = next_id(step, choice)
            if target != END and target not in reachable:
                reachable.add(target)
                frontier.append(case.step(target))
    if unreachable := set(ids) - reachable:
        raise ValueError(f"{case.key}: unreachable steps {sorted(unreachable)}")
    if not case.mdt_plan:
        raise ValueError(f"{case.key}: a case needs an MDT plan")


@dataclass(frozen=True)
class Decision:
    """One decision the learner made."""

    step: Step
    choice: Choice


class CaseRun:
    """Walks a case: ``choose(i)`` records a decision, returns its feedback and moves on."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.history: list[Decision] = []
        self.current: Step | None = case.steps[0]

    @property
    def finished(self) -> bool:
        """True once the last step has been answered."""
        return self.current is None

    def choose(self, index: int) -> Choice:
        """Record option ``index`` at the current step; return the chosen option."""
        if self.current is None:
            raise ValueError("the case is finished; restart it to play again")
        if not isinstance(index, int) or not 0 <= index < len(self.current.choices):
            raise ValueError(f"index must be between 0 and {len(self.current.choices) - 1}")
        choice = self.current.choices[index]
        self.history.append(Decision(self.current, choice))
        target = next_id(self.current, choice)
        self.current = None if target == END else self.case.step(target)
        return choice

    def score(self) -> tuple[int, int]:
        """(best choices made, decisions made)."""
        return sum(d.choice.rating == "best" for d in self.history), len(self.history)

    def mdt_summary(self) -> str:
        """The MDT summary as HTML: the learner's decisions, then the team's plan."""
        if not self.finished:
            raise ValueError("the MDT summary is available once the case is finished")
        best, total = self.score()
        decisions = "".join(
            f'<li><span style="color:{_COLOURS[d.choice.rating]}"><b>{d.choice.rating}</b>'
            f"</span>: {escape(d.step.question)} → {escape(d.choice.text)}</li>"
            for d in self.history
        )
        plan = "".join(f"<li>{escape(item)}</li>" for item in self.case.mdt_plan)
        lessons = ", ".join(self.case.lessons()) or "—"
        return (
            f"<h4>Multidisciplinary team summary: {escape(self.case.title)}</h4>"
            f"<p>You made the best choice in {best} of {total} decisions.</p>"
            f"<b>Your decisions</b><ol>{decisions}</ol>"
            f"<b>The team's plan</b><ul>{plan}</ul>"
            f"<p><small>Draws on lessons {lessons}.</small></p>"
        )


def feedback_html(choice: Choice) -> str:
    """Feedback for one choice, coloured by its rating."""
    colour = _COLOURS[choice.rating]
    return (
        f'<div style="border-left:4px solid {colour};padding:4px 10px;margin:4px 0">'
        f"<b>{choice.rating.capitalize()}.</b> {escape(choice.feedback)}</div>"
    )


class CaseApp:
    """Shows a case step by step: situation, options, *Decide*, feedback, then the next step;
    at the end, the MDT summary and a *Restart* button."""

    def __init__(self, case: Case) -> None:
        self.run = CaseRun(case)
        self.header = widgets.HTML(
            f"<h3>{escape(case.title)}</h3><p>{escape(case.presentation)}</p>"
        )
        self.situation = widgets.HTML()
        self.options = widgets.RadioButtons(layout=widgets.Layout(width="auto"))
        self.decide = widgets.Button(description="Decide", button_style="primary")
        self.restart = widgets.Button(description="Restart case", icon="refresh")
        self.feedback = widgets.HTML()
        self.log = widgets.HTML()
        self.decide.on_click(lambda _b: self.submit(self.options.value))
        self.restart.on_click(lambda _b: self.reset())
        self.widget = widgets.VBox(
            [
                self.header,
                self.log,
                self.situation,
                self.options,
                widgets.HBox([self.decide, self.restart]),
                self.feedback,
            ],
            layout=widgets.Layout(border="1px solid #CCCCCC", padding="8px", margin="8px 0"),
        )
        self._show_step()

    def _show_step(self) -> None:
        step = self.run.current
        if step is None:
            self.situation.value = self.run.mdt_summary()
            self.options.options, self.options.layout.display = [], "none"
            self.decide.disabled = True
            return
        self.situation.value = (
            f"<p>{escape(step.situation)}</p><p><b>{escape(step.question)}</b></p>"
        )
        order = list(range(len(step.choices)))
        random.Random(f"{self.run.case.key}/{step.id}").shuffle(order)  # the best is not always 1st
        self.options.options = [(step.choices[i].text, i) for i in order]
        self.options.value = None
        self.options.layout.display = None
        self.decide.disabled = False

    def submit(self, index: int | None) -> str:
        """Decide for option ``index`` (None: nothing chosen); return the feedback HTML."""
        if index is None:
            self.feedback.value = "<i>Choose an option first.</i>"
            return self.feedback.value
        step = self.run.current
        choice = self.run.choose(index)
        self.feedback.value = feedback_html(choice)
        self.log.value += (
            f"<details><summary>{escape(step.question)} → {escape(choice.text)}</summary>"
            f"{feedback_html(choice)}</details>"
        )
        self._show_step()
        return self.feedback.value

    def reset(self) -> None:
        """Start the case again from its first step."""
        self.run = CaseRun(self.run.case)
        self.feedback.value = self.log.value = ""
        self._show_step()

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


def play(case: Case, choices: Sequence[int]) -> CaseRun:
    """Play ``choices`` through ``case`` without a widget (for tests and benchmarks)."""
    run = CaseRun(case)
    for index in choices:
        run.choose(index)
    return run


# --- The course cases (data) -------------------------------------------------------------------
# Numbers in the text are computed with the course calculators or read from course.facts, so the
# cases cannot drift from the lessons.


def _row(name: str, first: str) -> tuple:
    """The row of a facts table whose first column is ``first``."""
    return next(r for r in fact(name).rows if r[0] == first)


def _pct(value: float) -> str:
    return f"{value:g} %"


_SINS_MSCC = sins_score("junctional", "mechanical", "blastic", "normal", "<50%", "bilateral")
# Distractors are scored by the same calculator, so their feedback names the real slips.
_SINS_MSCC_LOW = sins_score("semirigid", "mechanical", "blastic", "normal", "<50%", "none")
_SINS_MSCC_HIGH = sins_score("junctional", "mechanical", "lytic", "normal", ">50%", "bilateral")
_SINS_REFERRAL = fact("sins_referral_threshold").value
_MRI_WITHIN = fact("mscc_mri_within").text()
_PATCHELL_WALK = _row("patchell2005", "ambulatory after treatment")
_PATCHELL_PARAPLEGIA = fact("patchell2005_paraplegia_exclusion")
_SCORAD = dict(fact("scorad3").rows)
_ASTRO_MSCC = ", ".join(f"{d:g} Gy/{n}" for d, n in fact("astro2024_mscc_fractionation").rows)
_ERA223_FRACTURES = _row("era223_harms", "patients with a fracture")
_RADIUM_LINES = fact("radium223_min_prior_lines").value
_MIRELS_FEMUR = mirels_score("peritrochanteric", "functional", "lytic", "1/3-2/3")
_MIRELS_SLIPS = mirels_score("lower limb", "moderate", "lytic", "1/3-2/3")
_MIRELS_TOO_BIG = mirels_score("peritrochanteric", "functional", "lytic", ">2/3")
_MIRELS_FIX_COMMON = min(
    row[0] for row in fact("mirels_risk_by_total").rows if row[4] == "prophylactic fixation"
)
_MIRELS_FIX_ORIGINAL = fact("mirels_original_fixation_threshold").value
_CRCL_BREAST = cockcroft_gault(62, 58, 1.1, "female")
_DOSE_BREAST = zoledronic_acid_dose(_CRCL_BREAST, indication="bone_metastases")
_ZOL_BANDS = {dose: band for *_, dose, band in fact("zoledronic_renal_dosing").rows}
_SINS_LUNG = sins_score("semirigid", "occasional", "lytic", "normal", "none", "unilateral")
_FLAURA = _row("flaura", "median progression-free survival")
_AURA3 = dict(fact("aura3_pfs").rows)
_CA_TOTAL, _ALBUMIN = 3.2, 24  # measured total calcium (mmol/L) and albumin (g/L), case 4
_CA = corrected_calcium(_CA_TOTAL, _ALBUMIN, unit="mmol/L")
_CA_SEVERITY = hypercalcaemia_severity(_CA, unit="mmol/L")
_CA_TOTAL_SEVERITY = hypercalcaemia_severity(_CA_TOTAL, unit="mmol/L")  # the uncorrected trap
_CA_FACTOR, _CA_REFERENCE = _row("corrected_calcium_constants", "mmol/L")[1:3]
_CA_SEVERE = _row("hypercalcaemia_severity_thresholds", "mmol/L")[3]
_CREATININE_HCM = 2.0  # mg/dL, case 4 (acute, dehydration-driven kidney injury)
_CRCL_HCM = cockcroft_gault(74, 60, _CREATININE_HCM, "male")  # the invalid estimate
_DOSE_HCM = zoledronic_acid_dose(indication="hypercalcaemia", serum_creatinine=_CREATININE_HCM)
_DOSE_HCM_WRONG_TABLE = zoledronic_acid_dose(_CRCL_HCM, indication="bone_metastases")
_HCM_LIMIT = dict(fact("zoledronic_hcm_creatinine_limit").rows)["mg/dL"]


def _mri_step(step_id: str, next_step: str) -> Step:
    """The MRI and SINS step of case 1 (the same on the prompt and the delayed path)."""
    s, low, high = _SINS_MSCC, _SINS_MSCC_LOW, _SINS_MSCC_HIGH
    return Step(
        step_id,
        "MRI: a blastic T11 metastasis compresses the cord at one level, with "
        "collapse of less than 50 %, both pedicles involved and normal alignment. Pain is "
        "mechanical. Other vertebrae carry small metastases without compression.",
        "What is his SINS score and what does it imply?",
        (
            Choice(
                f"{s.total}, {s.category}: ask a spinal surgeon",
                "best",
                f"Junctional {s.points['location']} + mechanical pain {s.points['pain']} + "
                f"blastic {s.points['lesion']} + normal alignment {s.points['alignment']} + "
                f"collapse < 50 % {s.points['collapse']} + bilateral "
                f"{s.points['posterolateral']} = {s.total}. A total of {_SINS_REFERRAL:g} or "
                "more warrants a surgical opinion before radiotherapy.",
            ),
            Choice(
                f"{low.total}, {low.category}: radiotherapy alone",
                "poor",
                f"That scores T11 as semirigid ({low.points['location']} instead of "
                f"{s.points['location']}: T11 is junctional) and the pedicles as uninvolved "
                f"({low.points['posterolateral']} instead of {s.points['posterolateral']} for "
                "bilateral involvement).",
            ),
            Choice(
                f"{high.total}, {high.category}: fixation regardless of anything else",
                "poor",
                "That scores the lesion as lytic and the collapse as more than 50 %: the MRI "
                "shows a blastic lesion and less than 50 % collapse. And even an unstable spine "
                "is operated only if the patient is fit and expected to live long enough to "
                "benefit.",
            ),
        ),
        next=next_step,
        lessons=("07",),
    )


_RADIUM_223_DISTRACTOR = Choice(
    "Radium-223 for the spine",
    "poor",
    "Radium-223 treats widespread bone disease over months; it does not decompress a cord, "
    "and acute cord compression contraindicates bone-seeking radionuclides.",
)

PROSTATE_MSCC = Case(
    key="prostate_mscc",
    title="Case 1: prostate cancer, back pain and weak legs",
    presentation=(
        "A 71-year-old man on androgen deprivation for metastatic prostate cancer has had "
        "thoracolumbar back pain for three weeks, worse when he sits up, walks or lifts and "
        "eased by lying down, and it wakes him at night. Since yesterday his legs feel heavy "
        "and he has stumbled twice. He can still walk with a stick."
    ),
    steps=(
        Step(
            "first",
            "Power is 4/5 in both legs; sensation is reduced from the groins down; "
            "bladder function is normal.",
            "What do you do first?",
            (
                Choice(
                    f"Dexamethasone now and a whole-spine MRI within {_MRI_WITHIN}",
                    "best",
                    "Leg weakness with back pain in known cancer is metastatic spinal cord "
                    "compression until proved otherwise. NICE NG234 advises dexamethasone "
                    f"without delay and whole-spine MRI within {_MRI_WITHIN} (it often finds "
                    "more than one level).",
                ),
                Choice(
                    "Plain radiograph of the spine and review in clinic in two weeks",
                    "poor",
                    "A radiograph misses many lesions and says nothing about the "
                    "cord; a two-week delay risks paraplegia.",
                    next="delay",
                ),
                Choice(
                    "Increase his analgesia and physiotherapy",
                    "poor",
                    "Treats the pain but not the emergency: neurological function lost "
                    "before treatment is rarely regained.",
                    next="delay",
                ),
            ),
            next="mri",
            lessons=("04", "05"),
        ),
        Step(
            "delay",
            "Three days later he is brought in: he has not been able to move his legs at all for "
            "more than two days, and has urinary retention.",
            "What now?",
            (
                Choice(
                    "Emergency dexamethasone, whole-spine MRI today and same-day "
                    "surgical and oncology opinions",
                    "best",
                    "Still the right pathway, but the delay has cost function: the chance "
                    "of walking again falls once a patient has lost the ability to walk.",
                ),
                Choice(
                    "Wait for the routine clinic appointment",
                    "poor",
                    "Never: this is an emergency at any stage.",
                ),
            ),
            next="mri_late",
            lessons=("04",),
        ),
        _mri_step("mri", "local"),
        _mri_step("mri_late", "local_late"),
        Step(
            "local",
            "He still walks with a stick, has a single level of compression and is expected "
            "to live well beyond 3 months.",
            "Which local treatment do you recommend to the MDT?",
            (
                Choice(
                    "Decompressive surgery with stabilisation, then radiotherapy",
                    "best",
                    f"He matches Patchell's trial: surgery then 30 Gy/10 kept "
                    f"{_pct(_PATCHELL_WALK[1])} of patients walking vs "
                    f"{_pct(_PATCHELL_WALK[2])} with radiotherapy alone (Patchell 2005). "
                    "ASTRO 2024 conditionally recommends surgery and postoperative "
                    "radiotherapy over radiotherapy alone for cord compression.",
                ),
                Choice(
                    "Radiotherapy alone, 8 Gy in one fraction",
                    "acceptable",
                    f"Reasonable if he were unfit for surgery: in SCORAD III "
                    f"{_pct(_SCORAD['8 Gy × 1'])} vs {_pct(_SCORAD['20 Gy / 5'])} walked at "
                    "8 weeks after one vs five fractions, but non-inferiority was not "
                    f"shown (Hoskin 2019). ASTRO 2024 lists {_ASTRO_MSCC} for patients not "
                    "eligible for surgery.",
                ),
                _RADIUM_223_DISTRACTOR,
            ),
            next="systemic",
            lessons=("07",),
        ),
        Step(
            "local_late",
            "He has had no movement in his legs (total paraplegia) for longer than "
            f"{_PATCHELL_PARAPLEGIA.value:g} {_PATCHELL_PARAPLEGIA.unit}. One level is compressed.",
            "Which local treatment do you recommend to the MDT?",
            (
                Choice(
                    "Radiotherapy with dexamethasone, and a spinal surgeon's view on "
                    "stabilisation for pain and stability",
                    "best",
                    "With established paraplegia the realistic aims are pain control, stability "
                    f"and care. ASTRO 2024 recommends {_ASTRO_MSCC} "
                    "for cord compression in patients not eligible for surgery, and his SINS still "
                    "calls for a surgical opinion on stability.",
                ),
                Choice(
                    "Decompressive surgery with stabilisation, as in Patchell's trial",
                    "acceptable",
                    "Surgery may still be discussed for stability or pain, but Patchell's "
                    "result does not transfer to him: the trial excluded patients totally "
                    f"paraplegic for more than {_PATCHELL_PARAPLEGIA.value:g} "
                    f"{_PATCHELL_PARAPLEGIA.unit}, so it cannot promise that he walks again.",
                ),
                _RADIUM_223_DISTRACTOR,
            ),
            next="systemic",
            lessons=("07",),
        ),
        Step(
            "systemic",
            "After local treatment his PSA is rising despite castrate testosterone.",
            "What should the long-term plan include?",
            (
                Choice(
                    "Add an androgen-receptor pathway inhibitor (abiraterone or "
                    "enzalutamide), start denosumab or zoledronic acid after a dental "
                    "check, with calcium and vitamin D",
                    "best",
                    "Treat the cancer and protect the skeleton: ESMO recommends a "
                    "bone-modifying agent in castration-resistant disease with bone "
                    "metastases, after a dental examination.",
                ),
                Choice(
                    "Abiraterone with prednisone plus radium-223",
                    "poor",
                    "Never together: in ERA 223, adding radium-223 to abiraterone + "
                    f"prednisone/prednisolone gave more fractures ({_pct(_ERA223_FRACTURES[1])} "
                    f"vs {_pct(_ERA223_FRACTURES[2])}) and a trend to earlier death. In Europe "
                    "and the UK, since 2018, radium-223 is kept for symptomatic bone disease "
                    "after at least "
                    f"{_RADIUM_LINES:g} prior systemic lines (or when nothing else suits), "
                    "with a bone-modifying agent alongside (EMA, MHRA).",
                ),
                Choice(
                    "A bone-modifying agent alone, for pain",
                    "poor",
                    "ASCO–CCO: bone-modifying agents should not be used alone for pain, "
                    "and they do not treat the cancer.",
                ),
                Choice(
                    "Stop all treatment and discharge",
                    "poor",
                    "He has several life-prolonging options; early palliative care runs "
                    "alongside them, not instead.",
                ),
            ),
            lessons=("06", "08"),
        ),
    ),
    mdt_plan=(
        f"Emergency pathway: dexamethasone and whole-spine MRI within {_MRI_WITHIN}.",
        f"SINS {_SINS_MSCC.total} ({_SINS_MSCC.category}): spinal surgical opinion.",
        "Walking at decision: decompression and stabilisation, then postoperative "
        "radiotherapy. Paraplegic for days: radiotherapy, with surgery only for stability or "
        "pain.",
        "Androgen-receptor pathway inhibitor (never abiraterone with radium-223); denosumab or "
        "zoledronic acid after a dental check; calcium and vitamin D.",
        "Physiotherapy, bladder care, early palliative care, support for him and his carer.",
    ),
    references=(
        "nice_ng234",
        "fisher2010",
        "patchell2005",
        "hoskin2019",
        "astro2024",
        "esmo2020",
        "vanpoznak2017",
        "ema2018_xofigo",
        "mhra2018_xofigo",
    ),
)

BREAST_FEMUR = Case(
    key="breast_femur",
    title="Case 2: breast cancer with a lytic femoral lesion",
    presentation=(
        "A 62-year-old woman with oestrogen-receptor-positive, HER2-negative breast cancer "
        "has groin pain that is worse on walking and climbing stairs. A radiograph shows a "
        "lytic lesion in the peritrochanteric femur involving about half of the bone's width."
    ),
    steps=(
        Step(
            "score",
            "The pain now stops her from walking to the shops (functional pain).",
            "What is her Mirels score?",
            (
                Choice(
                    f"{_MIRELS_FEMUR.total}",
                    "best",
                    f"Peritrochanteric {_MIRELS_FEMUR.points['site']} + functional pain "
                    f"{_MIRELS_FEMUR.points['pain']} + lytic {_MIRELS_FEMUR.points['lesion']} "
                    f"+ one to two thirds {_MIRELS_FEMUR.points['size']} = "
                    f"{_MIRELS_FEMUR.total}; risk {_MIRELS_FEMUR.risk_text()} by the "
                    "commonly quoted table (values above 9 are a lower bound only).",
                ),
                Choice(
                    f"{_MIRELS_SLIPS.total}",
                    "poor",
                    f"That scores the site as lower limb ({_MIRELS_SLIPS.points['site']}, not "
                    f"{_MIRELS_FEMUR.points['site']} for peritrochanteric) and the pain as "
                    f"moderate ({_MIRELS_SLIPS.points['pain']}, not "
                    f"{_MIRELS_FEMUR.points['pain']}): pain that stops her walking is "
                    "functional.",
                ),
                Choice(
                    f"{_MIRELS_TOO_BIG.total}",
                    "poor",
                    "Close, but the lesion involves one to two thirds of the bone, not more "
                    f"than two thirds: {_MIRELS_FEMUR.points['size']} points for size, not "
                    f"{_MIRELS_TOO_BIG.points['size']}.",
                ),
            ),
            next="local",
            lessons=("07",),
        ),
        Step(
            "local",
            "She is otherwise well, with bone-only disease.",
            "Which local treatment?",
            (
                Choice(
                    "Prophylactic fixation, then postoperative radiotherapy",
                    "best",
                    f"At {_MIRELS_FEMUR.total}, both the commonly quoted table "
                    f"(≥ {_MIRELS_FIX_COMMON:g}) and Mirels' own abstract "
                    f"(≥ {_MIRELS_FIX_ORIGINAL:g}) advise fixation; ESMO prefers prophylactic "
                    "fixation to fixing a fracture, and radiotherapy after fixation.",
                ),
                Choice(
                    "Radiotherapy alone and crutches",
                    "poor",
                    "At this score a fracture is likely; radiotherapy does not restore "
                    "strength quickly, and fixing a fracture is worse than preventing it.",
                ),
                Choice(
                    "Wait for a fracture, then fix it",
                    "poor",
                    "Fixing after a fracture means more surgery and a slower recovery.",
                ),
            ),
            next="bma",
            lessons=("07",),
        ),
        Step(
            "bma",
            "Creatinine 1.1 mg/dL (stable), weight 58 kg. Cockcroft–Gault gives "
            f"{_CRCL_BREAST:.0f} mL/min.",
            "The team chooses zoledronic acid. Which dose does the renal table give?",
            (
                Choice(
                    f"{_DOSE_BREAST:g} mg, with creatinine checked before every dose",
                    "best",
                    f"{_CRCL_BREAST:.0f} mL/min falls in the {_ZOL_BANDS[_DOSE_BREAST]} band "
                    "of the bone-metastases table. Denosumab needs no renal adjustment but "
                    "causes more hypocalcaemia.",
                ),
                Choice(
                    "4 mg: the standard dose",
                    "poor",
                    f"4 mg is for a clearance of {_ZOL_BANDS[4.0]}.",
                ),
                Choice(
                    "None: zoledronic acid is contraindicated",
                    "poor",
                    "The bone-metastases table withholds it only at "
                    f"{_ZOL_BANDS[None].split(':')[0]}.",
                ),
            ),
            next="systemic",
            lessons=("06",),
        ),
        Step(
            "systemic",
            "Before the first infusion she mentions a loose, painful molar.",
            "What else belongs in the plan?",
            (
                Choice(
                    "Dental assessment before starting, calcium and vitamin D, and "
                    "endocrine therapy (with a CDK4/6 inhibitor where available)",
                    "best",
                    "A dental check lowers the risk of osteonecrosis of the jaw; the "
                    "cancer itself is treated with endocrine therapy as it is hormone "
                    "receptor positive.",
                ),
                Choice(
                    "Start zoledronic acid today and extract the tooth next month",
                    "poor",
                    "Dental extraction after starting a bone-modifying agent is a classic "
                    "trigger of osteonecrosis of the jaw: treat the tooth first.",
                ),
                Choice("HER2-targeted therapy", "poor", "Her tumour is HER2-negative."),
            ),
            lessons=("06", "08"),
        ),
    ),
    mdt_plan=(
        f"Mirels {_MIRELS_FEMUR.total}: prophylactic fixation of the femur, then radiotherapy.",
        f"Zoledronic acid {_DOSE_BREAST:g} mg for a clearance of {_CRCL_BREAST:.0f} mL/min "
        "(or denosumab), after dental treatment; calcium and vitamin D.",
        "Endocrine-based systemic therapy; restaging every 3–6 months.",
        "Physiotherapy with bone-safe exercise; psychological support for scan anxiety.",
    ),
    references=("mirels1989", "jawad2010", "esmo2020", "fda_zoledronic", "cockcroft1976"),
)

LUNG_EGFR = Case(
    key="lung_egfr",
    title="Case 3: EGFR-mutant lung adenocarcinoma with spinal metastases",
    presentation=(
        "A 54-year-old non-smoker, a teacher, has lung adenocarcinoma with metastases in "
        "the thoracic spine and pelvis. Occasional back pain; no neurological signs."
    ),
    steps=(
        Step(
            "testing",
            "The biopsy confirms adenocarcinoma.",
            "What must be known before choosing systemic treatment?",
            (
                Choice(
                    "Molecular tests (EGFR, ALK, ROS1 and others) and PD-L1",
                    "best",
                    "Driver mutations decide first-line treatment in adenocarcinoma.",
                ),
                Choice(
                    "Nothing: start platinum chemotherapy now",
                    "poor",
                    "Chemotherapy first would deny her the targeted drug that works best.",
                ),
            ),
            next="first_line",
            lessons=("06",),
        ),
        Step(
            "first_line",
            "An EGFR exon 19 deletion is found.",
            "Which first-line systemic treatment?",
            (
                Choice(
                    "Osimertinib",
                    "best",
                    f"In FLAURA, first-line osimertinib gave a median progression-free "
                    f"survival of {_FLAURA[1]:g} vs {_FLAURA[2]:g} months with gefitinib or "
                    "erlotinib (Soria 2018).",
                ),
                Choice(
                    "Gefitinib or erlotinib",
                    "acceptable",
                    "Effective, but shorter control than osimertinib; used where "
                    "osimertinib is unavailable.",
                ),
                Choice(
                    "Immunotherapy alone",
                    "poor",
                    "Immunotherapy alone works poorly in EGFR-driven tumours.",
                ),
            ),
            next="spine",
            lessons=("06",),
        ),
        Step(
            "spine",
            "A painful T7 lytic metastasis: no collapse, normal alignment, one pedicle "
            "involved, occasional non-mechanical pain.",
            f"SINS is {_SINS_LUNG.total} ({_SINS_LUNG.category}). What local treatment?",
            (
                Choice(
                    "Radiotherapy (8 Gy single fraction; SBRT in selected patients), plus a "
                    "bone-modifying agent",
                    "best",
                    "A stable spine needs no surgery; a single fraction relieves pain as "
                    "well as several, and SBRT gave more complete responses in SC.24. ASTRO "
                    "2024 conditionally recommends SBRT over conventional radiotherapy for "
                    "selected patients in good condition without neurological signs.",
                ),
                Choice(
                    "Spinal fixation",
                    "poor",
                    f"The spine is {_SINS_LUNG.category} (SINS {_SINS_LUNG.total}, below the "
                    f"{_SINS_REFERRAL:g} that calls for a surgical opinion).",
                ),
                Choice(
                    "Nothing: osimertinib will treat it",
                    "acceptable",
                    "Systemic therapy may help, but painful bone disease deserves local "
                    "treatment and skeletal protection too.",
                ),
            ),
            next="progression",
            lessons=("07",),
        ),
        Step(
            "progression",
            "After a long 'honeymoon' of good control she progresses in bone and liver.",
            "What next?",
            (
                Choice(
                    "Re-biopsy or liquid biopsy to find the resistance mechanism, then "
                    "platinum-based chemotherapy",
                    "best",
                    "After osimertinib, platinum chemotherapy is standard, and the "
                    "resistance mechanism may open a trial or targeted option. (Had she "
                    "received gefitinib first, a T790M mutation would have pointed to "
                    f"osimertinib: {_AURA3['osimertinib']:g} vs "
                    f"{_AURA3['platinum–pemetrexed']:g} months in AURA3.)",
                ),
                Choice(
                    "Continue osimertinib unchanged",
                    "poor",
                    "Widespread progression calls for a change of systemic therapy.",
                ),
            ),
            next="support",
            lessons=("06",),
        ),
        Step(
            "support",
            "She asks whether she can keep teaching and admits she sleeps badly before each scan.",
            "How do you respond?",
            (
                Choice(
                    "Discuss adapted work, refer to psychological support (CBT or "
                    "mindfulness-based stress reduction) and early palliative care",
                    "best",
                    "Many people keep working with bone metastases; 'scanxiety' is common "
                    "and treatable, and palliative care early improves symptom control.",
                ),
                Choice(
                    "Advise her to stop working to avoid fractures",
                    "poor",
                    "Bone-safe activity is encouraged; fear of movement harms more.",
                ),
            ),
            lessons=("08",),
        ),
    ),
    mdt_plan=(
        "Molecular profiling; first-line osimertinib.",
        f"SINS {_SINS_LUNG.total}: radiotherapy to T7; bone-modifying agent after dental check.",
        "At progression: tissue or liquid biopsy, then platinum-based chemotherapy.",
        "Work adaptations, psychological support, early palliative care.",
    ),
    references=("soria2018", "mok2017", "fisher2010", "sahgal2021", "astro2024", "esmo2020"),
)

HYPERCALCAEMIA = Case(
    key="hypercalcaemia",
    title="Case 4: hypercalcaemia with confusion",
    presentation=(
        "A 74-year-old man with squamous lung cancer and bone metastases is brought in "
        "drowsy and confused after a week of thirst, constipation and vomiting."
    ),
    steps=(
        Step(
            "calcium",
            f"Total calcium {_CA_TOTAL:g} mmol/L, albumin {_ALBUMIN:g} g/L.",
            "What is the corrected calcium and how severe is it?",
            (
                Choice(
                    f"{_CA:.2f} mmol/L: {_CA_SEVERITY}",
                    "best",
                    f"{_CA_TOTAL:g} + {_CA_FACTOR:g} × ({_CA_REFERENCE:g} − {_ALBUMIN:g}) = "
                    f"{_CA:.2f} mmol/L. Low albumin hides part of the calcium.",
                ),
                Choice(
                    f"{_CA_TOTAL:g} mmol/L: {_CA_TOTAL_SEVERITY}",
                    "poor",
                    f"That is the measured total, not corrected for albumin: it would read "
                    f"as {_CA_TOTAL_SEVERITY}, but corrected it is {_CA:.2f} mmol/L "
                    f"({_CA_SEVERITY}). Always correct for albumin (or measure ionised "
                    "calcium).",
                ),
            ),
            next="kidney",
            lessons=("05",),
        ),
        Step(
            "kidney",
            f"Creatinine {_CREATININE_HCM:g} mg/dL (normal a month ago), weight 60 kg; he is dry "
            "and passes little urine. A colleague's Cockcroft–Gault estimate is "
            f"{_CRCL_HCM:.0f} mL/min, and she says zoledronic acid is ruled out below 30 mL/min.",
            "Is she right?",
            (
                Choice(
                    "No: that table is for bone metastases, the hypercalcaemia label rule uses "
                    "serum creatinine, and the estimate is not valid until he is rehydrated",
                    "best",
                    "For hypercalcaemia of malignancy the label needs no dose change while "
                    f"serum creatinine is below {_HCM_LIMIT:g} mg/dL: at {_CREATININE_HCM:g} "
                    f"mg/dL the dose would be {_DOSE_HCM:g} mg, after rehydration. Cockcroft–"
                    "Gault assumes a stable creatinine; in acute, dehydration-driven kidney "
                    "injury it is not, so a clearance is unreliable until he is rehydrated.",
                ),
                Choice(
                    "Yes: below 30 mL/min zoledronic acid is not recommended",
                    "poor",
                    "That is the renal table for bone metastases and myeloma (it would give "
                    f"{'no dose' if _DOSE_HCM_WRONG_TABLE is None else _DOSE_HCM_WRONG_TABLE}), "
                    "applied to the wrong indication and to a creatinine that is still "
                    "changing.",
                ),
                Choice(
                    "Yes, but a reduced dose of 3 mg is safe",
                    "poor",
                    "Reduced doses belong to the bone-metastases table; for hypercalcaemia the "
                    f"label gives {_DOSE_HCM:g} mg without adjustment below "
                    f"{_HCM_LIMIT:g} mg/dL.",
                ),
            ),
            next="treat",
            lessons=("05", "06"),
        ),
        Step(
            "treat",
            "He is started on IV saline.",
            "Which initial treatment?",
            (
                Choice(
                    "IV fluids, then denosumab (or zoledronic acid once rehydrated); add "
                    f"calcitonin for calcium ≥ {_CA_SEVERE:g} mmol/L",
                    "best",
                    "Fluids first, then an antiresorptive. The Endocrine Society suggests "
                    "denosumab rather than an IV bisphosphonate (a conditional recommendation, "
                    "low certainty) and, when hypercalcaemia is severe, calcitonin with "
                    "either; zoledronic acid stays an option at this creatinine. Calcitonin "
                    "acts within hours while the slower drugs take effect. Watch for "
                    "hypocalcaemia afterwards. A dental check must not delay this emergency "
                    "treatment; it belongs before any long-term bone-modifying agent.",
                ),
                Choice(
                    f"Zoledronic acid {_DOSE_HCM:g} mg now, before any fluids",
                    "poor",
                    "The label asks for adequate rehydration before zoledronic acid, and "
                    "fluids are the first treatment of a dehydrated, hypercalcaemic patient.",
                ),
                Choice(
                    "Oral fluids and review tomorrow",
                    "poor",
                    f"Calcium this high with confusion is an emergency ({_CA_SEVERITY}).",
                ),
            ),
            next="cause",
            lessons=("05", "06"),
        ),
        Step(
            "cause",
            "His calcium falls and he becomes lucid.",
            "What explains his hypercalcaemia, and what comes next?",
            (
                Choice(
                    "Probably tumour PTHrP (most cases) with a bone contribution; measure "
                    "PTH and PTHrP, treat the cancer and discuss goals of care",
                    "best",
                    "Most hypercalcaemia of malignancy is humoral (PTHrP); about a fifth "
                    "comes from bone metastases. It often marks advanced disease, so goals "
                    "of care and palliative support matter.",
                ),
                Choice(
                    "Bone metastases alone; no further tests",
                    "acceptable",
                    "Bone destruction contributes, but PTHrP is the commonest cause.",
                ),
            ),
            lessons=("03", "08"),
        ),
    ),
    mdt_plan=(
        f"Corrected calcium {_CA:.2f} mmol/L ({_CA_SEVERITY}) with confusion: IV fluids, then "
        "denosumab (Endocrine Society suggestion) or zoledronic acid "
        f"{_DOSE_HCM:g} mg once rehydrated (no dose change while creatinine is below "
        f"{_HCM_LIMIT:g} mg/dL); calcitonin while they take effect.",
        "Re-check creatinine once he is rehydrated; do not dose by a clearance estimated "
        "during acute kidney injury.",
        "Check PTH, PTHrP and vitamin D metabolites; review medication (thiazides, calcium).",
        "Oncology review of systemic options; dental assessment before any long-term "
        "bone-modifying agent; palliative care and advance care planning.",
        "Teach the patient and carers the symptoms of recurrence (thirst, confusion, "
        "constipation).",
    ),
    references=("elhajj2023", "zometa_label_hcm", "chen2013", "sternlicht2015", "statpearls_hcm"),
)

CASES: dict[str, Case] = {
    case.key: case for case in (PROSTATE_MSCC, BREAST_FEMUR, LUNG_EGFR, HYPERCALCAEMIA)
}
