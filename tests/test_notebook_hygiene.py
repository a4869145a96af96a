"""Every committed notebook is clean, valid, on the python3 kernel, and teaching notebooks carry
the disclaimer."""

import copy

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_output

from course import DISCLAIMER
from course.tools.clean_notebooks import clean, notebook_paths, problems

from .conftest import ASSESSMENTS, NOTEBOOKS, ROOT

COMMITTED = notebook_paths([NOTEBOOKS, ASSESSMENTS / "source", ASSESSMENTS / "release"])
LESSONS = notebook_paths([NOTEBOOKS])
DISCLAIMER_HEAD = DISCLAIMER.split(":")[0]


def test_there_are_notebooks():
    assert LESSONS and (NOTEBOOKS / "00_start_here.ipynb") in LESSONS


@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: str(p.relative_to(ROOT)))
def test_notebook_is_clean(path):
    assert problems(nbformat.read(path, as_version=4)) == []


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lesson_carries_disclaimer(path):
    nb = nbformat.read(path, as_version=4)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert DISCLAIMER_HEAD in text, f"{path.name} lacks the educational-use disclaimer"


def test_dirty_notebook_is_caught_and_cleaned():
    nb = nbformat.read(NOTEBOOKS / "00_start_here.ipynb", as_version=4)
    dirty = copy.deepcopy(nb)
    cell = new_code_cell("1 + 1", execution_count=1)
    cell.outputs = [new_output("execute_result", {"text/plain": "2"}, execution_count=1)]
    dirty.cells.append(cell)
    dirty.cells.append(new_code_cell('self_check("Q?", ("A", True, "why"), ("B", False, "why"))'))
    dirty.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {}}
    dirty.metadata["kernelspec"] = {"name": "other", "display_name": "x"}
    found = problems(dirty)
    assert any("has outputs" in p for p in found)
    assert any("execution count" in p for p in found)
    assert "metadata holds widget state" in found and "kernelspec is not python3" in found
    assert any("shows a self-check answer" in p for p in found)
    assert problems(clean(dirty)) == []
