"""Record types for clinical numbers: a single :class:`Fact` or a :class:`Table`."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

import pandas as pd

Evidence = Literal["confirmed", "secondary", "approximate"]
"""How the number was checked: in the named source ("confirmed"), only in a secondary page that
cites the primary ("secondary"), or shown as an approximate figure with the reason in ``note``.

A confirmed record carries ``quote`` (the source's own words, at most 60 words, verbatim) and
``locator`` (where in the source: table, page or section), so a reviewer checks it in one hop."""


@dataclass(frozen=True)
class Fact:
    """One clinical number (or range) with its unit and the key of its source."""

    label: str
    value: float | tuple[float, float]
    unit: str
    source: str
    evidence: Evidence = "confirmed"
    note: str = ""
    quote: str = ""
    locator: str = ""

    def text(self) -> str:
        """Return the value with its unit, e.g. ``'65–75 %'``."""
        if isinstance(self.value, tuple):
            low, high = self.value
            number = f"{low:g}–{high:g}"
        else:
            number = f"{self.value:g}"
        return f"{number} {self.unit}".strip()


@dataclass(frozen=True)
class Table:
    """A table of clinical numbers with one source (or a ``source`` column of keys per row)."""

    label: str
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]
    source: str
    units: Mapping[str, str] = field(default_factory=dict)
    evidence: Evidence = "confirmed"
    note: str = ""
    quote: str = ""
    locator: str = ""

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.columns):
                raise ValueError(f"{self.label}: row {row!r} does not match {self.columns}")

    def frame(self) -> pd.DataFrame:
        """Return the table as a pandas DataFrame (a fresh copy each call)."""
        return pd.DataFrame(list(self.rows), columns=list(self.columns))

    def sources(self) -> set[str]:
        """Return every reference key the table uses (the table's and any per-row keys)."""
        keys = {self.source}
        if "source" in self.columns:
            i = self.columns.index("source")
            keys.update(row[i] for row in self.rows)
        return keys
