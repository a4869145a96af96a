"""The region markers of an nbgrader source cell, read from nbgrader itself (one definition).

nbgrader removes what lies between ``### BEGIN SOLUTION`` and ``### END SOLUTION`` (and the
hidden-test and mark-scheme regions) when it generates the student version. The marker texts
are the defaults of its ``ClearSolutions``, ``ClearHiddenTests`` and ``ClearMarkScheme``
preprocessors; every part of the course that reads or writes a region takes them from here.
Grader side only: importing it imports nbgrader.
"""

import re
from dataclasses import dataclass

from nbgrader.preprocessors import ClearHiddenTests, ClearMarkScheme, ClearSolutions
from traitlets import HasTraits


def _default(cls: type[HasTraits], trait: str) -> str:
    return cls.class_traits()[trait].default_value


@dataclass(frozen=True)
class Region:
    """An nbgrader region: the text of its opening and closing marker lines."""

    name: str
    begin: str
    end: str

    def inside(self, source: str) -> str | None:
        """The lines between the region's markers in ``source`` (each with its newline), or
        ``None`` if ``source`` holds no such region. A marker line is any line containing the
        marker text, as nbgrader reads it."""
        match = re.search(
            rf"^[^\n]*{re.escape(self.begin)}[^\n]*\n(.*?)^[^\n]*{re.escape(self.end)}",
            source,
            re.S | re.M,
        )
        return match[1] if match else None


SOLUTION = Region(
    "SOLUTION",
    _default(ClearSolutions, "begin_solution_delimeter"),
    _default(ClearSolutions, "end_solution_delimeter"),
)
HIDDEN_TESTS = Region(
    "HIDDEN TESTS",
    _default(ClearHiddenTests, "begin_test_delimeter"),
    _default(ClearHiddenTests, "end_test_delimeter"),
)
MARK_SCHEME = Region(
    "MARK SCHEME",
    _default(ClearMarkScheme, "begin_mark_scheme_delimeter"),
    _default(ClearMarkScheme, "end_mark_scheme_delimeter"),
)
REGIONS = (SOLUTION, HIDDEN_TESTS, MARK_SCHEME)
