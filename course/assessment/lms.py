"""Grades an LMS imports: one row per student, a column per released assignment, and a total.

``nbgrader export`` writes one row per student *and assignment*, with every assignment of the
gradebook (those not yet released as 0 for everyone). This module reads the same gradebook through
nbgrader's :class:`~nbgrader.api.Gradebook` API and writes the layouts two LMSs import:

- **Canvas** (gradebook CSV). A Canvas institution's guide lists the required columns: "Student
  Name (last name, first name) OR Student ID OR Student SIS User ID [...] Only one of these three
  fields is required", then "SIS Login ID", "Section" and "Assignment Name", and warns that "New
  assignment columns in the Gradebook generate new assignments"
  (https://teaching.resources.osu.edu/toolsets/carmencanvas/guides/calculating-final-grades/import-csv-file-carmen-grades).
  Canvas's own gradebook fixtures put a ``Points Possible`` row second and mark computed columns
  ``(read only)`` (instructure/canvas-lms,
  ``spec/fixtures/gradebooks/basic_course_with_sis_login_id.csv``).
- **Moodle** (grade import, CSV). "The import file format is the same as the corresponding export
  format", and on import you map "Email Address" to "useremail", or "Id Number" to
  "useridnumber" (https://docs.moodle.org/311/en/Grade_import; the tip in full:
  https://docs.moodle.org/27/en/Grade_import). The header follows Moodle's own
  import test: ``"First name",Surname,"ID number",Institution,Department,"Email address"``, the
  grade items, ``Feedback: <item>`` columns and ``Course total`` (moodle/moodle,
  ``grade/import/csv/tests/load_data_test.php``).

Late work: nbgrader records each submission's ``timestamp`` and the assignment's ``duedate``
(plus any extension); :attr:`~nbgrader.api.SubmittedAssignment.total_seconds_late` is their
difference. A :class:`LatePolicy` optionally deducts a percentage of the assignment's points per
started day late, up to a cap. ``python -m course.assessment.lms canvas|moodle --out FILE`` (run
in the course folder; ``make lms-export``) writes the file and, beside it, ``<FILE>_notes.csv``
listing every late or missing submission.
"""

import argparse
import csv
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry

__all__ = [
    "CANVAS_IDENTITY",
    "CANVAS_TOTAL",
    "MOODLE_IDENTITY",
    "MOODLE_TOTAL",
    "ClassGrades",
    "LatePolicy",
    "Result",
    "StudentGrades",
    "canvas_rows",
    "class_grades",
    "days_late",
    "inert",
    "main",
    "moodle_rows",
    "note_rows",
    "open_gradebook",
    "released_assignments",
]

CANVAS_IDENTITY = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
CANVAS_POINTS_ROW = "Points Possible"
CANVAS_TOTAL = "Total (read only)"
MOODLE_IDENTITY = (
    "First name",
    "Surname",
    "ID number",
    "Institution",
    "Department",
    "Email address",
)
MOODLE_FEEDBACK = "Feedback: "
MOODLE_TOTAL = "Course total"
LMS_LAYOUTS = ("canvas", "moodle")
SECONDS_PER_DAY = 86_400
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")


@dataclass(frozen=True)
class LatePolicy:
    """Deduct ``percent_per_day`` of an assignment's points per started day late, at most ``cap``.

    The default deducts nothing: late work is only marked.
    """

    percent_per_day: float = 0.0
    cap_percent: float = 100.0

    def __post_init__(self) -> None:
        for name in ("percent_per_day", "cap_percent"):
            value = getattr(self, name)
            if not (isinstance(value, int | float) and 0 <= value <= 100):
                raise ValueError(f"{name} must be a number from 0 to 100, got {value!r}")

    def penalty(self, max_score: float, seconds_late: float) -> float:
        """Points deducted from an assignment worth ``max_score`` handed in ``seconds_late``."""
        percent = min(self.cap_percent, self.percent_per_day * days_late(seconds_late))
        return max_score * percent / 100


