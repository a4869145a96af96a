"""Autograde every collected submission of an assignment, several students at a time.

``python -m course.assessment.classgrade ASSIGNMENT [--workers N]`` (in the course root;
``make autograde-class ASSIGNMENT=… WORKERS=…`` from the repository root) starts ``N`` grader
processes (default: one per core). Each loads nbgrader once, configured as
``nbgrader autograde`` in the course root would be, then autogrades one collected student of
``submitted/<id>/ASSIGNMENT/`` after another, as ``nbgrader autograde ASSIGNMENT
--student=<id> --force`` would (``NbGraderAPI.autograde``). It is the course's own autograde
(``nbgrader_config.py``: sandboxed kernel, keys compared outside it), so a student's code is as
isolated as in a plain ``nbgrader autograde``; only nbgrader's start-up is shared.

- A progress bar with the time left goes to standard error.
- The students whose submission could not be graded, and why, are written to
  ``autograde_failures_<ASSIGNMENT>.csv`` in the course root.
- A submission is done when every notebook of it is in ``autograded/`` with the submission's
  timestamp (nbgrader removes the output of a failed or interrupted notebook). Ctrl-C stops the
  graders; running the command again grades only what is not done (failures are retried). A
  grader process that dies is replaced, and its student listed as failed.
- More than one worker needs a gradebook server (PostgreSQL, ``NBGRADER_DB_URL``): the command
  refuses SQLite, which locks the whole database file on every write.
"""

import argparse
import contextlib
import csv
import itertools
import multiprocessing
import os
import re
import signal
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, TextIO

FAILURES = "autograde_failures_{assignment}.csv"
INTERRUPTED = 130
REFUSED = 2
STOP_WAIT_S = 15
EXCEPTION_LINE = re.compile(r"^\s*([A-Za-z_][\w.]*(?:Error|Exception): .*)$", re.M)
ERROR_LOG_LINE = re.compile(r"(?:^\[|\| )ERROR\] (.+)$", re.M)  # [ERROR] or [App | ERROR]
GENERIC_ERRORS = ("There was an error processing", "Please see the")


@dataclass(frozen=True)
class Outcome:
    """How one student's submission went: graded, or failed with a one-line reason."""

    student: str
    graded: bool
    reason: str = ""


def default_workers() -> int:
    """One worker per core this process may run on."""
    return len(os.sched_getaffinity(0))


def students(course: Path, assignment: str) -> list[str]:
    """The ids of the students with a collected submission of ``assignment``, sorted."""
    return sorted(
        p.parent.name for p in (course / "submitted").glob(f"*/{assignment}") if p.is_dir()
    )


def is_graded(course: Path, assignment: str, student: str) -> bool:
    """True when every notebook of the submission is autograded, from this same submission.

    nbgrader copies the submission's ``timestamp.txt`` next to the graded notebooks; a
    resubmission (another timestamp) is not done.
    """
    src = course / "submitted" / student / assignment
    dest = course / "autograded" / student / assignment
    stamp, graded_stamp = src / "timestamp.txt", dest / "timestamp.txt"
    if stamp.exists() != graded_stamp.exists() or (
        stamp.exists() and stamp.read_text() != graded_stamp.read_text()
    ):
        return False
    return all((dest / nb.name).is_file() for nb in src.glob("*.ipynb")) and dest.is_dir()


def gradebook_url(course: Path) -> str:
    """The gradebook URL nbgrader uses in ``course`` (its config, ``NBGRADER_DB_URL`` included)."""
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    return CourseDirectory(config=config).db_url


def check_workers(workers: int, db_url: str) -> None:
    """Raise ValueError unless ``workers`` graders may share the gradebook at ``db_url``."""
    if workers < 1:
        raise ValueError(f"workers must be a whole number of at least 1, got {workers}")
    if workers > 1 and db_url.startswith("sqlite"):
        raise ValueError(
            f"refusing {workers} workers on the SQLite gradebook ({db_url}): SQLite locks the "
            "whole database file on every write, and nbgrader's gradebook is not safe for "
            "concurrent writers (graders would fail with 'database is locked' or lose grades). "
            "Use --workers 1, or a PostgreSQL gradebook: "
            "NBGRADER_DB_URL=postgresql+psycopg2://USER:PASSWORD@HOST/DB "
            "(assessments/README.md, 'Grading a whole class')."
        )


def failure_reason(log: str, fallback: str) -> str:
    """One line saying why nbgrader failed: the last exception in ``log``, else its last specific
    error, else ``fallback``."""
    exceptions = EXCEPTION_LINE.findall(log)
    if exceptions:
        return exceptions[-1].strip()[:300]
    errors = [e for e in ERROR_LOG_LINE.findall(log) if not e.startswith(GENERIC_ERRORS)]
    if errors:
        return errors[-1].strip()[:300]
    return fallback


