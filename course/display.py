"""What a lesson shows as text: fact tables as readable Markdown, and prose with facts filled in.

A lesson's text cell reads as prose, not as an f-string::

    prose("A lesion shows on X-ray once about **{fact:xray_mineral_loss}** of the mineral is "
          "lost. *{source:xray_mineral_loss}.*")

Tables have human headers with units, no index, "–" for a missing value and their citation
below: :func:`fact_table` for a ``course.facts`` table, :func:`frame_table` for a computed
DataFrame. Both return Markdown text, so they can be joined or filled into :func:`prose`.
"""

import math
import string
from collections.abc import Callable, Iterable, Mapping, Sequence

import pandas as pd
from IPython.display import Markdown

from .facts import Fact, Table, fact, source_evidence, source_note
from .references import cite

__all__ = ["HEADERS", "MISSING", "fact_table", "frame_table", "markdown_table", "prose"]

MISSING = "–"
"""What a table shows for a missing value (None, NaN or a dash in the data)."""

# Column names -> headers a student reads (units are added from the table).
HEADERS = {
    "band": "Creatinine clearance",
    "dose_mg": "Dose",
    "grade": "Level, grade",
    "survival_6m_pct": "6-month survival",
    "survival_1y_pct": "1-year survival",
    "survival_2y_pct": "2-year survival",
    "one_year_pct": "1-year survival",
    "category": "Finding",
    "one_point": "1 point",
    "two_points": "2 points",
    "three_points": "3 points",
    "risk_pct": "Fracture risk",
    "risk_kind": "Kind of estimate",
    "osimertinib_months": "Osimertinib",
    "standard_tki_months": "Gefitinib or erlotinib",
    "complete_response_pct": "Complete pain response",
    "ambulatory_pct": "Walking at 8 weeks",
    "dose_gy": "Total dose",
    "drug_class": "Drug class",
    "lutetium": "¹⁷⁷Lu-PSMA-617",
    "control": "Standard care",
    "hr": "Hazard ratio",
    "pct": "Patients",
    "predicted_survival": "Predicted survival",
    "total": "Total",
}


def _cell(value: object, column: str = "") -> str:
    """One table cell: "–" when missing, a citation for a ``source`` column, numbers with ``:g``."""
    if value is None or value == "—" or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    if column == "source":
        return cite(str(value))
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def _header(column: str, unit: str | None = None, labels: Mapping[str, str] = HEADERS) -> str:
    """A column's header: its label (else the name without underscores), capitalised, with unit."""
    text = labels.get(column) or column.replace("_", " ")
    text = text[0].upper() + text[1:]
    return f"{text} ({unit})" if unit and unit != text.lower() else text


def markdown_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A Markdown table of ``rows`` under ``headers``; each cell as :func:`fact_table` shows it."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def fact_table(
    name: str,
    columns: Sequence[str] | None = None,
    headers: dict[str, str] | None = None,
    group_first: bool = False,
) -> str:
    """The ``course.facts`` table ``name`` as a readable Markdown table with its source.

    Human column headers with units (``HEADERS``, overridden by ``headers``; no unit when it
    names a column that gives it per row), ``cite()`` for
    a ``source`` column instead of raw reference keys, "–" for a missing value, no index and
    nothing truncated. A pair of columns ``x_low``/``x_high`` becomes one "low–high" column.
    ``columns`` picks and orders columns; ``group_first`` blanks a first-column value that
    repeats the row above (one block per component). In a notebook:
    ``Markdown(fact_table("sins_points", group_first=True))``.
    """
    table = fact(name)
    if not isinstance(table, Table):
        raise ValueError(f"{name!r} is a single fact, not a table")
    names = list(columns) if columns is not None else list(table.columns)
    unknown = [c for c in names if c not in table.columns]
    if unknown:
        raise ValueError(f"{name!r} has no column(s) {unknown}; it has {list(table.columns)}")
    labels = {**HEADERS, **(headers or {})}
    shown: list[tuple[str, str | tuple[str, str]]] = []  # (header, column or (low, high) pair)
    for column in names:
        if column.endswith("_high") and column.removesuffix("_high") + "_low" in names:
            continue
        unit = table.units.get(column)
        if unit in table.columns:  # the unit is given per row, in that column
            unit = None
        if column.endswith("_low") and (high := column.removesuffix("_low") + "_high") in names:
            shown.append((_header(column.removesuffix("_low"), unit, labels), (column, high)))
        else:
            shown.append((_header(column, unit, labels), column))
    index = {c: i for i, c in enumerate(table.columns)}
    rows = []
    previous_first = None
    for row in table.rows:
        cells = []
        for _, column in shown:
            if isinstance(column, tuple):
                low, high = (_cell(row[index[c]]) for c in column)
                cells.append(low if low == high else f"{low}–{high}")
            else:
                cells.append(_cell(row[index[column]], column))
        if group_first and cells[0] == previous_first:
            previous_first, cells[0] = cells[0], ""
        else:
            previous_first = cells[0]
        rows.append(cells)
    body = markdown_table([h for h, _ in shown], rows)
    return f"{body}\n\n*{table.label}.* {source_note(name)}"


