"""The nbgrader end to end of ``test_nbgrader_e2e`` on a PostgreSQL gradebook, then two graders.

A throwaway PostgreSQL server (``course.tools.pgserver``) holds the gradebook:
``NBGRADER_DB_URL=postgresql+psycopg2://…`` for every nbgrader command, as on a hub. The same
class as in ``test_nbgrader_e2e`` is generated, autograded, regraded, given feedback and exported,
with the same checks. Then two ``nbgrader autograde`` processes grade the two halves of one
assignment's class at the same time into a fresh database: every submission is there once, with
the score of the serial run.
"""

import subprocess
import sys
from fnmatch import fnmatch
from functools import partial

import pytest
from nbgrader.api import Gradebook

from course.assessment.classgrade import nbgrader_env
from course.assessment.sandbox import bwrap_available
from course.tools.pgserver import PostgresServer, postgres_bindir, postgres_server

from . import nbgrader_course
from . import test_nbgrader_e2e as e2e
from .nbgrader_course import autograde, nbgrader

pytestmark = [
    pytest.mark.nbgrader,
    pytest.mark.xdist_group("nbgrader"),
    pytest.mark.skipif(not bwrap_available(), reason="bubblewrap (bwrap) is not installed"),
    pytest.mark.skipif(
        postgres_bindir() is None, reason="PostgreSQL is not installed (apt-get install postgresql)"
    ),
]
HALVES = ("[a-h]*", "[i-z]*")  # two graders, two disjoint sets of student ids
CLASS_TIMEOUT_S = 1800


def on_postgres(monkeypatch, url: str) -> None:
    """Point every nbgrader command and gradebook read of ``test_nbgrader_e2e`` at ``url``.

    Its commands inherit ``NBGRADER_DB_URL``; its class autograde passes a SQLite URL, dropped
    here, and gets more time; its reads open ``url`` whatever file they name.
    """
    monkeypatch.setenv("NBGRADER_DB_URL", url)
    # One autograde call grades the whole class: on a loaded machine it can outlast the helper's
    # default 10 minutes (seen at load average 20 on two cores).
    monkeypatch.setattr(
        nbgrader_course, "nbgrader", partial(nbgrader_course.nbgrader, timeout=CLASS_TIMEOUT_S)
    )

    def autograde_here(course, *args, env=None):
        return autograde(course, *args)

    monkeypatch.setattr(e2e, "autograde", autograde_here)
    monkeypatch.setattr(e2e, "Gradebook", lambda _sqlite_url: Gradebook(url))


def check_two_graders_at_once_match_the_serial_run(server: PostgresServer, graded) -> None:
    course, *_ = graded
    name = e2e.ASSIGNMENTS[-1]
    serial = {s: score for (a, s), score in e2e.code_scores(course).items() if a == name}
    url = server.create_database("two_graders")
    env = {"NBGRADER_DB_URL": url}
    nbgrader(course, "generate_assignment", name, "--force", env=env)
    cmd = [sys.executable, "-m", "nbgrader", "autograde", name, "--force"]
    graders = [
        subprocess.Popen(
            [*cmd, f"--student={half}"],
            cwd=course,
            env={**nbgrader_env(), **env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for half in HALVES
    ]
    errors = [grader.communicate(timeout=900)[1] for grader in graders]
    assert [g.returncode for g in graders] == [0, 0], errors
    with Gradebook(url) as gb:
        subs = gb.assignment_submissions(name)
        ids = [s.student.id for s in subs]
        assert sorted(ids) == sorted(serial), "each submission graded exactly once"
        assert {s.student.id: s.code_score for s in subs} == serial
        cells = {nb.name: len(nb.grade_cells) for nb in gb.find_assignment(name).notebooks}
        for sub in subs:
            assert {nb.name: len(nb.grades) for nb in sub.notebooks} == cells, sub.student.id
    assert all(any(fnmatch(s, half) for s in serial) for half in HALVES), "a grader had no work"


def test_a_class_is_graded_end_to_end_on_postgresql(tmp_path, monkeypatch):
    with postgres_server() as server:
        on_postgres(monkeypatch, server.create_database("gradebook"))
        graded = e2e.grade_a_class(tmp_path)
        course = graded[0]
        assert not (course / "gradebook.db").exists(), "nothing was written to SQLite"
        e2e.check_every_submission_scores_exactly_as_expected(graded)
        e2e.check_solution_earns_every_autograded_point(graded)
        e2e.check_hostile_notebooks_are_graded_and_contained(graded)
        e2e.check_regrading_one_student_leaves_the_others_untouched(graded)
        e2e.check_feedback_hides_hidden_tests_and_tracebacks(graded)
        e2e.check_default_feedback_would_leak(graded)
        e2e.check_export_has_one_row_per_student_and_assignment(graded)
        e2e.check_formgrader_shows_each_rubric(graded)
        e2e.check_the_sandbox_hid_the_course_and_the_database(graded)
        e2e.check_the_vandal_changed_nothing_and_left_nothing_running(graded)
        check_two_graders_at_once_match_the_serial_run(server, graded)
