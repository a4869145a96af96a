"""Small helpers for case text: a row of a facts table, a percentage, a shared threshold."""

from collections.abc import Mapping
from inspect import signature

from ..clinical import sins_score
from ..facts import fact
from .engine import Choice

SINS_REFERRAL = fact("sins_referral_threshold").value
"""The SINS total from which a surgical opinion is advised."""
GUIDE = {r[1]: r[2] for r in fact("guideline_recommendations").rows}
"""Guideline recommendation -> its grade."""
NOT_FOR_PAIN = "do not use a bone-modifying agent alone for pain"
"""The ASCO–CCO recommendation against a bone-modifying agent alone for pain."""


def row(name: str, first: str) -> tuple:
    """The row of a facts table whose first column is ``first``."""
    return next(r for r in fact(name).rows if r[0] == first)


def pct(value: float) -> str:
    return f"{value:g} %"


def slip_choices(
    options: Mapping[str, str], advice: str = "", what: str = "total"
) -> tuple[Choice, ...]:
    """Poor options for totals (or another ``what``) that come from a slip: ``{slip: option
    text}``; the feedback names the slip, then ``advice``."""
    return tuple(
        Choice(text, "poor", f"That {what} comes from a slip ({slip}). {advice}".strip())
        for slip, text in options.items()
    )


def sins_slip(spine: tuple[str, ...], **changes: str) -> tuple[str, ...]:
    """The SINS categories ``spine`` (in :func:`~course.clinical.sins_score`'s order) with the
    items named in ``changes`` scored otherwise: what a scoring slip enters."""
    items = dict(zip(signature(sins_score).parameters, spine, strict=True))
    unknown = set(changes) - set(items)
    if unknown:
        raise ValueError(f"changes must name SINS items {list(items)}, not {sorted(unknown)}")
    return tuple((items | changes).values())
