"""Small real nbgrader gradebooks for tests, built with nbgrader's own Gradebook API."""

import os
import sys
from pathlib import Path
from unittest import mock

from nbgrader.api import Gradebook

COURSE_ID = "bone-metastases"


def build_gradebook(
    path: Path,
    items: dict[str, dict[str, float]],
    students: dict[str, dict[str, str]],
    grades: dict[tuple[str, str], dict[str, float]],
    duedates: dict[str, str] | None = None,
    timestamps: dict[tuple[str, str], str] | None = None,
) -> str:
    """Write a SQLite gradebook at ``path`` and return its URL.

    ``items``: assignment -> {grade cell: points} (one notebook named like the assignment);
    ``students``: id -> Student fields (first_name, last_name, email, lms_user_id);
    ``grades``: (assignment, student) -> {grade cell: auto score}, one submission each;
    ``duedates`` / ``timestamps``: ISO times for assignments / submissions.
    """
    url = f"sqlite:///{path}"
    # A new gradebook asks `alembic` (from PATH) for its schema version: use this environment's.
    path_env = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    with mock.patch.dict(os.environ, {"PATH": path_env}), Gradebook(url, course_id=COURSE_ID) as gb:
        for name, cells in items.items():
            gb.add_assignment(name, duedate=(duedates or {}).get(name))
            gb.add_notebook(name, name)
            for cell, points in cells.items():
                gb.add_grade_cell(cell, name, name, max_score=points, cell_type="code")
        for student, fields in students.items():
            gb.add_student(student, **fields)
        for (name, student), scores in grades.items():
            stamp = (timestamps or {}).get((name, student))
            gb.add_submission(name, student, **({"timestamp": stamp} if stamp else {}))
            for cell, score in scores.items():
                grade = gb.find_grade(cell, name, name, student)
                grade.auto_score = score
                grade.needs_manual_grade = False
        gb.db.commit()
    return url
