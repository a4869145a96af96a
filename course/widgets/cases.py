"""The case app: shows a case of :mod:`course.cases` step by step with ipywidgets.

The learner reads the situation, chooses an option, writes a short reason and presses *Decide*;
the feedback follows, then the next step; at the end, the MDT summary sets the learner's
decisions and reasons beside the team's plan. The engine and the cases live in
:mod:`course.cases` (no widgets there); they are re-exported here for existing imports.
"""

import random
from html import escape

import ipywidgets as widgets

from ..cases import CASES, END, RATINGS, Case, CaseRun, Choice, Step, play
from ..cases.engine import RATING_NOTICE
from .app import error_notice, framed, notice

__all__ = ["CASES", "END", "RATINGS", "Case", "CaseApp", "CaseRun", "Choice", "Step", "play"]


def feedback_html(choice: Choice) -> str:
    """Feedback for one choice, coloured by its rating."""
    kind = RATING_NOTICE[choice.rating]
    return notice(kind, f"<b>{choice.rating.capitalize()}.</b> {escape(choice.feedback)}")


class CaseApp:
    """Shows a case step by step: situation, options, *Decide*, feedback, then the next step;
    at the end, the MDT summary and a *Restart* button.

    Not an :class:`~course.widgets.app.App`: it has no figure and does not recompute from its
    controls' values; a button press advances a run. It shares the apps' notices."""

    def __init__(self, case: Case) -> None:
        self.run = CaseRun(case)
        self.header = widgets.HTML(
            f"<h3>{escape(case.title)}</h3><p>{escape(case.presentation)}</p>"
        )
        self.situation = widgets.HTML()
        self.options = widgets.RadioButtons(layout=widgets.Layout(width="auto"))
        self.reason = widgets.Textarea(
            placeholder="Your reason, in one or two sentences (shown beside the team's plan)",
            layout=widgets.Layout(width="95%", height="60px"),
        )
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
                self.reason,
                widgets.HBox([self.decide, self.restart]),
                self.feedback,
            ],
            layout=framed(),
        )
        self._show_step()

    def _show_step(self) -> None:
        step = self.run.current
        if step is None:
            self.situation.value = self.run.mdt_summary()
            self.options.options, self.options.layout.display = [], "none"
            self.reason.layout.display = "none"
            self.decide.disabled = True
            return
        self.situation.value = (
            f"<p>{escape(step.situation)}</p><p><b>{escape(step.question)}</b></p>"
        )
        order = list(range(len(step.choices)))
        random.Random(f"{self.run.case.key}/{step.id}").shuffle(order)  # the best is not always 1st
        self.options.options = [(step.choices[i].text, i) for i in order]
        self.options.value = None
        self.options.layout.display = self.reason.layout.display = None
        self.decide.disabled = False

    def submit(self, index: int | None, justification: str | None = None) -> str:
        """Decide for option ``index`` (None: nothing chosen) with a short reason (default: the
        text box); return the feedback HTML, or a message for bad input."""
        if index is None:
            self.feedback.value = "<i>Choose an option first.</i>"
            return self.feedback.value
        step = self.run.current
        try:
            choice = self.run.choose(
                index, self.reason.value if justification is None else justification
            )
        except ValueError as exc:
            self.feedback.value = error_notice(exc)
            return self.feedback.value
        self.reason.value = ""
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
