"""The case engine, without widgets: a patient case is data (steps, choices, feedback), a
:class:`CaseRun` walks it and records each decision with the learner's short justification, and
:func:`play` runs a list of choices (for tests).

Every choice carries feedback and a rating ("best", "acceptable" or "poor"); a poor choice may
branch to a consequence step before rejoining the main path. A case ends with a
multidisciplinary-team (MDT) summary that lists the learner's decisions and reasons next to the
team's plan.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from ..palette import NOTICE

__all__ = [
    "COLOURS",
    "END",
    "RATINGS",
    "RATING_NOTICE",
    "Case",
    "CaseRun",
    "Choice",
    "Decision",
    "MAX_JUSTIFICATION",
    "Step",
    "next_id",
    "play",
    "validate_case",
]

END = "end"
RATINGS = ("best", "acceptable", "poor")
RATING_NOTICE = {"best": "ok", "acceptable": "warn", "poor": "stop"}
"""The notice kind of each rating of a choice (the apps' notices, :data:`course.palette.NOTICE`)."""
COLOURS = {rating: NOTICE[kind] for rating, kind in RATING_NOTICE.items()}
"""The colour of each rating: its notice's colour."""


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
    """One decision the learner made, with the short reason they gave (may be empty)."""

    step: Step
    choice: Choice
    justification: str = ""


MAX_JUSTIFICATION = 500
"""The longest justification kept, in characters (a few sentences)."""


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

    def choose(self, index: int, justification: str = "") -> Choice:
        """Record option ``index`` at the current step with the learner's short reason; return
        the chosen option."""
        if self.current is None:
            raise ValueError("the case is finished; restart it to play again")
        if not isinstance(index, int) or not 0 <= index < len(self.current.choices):
            raise ValueError(f"index must be between 0 and {len(self.current.choices) - 1}")
        if not isinstance(justification, str) or len(justification) > MAX_JUSTIFICATION:
            raise ValueError(
                f"justification must be text of at most {MAX_JUSTIFICATION} characters"
            )
        choice = self.current.choices[index]
        self.history.append(Decision(self.current, choice, justification.strip()))
        target = next_id(self.current, choice)
        self.current = None if target == END else self.case.step(target)
        return choice

    def score(self) -> tuple[int, int]:
        """(best choices made, decisions made)."""
        return sum(d.choice.rating == "best" for d in self.history), len(self.history)

    def mdt_summary(self) -> str:
        """The MDT summary as HTML: the learner's decisions and reasons beside the team's plan
        (two columns that stack on a narrow screen)."""
        if not self.finished:
            raise ValueError("the MDT summary is available once the case is finished")
        best, total = self.score()
        decisions = "".join(
            f'<li><span style="color:{COLOURS[d.choice.rating]}"><b>{d.choice.rating}</b>'
            f"</span>: {escape(d.step.question)} → {escape(d.choice.text)}"
            f"<br><small><i>Your reason:</i> {escape(d.justification) or '(none given)'}"
            "</small></li>"
            for d in self.history
        )
        plan = "".join(f"<li>{escape(item)}</li>" for item in self.case.mdt_plan)
        lessons = ", ".join(self.case.lessons()) or "—"
        column = '<div style="flex:1 1 20em">'
        return (
            f"<h4>Multidisciplinary team summary: {escape(self.case.title)}</h4>"
            f"<p>You made the best choice in {best} of {total} decisions.</p>"
            '<div style="display:flex;flex-wrap:wrap;gap:1.5em">'
            f"{column}<b>Your decisions and reasons</b><ol>{decisions}</ol></div>"
            f"{column}<b>The team's plan</b><ul>{plan}</ul></div>"
            "</div>"
            f"<p><small>Draws on lessons {lessons}.</small></p>"
        )


def play(case: Case, choices: Sequence[int]) -> CaseRun:
    """Play ``choices`` through ``case`` without a widget (for tests and benchmarks)."""
    run = CaseRun(case)
    for index in choices:
        run.choose(index)
    return run
