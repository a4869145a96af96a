"""A student attacks the course's exchange (deploy/jupyterhub): each test fails if an attack works.

The exchange folder is writable by every account, so a student can write into ``inbound/`` by
hand instead of through ``nbgrader submit``. Two parts:

- fast (root only, no hub): the instructor's collect, as configured in
  ``deploy/jupyterhub/config/nbgrader_config.py``, on an exchange whose submissions belong to
  system accounts (``daemon`` the victim, ``bin`` the attacker, ``sys`` a second attacker);
- on a running hub (as ``tests/test_jupyterhub.py``: real accounts, the shipped configuration),
  an instructor releases and collects quiz01 through formgrader while one student attacks the
  other with shell commands under their own account.
"""

import os
import pwd
import secrets
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell
from nbgrader.coursedir import CourseDirectory
from nbgrader.exchange import ExchangeFactory
from traitlets.config.loader import PyFileConfigLoader

from course.assessment.exchange import STAMP

from .conftest import ASSESSMENTS, ROOT
from .hub.machine import as_user, local_accounts, missing_part, reachable, running_hub
from .nbgrader_course import copy_course

COURSE_ID = "bone-metastases"
ASSIGNMENT = "quiz01_pathophysiology"
NOTEBOOK = f"{ASSIGNMENT}/{ASSIGNMENT}.ipynb"
COMMON_CONFIG = ROOT / "deploy" / "jupyterhub" / "config"
EARLY, LATE = "2026-11-01 09:00:00.000000 UTC", "2099-01-01 00:00:00.000000 UTC"
ROOT_ONLY = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0, reason="chown to other accounts needs root"
)


def submission(inbound: Path, name: str, owner: str, files: dict[str, str]) -> Path:
    """A folder ``inbound/name`` holding ``files`` ({name: text}), owned by ``owner``."""
    folder = inbound / name
    folder.mkdir()
    for file, text in files.items():
        (folder / file).write_text(text)
    shutil.chown(folder, owner, owner)
    for file in files:
        shutil.chown(folder / file, owner, owner)
    return folder


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """Run the hub's collect on an inbound folder full of forgeries; return the course folder.

    ``daemon`` submitted once. ``bin`` forged a later submission in ``daemon``'s name and
    submitted its own with a link to the instructor's key file and a named pipe. ``sys``'s
    "submission" is a link to the instructor's ``source/`` folder. ``lp`` made its submission
    now but dated it a month ago (folder name and ``timestamp.txt``), to look on time.
    """
    tmp_path = tmp_path_factory.mktemp("collect")
    course, exchange = tmp_path / "course", tmp_path / "exchange"
    (course / "keys").mkdir(parents=True)
    (course / "keys" / "quiz.json").write_text("SECRET KEY")
    (course / "source" / "quiz").mkdir(parents=True)
    (course / "source" / "quiz" / "quiz.ipynb").write_text("SOLVED BY THE INSTRUCTOR")
    inbound = exchange / COURSE_ID / "inbound"
    inbound.mkdir(parents=True)
    exchange.chmod(0o777)
    now = datetime.now(UTC).strftime(STAMP)  # nbgrader submit's own time stamp
    note = {"timestamp.txt": now}
    submission(inbound, f"daemon+quiz+{now}+r1", "daemon", {"quiz.ipynb": "daemon's", **note})
    late = {"quiz.ipynb": "FORGED", "timestamp.txt": LATE}
    submission(inbound, f"daemon+quiz+{LATE}+r2", "bin", late)
    own = submission(inbound, f"bin+quiz+{now}+r3", "bin", {"quiz.ipynb": "bin's", **note})
    (own / "leak.json").symlink_to(course / "keys" / "quiz.json")
    os.mkfifo(own / "pipe")
    (inbound / f"sys+quiz+{EARLY}+r4").symlink_to(course / "source" / "quiz")
    backdated = {"quiz.ipynb": "lp's, after the deadline", "timestamp.txt": EARLY}
    submission(inbound, f"lp+quiz+{EARLY}+r5", "lp", backdated)
    config = PyFileConfigLoader("nbgrader_config.py", path=str(COMMON_CONFIG)).load_config()
    coursedir = CourseDirectory(root=str(course), course_id=COURSE_ID, assignment_id="quiz")
    collect = ExchangeFactory(config=config).collect(coursedir=coursedir, config=config)
    collect.root = str(exchange)
    with pytest.MonkeyPatch.context() as patch:  # the gradebook runs `alembic` from PATH
        patch.setenv(
            "PATH", os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])
        )
        collect.start()
    return course


