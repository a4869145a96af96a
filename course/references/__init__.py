"""The course bibliography: ``REFERENCES`` maps a key to a :class:`Reference`.

The entries live in topic modules (``core`` and one per lesson group) so that lessons can add
sources independently; this module merges them and refuses a key defined twice.
"""

from collections.abc import Iterable

from .._registry import merge_unique
from . import core, diagnosis, management, pathophysiology, prognosis, safety, seed_topics
from ._model import Reference

__all__ = ["REFERENCES", "Reference", "cite", "reference_list"]


REFERENCES: dict[str, Reference] = merge_unique(
    "reference key",
    core.REFERENCES,
    pathophysiology.REFERENCES,
    diagnosis.REFERENCES,
    management.REFERENCES,
    safety.REFERENCES,
    prognosis.REFERENCES,
    seed_topics.REFERENCES,
)


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