def _clock(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def progress_line(graded: int, failed: int, total: int, elapsed: float, finished_now: int) -> str:
    """A text progress bar: submissions graded and failed of ``total``, time so far and left.

    The time left is the wall time per submission finished in this run (``finished_now``) times
    the submissions not yet tried.
    """
    width = 30
    remaining = total - graded - failed
    filled = width * (graded + failed) // total if total else width
    if remaining <= 0:
        left = "0:00"
    else:
        left = _clock(elapsed / finished_now * remaining) if finished_now else "?"
    return (
        f"[{'#' * filled}{'.' * (width - filled)}] {graded}/{total} graded, {failed} failed, "
        f"{_clock(elapsed)} elapsed, {left} left"
    )


def nbgrader_env() -> dict[str, str]:
    """This environment with this interpreter's scripts first on PATH (nbgrader runs alembic)."""
    bindir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": os.pathsep.join([bindir, os.environ.get("PATH", "")])}


def result_reason(result: dict[str, Any]) -> str:
    """Why ``NbGraderAPI.autograde`` failed: the reason in its log, else its own exception."""
    error_lines = [line for line in result.get("error", "").splitlines() if line.strip()]
    fallback = error_lines[-1].strip()[:300] if error_lines else "nbgrader graded nothing"
    return failure_reason(result.get("log", ""), fallback)


def serve(course: str, assignment: str, conn: Connection, log_path: str) -> None:
    """A grader process: load nbgrader once, then autograde every student id ``conn`` sends.

    nbgrader is configured as ``nbgrader autograde`` in ``course`` would be (its config files and
    the course root's ``nbgrader_config.py``); each student is graded with
    ``NbGraderAPI.autograde(assignment, student, force=True)`` and answered with
    ``(student, success, reason)``. ``None`` ends the process; so does Ctrl-C, which nbgrader
    turns into removing the submission it was grading. Output goes to ``log_path``.
    """
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    interrupted = threading.Event()

    def on_sigint(*_: object) -> None:
        if not interrupted.is_set():  # once: a second Ctrl-C must not cut nbgrader's clean-up
            interrupted.set()
            raise KeyboardInterrupt

    signal.signal(signal.SIGINT, on_sigint)
    try:
        os.chdir(course)
        os.environ["PATH"] = nbgrader_env()["PATH"]
        from nbgrader.apps import AutogradeApp, NbGraderAPI

        app = AutogradeApp()
        app.initialize([])
        api = NbGraderAPI(coursedir=app.coursedir, parent=app)
        while (student := conn.recv()) is not None:
            result = api.autograde(assignment, student, force=True)
            if interrupted.is_set():  # nbgrader's log swallowed the KeyboardInterrupt
                return
            conn.send(
                (student, result["success"], "" if result["success"] else result_reason(result))
            )
    except (KeyboardInterrupt, EOFError):
        return


@dataclass
class _Grader:
    """A :func:`serve` process, the student it is grading (``None`` when idle), and where its
    output for that student starts in its log."""

    process: BaseProcess
    conn: Connection
    log: Path
    student: str | None = None
    offset: int = 0

    def grade(self, student: str) -> None:
        """Send ``student`` to the process."""
        self.student = student
        self.offset = self.log.stat().st_size if self.log.exists() else 0
        self.conn.send(student)

    def death_reason(self) -> str:
        """Why the process stopped without answering, from its output for this student."""
        self.process.join()
        with open(self.log, "rb") as f:
            f.seek(self.offset)
            output = f.read().decode(errors="replace")
        return failure_reason(
            output, f"the grader process stopped (exit code {self.process.exitcode})"
        )


def _spawn(course: Path, assignment: str, log: Path) -> _Grader:
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=serve, args=(str(course), assignment, child, str(log)))
    process.start()
    child.close()
    return _Grader(process, parent, log)


def _answer(grader: _Grader, ready: list[object]) -> tuple[str, bool, str] | None:
    """The grader's answer if it has one; ``(student, False, reason)`` if it died; else None."""
    if grader.conn in ready:
        try:
            return grader.conn.recv()
        except EOFError:
            pass
    elif grader.process.sentinel not in ready:
        return None
    assert grader.student is not None
    return grader.student, False, grader.death_reason()


def _stop(graders: list[_Grader]) -> None:
    """Interrupt the graders (nbgrader then removes their partial output), then wait."""
    for grader in graders:
        if grader.process.is_alive():
            os.kill(grader.process.pid, signal.SIGINT)
    deadline = time.monotonic() + STOP_WAIT_S
    for grader in graders:
        grader.process.join(max(0.1, deadline - time.monotonic()))
        if grader.process.is_alive():
            grader.process.kill()
            grader.process.join()


