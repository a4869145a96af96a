"""Every clinical number in the course, as typed records that carry their source.

``FACTS`` maps a name to a :class:`Fact` (one value or range) or a :class:`Table`. Each record's
``source`` is a key into :data:`course.references.REFERENCES`. The records live in topic modules
so that lessons can add numbers independently; this module merges them.
"""

from .._registry import merge_unique
from ..references import cite
from . import diagnosis, epidemiology, management, pathophysiology, prognosis, safety
from ._model import Evidence, Fact, Table

__all__ = ["FACTS", "Evidence", "Fact", "Table", "fact", "source_note"]


FACTS: dict[str, Fact | Table] = merge_unique(
    "fact",
    epidemiology.FACTS,
    pathophysiology.FACTS,
    diagnosis.FACTS,
    management.FACTS,
    safety.FACTS,
    prognosis.FACTS,
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
