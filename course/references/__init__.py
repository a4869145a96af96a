"""The course bibliography: ``REFERENCES`` maps a key to a :class:`Reference`.

The entries are data, one TOML file per topic (``course/references/data/<topic>.toml``: ``core``
and one per lesson group, one table per reference, keyed by its key), so that lessons can add
sources independently; this module reads and checks them, and refuses a key defined twice.
"""

from collections.abc import Iterable

from .._registry import LESSON_GROUPS, merge_unique, read_topics
from ._model import Reference, reference_record

__all__ = ["REFERENCES", "REFERENCES_BY_TOPIC", "TOPICS", "Reference", "cite", "reference_list"]

TOPICS = ("core", *LESSON_GROUPS)
"""The data files, in the order their records are merged: a new file gets a name here (a new
lesson group in ``LESSON_GROUPS``, shared with the facts)."""

REFERENCES_BY_TOPIC: dict[str, dict[str, Reference]] = read_topics(
    __name__, TOPICS, reference_record
)
"""Topic -> the references of ``data/<topic>.toml``."""

REFERENCES: dict[str, Reference] = merge_unique("reference key", *REFERENCES_BY_TOPIC.values())


def _lookup(key: str) -> Reference:
    try:
        return REFERENCES[key]
    except KeyError:
        raise ValueError(f"unknown reference key {key!r}") from None


def cite(key: str) -> str:
    """Return the short in-text citation for ``key``, e.g. ``'Yang et al. 2011'``."""
    return _lookup(key).short()


def reference_list(keys: Iterable[str]) -> str:
    """Return a numbered Markdown reference list for ``keys`` (duplicates dropped, order kept).

    In a notebook: ``Markdown(reference_list([...]))``.
    """
    unique = list(dict.fromkeys(keys))
    if not unique:
        raise ValueError("reference_list needs at least one key")
    return "\n".join(f"{i}. {_lookup(k).markdown()}" for i, k in enumerate(unique, 1))
