"""The class autograde command: progress, failure list, Ctrl-C and resume, SQLite refusal, and
the sandbox kept in its long-lived grader processes.

A copy of the course with the practice sheet generated; a handful of students (solved, blank,
corrupted, cheating) run through ``python -m course.assessment.classgrade`` as an instructor would.
"""

import csv
import json
import os
import re
import shutil
import signal
import subprocess
import sys

import nbformat
import pytest
from nbgrader.api import Gradebook

from course.assessment.classgrade import (
    FAILURES,
    check_workers,
    failure_reason,
    is_graded,
    progress_line,
)
from course.assessment.keys import load_keys, matches
from course.assessment.sandbox import bwrap_available
from course.tools.pgserver import postgres_bindir, postgres_server

from .attacks import attack_code
from .conftest import ASSESSMENTS
from .nbgrader_course import copy_course, fill, graded_items, nbgrader, solved, submit

SHEET = "sample00_orientation"
PROGRESS = re.compile(r"\] (\d+)/(\d+) graded, (\d+) failed, \d+:\d\d elapsed, (\S+) left")


def nbgrader_test(func):
    """Mark a test that grades with nbgrader (skipped without the sandbox)."""
    skip = pytest.mark.skipif(not bwrap_available(), reason="bubblewrap (bwrap) is not installed")
    return pytest.mark.nbgrader(skip(func))


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    course = copy_course(ASSESSMENTS, tmp_path_factory.mktemp("classgrade") / "course")
    nbgrader(course, "generate_assignment", SHEET, "--force")
    return course


@pytest.fixture
def course(generated, tmp_path):
    return shutil.copytree(generated, tmp_path / "course")


def sheets(course):
    """The practice sheet's source and released notebooks."""
    return (
        nbformat.read(course / folder / SHEET / f"{SHEET}.ipynb", as_version=4)
        for folder in ("source", "release")
    )


def notebooks(course):
    source, release = sheets(course)
    return solved(source, release), release


def command(*args):
    return [sys.executable, "-m", "course.assessment.classgrade", SHEET, *args]


def classgrade(course, *args, env=None):
    env = {**os.environ, **(env or {})}
    return subprocess.run(
        command(*args), cwd=course, capture_output=True, text=True, timeout=600, env=env
    )


def scores(course, url=None):
    with Gradebook(url or f"sqlite:///{course / 'gradebook.db'}") as gb:
        return {s.student.id: s.code_score for s in gb.assignment_submissions(SHEET)}


def submit_attacks(course, *names):
    """Submit attackers of ``tests/fixtures/attacks``: the attack first, every answer wrong.

    The sheet's checks accept a letter a-d or a number 0-100; a correct grader gives 0 points.
    """
    source, release = sheets(course)
    keys = load_keys(course / "keys" / f"{SHEET}.json")
    wrong = {}
    for item in graded_items(source):
        key = keys[item.grade_id]
        values = ["a", "b", "c", "d"] if key.kind == "choice" else [0.0, 100.0]
        value = next(v for v in values if not matches(key, v))
        wrong[item.answer_id] = f"{item.variable} = {value!r}"
    first = graded_items(source)[0].answer_id
    for name in names:
        answers = {**wrong, first: f"{attack_code(name)}\n{wrong[first]}"}
        submit(course, name, SHEET, fill(release, answers))


def outputs(course, student):
    nb = nbformat.read(course / "autograded" / student / SHEET / f"{SHEET}.ipynb", as_version=4)
    return json.dumps([c.get("outputs", []) for c in nb.cells])


def progress(stderr):
    return [(int(g), int(f), left) for g, _, f, left in PROGRESS.findall(stderr)]


@nbgrader_test
def test_progress_scores_and_the_failure_list(course):
    right, blank = notebooks(course)
    submit(course, "right", SHEET, right)
    submit(course, "blank", SHEET, blank)
    submit(course, "corrupt", SHEET, blank).write_text('{"cells": [')  # cut off mid-upload
    submit_attacks(course, "read_source")  # reads the keys, reruns the solutions after each cell
    done = classgrade(course, "--workers", "1")
    assert done.returncode == 1, done.stderr  # something failed
    # students in order: blank, corrupt, read_source, right; the time left is a clock, 0:00 at
    # the end
    steps = progress(done.stderr)
    assert [(g, f) for g, f, _ in steps] == [(1, 0), (1, 1), (2, 1), (3, 1)], done.stderr
    assert re.fullmatch(r"\d+:\d\d", steps[0][2]) and steps[-1][2] == "0:00"
    with open(course / FAILURES.format(assignment=SHEET), newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["student_id"] for r in rows] == ["corrupt"]
    assert rows[0]["reason"].startswith("nbformat.reader.NotJSONError")
    graded = scores(course)
    assert [graded[s] for s in ("right", "blank", "read_source")] == [3, 0, 0]
    # the grader process, already warm from two students, still sandboxed the third
    assert "files found in the instructor's folder: 0" in outputs(course, "read_source")


