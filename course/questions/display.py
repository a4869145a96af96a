"""What the learner sees: a question by its id, the end-of-lesson score and the progress summary.

The question reuses :class:`course.widgets.SelfCheck` (the options in this learner's order) and
stores the first attempt. Scores are HTML built by pure functions from the progress data, so
tests can check them; the widgets only wrap them and refresh after every answer.
"""

import base64
import json
import weakref
from collections.abc import Mapping
from html import escape

import ipywidgets as widgets

from ..widgets.selfcheck import STYLE, SelfCheck, rich
from . import progress
from .bank import LESSON_IDS, Question, bank, get

_LIVE: "weakref.WeakSet[_Refreshing]" = weakref.WeakSet()
_TABLE_STYLE = (
    "<style>.course-progress th,.course-progress td{text-align:left;padding:2px 16px 2px 0}"
    ".course-progress thead th{border-bottom:1px solid #999999}"
    "a.course-download{color:#0072B2;text-decoration:underline}</style>"
)


class QuestionCheck(SelfCheck):
    """A bank question in this learner's option order; its first attempt is saved to disk."""

    def __init__(self, question: Question, learner: str) -> None:
        self.question = question
        self.order = progress.option_order(question, learner)
        stem = question.stem
        if question.revisits:
            stem = f"*Looking back to lesson {' and '.join(question.revisits)}.* {stem}"
        super().__init__(stem, [question.options[i] for i in self.order])

    def check(self, index: int | None) -> str:
        """Grade the option at ``index`` as :class:`SelfCheck` does, saving the first attempt."""
        first = self.attempts == 0
        html = super().check(index)
        if first and self.attempts == 1:
            try:
                progress.record_first_attempt(self.question, self.options[index].correct)
            except OSError as exc:
                return html + f"<p><i>Your progress could not be saved: {escape(str(exc))}</i></p>"
            for view in list(_LIVE):
                view.refresh()
        return html


def question(question_id: str) -> widgets.Widget:
    """Show the bank question ``question_id``; an unknown id shows a message, not a traceback."""
    try:
        return QuestionCheck(get(question_id), progress.learner_id())
    except ValueError as exc:
        return widgets.HTML(f"<b>This self-check cannot be shown:</b> {escape(str(exc))}")


def _lesson_questions(lesson: str, questions: Mapping[str, Question]) -> list[Question]:
    if lesson not in LESSON_IDS:
        raise ValueError(f"lesson must be one of {LESSON_IDS}, not {lesson!r}")
    return [q for q in questions.values() if q.lesson == lesson]


def score_html(lesson: str, data: Mapping, questions: Mapping[str, Question]) -> str:
    """Return "n of m right first time" for ``lesson`` and the questions to revisit."""
    asked = _lesson_questions(lesson, questions)
    attempts = data["attempts"]
    right = [q for q in asked if attempts.get(q.id, {}).get("correct") is True]
    wrong = [q for q in asked if attempts.get(q.id, {}).get("correct") is False]
    unanswered = [q for q in asked if q.id not in attempts]
    html = (
        f'<div class="course-score"><b>Lesson {lesson}: {len(right)} of {len(asked)} '
        f"right first time.</b>"
    )
    for title, group in (("Worth revisiting", wrong), ("Not answered yet", unanswered)):
        if group:
            items = "".join(f"<li>{rich(q.stem)}</li>" for q in group)
            html += f"<p>{title}:</p><ul>{items}</ul>"
    return html + "</div>"


def summary_html(data: Mapping, questions: Mapping[str, Question]) -> str:
    """Return a table of lessons: questions answered, right first time, and done or not."""
    attempts = data["attempts"]
    rows = []
    for lesson in LESSON_IDS:
        asked = _lesson_questions(lesson, questions)
        if not asked:
            continue
        answered = [q for q in asked if q.id in attempts]
        right = sum(attempts[q.id]["correct"] for q in answered)
        status = (
            "done" if len(answered) == len(asked) else ("started" if answered else "not started")
        )
        rows.append(
            f"<tr><td>{lesson}</td><td>{len(answered)} of {len(asked)}</td>"
            f"<td>{right}</td><td>{status}</td></tr>"
        )
    return (
        '<table class="course-progress"><thead><tr><th>Lesson</th><th>Self-checks answered</th>'
        "<th>Right first time</th><th>Status</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )


def download_link(data: Mapping) -> str:
    """Return an HTML link that downloads the progress data as ``progress.json``."""
    payload = base64.b64encode(json.dumps(data, indent=1, sort_keys=True).encode()).decode()
    return (
        '<a class="course-download" download="progress.json" '
        f'href="data:application/json;base64,{payload}">'
        "Download your progress (progress.json)</a>"
    )


class _Refreshing(widgets.VBox):
    """An HTML view of the progress file that redraws after each answer or on request."""

    def __init__(self) -> None:
        self.view = widgets.HTML()
        button = widgets.Button(description="Refresh", icon="refresh")
        button.on_click(lambda _b: self.refresh())
        super().__init__([self.view, button])
        self.refresh()
        _LIVE.add(self)

    def html(self, data: Mapping) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Read the progress file again and redraw."""
        self.view.value = STYLE + self.html(progress.load())


class LessonScore(_Refreshing):
    """The end-of-lesson score."""

    def __init__(self, lesson: str) -> None:
        _lesson_questions(lesson, bank())
        self.lesson = lesson
        super().__init__()

    def html(self, data: Mapping) -> str:
        return score_html(self.lesson, data, bank())


class ProgressSummary(_Refreshing):
    """The course-wide summary for the start notebook, with the download link."""

    def html(self, data: Mapping) -> str:
        return (
            _TABLE_STYLE
            + summary_html(data, bank())
            + f"<p>{download_link(data)}. On Binder this file, like your notebooks, is lost when "
            "the session ends: download it to keep it.</p>"
        )


def lesson_score(lesson: str) -> widgets.Widget:
    """Show the score of ``lesson`` ("03"); a bad lesson shows a message, not a traceback."""
    try:
        return LessonScore(lesson)
    except ValueError as exc:
        return widgets.HTML(f"<b>No score to show:</b> {escape(str(exc))}")


def progress_summary() -> widgets.Widget:
    """Show every lesson's progress and a link to download the progress file."""
    return ProgressSummary()
