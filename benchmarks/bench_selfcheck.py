"""Self-check widget: time to build one question and to grade a click."""

from run import Row, median_ms

from course.widgets import self_check

OPTIONS = (("A", True, "right"), ("B", False, "wrong"), ("C", False, "wrong"))


def run() -> list[Row]:
    """Time building a self-check and grading an answer."""
    q = self_check("Q?", *OPTIONS)
    return [
        ("self-check: build widget", median_ms(lambda: self_check("Q?", *OPTIONS)), "median"),
        ("self-check: grade a click", median_ms(lambda: q.check(1)), "median"),
    ]
