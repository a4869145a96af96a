"""Reading fact records from their TOML tables (``data/<topic>.toml``), with the type checks.

A table with ``columns`` or ``rows`` is a :class:`Table`, any other a :class:`Fact`. TOML has no
null: an empty table cell is written ``{}`` and read as ``None``. A table's ``source_quotes``
holds one sub-table per other source, ``[name.source_quotes.key]`` with ``quote`` and
``locator``.
"""

from collections.abc import Mapping

from .._registry import Check, record_fields, text
from ._model import Fact, Table

_CELL = "a string, a number, true/false or {} for an empty cell"


def _number(value: object) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValueError(f"must be a number, got {value!r}")
    return value


def _value(value: object) -> float | tuple[float, float]:
    """A number, or a range written ``[low, high]``."""
    if isinstance(value, list):
        if len(value) != 2:
            raise ValueError(f"must be a number or a [low, high] pair, got {value!r}")
        return (_number(value[0]), _number(value[1]))
    return _number(value)


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"must be an array of strings, got {value!r}")
    return tuple(value)


def _cell(value: object) -> object:
    if value == {}:
        return None
    if not isinstance(value, str | int | float):
        raise ValueError(f"has a cell {value!r}: a cell is {_CELL}")
    return value


def _rows(value: object) -> tuple[tuple, ...]:
    if not isinstance(value, list) or not all(isinstance(row, list) for row in value):
        raise ValueError(f"must be an array of rows, each an array of cells, got {value!r}")
    return tuple(tuple(_cell(cell) for cell in row) for row in value)


def _units(value: object) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ValueError(f"must be a table of column = unit strings, got {value!r}")
    return value


def _source_quotes(value: object) -> dict[str, tuple[str, str]]:
    if not isinstance(value, dict):
        raise ValueError(f"must be a table of [source_quotes.KEY] tables, got {value!r}")
    quotes = {}
    for key, entry in value.items():
        pair = isinstance(entry, dict) and entry.keys() == {"quote", "locator"}
        if not pair or not all(isinstance(v, str) for v in entry.values()):
            raise ValueError(f"entry {key!r} must hold the strings quote and locator: {entry!r}")
        quotes[key] = (entry["quote"], entry["locator"])
    return quotes


_COMMON: dict[str, Check] = {
    name: text for name in ("label", "source", "evidence", "note", "quote", "locator")
}
_FACT: dict[str, Check] = {**_COMMON, "value": _value, "unit": text}
_TABLE: dict[str, Check] = {
    **_COMMON,
    "columns": _strings,
    "rows": _rows,
    "units": _units,
    "source_quotes": _source_quotes,
}


def fact_record(raw: Mapping[str, object]) -> Fact | Table:
    """Make the :class:`Fact` or :class:`Table` that a record's TOML table describes."""
    if "columns" in raw or "rows" in raw:
        return Table(**record_fields(Table, raw, _TABLE))
    return Fact(**record_fields(Fact, raw, _FACT))
