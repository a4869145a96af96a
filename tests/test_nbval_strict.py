"""Cells tagged nbval-check-output are compared strictly; all other cells run lax."""

import subprocess
import sys

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output

from course.tools.clean_notebooks import CHECK_TAG, KERNELSPEC, problems

from .conftest import ROOT


def notebook(stored: str) -> nbformat.NotebookNode:
    checked = new_code_cell("print(6 * 7)", execution_count=1, metadata={"tags": [CHECK_TAG]})
    checked.outputs = [new_output("stream", name="stdout", text=stored)]
    lax = new_code_cell("print('anything')")
    return new_notebook(cells=[checked, lax], metadata={"kernelspec": KERNELSPEC})


@pytest.mark.parametrize(("stored", "passes"), [("42\n", True), ("41\n", False)])
def test_strict_cell_output_is_compared(tmp_path, stored, passes):
    path = tmp_path / "strict.ipynb"
    nbformat.write(notebook(stored), path)
    sanitize = ROOT / "tests" / "sanitize.cfg"
    options = ["-o", "addopts=", "--nbval-lax", "--nbval-current-env"]
    cmd = [sys.executable, "-m", "pytest", "-p", "no:xdist", "-q", *options]
    cmd += ["--nbval-sanitize-with", str(sanitize), str(path)]
    run = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path)
    assert (run.returncode == 0) is passes, run.stdout[-2000:]


def test_tagged_cell_may_keep_output_but_must_have_one():
    nb = notebook("42\n")
    assert problems(nb) == []
    nb.cells[0].outputs = []
    assert any("stores no executed output" in p for p in problems(nb))
