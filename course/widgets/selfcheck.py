"""The self-check question: multiple choice with immediate feedback and an explanation per option.

The answer lives only in the kernel: nothing in the rendered widget reveals it until the learner
has chosen and pressed *Check*. Plain ipywidgets, so it works offline in JupyterLab.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

import ipywidgets as widgets

from .app import framed, notice


@dataclass(frozen=True)
class Option:
    """One answer option: its text, whether it is correct, and why."""

    text: str
    correct: bool
    explanation: str


def validate_options(options: Sequence[Option]) -> None:
    """Refuse a question without 2+ options, exactly one correct option, and unique texts."""
    if len(options) < 2:
        raise ValueError("a self-check needs at least two options")
    if sum(o.correct for o in options) != 1:
        raise ValueError("a self-check needs exactly one correct option")
    if len({o.text for o in options}) != len(options):
        raise ValueError("self-check options must have distinct texts")
    if any(not o.explanation.strip() for o in options):
        raise ValueError("every self-check option needs an explanation")


STYLE = (
    "<style>.course-selfcheck .widget-radio-box label{white-space:normal;height:auto;"
    "line-height:1.35;padding:3px 0}.course-selfcheck .widget-radio-box{width:100%}</style>"
)
"""Long option texts wrap instead of overlapping the next option."""


def rich(text: str) -> str:
    """Escape ``text`` for HTML, keeping ``*emphasis*`` as italics."""
    return re.sub(r"\*([^*\n]+)\*", r"<em>\1</em>", escape(text))


def feedback_html(option: Option) -> str:
    """Return the feedback shown after choosing ``option``: verdict plus its explanation."""
    verdict = "Correct." if option.correct else "Not quite."
    kind = "ok" if option.correct else "stop"
    return notice(kind, f"<b>{verdict}</b> {rich(option.explanation)}")


class SelfCheck(widgets.VBox):
    """A multiple-choice question that explains every option once the learner has tried.

    After a correct answer, the explanations of all options are listed, so the learner also sees
    why the distractors are wrong.
    """

    def __init__(self, question: str, options: Sequence[Option]) -> None:
        validate_options(options)
        self.options = tuple(options)
        self.attempts = 0
        self.choice = widgets.RadioButtons(
            options=[(o.text, i) for i, o in enumerate(self.options)],
            value=None,
            layout=widgets.Layout(width="auto"),
            style={"description_width": "0px"},
        )
        self.button = widgets.Button(description="Check", button_style="primary", icon="check")
        self.feedback = widgets.HTML(value="")
        self.button.on_click(self._on_check)
        super().__init__(
            [
                widgets.HTML(f"{STYLE}<b>Self-check.</b> {rich(question)}"),
                self.choice,
                self.button,
                self.feedback,
            ],
            layout=framed(),
        )
        self.add_class("course-selfcheck")

    def check(self, index: int | None) -> str:
        """Grade the option at ``index`` (``None``: nothing chosen); return the feedback HTML."""
        if index is None:
            return "<i>Choose an answer first.</i>"
        if not 0 <= index < len(self.options):
            raise ValueError(f"index must be between 0 and {len(self.options) - 1}")
        self.attempts += 1
        chosen = self.options[index]
        html = feedback_html(chosen)
        if chosen.correct:
            others = "".join(
                f"<li>{escape(o.text)}: {rich(o.explanation)}</li>"
                for o in self.options
                if o is not chosen
            )
            html += (
                f"<details open><summary>Why not the others</summary><ul>{others}</ul></details>"
            )
        return html

    def _on_check(self, _button: widgets.Button) -> None:
        self.feedback.value = self.check(self.choice.value)


def self_check(question: str, *options: tuple[str, bool, str]) -> SelfCheck:
    """Build a :class:`SelfCheck` from ``(text, correct, explanation)`` tuples."""
    return SelfCheck(question, [Option(*o) for o in options])