def days_late(seconds_late: float) -> int:
    """Started days late: 1 s to 24 h late is 1 day, 24 h + 1 s is 2 days; on time is 0."""
    if seconds_late < 0:
        raise ValueError(f"seconds_late must be >= 0, got {seconds_late!r}")
    return math.ceil(seconds_late / SECONDS_PER_DAY)


@dataclass(frozen=True)
class Result:
    """One student's result on one assignment (``submitted`` False: no submission, score 0)."""

    raw_score: float
    penalty: float
    seconds_late: float
    submitted: bool

    @property
    def score(self) -> float:
        """The score after the late penalty, never below 0."""
        return max(0.0, self.raw_score - self.penalty)

    @property
    def late(self) -> bool:
        """True when the submission came after its due date (and extension)."""
        return self.seconds_late > 0


@dataclass(frozen=True)
class StudentGrades:
    """A student's identity and their :class:`Result` per assignment."""

    student_id: str
    first_name: str
    last_name: str
    email: str
    lms_user_id: str
    results: dict[str, Result] = field(default_factory=dict)

    @property
    def total(self) -> float:
        """Sum of the (penalised) scores."""
        return sum(r.score for r in self.results.values())


@dataclass(frozen=True)
class ClassGrades:
    """Every student's grades on ``assignments`` (in order), and each assignment's points."""

    assignments: tuple[str, ...]
    max_scores: dict[str, float]
    students: tuple[StudentGrades, ...]

    @property
    def max_total(self) -> float:
        """The points of all assignments together."""
        return sum(self.max_scores[a] for a in self.assignments)


def released_assignments(
    gradebook: Gradebook, outbound: Path | None = None, chosen: Sequence[str] = ()
) -> list[str]:
    """Names of the released assignments of ``gradebook``: by due date, then undated by name.

    ``make release`` records *every* assignment of ``source/`` in the gradebook, released or not,
    so the gradebook alone cannot tell. An assignment counts as released when it is in ``chosen``
    (if given, only those count), or has a folder in the exchange's ``outbound`` folder
    (``nbgrader release_assignment``), or has at least one submission (collected from the exchange
    or from an LMS archive).
    """
    dated = sorted(gradebook.assignments, key=lambda a: (a.duedate is None, a.duedate or 0, a.name))
    names = [a.name for a in dated]
    if chosen:
        unknown = sorted(set(chosen) - set(names))
        if unknown:
            raise ValueError(f"assignments must be among {names}, got unknown {unknown}")
        return [n for n in names if n in chosen]
    posted = (
        {p.name for p in outbound.iterdir() if p.is_dir()}
        if outbound and outbound.is_dir()
        else set()
    )
    return [a.name for a in dated if a.name in posted or a.submissions]


def class_grades(
    gradebook: Gradebook, assignments: Iterable[str], policy: LatePolicy = LatePolicy()
) -> ClassGrades:
    """Every student's :class:`Result` on each of ``assignments``, with ``policy`` applied.

    nbgrader's own late penalty (``LateSubmissionPlugin``, none by default in this course) is
    subtracted first, as ``nbgrader export`` does; then ``policy``'s.
    """
    names = tuple(assignments)
    max_scores = {n: float(gradebook.find_assignment(n).max_score) for n in names}
    students = []
    for student in gradebook.students:
        results = {}
        for name in names:
            try:
                sub = gradebook.find_submission(name, student.id)
            except MissingEntry:
                results[name] = Result(0.0, 0.0, 0.0, submitted=False)
                continue
            late = float(sub.total_seconds_late)
            penalty = float(sub.late_submission_penalty or 0) + policy.penalty(
                max_scores[name], late
            )
            results[name] = Result(float(sub.score), penalty, late, submitted=True)
        students.append(
            StudentGrades(
                student.id,
                student.first_name or "",
                student.last_name or "",
                student.email or "",
                student.lms_user_id or "",
                results,
            )
        )
    return ClassGrades(names, max_scores, tuple(students))


def _points(value: float) -> str:
    """A score as Canvas and Moodle show it: two decimals."""
    return f"{value:.2f}"


