"""What the learner sees: a question by its id, the end-of-lesson score and the progress summary.

The question reuses :class:`course.widgets.SelfCheck` (the options in this learner's order) and
stores the first attempt. Scores are HTML built by pure functions from the progress data, so
tests can check them; the widgets only wrap them and refresh after every answer.
"""

import base64
import io
import json
import weakref
import zipfile
from collections.abc import Iterable, Mapping
from html import escape
from pathlib import Path

import ipywidgets as widgets

from ..palette import GREY, OKABE_ITO
from ..widgets.selfcheck import STYLE, SelfCheck, rich
from . import progress
from .bank import LESSON_IDS, Question, bank, get

_LIVE: "weakref.WeakSet[_Refreshing]" = weakref.WeakSet()
_TABLE_STYLE = (
    "<style>.course-progress th,.course-progress td{text-align:left;padding:2px 16px 2px 0}"
    f".course-progress thead th{{border-bottom:1px solid {GREY['rule']}}}"
    f"a.course-download{{color:{OKABE_ITO['blue']};text-decoration:underline}}</style>"
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


ARCHIVE = "bone-metastases-course.zip"


def _progress_json(data: Mapping) -> bytes:
    return json.dumps(data, indent=1, sort_keys=True).encode()


def _data_link(payload: bytes, mime: str, filename: str, label: str) -> str:
    """Return a link that downloads ``payload`` as ``filename`` (no server needed)."""
    encoded = base64.b64encode(payload).decode()
    return (
        f'<a class="course-download" download="{filename}" '
        f'href="data:{mime};base64,{encoded}">{label} ({filename})</a>'
    )


def download_link(data: Mapping) -> str:
    """Return an HTML link that downloads the progress data as ``progress.json``."""
    return _data_link(
        _progress_json(data), "application/json", "progress.json", "Download your progress"
    )


def backup_archive(notebooks: Iterable[Path], data: Mapping) -> bytes:
    """Return a zip of ``notebooks`` (as last saved on disk, under ``notebooks/``) and the
    progress data (``progress.json``)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in notebooks:
            archive.write(path, f"notebooks/{path.name}")
        archive.writestr("progress.json", _progress_json(data))
    return buffer.getvalue()


def backup_link(folder: Path, data: Mapping) -> str:
    """Return one link that downloads every notebook in ``folder`` and the progress as a zip."""
    payload = backup_archive(sorted(folder.glob("*.ipynb")), data)
    return _data_link(
        payload, "application/zip", ARCHIVE, "Download your notebooks and your progress"
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
    """The course-wide summary for the start notebook, with the download links."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        super().__init__()

    def html(self, data: Mapping) -> str:
        return (
            _TABLE_STYLE
            + summary_html(data, bank())
            + f"<p>{backup_link(self.folder, data)}: every lesson notebook as last saved (press "
            f"Ctrl+S first) and your progress, in one file. {download_link(data)} gives the "
            "progress alone.</p>"
            "<p>On Binder both are lost when the session ends: download them to keep them.</p>"
        )


def lesson_score(lesson: str) -> widgets.Widget:
    """Show the score of ``lesson`` ("03"); a bad lesson shows a message, not a traceback."""
    try:
        return LessonScore(lesson)
    except ValueError as exc:
        return widgets.HTML(f"<b>No score to show:</b> {escape(str(exc))}")


def progress_summary(folder: str | Path = ".") -> widgets.Widget:
    """Show every lesson's progress, and links that download the notebooks in ``folder`` (the
    lessons' folder: a notebook's kernel starts there) with the progress, or the progress alone."""
    return ProgressSummary(Path(folder))
