"""The course on a real JupyterHub (deploy/jupyterhub), driven over HTTP as a class would use it.

The test creates an instructor and three students as local Unix accounts (removed afterwards),
a shared exchange folder, and starts JupyterHub on 127.0.0.1 with the shipped configuration
(DummyAuthenticator instead of PAM: the accounts have no password). Over the hub's REST API,
the single-user servers' contents and kernels APIs, and nbgrader's formgrader and assignment
list APIs: the instructor generates and releases quiz01; each student fetches it, answers
differently and submits; the instructor collects, autogrades (in the bubblewrap sandbox, as the
instructor's account), generates and releases feedback, and exports grades.csv. Each student's
score must equal the points of the items whose answer the key accepts; one student's "answer"
reads the instructor's key file, which only works if the sandbox is off.
"""

import ast
import csv
import html
import io
import json
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest
import requests

from course.assessment.keys import Key, load_keys, matches

from .conftest import ASSESSMENTS, ROOT
from .hub.machine import (
    Hub,
    UserServer,
    as_user,
    local_accounts,
    missing_part,
    reachable,
    running_hub,
)
from .nbgrader_course import GradedItem, copy_course, fill, graded_items

MISSING = missing_part()
if MISSING:
    pytest.skip(f"JupyterHub test skipped: {MISSING}", allow_module_level=True)
pytestmark = pytest.mark.xdist_group("jupyterhub")
ASSIGNMENT = "quiz01_pathophysiology"
COURSE_ID = "bone-metastases"
NOTEBOOK = f"{ASSIGNMENT}/{ASSIGNMENT}.ipynb"
N_STUDENTS = 3
CHEAT = "cheat"  # the weakest student's first wrong item tries to read the key file


@dataclass
class Class:
    """The running hub's users (as clients), the course folder and what each student expects."""

    hub_url: str
    instructor: UserServer
    students: dict[str, UserServer]
    course: Path
    exchange: Path
    expected: dict[str, float]  # code score of each student, computed from the keys
    full: float  # every autograded point of the quiz
    graded: list[dict]  # formgrader's submissions after autograde
    grades_csv: str  # `nbgrader export`
    feedback: dict[str, str]  # each student's fetched feedback page


def answer_literal(key: Key, right: bool) -> str:
    """Python source of an answer to ``key``: the right one, or a wrong one of the same form."""
    if key.kind == "choice":
        letter = key.value if right else "ab"[key.value == "a"]
        return repr(letter)
    if key.kind == "number":
        return repr(key.value if right else key.value + 10 * (key.abs_tol + 1))
    return repr(key.value[0] if right else "not the answer")


def answers_of(rank: int, items: list[GradedItem], keys: dict[str, Key], key_file: Path) -> dict:
    """Student ``rank`` (0, 1, 2 …) answers right every item whose index % N_STUDENTS <= rank.

    Returns {item: answer source}. Student 0's first wrong item reads ``key_file`` instead.
    """
    answers = {}
    for i, item in enumerate(items):
        answers[item] = answer_literal(keys[item.grade_id], right=i % N_STUDENTS <= rank)
    if rank == 0:
        wrong = next(
            i for i in items if not matches(keys[i.grade_id], ast.literal_eval(answers[i]))
        )
        answers[wrong] = (
            f"__import__('json').load(open({str(key_file)!r}))[{wrong.grade_id!r}]['value']"
            f"  # {CHEAT}"
        )
    return answers


def expected_score(answers: dict, keys: dict[str, Key]) -> float:
    """Points of the items whose answer the key accepts (a cheat's answer counts as wrong)."""
    return sum(
        item.points
        for item, source in answers.items()
        if CHEAT not in source and matches(keys[item.grade_id], ast.literal_eval(source))
    )


def student_works(student: UserServer, answers: dict) -> None:
    """The student sees quiz01 released, fetches it, answers in the notebook and submits."""
    listed = student.call("GET", "assignments", params={"course_id": COURSE_ID})["value"]
    assert [(a["assignment_id"], a["status"]) for a in listed] == [(ASSIGNMENT, "released")]
    form = {"course_id": COURSE_ID, "assignment_id": ASSIGNMENT}
    student.call("POST", "assignments/fetch", data=form)
    nb = student.notebook(NOTEBOOK)
    cells = {item.answer_id: f"{item.variable} = {src}" for item, src in answers.items()}
    student.save(NOTEBOOK, fill(nb, cells))
    student.call("POST", "assignments/submit", data=form)