def frame_table(
    frame: pd.DataFrame,
    headers: Mapping[str, str] | None = None,
    units: Mapping[str, str] | None = None,
    caption: str = "",
    index: str | None = None,
) -> str:
    """A computed DataFrame as a readable Markdown table, with ``caption`` (e.g. its source) below.

    A default index (0, 1, 2 …) is dropped; any other index becomes the first column, headed
    ``index`` or the index's own name (an unnamed one needs ``index``: no empty header). Headers
    as in :func:`fact_table` (``HEADERS`` overridden by ``headers``, with ``units`` per column);
    two-level columns read "upper · lower"; "–" for NaN; numbers with ``:g``.
    """
    if not isinstance(frame.index, pd.RangeIndex) or index is not None:
        name = index or frame.index.name
        if name is None:
            raise ValueError("frame_table: the frame's index has no name; pass index='…'")
        frame = frame.rename_axis(name).reset_index()
    labels = {**HEADERS, **(headers or {})}
    units = units or {}
    shown = [
        _header(
            " · ".join(str(p) for p in c if p != "") if isinstance(c, tuple) else str(c),
            units.get(c),
            labels,
        )
        for c in frame.columns
    ]
    rows = [
        [v.item() if hasattr(v, "item") else v for v in row]
        for row in frame.itertuples(index=False)
    ]
    body = markdown_table(shown, rows)
    return f"{body}\n\n{caption}" if caption else body


def _scalar(name: str) -> Fact:
    record = fact(name)
    if not isinstance(record, Fact):
        raise ValueError(f"{name!r} is a table: show it with {{table:{name}}}")
    return record


def _value(name: str) -> str:
    """A fact's number (or range) without its unit."""
    value = _scalar(name).value
    return "–".join(f"{v:g}" for v in value) if isinstance(value, tuple) else f"{value:g}"


PLACEHOLDERS: dict[str, Callable[[str], str]] = {
    "fact": lambda name: _scalar(name).text(),
    "value": _value,
    "label": lambda name: fact(name).label,
    "note": lambda name: fact(name).note,
    "source": source_note,
    "cite": cite,
    "evidence": source_evidence,
    "table": fact_table,
}
"""``{kind:name}`` in :func:`prose` -> the text it stands for: ``fact`` the value with its unit,
``value`` the number alone, ``label``, ``note``, ``source`` ("Source: …"), ``evidence`` (the
source's own words), ``table`` (:func:`fact_table` with its defaults) and ``cite`` (a reference
key, not a fact, as a short citation)."""


class _Placeholder(str):
    """A ``{kind:name}`` field: formatting it with the spec ``name`` renders the fact."""


class _ProseFormatter(string.Formatter):
    def get_value(self, key: int | str, args: Sequence, kwargs: Mapping[str, object]) -> object:
        if key in PLACEHOLDERS:
            return _Placeholder(key)
        if key not in kwargs:
            raise ValueError(
                f"prose has no value for {{{key}}}: pass {key}=… or use one of "
                f"{', '.join('{' + k + ':name}' for k in PLACEHOLDERS)}"
            )
        return kwargs[key]

    def format_field(self, value: object, format_spec: str) -> str:
        if not isinstance(value, _Placeholder):
            return super().format_field(value, format_spec)
        try:
            return PLACEHOLDERS[value](format_spec)
        except ValueError as err:
            raise ValueError(f"prose {{{value}:{format_spec}}}: {err}") from None


def prose(template: str, **values: object) -> Markdown:
    """Markdown text with facts filled in, so that a lesson cell reads as prose.

    ``{fact:name}`` and the other :data:`PLACEHOLDERS` are read from ``course.facts``; any other
    ``{field}`` or ``{field:.1f}`` comes from ``values`` (a computed example, a table from
    :func:`fact_table` or :func:`frame_table`). An unknown fact or a missing value raises
    ``ValueError`` naming it.
    """
    return Markdown(_ProseFormatter().format(template, **values))