def _sortable_name(s: StudentGrades) -> str:
    """Canvas's "last name, first name", or the id when the gradebook has no name."""
    names = ", ".join(n for n in (s.last_name, s.first_name) if n)
    return names or s.student_id


def canvas_rows(grades: ClassGrades, canvas_ids: dict[str, str] | None = None) -> list[list[str]]:
    """Rows of a Canvas gradebook import: header, ``Points Possible``, one row per student.

    A column is named after the assignment, or ``"<name> (<Canvas assignment id>)"`` when
    ``canvas_ids`` gives its id (as Canvas's export names columns), so the import updates that
    assignment instead of creating one. ``ID`` is the student's LMS user id (the number in Canvas's
    submission file names, which ``make collect-zip`` uses as nbgrader id) when the gradebook has
    one, else the nbgrader id. The total is marked ``(read only)``: Canvas computes its own.
    """
    ids = canvas_ids or {}
    unknown = sorted(set(ids) - set(grades.assignments))
    if unknown:
        raise ValueError(
            f"canvas_ids must name assignments among {grades.assignments}, got {unknown}"
        )
    columns = [f"{a} ({ids[a]})" if a in ids else a for a in grades.assignments]
    rows = [[*CANVAS_IDENTITY, *columns, CANVAS_TOTAL]]
    rows.append(
        [CANVAS_POINTS_ROW, "", "", "", ""]
        + [_points(grades.max_scores[a]) for a in grades.assignments]
        + [_points(grades.max_total)]
    )
    for s in grades.students:
        rows.append(
            [_sortable_name(s), s.lms_user_id or s.student_id, "", "", ""]
            + [_points(s.results[a].score) for a in grades.assignments]
            + [_points(s.total)]
        )
    return rows


def _late_note(result: Result) -> str:
    """A short note for late or missing work ("" for work on time)."""
    if not result.submitted:
        return "not submitted"
    if not result.late:
        return ""
    days = days_late(result.seconds_late)
    note = f"late: {days} day{'s' if days > 1 else ''}"
    return note + (f", {_points(result.penalty)} points deducted" if result.penalty else "")


def moodle_rows(grades: ClassGrades) -> list[list[str]]:
    """Rows of a Moodle CSV grade import: header, then one row per student.

    Each assignment has a grade column and a ``Feedback: <assignment>`` column that marks late or
    missing work. ``ID number`` is the nbgrader student id; map users by ``Email address`` or
    ``ID number`` when importing, and each column to its grade item (``Course total``: ignore).
    """
    header = list(MOODLE_IDENTITY)
    for a in grades.assignments:
        header += [a, f"{MOODLE_FEEDBACK}{a}"]
    rows = [[*header, MOODLE_TOTAL]]
    for s in grades.students:
        row = [s.first_name, s.last_name, s.student_id, "", "", s.email]
        for a in grades.assignments:
            row += [_points(s.results[a].score), _late_note(s.results[a])]
        rows.append([*row, _points(s.total)])
    return rows


def note_rows(grades: ClassGrades) -> list[list[str]]:
    """Every late or missing submission: student, assignment, note, days late, raw score, score."""
    rows = [["student_id", "assignment", "note", "days_late", "raw_score", "score"]]
    for s in grades.students:
        for a in grades.assignments:
            result = s.results[a]
            if result.late or not result.submitted:
                rows.append(
                    [
                        s.student_id,
                        a,
                        _late_note(result),
                        str(days_late(result.seconds_late)),
                        _points(result.raw_score),
                        _points(result.score),
                    ]
                )
    return rows


def inert(cell: str) -> str:
    """``cell`` with an apostrophe in front when a spreadsheet would run it as a formula.

    Names, ids and e-mail addresses are the students' own text (LMS profiles, roster imports).
    OWASP ASVS 5.0, requirement 1.2.10: "special characters (including '=', '+', '-', '@', '\\t'
    (tab), and '\\0' (null character)) must be escaped with a single quote if they appear as the
    first character in a field value" (https://asvs.emil.hemdal.se/1.2.10); a carriage return
    too. A plain number (``-1.5``) is left as it is: it is no formula, and an LMS needs it.
    """
    if not cell.startswith(FORMULA_START):
        return cell
    try:
        float(cell)
    except ValueError:
        return "'" + cell
    return cell