def fetched_feedback(student: UserServer) -> str:
    """Fetch the released feedback and return the text of the student's feedback page."""
    form = {"course_id": COURSE_ID, "assignment_id": ASSIGNMENT}
    student.call("POST", "assignments/fetch_feedback", data=form)
    folder = student.call("GET", f"api/contents/{ASSIGNMENT}/feedback")["content"]
    (stamp,) = [entry["path"] for entry in folder]
    return student.text(f"{stamp}/{ASSIGNMENT}.html")


def run_the_term(hub: Hub, instructor: str, students: list[str], course: Path) -> dict:
    """The whole flow over HTTP; return what the checks below need."""
    hub.spawn(instructor, *students)
    teacher = hub.ready(instructor)
    teacher.call("POST", f"formgrader/api/assignment/{ASSIGNMENT}/assign")
    teacher.call("POST", f"formgrader/api/assignment/{ASSIGNMENT}/release")
    clients = {name: hub.ready(name) for name in students}
    source = nbformat.read(course / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    items = graded_items(source)
    key_file = course / "keys" / f"{ASSIGNMENT}.json"
    keys = load_keys(key_file)
    expected = {}
    for rank, (name, client) in enumerate(clients.items()):
        answers = answers_of(rank, items, keys, key_file)
        expected[name] = expected_score(answers, keys)
        student_works(client, answers)
    teacher.call("POST", f"formgrader/api/assignment/{ASSIGNMENT}/collect")
    for name in students:
        teacher.call("POST", f"formgrader/api/submission/{ASSIGNMENT}/{name}/autograde")
    graded = teacher.call("GET", f"formgrader/api/submissions/{ASSIGNMENT}")
    teacher.call("POST", f"formgrader/api/assignment/{ASSIGNMENT}/generate_feedback")
    teacher.call("POST", f"formgrader/api/assignment/{ASSIGNMENT}/release_feedback")
    feedback = {name: fetched_feedback(client) for name, client in clients.items()}
    teacher.run(
        "import os, subprocess, sys\n"
        "subprocess.run([sys.executable, '-m', 'nbgrader', 'export'], check=True,"
        " cwd=os.environ['NBGRADER_COURSE_ROOT'])"
    )
    return {
        "instructor": teacher,
        "students": clients,
        "expected": expected,
        "full": sum(item.points for item in items),
        "graded": graded,
        "grades_csv": teacher.text("bone-metastases/grades.csv"),
        "feedback": feedback,
    }


@pytest.fixture(scope="module")
def term():
    tag = secrets.token_hex(3)
    instructor = f"bmh{tag}-teacher"
    students = [f"bmh{tag}-s{i}" for i in range(1, N_STUDENTS + 1)]
    base = Path(tempfile.mkdtemp(prefix="course-hub-"))
    base.chmod(0o755)
    exchange = base / "exchange"
    exchange.mkdir()
    exchange.chmod(0o777)  # nbgrader's exchange root: `chmod ugo+rw`
    try:
        names = [instructor, *students]
        with local_accounts(names) as homes, reachable([Path(sys.executable), ROOT], names):
            course = copy_course(ASSESSMENTS, homes[instructor] / COURSE_ID)
            subprocess.run(["chown", "-R", f"{instructor}:", str(course)], check=True)
            log = base / "hub.log"
            with running_hub(base, [instructor], students, exchange, log) as hub:
                try:
                    flow = run_the_term(hub, instructor, students, course)
                except Exception:
                    print(log.read_text()[-20000:])
                    raise
                yield Class(hub_url=hub.url, course=course, exchange=exchange, **flow)
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_each_student_scores_what_the_key_gives_their_answers(term):
    scores = {s["student"]: s["code_score"] for s in term.graded}
    assert scores == pytest.approx(term.expected)
    assert len(set(term.expected.values())) == N_STUDENTS, "answers should differ in score"
    assert max(term.expected.values()) == term.full > 0


def test_the_sandbox_kept_the_key_file_out_of_reach(term):
    """Under the hub, autograde runs as the instructor, who can read the key file: only the
    sandbox stops the cheat's cell from reading it (it fails, and the item scores 0)."""
    key_file = term.course / "keys" / f"{ASSIGNMENT}.json"
    assert as_user(term.instructor.name, "cat", str(key_file)).returncode == 0
    weakest = next(iter(term.students))
    autograded = term.course / "autograded" / weakest / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    nb = nbformat.read(autograded, as_version=4)
    (cheat,) = [c for c in nb.cells if CHEAT in c.source]
    errors = [o for o in cheat.outputs if o.output_type == "error"]
    assert errors and errors[0].ename in ("FileNotFoundError", "PermissionError"), cheat.outputs


def test_export_lists_each_student_with_that_score(term):
    rows = [
        r for r in csv.DictReader(io.StringIO(term.grades_csv)) if r["assignment"] == ASSIGNMENT
    ]
    assert {r["student_id"]: float(r["raw_score"]) for r in rows} == term.expected


def test_each_student_fetches_feedback_with_their_own_score(term):
    for name, page in term.feedback.items():
        text = html.unescape(re.sub(r"<[^>]+>", " ", page))
        assert re.search(rf"Score:\s*{term.expected[name]:g}(\.0)?\s*/", text), name
        assert "BEGIN HIDDEN TESTS" not in page
        assert not any(other in page for other in term.students if other != name)


def log_in(hub_url: str, name: str) -> int:
    """Submit the hub's login form as ``name`` (any password); return the HTTP status."""
    session = requests.Session()
    form = session.get(f"{hub_url}/hub/login", timeout=60).text
    xsrf = re.search(r'name="_xsrf" value="([^"]+)"', form).group(1)
    data = {"username": name, "password": "any", "_xsrf": xsrf}
    answer = session.post(f"{hub_url}/hub/login", data=data, allow_redirects=False, timeout=60)
    return answer.status_code


def test_only_the_listed_accounts_can_log_in(term):
    assert log_in(term.hub_url, term.instructor.name) == 302
    assert log_in(term.hub_url, next(iter(term.students))) == 302
    assert log_in(term.hub_url, "root") == 403


def test_only_the_instructor_has_formgrader(term):
    assert term.instructor.request("GET", "formgrader/manage_assignments").status_code == 200
    for student in term.students.values():
        assert student.request("GET", "formgrader/manage_assignments").status_code == 404
        assert student.request("GET", "formgrader/api/assignments").status_code == 404
        theirs = f"{term.instructor.base}/formgrader/api/assignments"
        assert student.request("GET", theirs).status_code in (403, 404)


def page_config(server: UserServer) -> dict:
    """JupyterLab's page configuration (the JSON it embeds in /lab)."""
    page = server.request("GET", "lab").text
    found = re.search(r'id="jupyter-config-data"[^>]*>(.*?)</script>', page, re.S)
    assert found, page[:500]
    return json.loads(found.group(1))


def test_students_see_the_assignment_list_but_no_grading_panels(term):
    hidden = {"@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment"}
    assert not hidden & set(page_config(term.instructor).get("disabledExtensions", []))
    for student in term.students.values():
        disabled = set(page_config(student)["disabledExtensions"])
        assert hidden <= disabled
        assert "@jupyter/nbgrader:assignment-list" not in disabled


def test_a_student_cannot_reach_another_students_files(term):
    (first, a), (second, b) = list(term.students.items())[:2]
    assert a.request("GET", f"{b.base}/api/contents/{NOTEBOOK}").status_code == 403
    assert a.request("POST", f"{b.base}/api/kernels", json={}).status_code == 403
    home = Path(f"~{second}").expanduser()
    assert (home / NOTEBOOK).is_file()  # it is there, but not for the first student
    assert as_user(first, "cat", str(home / NOTEBOOK)).returncode != 0
    assert as_user(first, "ls", str(term.exchange / COURSE_ID / "inbound")).returncode != 0
    assert as_user(first, "ls", str(term.course)).returncode != 0
