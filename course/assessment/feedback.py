"""Feedback without the hidden tests: what ``nbgrader generate_feedback`` shows a student.

nbgrader's default feedback shows every hidden assertion and its traceback. :func:`redact_feedback`
(run by :class:`course.assessment.preprocessors.HideHiddenTests`) keeps the visible checks'
messages (:class:`course.grading.FormError`) and hides the rest.
"""

from typing import Any

from course.assessment.markers import HIDDEN_TESTS
from course.grading import FormError

HIDDEN_NOTE = "# (hidden correctness tests: not shown)"
STOPPED = "KernelStopped"  # the error of a cell the grader stopped or did not run
SHOWN_ERRORS = (FormError.__name__, "NameError", STOPPED)
FAILED_HIDDEN = "This item did not pass the hidden correctness test."
RUBRIC_FLAG = "rubric_for_grader"


def _without_hidden_region(source: str) -> str | None:
    """Return ``source`` with its hidden-test region replaced by a note; ``None`` if it has none."""
    lines, inside, found = [], False, False
    for line in source.splitlines():
        if HIDDEN_TESTS.begin in line:
            inside = found = True
            lines.append(HIDDEN_NOTE)
        elif HIDDEN_TESTS.end in line:
            inside = False
        elif not inside:
            lines.append(line)
    return "\n".join(lines) if found else None


def _outcome(outputs: list) -> list[dict]:
    """No output if the cell passed, else one stderr line saying what failed (no traceback)."""
    errors = [o for o in outputs if o.get("output_type") == "error"]
    if not errors:
        return []
    if errors[0].get("ename") in SHOWN_ERRORS:
        text = f"{errors[0]['ename']}: {errors[0].get('evalue', '')}\n"
    else:
        text = FAILED_HIDDEN + "\n"
    return [{"output_type": "stream", "name": "stderr", "text": text}]


def redact_feedback(nb: Any) -> Any:
    """Hide hidden tests from a graded notebook (nbformat v4 node), in place; return it.

    In every code cell holding a hidden-test region, the region is replaced by a note and the
    outputs (tracebacks quote the failing line) by one line: the visible check's message, a
    missing-variable error, or a generic failure. Cells holding a rubric for the grader are
    dropped. Other cells are left alone.
    """
    nb["cells"] = [
        c for c in nb["cells"] if not c.get("metadata", {}).get("course", {}).get(RUBRIC_FLAG)
    ]
    for cell in nb["cells"]:
        if cell.get("cell_type") != "code":
            continue
        shown = _without_hidden_region(cell["source"])
        if shown is None:
            continue
        cell["source"] = shown
        cell["outputs"] = [type(cell)(o) for o in _outcome(cell.get("outputs", []))]
    return nb