def _finish(graders: list[_Grader]) -> None:
    """Tell the idle graders to end, and wait for them."""
    for grader in graders:
        with contextlib.suppress(OSError):  # unless it has died already
            grader.conn.send(None)
    for grader in graders:
        grader.process.join(STOP_WAIT_S)
        if grader.process.is_alive():
            grader.process.kill()
            grader.process.join()


def write_failures(path: Path, failures: list[Outcome]) -> None:
    """Write ``student_id,reason`` rows (a header only when nothing failed)."""
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["student_id", "reason"])
        writer.writerows([o.student, o.reason] for o in sorted(failures, key=lambda o: o.student))


def read_failures(path: Path) -> list[Outcome]:
    """The failures listed by an earlier run (none when there is no list)."""
    if not path.exists():
        return []
    with open(path, newline="") as f:
        return [Outcome(r["student_id"], False, r["reason"]) for r in csv.DictReader(f)]


def grade_class(
    course: Path, assignment: str, workers: int, out: TextIO = sys.stderr
) -> tuple[list[Outcome], bool]:
    """Autograde the ungraded submissions of ``assignment``; return (outcomes, interrupted).

    Writes the failure list (this run's failures, and earlier ones not retried yet).
    """
    check_workers(workers, gradebook_url(course))
    everyone = students(course, assignment)
    todo = [s for s in everyone if not is_graded(course, assignment, s)]
    total, done = len(everyone), len(everyone) - len(todo)
    print(f"{assignment}: {total} submissions, {done} already graded, {workers} workers", file=out)
    tty = out.isatty()
    outcomes: list[Outcome] = []
    start, stop = time.monotonic(), threading.Event()
    queue = list(reversed(todo))
    # Ctrl-C only sets a flag, so it never lands between sending a student and recording it.
    previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
    with tempfile.TemporaryDirectory(prefix="classgrade-") as tmp:
        logs, ids = Path(tmp), itertools.count()
        graders = [
            _spawn(course, assignment, logs / f"grader{next(ids)}.log")
            for _ in range(min(workers, len(todo)))
        ]
        try:
            while (queue or any(g.student for g in graders)) and not stop.is_set():
                for grader in graders:
                    if grader.student is None and queue:
                        grader.grade(queue.pop())
                busy = [g for g in graders if g.student]
                ready = wait([g.conn for g in busy] + [g.process.sentinel for g in busy], 0.2)
                for i, grader in enumerate(graders):
                    answer = _answer(grader, ready) if grader.student else None
                    if answer is None:
                        continue
                    student, success, reason = answer
                    grader.student = None
                    if queue and not grader.process.is_alive():  # a fresh one for the rest
                        graders[i] = _spawn(course, assignment, logs / f"grader{next(ids)}.log")
                    graded = success and is_graded(course, assignment, student)
                    reason = reason or "nbgrader wrote no graded notebook"
                    outcomes.append(Outcome(student, graded, "" if graded else reason))
                    done += graded
                    failed = sum(not o.graded for o in outcomes)
                    elapsed = time.monotonic() - start
                    line = progress_line(done, failed, total, elapsed, len(outcomes))
                    print(
                        ("\r" if tty else "") + line, end="" if tty else "\n", file=out, flush=True
                    )
        finally:
            signal.signal(signal.SIGINT, previous)
            if stop.is_set():
                _stop(graders)
            else:
                _finish(graders)
    if tty:
        print(file=out)
    path = course / FAILURES.format(assignment=assignment)
    attempted = {o.student for o in outcomes}
    earlier = [
        o
        for o in read_failures(path)
        if o.student not in attempted and not is_graded(course, assignment, o.student)
    ]
    write_failures(path, [o for o in outcomes if not o.graded] + earlier)
    return outcomes, stop.is_set()


def main(argv: list[str] | None = None) -> int:
    """Command line: grade the class in the current folder (the course root)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("assignment")
    parser.add_argument("--workers", type=int, default=default_workers())
    args = parser.parse_args(argv)
    course = Path.cwd()
    try:
        outcomes, interrupted = grade_class(course, args.assignment, args.workers)
    except ValueError as error:
        print(f"classgrade: {error}", file=sys.stderr)
        return REFUSED
    graded = sum(is_graded(course, args.assignment, s) for s in students(course, args.assignment))
    failed = [o for o in outcomes if not o.graded]
    total = len(students(course, args.assignment))
    failures = FAILURES.format(assignment=args.assignment)
    print(f"{graded} of {total} submissions of {args.assignment} graded; failures: {failures}")
    if interrupted:
        print("interrupted: run the same command again to grade the rest", file=sys.stderr)
        return INTERRUPTED
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
