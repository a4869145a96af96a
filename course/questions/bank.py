"""The self-check bank: questions stored as TOML data, one file per lesson, checked on load.

Each ``data/lessonNN.toml`` holds ``lesson = "NN"`` and an array of ``[[question]]`` tables with
``id``, ``bloom``, ``kind``, ``stem``, optional ``revisits`` (earlier lessons it brings back) and
``given`` (numbers that belong to the scenario, not to the facts table), and at least three
``[[question.option]]`` tables (``text``, ``correct``, ``explanation``). A clinical number in a
stem or option is written as a template filled from :mod:`course.facts` at load time:

- ``{fact:KEY}``: a fact's value with its unit (``65–75 %``);
- ``{fact:KEY.value}``: the number alone;
- ``{fact:KEY[column=value;...].column}``: one cell of a table, from the one row that matches.
"""

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal, get_args

from ..facts import Fact, Table, fact
from ..widgets.selfcheck import Option, validate_options

Bloom = Literal["recall", "application", "analysis"]
Kind = Literal["text", "figure", "data"]
BLOOM_LEVELS: tuple[str, ...] = get_args(Bloom)
KINDS: tuple[str, ...] = get_args(Kind)
_DATA = resources.files(__package__) / "data"
_FILE = re.compile(r"lesson(\d\d)\.toml")
LESSON_IDS: tuple[str, ...] = tuple(
    sorted(m.group(1) for p in _DATA.iterdir() if (m := _FILE.fullmatch(p.name)))
)
"""Two-digit lesson numbers: one bank file per lesson (a test checks them against the course
map, which is not imported here because it loads nbformat, seconds on a cold kernel)."""

_TEMPLATE = re.compile(r"\{fact:([^{}]*)\}")
_REFERENCE = re.compile(r"(\w+)(?:\[([^\]]+)\])?(?:\.(\w+))?")
_ID = re.compile(r"\d\d-[a-z0-9]+(?:-[a-z0-9]+)*")
_CLINICAL_NUMBER = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)\s?(?:%|mg/dL|mmol/L|mL/min|g/L|g/dL|mg|Gy|mm|months?|weeks?|"
    r"hours?|years?)(?![\w/])"
)
_QUESTION_KEYS = {"id", "bloom", "kind", "stem", "revisits", "given", "option"}
_OPTION_KEYS = {"text", "correct", "explanation"}


@dataclass(frozen=True)
class Question:
    """One self-check question, with its templates already filled from the facts table."""

    id: str
    lesson: str
    bloom: Bloom
    kind: Kind
    stem: str
    options: tuple[Option, ...]
    revisits: tuple[str, ...] = ()

    @property
    def answer(self) -> Option:
        """Return the correct option."""
        return next(o for o in self.options if o.correct)


def _number(value: object) -> str:
    """Format a fact's number the way :meth:`Fact.text` does (``0.85``, ``140``)."""
    if isinstance(value, float | int) and not isinstance(value, bool):
        return f"{value:g}"
    return str(value)


def _cell(table: Table, key: str, selector: str, column: str) -> str:
    """Return the cell ``column`` of the one row of ``table`` that matches ``selector``."""
    wanted = {}
    for pair in selector.split(";"):
        name, _, value = pair.partition("=")
        if name.strip() not in table.columns:
            raise ValueError(f"fact {key!r}: column must be one of {table.columns}, not {name!r}")
        wanted[table.columns.index(name.strip())] = value.strip()
    if column not in table.columns:
        raise ValueError(f"fact {key!r}: column must be one of {table.columns}, not {column!r}")
    rows = [r for r in table.rows if all(_number(r[i]) == v for i, v in wanted.items())]
    if len(rows) != 1:
        raise ValueError(f"fact {key!r}: [{selector}] matches {len(rows)} rows, not exactly one")
    return _number(rows[0][table.columns.index(column)])


def resolve(reference: str) -> str:
    """Return the text for one ``{fact:...}`` template (without the braces and ``fact:``)."""
    match = _REFERENCE.fullmatch(reference.strip())
    if match is None:
        raise ValueError(f"fact template {reference!r}: use KEY, KEY.value or KEY[col=value].col")
    key, selector, column = match.groups()
    record = fact(key)
    if isinstance(record, Table):
        if selector is None or column is None:
            raise ValueError(f"fact {key!r} is a table: use {{fact:{key}[column=value].column}}")
        return _cell(record, key, selector, column)
    if selector is not None or column not in (None, "value"):
        raise ValueError(f"fact {key!r} is a single value: use {{fact:{key}}} or .value")
    if column is None:
        return record.text()
    return Fact(record.label, record.value, "", record.source).text()


