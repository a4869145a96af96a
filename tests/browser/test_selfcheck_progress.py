"""A self-learner's lesson in JupyterLab: every self-check answered (some right first time, some
wrong then right), the end-of-lesson score counts exactly the first attempts, and the start
notebook shows the saved progress.

The expected score is computed from the answers the test gives, never written in. Progress goes
to the session's temporary folder (``COURSE_PROGRESS_DIR``, set by the root conftest before the
JupyterLab server starts, so its kernels inherit it); the test empties it first, since other
browser tests answer self-checks too.
"""

import os
import re
from pathlib import Path

import nbformat
import pytest

from course.questions import get
from course.questions.progress import ENV_VAR, load

from ..conftest import NOTEBOOKS, question_ids
from .lab_page import (
    SELF_CHECK,
    NotebookPage,
    choose_and_check,
    download_backup,
    option_labels,
    wait_for_text,
)

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

LESSON = "02_metastasis_to_bone.ipynb"


def as_shown(text: str) -> str:
    """Text as the page shows it: ``*emphasis*`` loses its asterisks."""
    return re.sub(r"\*([^*\n]+)\*", r"\1", text)


@pytest.fixture
def progress_dir() -> Path:
    """The session's temporary progress folder, emptied of earlier answers."""
    folder = Path(os.environ[ENV_VAR])
    assert folder != Path.home() / ".bone-metastases-course"
    (folder / "progress.json").unlink(missing_ok=True)
    return folder


def test_score_and_progress_follow_the_answers_given(page, lab, artifacts, progress_dir):
    ids = question_ids(nbformat.read(NOTEBOOKS / LESSON, as_version=4))
    lesson = LESSON[:2]
    questions = [get(i) for i in ids]
    assert len(questions) >= 3 and all(q.lesson == lesson for q in questions)
    # Every second question is answered wrong first (with a near-miss), the others right.
    wrong_first = {q.id for k, q in enumerate(questions) if k % 2 == 1}

    nb = NotebookPage(page, artifacts / "selfcheck-progress")
    nb.open(lab.lab_url(f"notebooks/{LESSON}", workspace="selfcheck-progress"))
    nb.run_all()
    assert not nb.error_outputs()
    shown = page.locator(SELF_CHECK)
    assert shown.count() == len(questions)

    right_first = 0
    for k, q in enumerate(questions):
        box = shown.nth(k)
        assert sorted(option_labels(box)) == sorted(o.text for o in q.options), q.id
        if q.id in wrong_first:
            near_miss = next(o for o in q.options if not o.correct)
            assert choose_and_check(page, box, near_miss.text).startswith("Not quite.")
        else:
            right_first += 1
        assert choose_and_check(page, box, q.answer.text).startswith("Correct."), q.id

    m = len(questions)
    score = page.locator(".jp-NotebookPanel:visible .course-score")
    text = wait_for_text(score, f"{right_first} of {m} right first time")
    nb.screenshot(score, "lesson-score")
    revisit = score.locator("li").all_text_contents()
    assert sorted(revisit) == sorted(as_shown(q.stem) for q in questions if q.id in wrong_first)
    assert "Not answered yet" not in text

    attempts = load(progress_dir / "progress.json")["attempts"]  # written by the lab's kernel
    assert {i: a["correct"] for i, a in attempts.items()} == {
        q.id: q.id not in wrong_first for q in questions
    }

    start = NotebookPage(page, artifacts / "selfcheck-progress")
    start.open(lab.lab_url("notebooks/00_start_here.ipynb", workspace="selfcheck-start"))
    start.run_all()
    table = page.locator(".jp-NotebookPanel:visible .course-progress")
    row = table.locator("tr", has=page.locator("td", has_text=re.compile(f"^{lesson}$")))
    assert row.locator("td").all_text_contents() == [
        lesson,
        f"{m} of {m}",
        str(right_first),
        "done",
    ]
    start.screenshot(table, "start-progress")

    # One click downloads every lesson notebook and the same progress, as one zip.
    names, progress = download_backup(page)
    assert {f"notebooks/{p.name}" for p in NOTEBOOKS.glob("*.ipynb")} <= names
    assert progress == load(progress_dir / "progress.json")
