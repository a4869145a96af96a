"""Progress and answers in the static site outlive the tab: a self-check answered in one lesson
is saved in JupyterLite's browser storage (``/drive``), a page reload reopens the lesson with a
new kernel that still reads it, and lesson 00, opened in another tab, shows it in its table and
puts it in its backup download."""

import re

import nbformat
import pytest

from course.questions import bank, get

from ..browser.lab_page import SELF_CHECK, choose_and_check, download_backup, wait_for_text
from ..conftest import NOTEBOOKS, question_ids

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("lite")]

LESSON = "02_metastasis_to_bone.ipynb"
START = "00_start_here.ipynb"
PROGRESS_CODE = """
import json
from course.questions.progress import load, progress_path
print(json.dumps([str(progress_path()), load()["attempts"]]))
"""
OPEN_PATH_JS = "() => window.jupyterapp.shell.currentWidget.context.path"
MARK_CODE = "print(json.dumps('_before_reload' in globals())); _before_reload = 1"


def test_progress_survives_a_reload_and_reaches_lesson_00(fresh_page, server, lite_artifacts):
    from .site import LitePage

    page, outside = fresh_page
    nb = LitePage(page, lite_artifacts / "reload")
    nb.open(server.lesson_url(LESSON), timeout=180)
    nb.run_all_timed()
    # The first self-check right, the second wrong first (then right).
    shown = question_ids(nbformat.read(NOTEBOOKS / LESSON, as_version=4))
    first, second = (get(i) for i in shown[:2])
    boxes = page.locator(SELF_CHECK)
    assert choose_and_check(page, boxes.nth(0), first.answer.text).startswith("Correct.")
    near_miss = next(o.text for o in second.options if not o.correct)
    assert choose_and_check(page, boxes.nth(1), near_miss).startswith("Not quite.")
    assert choose_and_check(page, boxes.nth(1), second.answer.text).startswith("Correct.")
    expected = {first.id: True, second.id: False}

    path, attempts = nb.kernel_json(PROGRESS_CODE)
    assert path == "/drive/.bone-metastases-course/progress.json"
    assert {k: a["correct"] for k, a in attempts.items()} == expected
    assert nb.kernel_json(MARK_CODE) is False

    page.reload()
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell", timeout=120_000)
    nb.wait_idle(timeout=180)
    assert page.evaluate(OPEN_PATH_JS) == f"notebooks/{LESSON}"
    assert nb.kernel_json(PROGRESS_CODE)[1] == attempts  # read by a new kernel:
    assert nb.kernel_json(MARK_CODE) is False

    other = page.context.new_page()
    other.set_default_timeout(60_000)
    start = LitePage(other, lite_artifacts / "reload")
    start.open(server.lesson_url(START), timeout=180)
    start.run_all_timed()
    table = other.locator(".jp-NotebookPanel:visible .course-progress")
    lesson = LESSON[:2]
    asked = [q for q in bank().values() if q.lesson == lesson]
    row = table.locator("tr", has=other.locator("td", has_text=re.compile(f"^{lesson}$")))
    wait_for_text(row, f"{len(expected)} of {len(asked)}")
    assert row.locator("td").all_text_contents() == [
        lesson,
        f"{len(expected)} of {len(asked)}",
        str(sum(expected.values())),
        "started",
    ]
    start.screenshot(table, "start-progress-after-reload")
    # Lesson 00's one-click backup holds the lessons and the same progress.
    names, progress = download_backup(other)
    assert f"notebooks/{LESSON}" in names
    assert progress["attempts"] == attempts
    assert not outside, outside
