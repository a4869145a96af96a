"""Test drivers of nbgrader: a temporary copy of the course, its releases checked for secrets,
students' submissions filled in and autograded (also used by benchmarks/bench_autograde.py)."""

import copy
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import nbformat

from course.assessment.markers import REGIONS, SOLUTION, Region
from course.assessment.release import generate, nbgrader

COURSE_FILES = ("nbgrader_config.py", "source", "keys")


def copy_course(root: Path, dest: Path) -> Path:
    """Copy the nbgrader course root's config, sources and key specifications into ``dest``.

    Nothing generated is copied (no release, gradebook or computed keys).
    """
    dest.mkdir(parents=True, exist_ok=True)
    for name in COURSE_FILES:
        src = root / name
        if src.is_dir():
            skip = shutil.ignore_patterns(".ipynb_checkpoints", "*.json", "__pycache__")
            shutil.copytree(src, dest / name, ignore=skip)
        elif src.exists():
            shutil.copy2(src, dest / name)
    return dest


def generate_all(root: Path, dest: Path) -> Path:
    """Generate every assignment of ``root`` in a course copy at ``dest``; return its release/."""
    return generate(copy_course(root, dest))


def secret_lines(nb: nbformat.NotebookNode, regions: tuple[Region, ...] = REGIONS) -> Iterator[str]:
    """Yield each non-blank line inside a solution, hidden-test or mark-scheme region.

    ``regions`` narrows the search, e.g. ``(HIDDEN_TESTS,)``.
    """
    for cell in nb.cells:
        region = None
        for line in cell.source.splitlines():
            opened = next((r for r in REGIONS if r.begin in line), None)
            if opened or any(r.end in line for r in REGIONS):
                region = opened
            elif region in regions and line.strip():
                yield line.strip()


def leaks(source: nbformat.NotebookNode, release: nbformat.NotebookNode) -> list[str]:
    """Return each secret line of ``source`` (or region marker) that appears in ``release``."""
    text = "\n".join(cell.source for cell in release.cells)
    markers = [m for r in REGIONS for m in (r.begin, r.end)]
    found = [f"marker: {m}" for m in markers if m in text]
    found += [line for line in secret_lines(source) if line in text]
    return found


@dataclass(frozen=True)
class GradedItem:
    """One autograded item: its test cell, points, and the answer cell and variable it checks."""

    grade_id: str
    points: float
    answer_id: str
    variable: str


def solution_code(source: str) -> str:
    """Return a solution cell's source without its ``BEGIN/END SOLUTION`` marker lines."""
    markers = (SOLUTION.begin, SOLUTION.end)
    return "\n".join(line for line in source.splitlines() if not any(m in line for m in markers))


def graded_items(source: nbformat.NotebookNode) -> list[GradedItem]:
    """List the autograded items of a source notebook, each with the answer cell before it."""
    items, answer = [], None
    for cell in source.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code":
            continue
        if meta.get("solution"):
            answer = cell
        elif meta.get("grade") and answer is not None:
            names = re.findall(r"^(\w+)\s*=", solution_code(answer.source), re.MULTILINE)
            aid = answer.metadata["nbgrader"]["grade_id"]
            items.append(GradedItem(meta["grade_id"], meta["points"], aid, names[-1]))
    return items


def fill(release: nbformat.NotebookNode, answers: dict[str, str]) -> nbformat.NotebookNode:
    """Copy a student notebook with the code of the cells named in ``answers`` replaced."""
    nb = copy.deepcopy(release)
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell.source = answers[grade_id]
    return nb


def solved(source: nbformat.NotebookNode, release: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The student notebook answered with the instructor's solutions (autograded cells only)."""
    answers = {
        cell.metadata["nbgrader"]["grade_id"]: solution_code(cell.source)
        for cell in source.cells
        if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("solution")
    }
    return fill(release, answers)


def submit(course: Path, student: str, assignment: str, nb: nbformat.NotebookNode) -> Path:
    """Write ``nb`` as ``student``'s submission, where ``nbgrader autograde`` looks for it."""
    path = course / "submitted" / student / assignment / f"{assignment}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path


def autograde(
    course: Path, *args: str, attempts: int = 2, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """Run ``nbgrader autograde ARGS``; if it fails, run it again (at most ``attempts`` runs).

    On a busy machine a kernel can fail to start ("Address already in use") and nbgrader skips
    that notebook. A second run without ``--force`` grades only what is still ungraded; a
    notebook that breaks grading itself fails every run and raises.
    """
    for attempt in range(attempts):
        try:
            return nbgrader(course, "autograde", *args, env=env)
        except RuntimeError:
            if attempt == attempts - 1:
                raise
            args = tuple(a for a in args if a != "--force")
    raise ValueError(f"attempts must be at least 1, got {attempts}")
