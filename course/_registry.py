"""Merging the per-topic tables of references and facts into one registry."""

from collections.abc import Mapping
from typing import TypeVar

V = TypeVar("V")


def merge_unique(kind: str, *tables: Mapping[str, V]) -> dict[str, V]:
    """Merge mappings into one dict, raising ``ValueError`` when a key is defined twice."""
    merged: dict[str, V] = {}
    for table in tables:
        for key, value in table.items():
            if key in merged:
                raise ValueError(f"{kind} {key!r} is defined twice")
            merged[key] = value
    return merged
