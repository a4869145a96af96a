"""Record types for clinical numbers: a single :class:`Fact` or a :class:`Table`."""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, get_args

import pandas as pd

Evidence = Literal["confirmed", "secondary", "approximate"]
"""How the number was checked: in the named source ("confirmed"), only in a secondary page that
cites the primary ("secondary"), or shown as an approximate figure with the reason in ``note``.

A confirmed record carries ``quote`` (the source's own words, at most 60 words, verbatim) and
``locator`` (where in the source: table, page or section), so a reviewer checks it in one hop."""

MAX_QUOTE_WORDS = 60
"""The longest verbatim quote a record may carry."""
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")  # 1,300 or 33.6, as a quote writes it


def _check_evidence(label: str, evidence: str) -> None:
    allowed = get_args(Evidence)
    if evidence not in allowed:
        raise ValueError(f"{label}: evidence must be one of {allowed}, got {evidence!r}")


def numbers(text: str) -> set[float]:
    """The numbers written in ``text`` (``1,300`` is 1300)."""
    return {float(n.replace(",", "")) for n in NUMBER.findall(text)}


def evidence_problems(record: "Fact | Table") -> list[str]:
    """Return why a record is not traceable to its source in one hop (empty when it is).

    A confirmed record needs a quote (at most ``MAX_QUOTE_WORDS`` words) and a locator, and a
    confirmed table needs one in ``source_quotes`` for every other source its rows cite; a
    secondary or approximate record needs a ``note`` saying where the number was seen or why
    it is approximate. A single value with a quote must be written in that quote, or in a
    ``note`` that shows how the quote gives it ("1 in 5, that is 20 %").
    """
    quotes = {record.source: (record.quote, record.locator)}
    if isinstance(record, Table):
        quotes.update(record.source_quotes)
    found = []
    for key, (quote, locator) in quotes.items():
        where = "" if key == record.source else f" for {key}"
        words = len(quote.split())
        if words > MAX_QUOTE_WORDS:
            found.append(f"quote{where} has {words} words (at most {MAX_QUOTE_WORDS})")
        if record.evidence == "confirmed":
            if not quote.strip():
                found.append(f"confirmed but has no quote{where}")
            if not locator.strip():
                found.append(f"confirmed but has no locator{where}")
    if isinstance(record, Table) and record.evidence == "confirmed":
        unquoted = sorted(record.sources() - quotes.keys())
        if unquoted:
            found.append(f"confirmed but rows cite sources without a quote: {unquoted}")
    if record.evidence != "confirmed" and not record.note.strip():
        found.append(f"{record.evidence} evidence but no note says where the number was seen")
    if isinstance(record, Fact) and record.quote.strip():
        values = record.value if isinstance(record.value, tuple) else (record.value,)
        shown = numbers(record.quote) | numbers(record.note)  # a note may show the arithmetic
        unquoted = [v for v in values if float(v) not in shown]
        if unquoted:
            found.append(f"value {unquoted} is in neither the quote nor a note that derives it")
    return found


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

    def __post_init__(self) -> None:
        _check_evidence(self.label, self.evidence)

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
    source_quotes: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    """For rows citing a source other than ``source``: key -> (quote, locator) in that source."""

    def __post_init__(self) -> None:
        _check_evidence(self.label, self.evidence)
        for number, row in enumerate(self.rows, 1):
            if len(row) != len(self.columns):
                raise ValueError(
                    f"{self.label}: rows: row {number} has {len(row)} cells, not one per column "
                    f"of {self.columns}: {row!r}"
                )

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