@ROOT_ONLY
def test_a_later_forgery_in_a_classmates_name_is_not_collected(collected):
    nb = collected / "submitted" / "daemon" / "quiz" / "quiz.ipynb"
    assert nb.read_text() == "daemon's"


@ROOT_ONLY
def test_links_and_pipes_in_a_submission_are_not_collected(collected):
    folder = collected / "submitted" / "bin" / "quiz"
    assert (folder / "quiz.ipynb").read_text() == "bin's"
    assert sorted(p.name for p in folder.iterdir()) == ["quiz.ipynb", "timestamp.txt"]


@ROOT_ONLY
def test_a_submission_that_is_a_link_is_not_collected(collected):
    assert sorted(p.name for p in (collected / "submitted").iterdir()) == ["bin", "daemon", "lp"]


@ROOT_ONLY
def test_a_backdated_submission_gets_the_time_it_was_made(collected):
    stamp = (collected / "submitted" / "lp" / "quiz" / "timestamp.txt").read_text()
    made = datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
    assert abs((datetime.now(UTC) - made).total_seconds()) < 600, stamp
    inbound = collected.parent / "exchange" / COURSE_ID / "inbound"
    (honest,) = inbound.glob("daemon+quiz+*+r1")  # made now, dated now: its stamp is kept
    kept = (collected / "submitted" / "daemon" / "quiz" / "timestamp.txt").read_text()
    assert kept == honest.name.split("+")[2]


# --- on a running hub ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def hub_class():
    """Instructor ``t``, students ``a`` and ``b``: quiz01 released, ``a`` submitted, ``b`` forged.

    ``b`` wrote, by hand, a later submission in ``a``'s name and its own submission with a link
    to the instructor's key file; then the instructor collected through formgrader. Yields
    (exchange, course folder, a's name, b's name).
    """
    missing = missing_part()
    if missing:
        pytest.skip(f"JupyterHub test skipped: {missing}")
    tag = secrets.token_hex(3)
    teacher, a, b = f"bmx{tag}-t", f"bmx{tag}-a", f"bmx{tag}-b"
    base = Path(tempfile.mkdtemp(prefix="course-hub-attacks-"))
    base.chmod(0o755)
    exchange = base / "exchange"
    exchange.mkdir()
    exchange.chmod(0o777)  # what nbgrader's guide asks for; the hub adds the sticky bit
    try:
        names = [teacher, a, b]
        with local_accounts(names) as homes, reachable([Path(sys.executable), ROOT], names):
            course = copy_course(ASSESSMENTS, homes[teacher] / COURSE_ID)
            subprocess.run(["chown", "-R", f"{teacher}:", str(course)], check=True)
            log = base / "hub.log"
            with running_hub(base, [teacher], [a, b], exchange, log) as hub:
                try:
                    _term_with_a_forger(hub, teacher, a, b, course, exchange)
                except Exception:
                    print(log.read_text()[-20000:])
                    raise
                yield exchange, course, a, b
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _term_with_a_forger(hub, teacher: str, a: str, b: str, course: Path, exchange: Path) -> None:
    hub.spawn(teacher, a)
    instructor = hub.ready(teacher)
    instructor.call("POST", f"formgrader/api/assignment/{ASSIGNMENT}/assign")
    instructor.call("POST", f"formgrader/api/assignment/{ASSIGNMENT}/release")
    student = hub.ready(a)
    form = {"course_id": COURSE_ID, "assignment_id": ASSIGNMENT}
    student.call("POST", "assignments/fetch", data=form)
    nb = student.notebook(NOTEBOOK)
    nb.cells.append(new_code_cell(f"# written by {a}"))
    student.save(NOTEBOOK, nb)
    student.call("POST", "assignments/submit", data=form)
    inbound = exchange / COURSE_ID / "inbound"
    key = course / "keys" / f"{ASSIGNMENT}.json"
    forged, own = inbound / f"{a}+{ASSIGNMENT}+{LATE}+x", inbound / f"{b}+{ASSIGNMENT}+{EARLY}+y"
    script = (
        f"mkdir '{forged}' && echo FORGED > '{forged}/{ASSIGNMENT}.ipynb'"
        f" && echo '{LATE}' > '{forged}/timestamp.txt'"
        f" && mkdir '{own}' && echo '{{}}' > '{own}/{ASSIGNMENT}.ipynb'"
        f" && ln -s '{key}' '{own}/leak.json'"
    )
    done = as_user(b, "sh", "-c", script)
    assert done.returncode == 0, done.stderr  # inbound is writable: the forgery is in place
    instructor.call("POST", f"formgrader/api/assignment/{ASSIGNMENT}/collect")


