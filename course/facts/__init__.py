"""Every clinical number in the course, as typed records that carry their source.

``FACTS`` maps a name to a :class:`Fact` (one value or range) or a :class:`Table`. Each record's
``source`` is a key into :data:`course.references.REFERENCES`. The records live in topic modules
so that lessons can add numbers independently; this module merges them.
"""

from .._registry import merge_unique
from ..references import cite
from . import diagnosis, epidemiology, management, pathophysiology, prognosis, safety, seed_topics
from ._model import MAX_QUOTE_WORDS, Evidence, Fact, Table, evidence_problems

__all__ = [
    "FACTS",
    "MAX_QUOTE_WORDS",
    "Evidence",
    "Fact",
    "Table",
    "evidence_problems",
    "fact",
    "source_evidence",
    "source_note",
]


FACTS: dict[str, Fact | Table] = merge_unique(
    "fact",
    epidemiology.FACTS,
    pathophysiology.FACTS,
    diagnosis.FACTS,
    management.FACTS,
    safety.FACTS,
    prognosis.FACTS,
    seed_topics.FACTS,
)


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
