"""Every lesson, as a student meets it: open in JupyterLab, Run All, read, move the controls."""

import json

import pytest

from ..conftest import NOTEBOOKS
from .lab_page import NotebookPage

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

LESSONS = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
# Per-lesson layout hints, for controls whose plot is not in their own output area:
# {notebook stem: {code-cell index of the controls: code-cell index of the plot, or None to leave
# the controls out (say why in a comment)}}. Code cells are counted from 0. Every control is moved
# one step to a value read before the move; then the kernel must hold that value, each app must
# show what its compute gives for it, and the page must draw the kernel's figures.
HINTS: dict[str, dict[int, int | None]] = {}


def record(artifacts, **row) -> None:
    """Append one result row to test-artifacts/browser/results.jsonl (read by the report)."""
    with (artifacts / "results.jsonl").open("a") as out:
        out.write(json.dumps(row) + "\n")


@pytest.mark.parametrize("name", LESSONS)
def test_lesson_runs_renders_and_responds(page, lab, artifacts, name):
    stem = name.removesuffix(".ipynb")
    hints = HINTS.get(stem, {})
    nb = NotebookPage(page, artifacts / stem)
    nb.open(lab.lab_url(f"notebooks/{name}", workspace=f"test-{stem}"))
    seconds = nb.run_all()

    errors = nb.error_outputs()
    assert not errors, f"{name}: error output after Run All:\n" + "\n---\n".join(errors)
    widgets, plots = nb.wait_rendered()
    path = f"notebooks/{name}"
    nb.assert_figures_match(lab, path, "after Run All")

    sections = nb.sections(hints)
    moved = []
    for section in sections:
        controls = nb.movable(section)
        assert controls, f"{name}: code cell {section.cell} shows no control that can be moved"
        for control in controls:  # each to a value known before the move, then checked
            move = nb.press(control)
            moved.append(str(move))
            nb.assert_moved(lab, path, move, f"after moving {move} in code cell {section.cell}")
        nb.crop(section.output, f"{stem}-cell{section.cell:02d}-moved")
    checks = nb.answer_questions(lab, path)
    assert not nb.error_outputs(), f"{name}: error output after moving controls"
    nb.screenshot_pages(stem)  # after the interactions: plots moved, self-checks answered

    record(
        artifacts,
        notebook=name,
        run_all_s=round(seconds, 1),
        widgets=widgets,
        plots=plots,
        sections=len(sections),
        moved=moved,
        questions=checks,
    )
    print(
        f"{name}: Run All {seconds:.1f} s, {widgets} widget views, {plots} plots, "
        f"{len(sections)} interactive sections moved {moved}, {checks} questions answered"
    )
