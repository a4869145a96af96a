"""End to end with the real nbgrader CLI: a class submits, is autograded, gets feedback, exports.

For every assignment, students submit the instructor's solution, the unchanged release, a stored
partial attempt and hostile notebooks (syntax error, deleted answer cell, edited test cell,
wrong-type answers, 10 MB of output; one infinite loop in the first assignment). In the case,
cheaters also submit every attack of ``tests/fixtures/attacks`` (``tests/attacks.py``) with all
answers wrong. ONE ``nbgrader autograde "*"`` call grades them all, with the gradebook's URL in
``NBGRADER_DB_URL`` as on a hub; each score is read from the gradebook and must be exact.
"""

import csv
import hashlib
import html
import json
import re
import time

import nbformat
import pytest
from nbconvert import HTMLExporter
from nbgrader.api import Gradebook

from course.assessment.feedback import FAILED_HIDDEN, RUBRIC_FLAG
from course.assessment.keys import load_keys
from course.assessment.markers import HIDDEN_TESTS, MARK_SCHEME
from course.assessment.release import assignments, nbgrader
from course.assessment.sandbox import bwrap_available

from .attacks import ALL_WRONG, LINKED, LOOP, attack_notebooks, submit_links
from .conftest import ASSESSMENTS, ROOT
from .nbgrader_course import (
    autograde,
    fill,
    generate_all,
    graded_items,
    secret_lines,
    solved,
    submit,
)

pytestmark = [
    pytest.mark.nbgrader,
    pytest.mark.xdist_group("nbgrader"),
    pytest.mark.skipif(not bwrap_available(), reason="bubblewrap (bwrap) is not installed"),
]
ASSIGNMENTS = assignments(ASSESSMENTS)
FIXTURES = ROOT / "tests" / "fixtures" / "submissions"
LOOPER = ASSIGNMENTS[0]  # the one assignment that also gets an infinite loop (10 s timeout)
ATTACKED = "case01_tumour_board"  # the assignment every attack is submitted to
LATE_WRITE_S = 4  # the vandal's background process writes this long after it starts


def read(path):
    return nbformat.read(path, as_version=4)


def hostile(source, release):
    """Each hostile student's notebook and the item grade ids it should lose (besides manual)."""
    items = graded_items(source)
    first, second = items[0], items[1]
    good = solved(source, release)
    edited = fill(good, {first.answer_id: f'{first.variable} = "z"', first.grade_id: "pass"})
    return {
        "syntax_error": (fill(good, {first.answer_id: f'{first.variable} = "b'}), [first]),
        "deleted_answer": (
            _without(good, first.answer_id),
            [first],
        ),
        "edited_test": (edited, [first]),
        "wrong_type": (
            fill(
                good,
                {
                    first.answer_id: f"{first.variable} = 2",
                    second.answer_id: f"{second.variable} = None",
                },
            ),
            [first, second],
        ),
        "huge_output": (
            fill(
                good,
                {
                    first.answer_id: solution_of(good, first.answer_id)
                    + '\nprint(("x" * 99 + "\\n") * 100_000)'
                },
            ),
            [],
        ),
        "infinite_loop": (fill(good, {first.answer_id: "while True:\n    pass"}), [first]),
    }


def _without(nb, grade_id):
    out = fill(nb, {})
    out.cells = [c for c in out.cells if c.metadata.get("nbgrader", {}).get("grade_id") != grade_id]
    return out


def solution_of(nb, grade_id):
    """The source of the cell called ``grade_id``."""
    ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]
    return nb.cells[ids.index(grade_id)].source


def grade_a_class(tmp):
    """Generate, submit a whole class for every assignment, autograde once; return expectations."""
    course = generate_all(ASSESSMENTS, tmp / "course").parent
    expected = {}
    for name in ASSIGNMENTS:
        source = read(course / "source" / name / f"{name}.ipynb")
        release = read(course / "release" / name / f"{name}.ipynb")
        full = sum(item.points for item in graded_items(source))
        partial = json.loads((FIXTURES / f"{name}.partial.json").read_text())
        students = {
            "solution": (solved(source, release), full),
            "blank": (release, 0),
            "partial": (fill(release, partial["answers"]), partial["expected_code_score"]),
        }
        for student, (nb, lost) in hostile(source, release).items():
            if student != "infinite_loop" or name == LOOPER:
                students[student] = (nb, full - sum(item.points for item in lost))
        if name == ATTACKED:
            keys = load_keys(course / "keys" / f"{name}.json")
            students.update(attack_notebooks(source, release, keys))
        for student, (nb, score) in students.items():
            submit(course, student, name, nb)
            expected[name, student] = score
        if name == ATTACKED:
            submit_links(course, name)
            expected[name, LINKED] = 0
    before = submitted_hashes(course)
    env = {"NBGRADER_DB_URL": f"sqlite:///{course / 'gradebook.db'}"}
    autograde(course, "*", env=env)
    return course, expected, before, time.monotonic()


