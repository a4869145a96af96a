"""Small helpers for case text: a row of a facts table, a percentage, a shared threshold."""

from ..facts import fact

SINS_REFERRAL = fact("sins_referral_threshold").value
"""The SINS total from which a surgical opinion is advised."""


def row(name: str, first: str) -> tuple:
    """The row of a facts table whose first column is ``first``."""
    return next(r for r in fact(name).rows if r[0] == first)


def pct(value: float) -> str:
    return f"{value:g} %"
