"""Shared test fixtures, paths and helpers."""

import ast
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
ASSESSMENTS = ROOT / "assessments"


def question_ids(nb: nbformat.NotebookNode) -> list[str]:
    """The ids of every ``question("…")`` call in the notebook's code cells, in order."""
    ids = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "question":
                ids.append(node.args[0].value)
    return ids


@pytest.fixture(scope="session")
def chromium_browser():
    """Debian's Chromium, headless, through Playwright: one per worker, shared by the browser and
    static-site tests (Playwright's sync API cannot start a second time in a process where it
    runs, and the scheduler may give both groups to one worker)."""
    from .browser.conftest import chromium

    with chromium() as browser:
        yield browser
