"""Answer normalisers and checks that the assessments' test cells call.

A student may type ``"  B "`` for ``"b"`` or ``"0.5"`` for ``0.5``: the normalisers accept both.
An answer of the wrong type (a list, ``None``, a misspelt string) normalises to ``None`` instead
of raising, so a hidden test fails that one item and never anything else.

The visible checks (``check_choice``, ``check_number``, ``check_text``) raise :class:`FormError`
with a message saying what form the answer must have; they never say whether it is right. The
grader's feedback filter (:mod:`course.assessment.feedback`) keeps those messages and hides
everything else a hidden test prints or raises, together with the hidden tests' source.

Hidden tests hold no key: they call :func:`record_answer`, and the grader compares the record with
the key in its own process (:mod:`course.assessment.keys`).
"""

import math
import re
from collections.abc import Iterable
from numbers import Real
from typing import Any

__all__ = [
    "ANSWER_MIME",
    "FormError",
    "as_number",
    "check_choice",
    "check_number",
    "check_text",
    "close_to",
    "normalise_choice",
    "normalise_text",
    "record_answer",
]

ANSWER_MIME = "application/vnd.bone-metastases.answer+json"


class FormError(AssertionError):
    """A visible check found an answer of the wrong form; the message says what to fix."""


def normalise_text(answer: Any) -> str | None:
    """Lower-case ``answer`` with runs of spaces collapsed; ``None`` if it is not a string."""
    if not isinstance(answer, str):
        return None
    text = " ".join(answer.split()).lower()
    return text or None


def normalise_choice(answer: Any) -> str | None:
    """Return a multiple-choice letter in lower case: ``"  B "``, ``"(b)"``, ``"b."`` -> ``"b"``.

    Anything that is not a string holding one letter (with optional brackets or a full stop)
    returns ``None``.
    """
    text = normalise_text(answer)
    if text is None:
        return None
    match = re.fullmatch(r"\(?([a-z])[).]?", text)
    return match.group(1) if match else None


def as_number(answer: Any) -> float | None:
    """Return ``answer`` as a finite float: ``0.5``, ``"0.5"`` and ``" 0.5 "`` all give 0.5.

    A boolean, a non-numeric string, NaN, infinity or any other type returns ``None``. A
    Unicode minus sign is read as ``-``; a decimal comma is not accepted (``"0,5"`` is ambiguous).
    """
    if isinstance(answer, bool):
        return None
    if isinstance(answer, str):
        try:
            answer = float(answer.strip().replace("\u2212", "-"))
        except ValueError:
            return None
    if not isinstance(answer, Real):
        return None
    value = float(answer)
    return value if math.isfinite(value) else None


def close_to(answer: Any, expected: float, *, abs_tol: float = 0.0, rel_tol: float = 0.0) -> bool:
    """True when ``answer`` reads as a number within ``abs_tol`` or ``rel_tol`` of ``expected``."""
    value = as_number(answer)
    if value is None:
        return False
    return math.isclose(value, expected, abs_tol=abs_tol, rel_tol=rel_tol)


def recordable(answer: Any) -> str | float | None:
    """``answer`` as a JSON value: a string or a finite number as is, anything else ``None``."""
    return str(answer) if isinstance(answer, str) else as_number(answer)


def record_answer(grade_id: str, answer: Any, nonce: str = "") -> None:
    """Show ``answer`` as one JSON record (``ANSWER_MIME``) for the grader to compare with its key.

    The grader injects ``nonce`` when it autogrades; the record says nothing about correctness.
    """
    from IPython.display import display

    record = {"grade_id": grade_id, "nonce": nonce, "answer": recordable(answer)}
    display({ANSWER_MIME: record, "text/plain": f"answer recorded for {grade_id}"}, raw=True)


def check_choice(answer: Any, options: Iterable[str]) -> str:
    """Return the normalised letter, or raise :class:`FormError` listing the allowed letters."""
    allowed = [o.lower() for o in options]
    letter = normalise_choice(answer)
    if letter not in allowed:
        raise FormError(f"answer with one letter from {', '.join(allowed)} (got {answer!r})")
    return letter


def check_number(answer: Any, low: float | None = None, high: float | None = None) -> float:
    """Return ``answer`` as a float, or raise :class:`FormError` if it is no number in range."""
    value = as_number(answer)
    if value is None:
        raise FormError(f"answer with a number such as 12.3 (got {answer!r})")
    if (low is not None and value < low) or (high is not None and value > high):
        raise FormError(f"a plausible answer lies between {low} and {high} (got {value})")
    return value


def check_text(answer: Any, options: Iterable[str]) -> str:
    """Return the normalised text, or raise :class:`FormError` listing the allowed values."""
    allowed = [" ".join(o.split()).lower() for o in options]
    text = normalise_text(answer)
    if text not in allowed:
        raise FormError(f"answer with one of {allowed} (got {answer!r})")
    return text