def fill(text: str) -> str:
    """Replace every ``{fact:...}`` template in ``text`` by its value from the facts table."""
    return _TEMPLATE.sub(lambda m: resolve(m.group(1)), text)


def fact_keys(text: str) -> set[str]:
    """Return the fact keys that the templates in ``text`` use."""
    return {_REFERENCE.match(ref.strip()).group(1) for ref in _TEMPLATE.findall(text)}


def literal_numbers(text: str) -> list[str]:
    """Return clinical-looking numbers (with a unit) written in ``text`` outside templates."""
    return _CLINICAL_NUMBER.findall(_TEMPLATE.sub("", text))


def _choice(qid: str, name: str, value: object, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValueError(f"question {qid}: {name} must be one of {allowed}, not {value!r}")
    return str(value)


def _unknown(qid: str, entry: Mapping, allowed: set[str]) -> None:
    extra = set(entry) - allowed
    if extra:
        raise ValueError(f"question {qid}: unknown field(s) {sorted(extra)}; use {sorted(allowed)}")


def parse_question(lesson: str, entry: Mapping) -> Question:
    """Check one ``[[question]]`` table and return it as a :class:`Question` with facts filled."""
    qid = str(entry.get("id", "?"))
    _unknown(qid, entry, _QUESTION_KEYS)
    if not _ID.fullmatch(qid) or not qid.startswith(f"{lesson}-"):
        raise ValueError(f"question {qid}: id must look like '{lesson}-short-name' (a-z, 0-9, -)")
    raw_options = entry.get("option", [])
    if len(raw_options) < 3:
        raise ValueError(f"question {qid}: option needs at least 3 entries, has {len(raw_options)}")
    for raw in raw_options:
        _unknown(qid, raw, _OPTION_KEYS)
    revisits = tuple(entry.get("revisits", ()))
    for earlier in revisits:
        if earlier not in LESSON_IDS or earlier >= lesson:
            raise ValueError(f"question {qid}: revisits must name earlier lessons, not {earlier!r}")
    given = {str(g) for g in entry.get("given", ())}
    texts = [entry["stem"]] + [t for o in raw_options for t in (o["text"], o["explanation"])]
    for raw_text in texts:
        stray = [n for n in literal_numbers(raw_text) if n not in given]
        if stray:
            raise ValueError(
                f"question {qid}: number(s) {stray} must come from a {{fact:...}} template or "
                "be listed in 'given' (scenario data)"
            )
    try:
        options = tuple(
            Option(fill(o["text"]), bool(o["correct"]), fill(o["explanation"])) for o in raw_options
        )
        validate_options(options)
    except ValueError as exc:
        raise ValueError(f"question {qid}: {exc}") from None
    return Question(
        id=qid,
        lesson=lesson,
        bloom=_choice(qid, "bloom", entry.get("bloom"), BLOOM_LEVELS),  # type: ignore[arg-type]
        kind=_choice(qid, "kind", entry.get("kind"), KINDS),  # type: ignore[arg-type]
        stem=fill(entry["stem"]),
        options=options,
        revisits=revisits,
    )


def parse_lesson(document: Mapping, name: str) -> list[Question]:
    """Check one lesson file's content (``name``: its file name) and return its questions."""
    lesson = _choice(name, "lesson", document.get("lesson"), LESSON_IDS)
    if name != f"lesson{lesson}.toml":
        raise ValueError(f"{name}: lesson {lesson!r} must be named lesson{lesson}.toml")
    return [parse_question(lesson, entry) for entry in document.get("question", [])]


def load_bank(folder: Path | None = None) -> dict[str, Question]:
    """Read every ``lesson*.toml`` in ``folder`` (default: the packaged bank); id → question."""
    root = folder if folder is not None else _DATA
    bank: dict[str, Question] = {}
    for path in sorted(root.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".toml"):
            continue
        for q in parse_lesson(tomllib.loads(path.read_text(encoding="utf-8")), path.name):
            if q.id in bank:
                raise ValueError(f"question id {q.id!r} appears twice")
            bank[q.id] = q
    return bank


@cache
def bank() -> dict[str, Question]:
    """Return the packaged bank (read once per kernel)."""
    return load_bank()


def get(question_id: str) -> Question:
    """Return the question called ``question_id``; an unknown id raises ``ValueError``."""
    try:
        return bank()[question_id]
    except KeyError:
        raise ValueError(f"unknown question id {question_id!r}") from None
