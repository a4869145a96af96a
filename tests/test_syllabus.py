"""The course map in README and the start notebook matches the lessons on disk."""

from pathlib import Path

import nbformat
import pytest

from course.syllabus import ASSESSMENTS, BEGIN, LESSONS, course_map, replace_block

from .conftest import ROOT


def test_readme_map_is_current():
    text = (ROOT / "README.md").read_text()
    assert replace_block(text, course_map(ROOT)) == text, "run: python -m course.syllabus"


def test_start_notebook_map_is_current():
    nb = nbformat.read(ROOT / LESSONS[0].path, as_version=4)
    cell = next(c.source for c in nb.cells if BEGIN in c.source)
    assert replace_block(cell, course_map(ROOT, Path("notebooks"))) == cell


def test_existing_items_are_linked_and_missing_ones_are_coming(tmp_path):
    (tmp_path / "notebooks").mkdir()
    (tmp_path / LESSONS[0].path).touch()
    text = course_map(tmp_path)
    assert f"[{LESSONS[0].title}]({LESSONS[0].path})" in text
    assert f"{LESSONS[1].title} *(coming)*" in text
    assert len(text.splitlines()) == len(LESSONS) + len(ASSESSMENTS) + 5


def test_missing_markers_are_refused():
    with pytest.raises(ValueError):
        replace_block("no markers", "x")
