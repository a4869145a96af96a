"""Autograde time per submission, per assignment, against an empty notebook on the same kernel.

In a temporary copy of the course, 10 students submit each assignment's solved notebook and 10
submit an empty one-cell assignment. Each submission is autograded on its own through nbgrader's
Python API (the same pipeline as ``nbgrader autograde``: sanitise, fresh kernel, execute, save
grades), so the timing excludes the CLI's start-up. The empty notebook is the floor: kernel start,
gradebook writes and nbgrader's fixed costs. The ratio says what the quiz itself adds.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook
from run import Row

from course.tools.nbgrader_course import copy_course, nbgrader, solved, submit
from course.tools.release import assignments

HERE = Path(__file__).resolve().parent
STUDENTS = 10
FLOOR = "empty_floor"


def _api(course: Path):
    """nbgrader's Python API on ``course``, configured by its nbgrader_config.py."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


def _median_autograde_ms(api, assignment: str) -> float:
    times = []
    for i in range(STUDENTS):
        t = time.perf_counter()
        result = api.autograde(assignment, f"s{i:02d}", force=True, create=True)
        times.append((time.perf_counter() - t) * 1000)
        if not result["success"]:
            raise RuntimeError(result["error"])
    return statistics.median(times)


def _prepare(course: Path) -> list[str]:
    """Add the empty floor assignment, generate everything, and submit the class."""
    empty = new_notebook(cells=[new_code_cell("")])
    empty.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    (course / "source" / FLOOR).mkdir()
    nbformat.write(empty, course / "source" / FLOOR / f"{FLOOR}.ipynb")
    nbgrader(course, "generate_assignment", "*", "--force")
    names = assignments(course)
    for name in names:
        release = nbformat.read(course / "release" / name / f"{name}.ipynb", as_version=4)
        source = nbformat.read(course / "source" / name / f"{name}.ipynb", as_version=4)
        for i in range(STUDENTS):
            submit(course, f"s{i:02d}", name, solved(source, release))
    return names


def run() -> list[Row]:
    """One row per assignment (median per submission, and its ratio to the empty floor)."""
    bindir = str(Path(sys.executable).parent)  # nbgrader runs `alembic` from PATH
    os.environ["PATH"] = os.pathsep.join([bindir, os.environ.get("PATH", "")])
    with tempfile.TemporaryDirectory() as tmp:
        course = copy_course(HERE.parent / "assessments", Path(tmp) / "course")
        names = _prepare(course)
        cwd = os.getcwd()
        os.chdir(course)
        try:
            api = _api(course)
            medians = {name: _median_autograde_ms(api, name) for name in names}
        finally:
            os.chdir(cwd)
    floor = medians.pop(FLOOR)
    rows = [("autograde: empty notebook (floor)", floor, f"median of {STUDENTS} submissions")]
    rows += [
        (f"autograde: {name}", ms, f"median of {STUDENTS}; {ms / floor:.2f} x the empty floor")
        for name, ms in medians.items()
    ]
    return rows


if __name__ == "__main__":
    for name, ms, note in run():
        print(f"{name:45s} {ms:9.0f} ms  {note}")
