"""Merging per-topic tables refuses duplicated keys."""

import pytest

from course._registry import merge_unique


def test_merge_keeps_all_keys():
    assert merge_unique("fact", {"a": 1}, {"b": 2}) == {"a": 1, "b": 2}


def test_merge_refuses_duplicates():
    with pytest.raises(ValueError, match="fact 'a' is defined twice"):
        merge_unique("fact", {"a": 1}, {"a": 2})
