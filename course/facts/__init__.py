"""Every clinical number in the course, as typed records that carry their source.

``FACTS`` maps a name to a :class:`Fact` (one value or range) or a :class:`Table`. Each record's
``source`` is a key into :data:`course.references.REFERENCES`. The records are data, one TOML
file per topic (``course/facts/data/<topic>.toml``, one table per record, keyed by its name), so
that lessons can add numbers independently; this module reads, checks and merges them.
"""

from .._registry import LESSON_GROUPS, merge_unique, read_topics
from ..references import cite
from ._data import fact_record
from ._model import MAX_QUOTE_WORDS, Evidence, Fact, Table, evidence_problems

__all__ = [
    "FACTS",
    "FACTS_BY_TOPIC",
    "MAX_QUOTE_WORDS",
    "TOPICS",
    "Evidence",
    "Fact",
    "Table",
    "evidence_problems",
    "fact",
    "source_evidence",
    "source_note",
]


TOPICS = ("epidemiology", *LESSON_GROUPS)
"""The data files, in the order their records are merged: a new file gets a name here (a new
lesson group in ``LESSON_GROUPS``, shared with the references)."""

FACTS_BY_TOPIC: dict[str, dict[str, Fact | Table]] = read_topics(__name__, TOPICS, fact_record)
"""Topic -> the records of ``data/<topic>.toml``."""

FACTS: dict[str, Fact | Table] = merge_unique("fact", *FACTS_BY_TOPIC.values())


def fact(name: str) -> Fact | Table:
    """Return the record called ``name``; an unknown name raises ``ValueError``."""
    try:
        return FACTS[name]
    except KeyError:
        raise ValueError(f"unknown fact {name!r}") from None


def source_note(name: str) -> str:
    """Return a one-line 'Source: …' caption for a fact, flagging secondary or approximate data."""
    record = fact(name)
    keys = sorted(record.sources()) if isinstance(record, Table) else [record.source]
    text = "Source: " + "; ".join(cite(k) for k in keys)
    if record.evidence != "confirmed":
        text += f" ({record.evidence} evidence)"
    return text


def source_evidence(name: str) -> str:
    """Return the source's own words for a fact, with where they stand, as one Markdown line.

    A secondary or approximate record says so instead, with its note, so learners see which
    numbers were not read in the named source.
    """
    record = fact(name)
    if record.evidence != "confirmed":
        return f"{source_note(name)}: {record.note}"
    return f"> “{record.quote}” ({source_note(name).removeprefix('Source: ')}, {record.locator})"
