"""A class's autograde: wall time of ``course.assessment.classgrade`` with 1 and 2 workers.

In a temporary copy of the course (``bench_autograde``'s preparation: every assignment generated,
plus its empty one-cell assignment, the floor), ``CLASS_SIZE`` synthetic students submit the real
quiz, each item answered right, wrong (a random letter) or not at all, at random (fixed seed).
The class command grades:

- the floor's empty submissions with 1 worker (a sandboxed kernel's start and the gradebook per
  submission; nbgrader's own start-up is paid once per worker process);
- the class with 1 worker on the default SQLite gradebook;
- the same class again with 2 workers on a throwaway PostgreSQL server (``course.tools.pgserver``;
  the row is skipped, with a note, when PostgreSQL is not installed).

Rows give each wall time, the time per submission against the floor, and the time 500
submissions would take at the fastest rate measured.
"""

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from bench_autograde import FLOOR, HERE, _prepare
from run import Row

from course.assessment.classgrade import FAILURES, nbgrader_env, read_failures, students
from course.tools.pgserver import postgres_bindir, postgres_server
from tests.nbgrader_course import copy_course, fill, graded_items, nbgrader, solution_code

QUIZ = "quiz01_pathophysiology"
CLASS_SIZE = int(os.environ.get("BENCH_CLASS_SIZE", "200"))
PROJECTED = 500
SEED = 15


def synthetic_class(course: Path, size: int, seed: int = SEED) -> list[str]:
    """Submit ``size`` students' answers to the quiz: each item right, a wrong letter, or blank."""
    source = nbformat.read(course / "source" / QUIZ / f"{QUIZ}.ipynb", as_version=4)
    release = nbformat.read(course / "release" / QUIZ / f"{QUIZ}.ipynb", as_version=4)
    answers = {
        c.metadata["nbgrader"]["grade_id"]: c.source for c in source.cells if c.cell_type == "code"
    }
    rng = random.Random(seed)
    ids = [f"student{i:03d}" for i in range(size)]
    for student in ids:
        chosen = {}
        for item in graded_items(source):
            pick = rng.choice(("right", "wrong", "blank"))
            if pick == "right":
                chosen[item.answer_id] = solution_code(answers[item.answer_id])
            elif pick == "wrong":
                chosen[item.answer_id] = f'{item.variable} = "{rng.choice("abcd")}"'
        path = course / "submitted" / student / QUIZ / f"{QUIZ}.ipynb"
        path.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(fill(release, chosen), path)
    return ids


def _grade(course: Path, assignment: str, workers: int, env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds of the class command, and how many submissions it could not grade."""
    full_env = {**nbgrader_env(), **env}
    cmd = [sys.executable, "-m", "course.assessment.classgrade", assignment]
    t = time.perf_counter()
    done = subprocess.run(
        [*cmd, f"--workers={workers}"], cwd=course, env=full_env, capture_output=True, text=True
    )
    wall = time.perf_counter() - t
    if done.returncode not in (0, 1):  # 1: some submissions failed, listed and counted
        raise RuntimeError(f"the class command failed:\n{done.stderr}")
    return wall, len(read_failures(course / FAILURES.format(assignment=assignment)))


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f} min"


def run() -> list[Row]:
    """Floor, 1 worker (SQLite) and 2 workers (PostgreSQL) on a synthetic class of the quiz."""
    with tempfile.TemporaryDirectory() as tmp:
        course = copy_course(HERE.parent / "assessments", Path(tmp) / "course")
        _prepare(course)
        for student in students(course, QUIZ):  # the preparation's own solved submissions
            shutil.rmtree(course / "submitted" / student / QUIZ)
        size = len(synthetic_class(course, CLASS_SIZE))
        floor_n = len(students(course, FLOOR))
        floor, _ = _grade(course, FLOOR, 1, {})
        floor_s = floor / floor_n
        rows = [
            (
                "class autograde: empty floor, 1 worker",
                floor_s * 1000,
                f"per submission, {floor_n} graded",
            )
        ]
        per = {}
        one, failed = _grade(course, QUIZ, 1, {})
        per[1] = one / size
        rows.append(
            (
                f"class autograde {QUIZ} x{size}: 1 worker, SQLite",
                one * 1000,
                f"{per[1]:.2f} s/submission = {per[1] / floor_s:.2f} x floor; {failed} failed",
            )
        )
        if postgres_bindir() is None:
            rows.append(
                (
                    f"class autograde x{size}: 2 workers, PostgreSQL",
                    float("nan"),
                    "skipped: PostgreSQL is not installed",
                )
            )
        else:
            shutil.rmtree(course / "autograded")
            with postgres_server() as server:
                env = {"NBGRADER_DB_URL": server.create_database("gradebook")}
                nbgrader(course, "generate_assignment", QUIZ, "--force", env=env)
                two, failed = _grade(course, QUIZ, 2, env)
            per[2] = two / size
            rows.append(
                (
                    f"class autograde {QUIZ} x{size}: 2 workers, PostgreSQL",
                    two * 1000,
                    f"{per[2]:.2f} s/submission = {per[2] / floor_s:.2f} x floor; "
                    f"{one / two:.2f} x faster than 1 worker; {failed} failed",
                )
            )
    workers, best = min(per.items(), key=lambda kv: kv[1])
    rows.append(
        (
            f"class autograde: {PROJECTED} submissions projected, {workers} worker(s)",
            best * PROJECTED * 1000,
            f"{_minutes(best * PROJECTED)} at the rate measured above (goal: under 20 min)",
        )
    )
    return rows


if __name__ == "__main__":
    for name, ms, note in run():
        print(f"{name:62s} {ms:11.0f} ms  {note}")
