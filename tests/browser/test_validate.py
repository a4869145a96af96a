"""A released assessment in JupyterLab: nbgrader's Validate button reports the unanswered items."""

import nbformat
import pytest

from ..conftest import ASSESSMENTS
from .lab_page import NotebookPage

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

SAMPLE = "release/sample00_orientation/sample00_orientation.ipynb"


def graded_cells(path) -> list[str]:
    """Sources of the cells nbgrader grades (autograder tests and hand-graded answers)."""
    nb = nbformat.read(path, as_version=4)
    return [c.source for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]


def test_validate_reports_every_unanswered_item(page, lab, artifacts):
    nb = NotebookPage(page, artifacts / "validate")
    nb.open(lab.lab_url(f"assessments/{SAMPLE}", workspace="validate"))
    page.locator(".jp-NotebookPanel:visible .validate-button").click()
    dialog = page.locator(".jp-Dialog")
    dialog.wait_for(timeout=120_000)
    nb.screenshot(dialog.locator(".jp-Dialog-content"), "sample00-validate")
    text = dialog.inner_text()
    graded = graded_cells(ASSESSMENTS / SAMPLE)
    assert "Validation Results" in text, text
    assert "Success!" not in text, text
    assert text.count("The following cell failed:") == len(graded), text
    for source in graded:
        assert source.strip().splitlines()[0] in text, f"not reported: {source[:80]!r}"
    dialog.get_by_role("button", name="Ok").click()