@nbgrader_test
@pytest.mark.skipif(
    postgres_bindir() is None, reason="PostgreSQL is not installed (apt-get install postgresql)"
)
def test_two_grader_processes_on_postgresql_keep_the_sandbox(course):
    right, blank = notebooks(course)
    for i in range(3):
        submit(course, f"right{i}", SHEET, right)
    submit(course, "blank", SHEET, blank)
    submit_attacks(course, "read_source", "vandal")
    submitted = {p: p.read_bytes() for p in (course / "submitted").glob(f"*/{SHEET}/{SHEET}.ipynb")}
    with postgres_server() as server:
        env = {"NBGRADER_DB_URL": server.create_database("gradebook")}
        nbgrader(course, "generate_assignment", SHEET, "--force", env=env)
        done = classgrade(course, "--workers", "2", env=env)
        assert done.returncode == 0, done.stderr
        assert "6 submissions, 0 already graded, 2 workers" in done.stderr
        assert [g for g, _, _ in progress(done.stderr)] == list(range(1, 7))
        expected = {"right0": 3, "right1": 3, "right2": 3, "blank": 0, "read_source": 0}
        assert scores(course, env["NBGRADER_DB_URL"]) == {**expected, "vandal": 0}
    assert "files found in the instructor's folder: 0" in outputs(course, "read_source")
    vandal = outputs(course, "vandal")
    assert "database URL visible: False" in vandal and "clobbered" not in vandal
    assert not (course / "VANDALISED").exists()
    assert {p: p.read_bytes() for p in submitted} == submitted


@nbgrader_test
def test_an_interrupted_class_resumes_without_regrading(course):
    right, blank = notebooks(course)
    class_ = [f"s{i}" for i in range(4)]
    for i, student in enumerate(class_):
        submit(course, student, SHEET, right if i % 2 else blank)
    first = subprocess.Popen(
        command("--workers", "1"), cwd=course, stderr=subprocess.PIPE, text=True
    )
    lines = []
    for line in first.stderr:  # until the first student is graded and recorded
        lines.append(line)
        if progress(line):
            break
    first.send_signal(signal.SIGINT)  # as Ctrl-C does, to the command only
    err = "".join(lines) + first.communicate(timeout=120)[1]
    assert first.returncode == 130, err
    before = [s for s in class_ if is_graded(course, SHEET, s)]
    assert before and len(before) < len(class_), err
    stamps = {s: os.stat(course / "autograded" / s / SHEET / f"{SHEET}.ipynb") for s in before}

    second = classgrade(course, "--workers", "1")
    assert second.returncode == 0, second.stderr
    assert f"4 submissions, {len(before)} already graded" in second.stderr
    assert [g for g, _, _ in progress(second.stderr)] == list(range(len(before) + 1, 5))
    for student, stat in stamps.items():  # not regraded: the same file, untouched
        now = os.stat(course / "autograded" / student / SHEET / f"{SHEET}.ipynb")
        assert (now.st_ino, now.st_mtime_ns) == (stat.st_ino, stat.st_mtime_ns)
    assert scores(course) == {"s0": 0, "s1": 3, "s2": 0, "s3": 3}


def test_two_workers_on_sqlite_are_refused_with_the_reason(course):
    submit(course, "right", SHEET, notebooks(course)[0])
    done = classgrade(course, "--workers", "2")
    assert done.returncode == 2
    assert "SQLite locks the whole database file on every write" in done.stderr
    assert "not safe for concurrent writers" in done.stderr
    assert not (course / "autograded").exists()


def test_check_workers_accepts_a_server_and_refuses_nonsense():
    check_workers(2, "postgresql+psycopg2://grader@db/course")
    check_workers(1, "sqlite:///gradebook.db")
    with pytest.raises(ValueError, match="SQLite"):
        check_workers(3, "sqlite:///gradebook.db")
    with pytest.raises(ValueError, match="workers must be"):
        check_workers(0, "postgresql+psycopg2://grader@db/course")


def test_progress_line_counts_and_projects_the_time_left():
    # 3 finished in 60 s, 7 not tried: 20 s each, 140 s left
    line = progress_line(2, 1, 10, 60.0, 3)
    assert line == (
        "[#########.....................] 2/10 graded, 1 failed, 1:00 elapsed, 2:20 left"
    )
    assert progress_line(0, 0, 10, 5.0, 0).endswith("0:05 elapsed, ? left")


def test_failure_reason_is_the_last_exception_else_the_last_error():
    log = "[AutogradeApp | ERROR] Traceback\n    x.NotJSONError: bad\n    ValueError: worse\n"
    assert failure_reason(log, "?") == "ValueError: worse"
    log = "[AutogradeApp | ERROR] kernel died\n[AutogradeApp | ERROR] There was an error processing"
    assert failure_reason(log, "?") == "kernel died"
    log = "[ERROR] kernel died\n[ERROR] Please see the error log"  # NbGraderAPI's log format
    assert failure_reason(log, "?") == "kernel died"
    assert failure_reason("[INFO] no ERROR] here", "the grader stopped") == "the grader stopped"
