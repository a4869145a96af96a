"""The learner's identity, their option order, and their first-attempt results on disk.

Everything lives in one small folder, ``~/.bone-metastases-course`` (or the folder named by the
``COURSE_PROGRESS_DIR`` environment variable): ``learner-id`` (a random id made on first use) and
``progress.json`` (the first attempt at each question). On Binder the folder lasts for the session;
on the learner's own machine it persists. In the static site (Pyodide in JupyterLite) each tab's
home folder is fresh, so the folder is kept in ``/drive``, the site's storage in the browser that
every lesson's kernel shares and that a page reload keeps.
"""

import contextlib
import getpass
import hashlib
import json
import os
import random
import sys
import tempfile
import uuid
import warnings
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TypedDict

from .bank import Question, bank

ENV_VAR = "COURSE_PROGRESS_DIR"
VERSION = 1
DRIVE = Path("/drive")
"""JupyterLite's browser storage as its Pyodide kernel mounts it (the file browser's root)."""


class Attempt(TypedDict):
    """The first attempt at one question."""

    lesson: str
    correct: bool
    when: str


def folder() -> Path:
    """Return the folder that holds the learner id and the progress file: the one named by
    ``COURSE_PROGRESS_DIR``, else ``.bone-metastases-course`` in the home folder, or in
    JupyterLite's browser storage (:data:`DRIVE`) when running in Pyodide."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    in_browser = sys.platform == "emscripten" and DRIVE.is_dir()
    return (DRIVE if in_browser else Path.home()) / ".bone-metastases-course"


def progress_path() -> Path:
    """Return the path of the progress file."""
    return folder() / "progress.json"


def learner_id() -> str:
    """Return this learner's id: read from ``learner-id``, made on first use.

    If the folder cannot be written (a read-only home), the Unix user name stands in, so the order
    of options is still stable for this learner.
    """
    path = folder() / "learner-id"
    try:
        existing = path.read_text(encoding="utf-8").strip()
        if existing:
            return existing
    except OSError:
        pass
    new = uuid.uuid4().hex
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(new + "\n", encoding="utf-8")
    except OSError:
        try:
            return getpass.getuser()
        except (OSError, KeyError):
            return "learner"
    return new


def _digest(learner: str, question_id: str) -> bytes:
    return hashlib.sha256(f"{learner}\n{question_id}".encode()).digest()


def option_order(
    question: Question, learner: str, questions: Mapping[str, Question] | None = None
) -> list[int]:
    """Return the option indices in the order this learner sees them (the same every time).

    Seeded by the learner id and the question id. So that the correct option is spread evenly
    over the positions for every learner, the bank's questions with as many options are put in
    a learner-specific random order, and the k-th of them gets its correct option at position
    k mod n; the other options are shuffled around it.
    """
    questions = bank() if questions is None else questions
    n = len(question.options)
    peers = sorted(
        {q.id for q in questions.values() if len(q.options) == n} | {question.id},
        key=lambda qid: _digest(learner, qid),
    )
    slot = peers.index(question.id) % n
    correct = next(i for i, o in enumerate(question.options) if o.correct)
    others = [i for i in range(n) if i != correct]
    random.Random(_digest(learner, question.id)).shuffle(others)
    return others[:slot] + [correct] + others[slot:]


def _empty() -> dict:
    return {"version": VERSION, "attempts": {}}


def _valid(data: object) -> bool:
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return False
    attempts = data.get("attempts")
    return isinstance(attempts, dict) and all(
        isinstance(a, dict)
        and isinstance(a.get("correct"), bool)
        and isinstance(a.get("lesson"), str)
        for a in attempts.values()
    )


def load(path: Path | None = None) -> dict:
    """Return the progress data; a missing file is empty, a corrupt one is reset with a warning.

    The corrupt file is kept next to it as ``progress.json.corrupt`` so nothing is lost silently.
    """
    path = path or progress_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        data = None
    except OSError:  # missing or unreachable: nothing saved yet (saving will say why it fails)
        return _empty()
    if _valid(data):
        return data
    warnings.warn(
        f"The progress file {path} could not be read; starting afresh "
        f"(the old file is kept as {path.name}.corrupt).",
        stacklevel=2,
    )
    with contextlib.suppress(OSError):
        path.replace(path.with_name(path.name + ".corrupt"))
    return _empty()


def save(data: dict, path: Path | None = None) -> None:
    """Write the progress data atomically (a temporary file, then a rename)."""
    path = path or progress_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".progress-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream, indent=1, sort_keys=True)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def record_first_attempt(question: Question, correct: bool, path: Path | None = None) -> bool:
    """Store the result of the first attempt at ``question``; return False if one was stored."""
    data = load(path)
    if question.id in data["attempts"]:
        return False
    data["attempts"][question.id] = Attempt(
        lesson=question.lesson,
        correct=correct,
        when=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    save(data, path)
    return True