def submitted_hashes(course):
    return {
        p: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted((course / "submitted").glob("*/*/*.ipynb"))
    }


def code_scores(course):
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        return {(a.name, s.student.id): s.code_score for a in gb.assignments for s in a.submissions}


def check_every_submission_scores_exactly_as_expected(graded):
    course, expected, *_ = graded
    assert code_scores(course) == expected


def check_solution_earns_every_autograded_point(graded):
    course, expected, *_ = graded
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for name in ASSIGNMENTS:
            sub = gb.find_submission(name, "solution")
            assert sub.code_score == sub.max_code_score > 0, name
            assert expected[name, "blank"] == 0


def check_hostile_notebooks_are_graded_and_contained(graded):
    """Grading completed for every hostile notebook; output was cut; tests were restored."""
    course, *_ = graded
    for name in ASSIGNMENTS:
        huge = course / "autograded" / "huge_output" / name / f"{name}.ipynb"
        assert huge.stat().st_size < 1_000_000, "LimitOutput should cut 10 MB of output"
        source = read(course / "source" / name / f"{name}.ipynb")
        first = graded_items(source)[0]
        edited = read(course / "autograded" / "edited_test" / name / f"{name}.ipynb")
        restored = solution_of(edited, first.grade_id)  # with the grader's nonce in the recorder
        assert re.sub(r', nonce="\w+"', "", restored) == solution_of(source, first.grade_id)
        assert re.search(r', nonce="[0-9a-f]{32}"\)', restored), restored
    looped = read(course / "autograded" / "infinite_loop" / LOOPER / f"{LOOPER}.ipynb")
    errors = [
        o
        for c in looped.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "error"
    ]
    assert errors, "the infinite loop should have been stopped with an error"


def check_regrading_one_student_leaves_the_others_untouched(graded):
    """A resubmission regraded alone changes that one grade and no other."""
    course, expected, *_ = graded
    before = code_scores(course)
    name = ASSIGNMENTS[-1]
    source = read(course / "source" / name / f"{name}.ipynb")
    submit(course, "blank", name, solved(source, read(course / "release" / name / f"{name}.ipynb")))
    autograde(course, name, "--student=blank", "--force")
    expected[name, "blank"] = expected[name, "solution"]  # later tests see the regraded class
    before[name, "blank"] = expected[name, "solution"]
    assert code_scores(course) == before


def page_text(path_or_html):
    """The visible text of an HTML page: tags removed (pygments splits code into spans)."""
    return html.unescape(re.sub(r"<[^>]+>", "", path_or_html))


def hidden_lines(course, name):
    return list(secret_lines(read(course / "source" / name / f"{name}.ipynb"), (HIDDEN_TESTS,)))


def check_feedback_hides_hidden_tests_and_tracebacks(graded):
    course, *_ = graded
    # Two students show every kind of outcome: passed, wrong, wrong form, unanswered; two
    # cheaters (case only) patched the helpers, or printed whatever they could read of the
    # instructor's folder into an answer cell.
    nbgrader(course, "generate_feedback", "*", "--student=[pw]*")
    nbgrader(course, "generate_feedback", ATTACKED, "--student=read_source")
    pages = sorted((course / "feedback").glob("*/*/*.html"))
    cheaters = {"patch_helpers", "read_source"}
    assert {p.parts[-3] for p in pages} == {"partial", "wrong_type"} | cheaters
    assert len(pages) == 2 * len(ASSIGNMENTS) + len(cheaters)
    secrets = [line for name in ASSIGNMENTS for line in hidden_lines(course, name)]
    secrets += [line for name in ASSIGNMENTS for line in rubric_lines(course, name)]
    secrets += [
        f'"value": {json.dumps(key["value"])}'
        for path in (course / "keys").glob("*.json")
        for key in json.loads(path.read_text()).values()
    ]
    for page in pages:
        text = page_text(page.read_text())
        assert [line for line in secrets if line in text] == [], page
        assert "AssertionError" not in text, page  # what a failed hidden assert raises
    wrong = page_text((course / "feedback" / "wrong_type" / LOOPER / f"{LOOPER}.html").read_text())
    assert "FormError: answer with one letter" in wrong
    partial = page_text((course / "feedback" / "partial" / LOOPER / f"{LOOPER}.html").read_text())
    assert FAILED_HIDDEN in partial


