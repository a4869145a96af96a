"""Notebook hygiene: find and strip outputs, execution counts and widget state.

The one exception: a code cell tagged ``nbval-check-output`` keeps its output and execution
count (nbval skips an output it thinks unrun), and nbval compares that output strictly (after
``tests/sanitize.cfg``); every other cell runs lax and is stored empty.

``python -m course.tools.clean_notebooks DIR_OR_FILE …`` cleans every ``.ipynb`` in place (skipping
``.ipynb_checkpoints``) and prints the files it changed.
"""

import sys
from collections.abc import Iterable
from pathlib import Path

import nbformat

HIDDEN_CALLS = ("self_check(",)
"""Code cells that hold answers (self-check questions) are committed with their input collapsed,
so the answer is not visible before the learner has tried."""

KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


CHECK_TAG = "nbval-check-output"
"""Cells tagged so keep their outputs: nbval compares them strictly (all others run lax)."""


def checks_output(cell: nbformat.NotebookNode) -> bool:
    """Return True for a code cell whose stored output nbval compares strictly."""
    return cell.cell_type == "code" and CHECK_TAG in cell.metadata.get("tags", [])


def holds_answer(cell: nbformat.NotebookNode) -> bool:
    """Return True for a code cell whose source defines a self-check (its answer is in it)."""
    return cell.cell_type == "code" and any(call in cell.source for call in HIDDEN_CALLS)


def problems(nb: nbformat.NotebookNode) -> list[str]:
    """Return what makes ``nb`` unfit to commit (an empty list when it is clean)."""
    found = []
    try:
        nbformat.validate(nb)
    except nbformat.ValidationError as err:
        found.append(f"invalid nbformat: {err.message}")
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if cell.get("outputs") and not checks_output(cell):
            found.append(f"cell {i} has outputs")
        if checks_output(cell) and not (cell.get("outputs") and cell.get("execution_count")):
            found.append(f"cell {i} is tagged {CHECK_TAG} but stores no executed output")
        if cell.get("execution_count") is not None and not checks_output(cell):
            found.append(f"cell {i} has an execution count")
        if holds_answer(cell) and not cell.metadata.get("jupyter", {}).get("source_hidden"):
            found.append(f"cell {i} shows a self-check answer (its input must be collapsed)")
    if "widgets" in nb.metadata:
        found.append("metadata holds widget state")
    if nb.metadata.get("kernelspec", {}).get("name") != "python3":
        found.append("kernelspec is not python3")
    return found


def clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Strip outputs, counts and widget state; collapse self-check inputs; set python3 kernel."""
    for cell in nb.cells:
        if cell.cell_type == "code" and not checks_output(cell):
            cell.outputs = []
            cell.execution_count = None
        if holds_answer(cell):
            cell.metadata.setdefault("jupyter", {})["source_hidden"] = True
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    return nb


def notebook_paths(targets: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into the sorted ``.ipynb`` files they hold (no checkpoints)."""
    paths: list[Path] = []
    for target in map(Path, targets):
        found = [target] if target.is_file() else target.rglob("*.ipynb")
        paths += [p for p in found if ".ipynb_checkpoints" not in p.parts]
    return sorted(paths)


def main(argv: list[str]) -> int:
    """Clean the notebooks under ``argv`` in place; print each file changed."""
    for path in notebook_paths(argv):
        nb = nbformat.read(path, as_version=4)
        if problems(nb):
            nbformat.write(clean(nb), path)
            print(f"cleaned {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
