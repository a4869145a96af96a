"""Autograde time per submission: sandbox + outside comparison against nbgrader's plain pipeline.

In a temporary copy of the course, ``STUDENTS`` students submit each assignment's solved notebook
and an empty one-cell assignment (the floor: kernel start, gradebook writes and nbgrader's fixed
costs). Every submission is autograded on its own through nbgrader's Python API (the pipeline of
``nbgrader autograde`` without the CLI's start-up), twice, in one run:

- **protected**: the course's configuration: a per-run nonce, the kernel in the bubblewrap sandbox
  (IPC sockets), and the recorded answers compared with the keys in the grader's process;
- **plain**: nbgrader's default autograde steps (unsandboxed kernel over TCP, no comparison).

Rows give the median per submission of each, and the protected/plain ratio.
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

from course.assessment.release import assignments, nbgrader
from course.assessment.sandbox import bwrap_available

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from tests.nbgrader_course import copy_course, solved, submit  # noqa: E402

STUDENTS = 5
FLOOR = "empty_floor"


def _api(course: Path, plain: bool):
    """nbgrader's Python API on ``course``; ``plain`` restores nbgrader's autograde steps."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.converters import Autograde
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    if plain:
        steps = Autograde.class_traits()["autograde_preprocessors"].default()
        config.Autograde.autograde_preprocessors = steps
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


def _median_autograde_ms(api, assignment: str, prefix: str) -> float:
    times = []
    for i in range(STUDENTS):
        t = time.perf_counter()
        result = api.autograde(assignment, f"{prefix}{i:02d}", force=True, create=True)
        times.append((time.perf_counter() - t) * 1000)
        if not result["success"]:
            raise RuntimeError(result["error"])
    return statistics.median(times)


def _prepare(course: Path) -> list[str]:
    """Add the empty floor assignment, generate everything, and submit both classes."""
    empty = new_notebook(cells=[new_code_cell("")])
    empty.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    (course / "source" / FLOOR).mkdir()
    nbformat.write(empty, course / "source" / FLOOR / f"{FLOOR}.ipynb")
    (course / "keys" / f"{FLOOR}.py").write_text("KEYS = {}\n")
    nbgrader(course, "generate_assignment", "*", "--force")
    names = assignments(course)
    for name in names:
        release = nbformat.read(course / "release" / name / f"{name}.ipynb", as_version=4)
        source = nbformat.read(course / "source" / name / f"{name}.ipynb", as_version=4)
        for prefix in ("protected", "plain"):
            for i in range(STUDENTS):
                submit(course, f"{prefix}{i:02d}", name, solved(source, release))
    return names


def run() -> list[Row]:
    """Per assignment: median ms per submission, protected and plain, and their ratio."""
    bindir = str(Path(sys.executable).parent)  # nbgrader runs `alembic` from PATH
    os.environ["PATH"] = os.pathsep.join([bindir, os.environ.get("PATH", "")])
    sandbox = "sandbox" if bwrap_available() else "NO sandbox (bwrap missing)"
    with tempfile.TemporaryDirectory() as tmp:
        course = copy_course(HERE.parent / "assessments", Path(tmp) / "course")
        names = _prepare(course)
        cwd = os.getcwd()
        os.chdir(course)
        try:
            apis = {"protected": _api(course, plain=False), "plain": _api(course, plain=True)}
            medians = {
                (name, kind): _median_autograde_ms(api, name, kind)
                for name in names
                for kind, api in apis.items()
            }
        finally:
            os.chdir(cwd)
    rows = []
    for name in [FLOOR, *(n for n in names if n != FLOOR)]:
        protected, plain = medians[name, "protected"], medians[name, "plain"]
        label = "empty notebook (floor)" if name == FLOOR else name
        note = f"median of {STUDENTS}; {sandbox} + outside comparison"
        rows.append((f"autograde {label}: protected", protected, note))
        rows.append(
            (f"autograde {label}: plain", plain, f"{protected / plain:.2f} x = protected/plain")
        )
    return rows


if __name__ == "__main__":
    for name, ms, note in run():
        print(f"{name:55s} {ms:9.0f} ms  {note}")