def check_default_feedback_would_leak(graded):
    """Control: the same graded notebook, rendered without the filter, shows the hidden tests."""
    course, *_ = graded
    nb = read(course / "autograded" / "partial" / LOOPER / f"{LOOPER}.ipynb")
    text = page_text(HTMLExporter().from_notebook_node(nb)[0])
    assert "Traceback" in text
    # the hidden recorder, as run (the grader adds the nonce before the closing bracket)
    assert any(line.removesuffix(")") in text for line in hidden_lines(course, LOOPER))


def check_export_has_one_row_per_student_and_assignment(graded):
    course, expected, *_ = graded
    nbgrader(course, "export")
    with open(course / "grades.csv", newline="") as f:
        rows = {(r["assignment"], r["student_id"]): r["raw_score"] for r in csv.DictReader(f)}
    # One row per student per assignment; a student who did not submit one (the looping student
    # and the attackers) scores 0 there. Hand-graded items are still pending, so the raw score is
    # the autograded score.
    students = {student for _, student in expected}
    missing = {(a, s): 0 for a in ASSIGNMENTS for s in students if (a, s) not in expected}
    attackers = {*ALL_WRONG, LOOP, LINKED}
    assert set(missing) == {(a, "infinite_loop") for a in ASSIGNMENTS if a != LOOPER} | {
        (a, s) for a in ASSIGNMENTS if a != ATTACKED for s in attackers
    }
    assert {key: float(score) for key, score in rows.items()} == {**expected, **missing}


def rubric_lines(course, name):
    return list(secret_lines(read(course / "source" / name / f"{name}.ipynb"), (MARK_SCHEME,)))


def check_formgrader_shows_each_rubric(graded):
    """The graded notebook formgrader shows holds each hand-graded item's rubric after it."""
    course, *_ = graded
    for name in ASSIGNMENTS:
        nb = read(course / "autograded" / "solution" / name / f"{name}.ipynb")
        shown = "\n".join(
            c.source for c in nb.cells if c.metadata.get("course", {}).get(RUBRIC_FLAG)
        )
        lines = rubric_lines(course, name)
        assert lines and all(line in shown for line in lines), name


def outputs_text(course, student):
    nb = read(course / "autograded" / student / ATTACKED / f"{ATTACKED}.ipynb")
    return json.dumps([c.get("outputs", []) for c in nb.cells])


def check_the_sandbox_hid_the_course_and_the_database(graded):
    """The cheaters saw no file of the instructor's folder and no database URL."""
    course, *_ = graded
    assert "files found in the instructor's folder: 0" in outputs_text(course, "read_source")
    vandal = outputs_text(course, "vandal")
    assert "database URL visible: False" in vandal
    assert "gradebook written" not in vandal and "clobbered" not in vandal


def check_the_vandal_changed_nothing_and_left_nothing_running(graded):
    """Submissions are byte for byte as submitted, and no process wrote into the course later."""
    course, expected, before, graded_at = graded
    time.sleep(max(0.0, graded_at + LATE_WRITE_S + 2 - time.monotonic()))
    assert not (course / "VANDALISED").exists()
    assert not (course / "LATE").exists(), "a process of the vandal outlived grading"
    after = submitted_hashes(course)
    regraded = course / "submitted" / "blank" / ASSIGNMENTS[-1] / f"{ASSIGNMENTS[-1]}.ipynb"
    assert {p: h for p, h in after.items() if p != regraded} == {
        p: h for p, h in before.items() if p != regraded
    }
    assert {k: v for k, v in code_scores(course).items() if k[1] in {*ALL_WRONG, LINKED}} == {
        (ATTACKED, s): 0 for s in {*ALL_WRONG, LINKED}
    }
    linked = course / "autograded" / LINKED / ATTACKED
    assert (linked / f"{ATTACKED}.ipynb").exists() and not (linked / "key.json").exists()


def test_a_class_is_graded_end_to_end(tmp_path):
    """One test (so one worker, one autograde run) that checks each step in order."""
    graded = grade_a_class(tmp_path)
    check_every_submission_scores_exactly_as_expected(graded)
    check_solution_earns_every_autograded_point(graded)
    check_hostile_notebooks_are_graded_and_contained(graded)
    check_regrading_one_student_leaves_the_others_untouched(graded)
    check_feedback_hides_hidden_tests_and_tracebacks(graded)
    check_default_feedback_would_leak(graded)
    check_export_has_one_row_per_student_and_assignment(graded)
    check_formgrader_shows_each_rubric(graded)
    check_the_sandbox_hid_the_course_and_the_database(graded)
    check_the_vandal_changed_nothing_and_left_nothing_running(graded)
