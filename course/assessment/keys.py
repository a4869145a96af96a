"""Answer keys and their comparison with the answers a submission recorded.

The student's kernel never sees a key: a hidden test cell only *records* the answer
(:func:`course.grading.record_answer` shows it as one JSON record). Keys are computed in the
grader's process from ``<course>/keys/<assignment>.py`` when the assignment is generated, stored as
``<course>/keys/<assignment>.json`` (next to the instructor's source, never in ``release/``), and
compared here with the record that the grader finds in the test cell's own outputs.
"""

import json
import math
import runpy
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from course.grading import ANSWER_MIME, as_number, normalise_choice, normalise_text

__all__ = [
    "Key",
    "bone_mass_on_day",
    "choice",
    "compute_keys",
    "find_answer",
    "load_keys",
    "matches",
    "number",
    "save_keys",
    "table_value",
    "text",
]

KINDS = ("choice", "number", "text")


@dataclass(frozen=True)
class Key:
    """The key of one autograded item: its kind, accepted value(s) and numeric tolerance.

    ``value`` is a letter for ``choice``, a float for ``number`` (accepted within ``abs_tol`` or
    ``rel_tol``) and a tuple of accepted lower-case texts for ``text``.
    """

    kind: str
    value: Any
    abs_tol: float = 0.0
    rel_tol: float = 0.0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, got {self.kind!r}")
        if self.abs_tol < 0 or self.rel_tol < 0:
            raise ValueError(
                f"abs_tol and rel_tol must be >= 0, got {self.abs_tol}, {self.rel_tol}"
            )


def choice(letter: str) -> Key:
    """Key of a multiple-choice item: one letter (any case)."""
    value = normalise_choice(letter)
    if value is None:
        raise ValueError(f"letter must be one letter such as 'b', got {letter!r}")
    return Key("choice", value)


def number(value: float, *, abs_tol: float = 0.0, rel_tol: float = 0.0) -> Key:
    """Key of a numeric item: ``value`` accepted within ``abs_tol`` (or ``rel_tol``)."""
    expected = as_number(value)
    if expected is None:
        raise ValueError(f"value must be a finite number, got {value!r}")
    return Key("number", expected, abs_tol, rel_tol)


def text(*accepted: str) -> Key:
    """Key of a short-text item: any of ``accepted`` (case and spacing ignored)."""
    values = tuple(normalise_text(a) for a in accepted)
    if not values or None in values:
        raise ValueError(f"accepted must be one or more non-empty strings, got {accepted!r}")
    return Key("text", values)


def table_value(fact_id: str, primary: str, column: str) -> Any:
    """The ``column`` of the row ``primary`` in ``fact(fact_id).frame()`` (keys of lookups)."""
    from course.facts import fact

    table = fact(fact_id).frame()
    return table.loc[table.primary == primary, column].iloc[0]


def bone_mass_on_day(day: int, **options: Any) -> float:
    """Bone mass (%) on ``day`` of the course's tumour model run (lesson 03's cycling set).

    ``options`` go to :func:`course.remodeling.simulate`, e.g. ``therapy=Therapy(...)``.
    """
    from course.remodeling import AYATI_2010_TUMOUR, KOMAROVA_2003_CYCLING, simulate

    run = simulate(KOMAROVA_2003_CYCLING, day, tumour=AYATI_2010_TUMOUR, **options)
    return float(run.loc[(run.day - day).abs().idxmin(), "bone_mass"])


def matches(key: Key, answer: Any) -> bool:
    """True when ``answer`` (a recorded, JSON-decoded value) is right for ``key``.

    Any JSON value is compared without raising: an integer too large for a float is wrong.
    """
    if key.kind == "choice":
        return normalise_choice(answer) == key.value
    if key.kind == "text":
        return normalise_text(answer) in key.value
    try:
        value = as_number(answer)
    except OverflowError:
        return False
    return value is not None and math.isclose(
        value, key.value, abs_tol=key.abs_tol, rel_tol=key.rel_tol
    )


def compute_keys(spec: Path) -> dict[str, Key]:
    """Run the key specification ``spec`` (a Python file defining ``KEYS``) and return its keys."""
    keys = runpy.run_path(str(spec)).get("KEYS")
    if not isinstance(keys, dict) or not all(isinstance(k, Key) for k in keys.values()):
        raise ValueError(
            f"{spec} must define KEYS = {{grade_id: choice(...)/number(...)/text(...)}}"
        )
    return keys


def save_keys(keys: dict[str, Key], path: Path) -> None:
    """Write ``keys`` as JSON to ``path`` (readable by the grader only: mode 0600)."""
    path.write_text(json.dumps({gid: asdict(k) for gid, k in sorted(keys.items())}, indent=1))
    path.chmod(0o600)


def load_keys(path: Path) -> dict[str, Key]:
    """Read keys written by :func:`save_keys`."""
    raw = json.loads(path.read_text())
    return {
        gid: Key(
            k["kind"],
            tuple(k["value"]) if k["kind"] == "text" else k["value"],
            k["abs_tol"],
            k["rel_tol"],
        )
        for gid, k in raw.items()
    }


class NoRecord(Exception):
    """A test cell's outputs hold no single well-formed answer record for this run."""


def find_answer(outputs: list, grade_id: str, nonce: str) -> Any:
    """Return the answer recorded in a test cell's ``outputs``; raise :class:`NoRecord`.

    Exactly one output may carry an answer record, and it must name ``grade_id`` and this run's
    ``nonce``. Printed text, other cells' outputs and a second record (forged or not) never count.
    """
    records = [o.get("data", {}).get(ANSWER_MIME) for o in outputs if "data" in o]
    records = [r for r in records if r is not None]
    if len(records) != 1:
        raise NoRecord(f"{len(records)} answer records, expected 1")
    record = records[0]
    if isinstance(record, str):
        try:
            record = json.loads(record)
        except ValueError as err:
            raise NoRecord("the answer record is not JSON") from err
    if not isinstance(record, dict) or set(record) != {"grade_id", "nonce", "answer"}:
        raise NoRecord("the answer record is malformed")
    if record["grade_id"] != grade_id or record["nonce"] != nonce:
        raise NoRecord("the answer record belongs to another item or run")
    return record["answer"]
