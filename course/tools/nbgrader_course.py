"""Helpers to run the nbgrader CLI on a temporary copy of the course and check its releases."""

import copy
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import nbformat

SECRET_REGIONS = ("SOLUTION", "HIDDEN TESTS", "MARK SCHEME")
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


def nbgrader(
    course: Path, *args: str, timeout: float = 600, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """Run ``nbgrader ARGS`` in ``course`` with this interpreter; raise if it exits non-zero.

    ``env`` adds environment variables (e.g. ``NBGRADER_DB_URL``).
    """
    cmd = [sys.executable, "-m", "nbgrader", *args]
    # nbgrader runs `alembic` from PATH: put this interpreter's scripts first.
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    full_env = {**os.environ, **(env or {}), "PATH": path}
    done = subprocess.run(
        cmd, cwd=course, capture_output=True, text=True, timeout=timeout, env=full_env
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done


def secret_lines(nb: nbformat.NotebookNode, regions: tuple = SECRET_REGIONS) -> Iterator[str]:
    """Yield each non-blank line inside a solution, hidden-test or mark-scheme region.

    ``regions`` narrows the search, e.g. ``("HIDDEN TESTS",)``.
    """
    for cell in nb.cells:
        region = None
        for line in cell.source.splitlines():
            marker = re.search(r"(BEGIN|END) (SOLUTION|HIDDEN TESTS|MARK SCHEME)", line)
            if marker:
                region = marker.group(2) if marker.group(1) == "BEGIN" else None
            elif region in regions and line.strip():
                yield line.strip()


def leaks(source: nbformat.NotebookNode, release: nbformat.NotebookNode) -> list[str]:
    """Return each secret line of ``source`` (or region marker) that appears in ``release``."""
    text = "\n".join(cell.source for cell in release.cells)
    found = [f"marker: {m}" for m in SECRET_REGIONS if f"BEGIN {m}" in text or f"END {m}" in text]
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
    return "\n".join(line for line in source.splitlines() if "SOLUTION" not in line)


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
