"""Notebook hygiene: find and strip outputs, execution counts and widget state.

In a lesson (a notebook in ``notebooks/``), plumbing cells (imports, and cells that only render
Markdown from the facts) are committed with their source collapsed, so the lesson reads as text;
a self-check is shown by id, ``question("03-denosumab-step")``, never by a literal answer.

The one exception: a code cell tagged ``nbval-check-output`` keeps its output and execution
count (nbval skips an output it thinks unrun), and nbval compares that output strictly (after
``tests/sanitize.cfg``); every other cell runs lax and is stored empty.

``python -m course.tools.clean_notebooks DIR_OR_FILE …`` cleans every ``.ipynb`` in place (skipping
``.ipynb_checkpoints``) and prints the files it changed.
"""

import ast
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


RENDERERS = ("Markdown", "display", "prose")
"""Calls whose only effect is to show text: a cell of nothing else is plumbing."""


def _renders(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in RENDERERS
    )


def is_plumbing(cell: nbformat.NotebookNode) -> bool:
    """Return True for a code cell that only imports, or only renders Markdown from data.

    Such a cell holds no idea for the learner: a lesson shows its output, not its source.
    """
    if cell.cell_type != "code" or not cell.source.strip():
        return False
    try:
        body = ast.parse(cell.source).body
    except SyntaxError:
        return False
    if all(isinstance(s, ast.Import | ast.ImportFrom) for s in body):
        return True
    shows = [s for s in body if isinstance(s, ast.Expr)]
    return bool(shows) and all(
        isinstance(s, ast.Assign) or (isinstance(s, ast.Expr) and _renders(s.value)) for s in body
    )


def is_collapsed(cell: nbformat.NotebookNode) -> bool:
    """Return True when the cell's source is hidden (``jupyter.source_hidden``)."""
    return bool(cell.metadata.get("jupyter", {}).get("source_hidden"))


def lesson_problems(nb: nbformat.NotebookNode) -> list[str]:
    """Return what makes a lesson read badly: plumbing in view, or a literal self-check answer."""
    found = []
    for i, cell in enumerate(nb.cells):
        if is_plumbing(cell) and not is_collapsed(cell):
            found.append(f"cell {i} is plumbing with its source in view (collapse it)")
        if holds_answer(cell):
            found.append(f"cell {i} calls self_check with a literal answer (use question(id))")
    return found


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
        if holds_answer(cell) and not is_collapsed(cell):
            found.append(f"cell {i} shows a self-check answer (its input must be collapsed)")
    if "widgets" in nb.metadata:
        found.append("metadata holds widget state")
    if nb.metadata.get("kernelspec", {}).get("name") != "python3":
        found.append("kernelspec is not python3")
    return found


def clean(nb: nbformat.NotebookNode, lesson: bool = False) -> nbformat.NotebookNode:
    """Strip outputs, counts and widget state; collapse self-check inputs (and, in a ``lesson``,
    plumbing cells); set the python3 kernel."""
    for cell in nb.cells:
        if cell.cell_type == "code" and not checks_output(cell):
            cell.outputs = []
            cell.execution_count = None
        if holds_answer(cell) or (lesson and is_plumbing(cell)):
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
        lesson = path.parent.name == "notebooks"
        if problems(nb) or (lesson and lesson_problems(nb)):
            nbformat.write(clean(nb, lesson), path)
            print(f"cleaned {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
