"""Input checks shared by the calculators (``course.clinical``) and the models
(``course.remodeling``).

Each check returns the accepted value and otherwise raises ``ValueError`` whose message starts
with the field's name and says what is allowed, e.g. ``"age must be in (0, 120], got 130"``
or ``"sex must be one of ['female', 'male'], got 'F'"``.
"""

import math
from collections.abc import Iterable
from numbers import Real
from typing import TypeVar

__all__ = ["choice", "flag", "flags", "number", "whole"]

T = TypeVar("T")


def _allowed_range(low: float, high: float, above: bool) -> str:
    """Words for the interval: "in [low, high]" ("(low, high]" when ``above``) when both ends are
    finite, else "at least low", "greater than low" or "at most high"."""
    if low > -math.inf and high < math.inf:
        return f"in {'(' if above else '['}{low:g}, {high:g}]"
    if low > -math.inf:
        return f"{'greater than' if above else 'at least'} {low:g}"
    return f"at most {high:g}" if high < math.inf else "a finite number"


def number(
    field: str,
    value: object,
    low: float = -math.inf,
    high: float = math.inf,
    *,
    above: bool = False,
) -> float:
    """Return ``value`` as a float if it is a finite number in [low, high] ((low, high] when
    ``above``); a bool, a string, NaN or infinity is refused."""
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
        raise ValueError(f"{field} must be a finite number, got {value!r}")
    result = float(value)
    if (result <= low if above else result < low) or result > high:
        raise ValueError(f"{field} must be {_allowed_range(low, high, above)}, got {value!r}")
    return result


def whole(field: str, value: object, low: int = 0) -> int:
    """Return ``value`` if it is a whole number (an ``int``, not a bool) of at least ``low``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise ValueError(f"{field} must be a whole number, at least {low}, got {value!r}")
    return value


def choice(field: str, value: T, allowed: Iterable[T]) -> T:
    """Return ``value`` if it is one of ``allowed``; the error lists every allowed value."""
    options = list(allowed)
    if value not in options:
        raise ValueError(f"{field} must be one of {options}, got {value!r}")
    return value


def flag(field: str, value: object) -> bool:
    """Return ``value`` if it is ``True`` or ``False`` (not 1, 0, "yes" or None)."""
    if not isinstance(value, bool):
        raise ValueError(f"{field} must be True or False, got {value!r}")
    return value


def flags(**values: object) -> None:
    """Check each keyword argument with :func:`flag`, naming the first that is not a bool."""
    for field, value in values.items():
        flag(field, value)