def test_hub_collects_the_students_own_submission_not_a_forgery(hub_class):
    _, course, a, _ = hub_class
    nb = nbformat.read(course / "submitted" / a / NOTEBOOK, as_version=4)
    assert nb.cells[-1].source == f"# written by {a}"


def test_hub_collect_copies_no_link_to_the_instructors_files(hub_class):
    _, course, _, b = hub_class
    folder = course / "submitted" / b / ASSIGNMENT
    assert (folder / f"{ASSIGNMENT}.ipynb").is_file()
    assert not (folder / "leak.json").exists()


def test_a_student_cannot_read_a_classmates_submission(hub_class):
    exchange, _, a, b = hub_class
    inbound = exchange / COURSE_ID / "inbound"
    theirs = [p for p in inbound.glob(f"{a}+*/*.ipynb") if pwd.getpwuid(p.stat().st_uid)[0] == a]
    assert theirs  # it is there (root sees it), but its name cannot be listed or guessed
    assert as_user(b, "sh", "-c", f"cat '{inbound}'/{a}+*/*.ipynb").returncode != 0


def test_a_student_cannot_change_the_released_assignment(hub_class):
    exchange, _, _, b = hub_class
    outbound = exchange / COURSE_ID / "outbound" / ASSIGNMENT
    assert as_user(b, "touch", str(outbound / "extra.ipynb")).returncode != 0
    assert as_user(b, "rm", "-rf", str(outbound)).returncode != 0
    assert (outbound / f"{ASSIGNMENT}.ipynb").is_file()


def test_hub_collect_dates_a_hand_made_submission_when_it_was_made(hub_class):
    """``b``'s hand-made submission is named a month back; collect dates it by its last change."""
    _, course, _, b = hub_class
    stamp = (course / "submitted" / b / ASSIGNMENT / "timestamp.txt").read_text()
    made = datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
    assert abs((datetime.now(UTC) - made).total_seconds()) < 1800, stamp


def test_a_student_cannot_move_the_course_folder_and_put_their_own(hub_class):
    """Without the exchange's sticky bit ``mv`` works (the folder's parent is writable by all),
    and the student's own ``bone-metastases`` would take every later fetch and submission."""
    exchange, _, _, b = hub_class
    course = exchange / COURSE_ID
    moved = as_user(b, "mv", str(course), str(exchange / "moved"))
    assert moved.returncode != 0, "a student moved the course's exchange folder"
    assert (course / "outbound" / ASSIGNMENT).is_dir()
