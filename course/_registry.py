"""Reading the per-topic TOML files of references and facts, and merging them into one registry.

A data file holds one TOML table per record, keyed by the record's name; its keys are the fields
of the record's dataclass. :func:`read_topics` reads the files and :func:`record_fields` checks one
record's fields (unknown, missing, wrong type), so a mistake in a data file is a ``ValueError``
that names the file, the record and the field.
"""

import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import MISSING, fields
from importlib import resources
from typing import TypeVar

V = TypeVar("V")

LESSON_GROUPS = ("pathophysiology", "diagnosis", "management", "safety", "prognosis", "seed_topics")
"""The lesson groups that split both the facts and the references into one data file each (in
the order they are merged); each registry adds a file of its own before them."""

Check = Callable[[object], object]
"""Turns a field's TOML value into the record's value, or raises ``ValueError`` saying what the
field must be (e.g. ``"a whole number"``)."""


def merge_unique(kind: str, *tables: Mapping[str, V]) -> dict[str, V]:
    """Merge mappings into one dict, raising ``ValueError`` when a key is defined twice."""
    merged: dict[str, V] = {}
    for table in tables:
        for key, value in table.items():
            if key in merged:
                raise ValueError(f"{kind} {key!r} is defined twice")
            merged[key] = value
    return merged


def text(value: object) -> str:
    """A string field."""
    if not isinstance(value, str):
        raise ValueError(f"must be a string, got {value!r}")
    return value


def whole_number(value: object) -> int:
    """An integer field (``true`` is not a number)."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"must be a whole number, got {value!r}")
    return value


def record_fields(
    record_type: type, raw: Mapping[str, object], checks: Mapping[str, Check]
) -> dict[str, object]:
    """Check a record's TOML table against its dataclass and return the keyword arguments.

    ``checks`` maps every field of ``record_type`` to its :data:`Check`. An unknown key, a missing
    required field or a value its check refuses raises ``ValueError`` naming the field.
    """
    names = [f.name for f in fields(record_type)]
    unknown = sorted(raw.keys() - set(names))
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r} (the fields are {', '.join(names)})")
    required = [
        f.name for f in fields(record_type) if f.default is MISSING and f.default_factory is MISSING
    ]
    missing = [name for name in required if name not in raw]
    if missing:
        raise ValueError(f"missing field {missing[0]!r} (required: {', '.join(required)})")
    checked = {}
    for name, value in raw.items():
        try:
            checked[name] = checks[name](value)
        except ValueError as error:
            raise ValueError(f"field {name!r} {error}") from None
    return checked


def read_topics(
    package: str, topics: Iterable[str], build: Callable[[Mapping[str, object]], V]
) -> dict[str, dict[str, V]]:
    """Read ``data/<topic>.toml`` of ``package`` for each topic: topic -> {name: record}.

    ``build`` makes a record from its TOML table; its ``ValueError`` (and a TOML syntax error, or
    a top-level key that is not a table) is raised again naming the file and the record.
    """
    data = resources.files(package) / "data"
    loaded: dict[str, dict[str, V]] = {}
    for topic in topics:
        where = f"{package.replace('.', '/')}/data/{topic}.toml"
        try:
            table = tomllib.loads((data / f"{topic}.toml").read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise ValueError(f"{where}: {error}") from None
        records: dict[str, V] = {}
        for name, raw in table.items():
            try:
                if not isinstance(raw, dict):
                    raise ValueError(f"must be a table ([{name}]), got {raw!r}")
                records[name] = build(raw)
            except ValueError as error:
                raise ValueError(f"{where}: record {name!r}: {error}") from None
        loaded[topic] = records
    return loaded
