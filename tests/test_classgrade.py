"""The class autograde command: progress, failure list, Ctrl-C and resume, SQLite refusal.

A copy of the course with the practice sheet generated; a handful of students (solved, blank,
corrupted) run through ``python -m course.assessment.classgrade`` as an instructor would.
"""

import csv
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
from course.assessment.sandbox import bwrap_available

from .conftest import ASSESSMENTS
from .nbgrader_course import copy_course, nbgrader, solved, submit

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


def notebooks(course):
    read = nbformat.read
    source = read(course / "source" / SHEET / f"{SHEET}.ipynb", as_version=4)
    release = read(course / "release" / SHEET / f"{SHEET}.ipynb", as_version=4)
    return solved(source, release), release


def command(*args):
    return [sys.executable, "-m", "course.assessment.classgrade", SHEET, *args]


def classgrade(course, *args):
    return subprocess.run(command(*args), cwd=course, capture_output=True, text=True, timeout=600)


def scores(course):
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        return {s.student.id: s.code_score for s in gb.assignment_submissions(SHEET)}


def progress(stderr):
    return [(int(g), int(f), left) for g, _, f, left in PROGRESS.findall(stderr)]


@nbgrader_test
def test_progress_scores_and_the_failure_list(course):
    right, blank = notebooks(course)
    submit(course, "right", SHEET, right)
    submit(course, "blank", SHEET, blank)
    submit(course, "corrupt", SHEET, blank).write_text('{"cells": [')  # cut off mid-upload
    done = classgrade(course, "--workers", "1")
    assert done.returncode == 1, done.stderr  # something failed
    # students in order: blank, corrupt, right; the time left is a clock, 0:00 at the end
    steps = progress(done.stderr)
    assert [(g, f) for g, f, _ in steps] == [(1, 0), (1, 1), (2, 1)], done.stderr
    assert re.fullmatch(r"\d+:\d\d", steps[0][2]) and steps[-1][2] == "0:00"
    with open(course / FAILURES.format(assignment=SHEET), newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["student_id"] for r in rows] == ["corrupt"]
    assert rows[0]["reason"].startswith("nbformat.reader.NotJSONError")
    assert scores(course)["right"] == 3 and scores(course)["blank"] == 0


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
    assert failure_reason(log, 1) == "ValueError: worse"
    log = "[AutogradeApp | ERROR] kernel died\n[AutogradeApp | ERROR] There was an error processing"
    assert failure_reason(log, 1) == "kernel died"
    assert "exited with code 3" in failure_reason("", 3)