def write_csv(rows: list[list[str]], path: Path) -> None:
    """Write ``rows`` as UTF-8 CSV (Canvas and Moodle read UTF-8; quoting where needed).

    Every cell goes through :func:`inert`; commas, quotes and line breaks are quoted.
    """
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([[inert(cell) for cell in row] for row in rows])


def open_gradebook(course: Path) -> tuple[Gradebook, Path | None]:
    """The gradebook of the nbgrader course at ``course`` and its exchange's outbound folder.

    Settings come from ``course/nbgrader_config.py`` (``NBGRADER_DB_URL``, ``NBGRADER_EXCHANGE``).
    A missing SQLite file is an error (nbgrader would create an empty gradebook).
    """
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    if not (course / "nbgrader_config.py").is_file():
        raise ValueError(
            f"course must be an nbgrader course folder; {course} has no nbgrader_config.py"
        )
    config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    directory = CourseDirectory(config=config)
    if "root" not in config.CourseDirectory:
        directory.root = str(course.resolve())
    url = directory.db_url
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).is_file():
        raise ValueError(f"no gradebook at {url}: set NBGRADER_DB_URL or run autograde first")
    exchange = config.Exchange.root if "root" in config.Exchange else None
    outbound = Path(exchange, directory.course_id, "outbound") if exchange else None
    return Gradebook(url, course_id=directory.course_id), outbound


def _parse_ids(pairs: Sequence[str]) -> dict[str, str]:
    """``["quiz01=123"]`` -> ``{"quiz01": "123"}``; ValueError names the malformed pair."""
    ids = {}
    for pair in pairs:
        name, sep, number = pair.partition("=")
        if not sep or not name or not number.isdigit():
            raise ValueError(f"--canvas-id must be ASSIGNMENT=NUMBER, got {pair!r}")
        ids[name] = number
    return ids


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m course.assessment.lms canvas|moodle --out FILE [options]``."""
    parser = argparse.ArgumentParser(prog="python -m course.assessment.lms", description=__doc__)
    parser.add_argument("layout", choices=LMS_LAYOUTS, help="the LMS whose import layout to write")
    parser.add_argument("--out", required=True, type=Path, help="the CSV file to write")
    parser.add_argument("--course", type=Path, default=Path.cwd(), help="nbgrader course folder")
    parser.add_argument(
        "--assignments", default="", help="comma-separated assignments (default: the released)"
    )
    parser.add_argument("--late-penalty", type=float, default=0.0, metavar="PERCENT_PER_DAY")
    parser.add_argument("--late-cap", type=float, default=100.0, metavar="PERCENT")
    parser.add_argument(
        "--canvas-id",
        action="append",
        default=[],
        metavar="ASSIGNMENT=NUMBER",
        help="Canvas assignment id, to update that Canvas assignment (repeatable)",
    )
    args = parser.parse_args(argv)
    try:
        policy = LatePolicy(args.late_penalty, args.late_cap)
        canvas_ids = _parse_ids(args.canvas_id)
        chosen = [a for a in args.assignments.split(",") if a]
        gradebook, outbound = open_gradebook(args.course)
        with gradebook:
            names = released_assignments(gradebook, outbound, chosen)
            if not names:
                raise ValueError("no assignment is released (no submission, nothing in outbound)")
            grades = class_grades(gradebook, names, policy)
        rows = canvas_rows(grades, canvas_ids) if args.layout == "canvas" else moodle_rows(grades)
    except ValueError as err:
        parser.error(str(err))
    notes = args.out.with_name(f"{args.out.stem}_notes.csv")
    write_csv(rows, args.out)
    write_csv(note_rows(grades), notes)
    print(
        f"{args.out}: {len(grades.students)} students x {len(names)} released assignments "
        f"({', '.join(names)}); {len(note_rows(grades)) - 1} late or missing in {notes}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
