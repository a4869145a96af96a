"""Autograde every collected submission of an assignment, several students at a time.

``python -m course.assessment.classgrade ASSIGNMENT [--workers N]`` (in the course root;
``make autograde-class ASSIGNMENT=… WORKERS=…`` from the repository root) runs one
``nbgrader autograde ASSIGNMENT --student=<id> --force`` per collected student of
``submitted/<id>/ASSIGNMENT/``, at most ``N`` at a time (default: one per core). Each is the
course's own autograde (``nbgrader_config.py``: sandboxed kernel, keys compared outside it), so a
student's code is as isolated as in a plain ``nbgrader autograde``.

- A progress bar with the time left goes to standard error.
- The students whose submission could not be graded, and why, are written to
  ``autograde_failures_<ASSIGNMENT>.csv`` in the course root.
- A submission is done when every notebook of it is in ``autograded/`` with the submission's
  timestamp (nbgrader removes the output of a failed or interrupted notebook). Ctrl-C stops the
  graders; running the command again grades only what is not done (failures are retried).
- More than one worker needs a gradebook server (PostgreSQL, ``NBGRADER_DB_URL``): the command
  refuses SQLite, which locks the whole database file on every write.
"""

import argparse
import csv
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TextIO

FAILURES = "autograde_failures_{assignment}.csv"
INTERRUPTED = 130
REFUSED = 2
STOP_WAIT_S = 15
EXCEPTION_LINE = re.compile(r"^\s*([A-Za-z_][\w.]*(?:Error|Exception): .*)$", re.M)
ERROR_LOG_LINE = re.compile(r"\| ERROR\] (.+)$", re.M)
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


def failure_reason(log: str, returncode: int) -> str:
    """One line saying why nbgrader failed: the last exception, else its last specific error."""
    exceptions = EXCEPTION_LINE.findall(log)
    if exceptions:
        return exceptions[-1].strip()[:300]
    errors = [e for e in ERROR_LOG_LINE.findall(log) if not e.startswith(GENERIC_ERRORS)]
    if errors:
        return errors[-1].strip()[:300]
    return f"nbgrader exited with code {returncode} and wrote no graded notebook"


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


def _start(course: Path, assignment: str, student: str) -> tuple[subprocess.Popen, IO[bytes]]:
    log = tempfile.TemporaryFile()  # noqa: SIM115 (closed when the grader has finished)
    cmd = [sys.executable, "-m", "nbgrader", "autograde", assignment]
    cmd += [f"--student={student}", "--force"]
    proc = subprocess.Popen(
        cmd, cwd=course, stdout=log, stderr=subprocess.STDOUT, env=nbgrader_env()
    )
    return proc, log


def _outcome(
    course: Path, assignment: str, student: str, returncode: int, log: IO[bytes]
) -> Outcome:
    log.seek(0)
    text = log.read().decode(errors="replace")
    log.close()
    if returncode == 0 and is_graded(course, assignment, student):
        return Outcome(student, True)
    return Outcome(student, False, failure_reason(text, returncode))


def _stop(running: dict) -> None:
    """Interrupt the running graders (nbgrader then removes their partial output), then wait."""
    for proc in running:
        proc.send_signal(signal.SIGINT)
    deadline = time.monotonic() + STOP_WAIT_S
    for proc, (_, log) in running.items():
        try:
            proc.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


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
    running: dict[subprocess.Popen, tuple[str, IO[bytes]]] = {}
    start, stop = time.monotonic(), threading.Event()
    queue = list(reversed(todo))
    # Ctrl-C only sets a flag, so it never lands between starting a grader and recording it.
    previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
    try:
        while (queue or running) and not stop.is_set():
            while queue and len(running) < workers:
                student = queue.pop()
                proc, log = _start(course, assignment, student)
                running[proc] = (student, log)
            time.sleep(0.05)
            for proc in [p for p in running if p.poll() is not None]:
                student, log = running.pop(proc)
                outcomes.append(_outcome(course, assignment, student, proc.returncode, log))
                done += outcomes[-1].graded
                failed = sum(not o.graded for o in outcomes)
                line = progress_line(done, failed, total, time.monotonic() - start, len(outcomes))
                print(("\r" if tty else "") + line, end="" if tty else "\n", file=out, flush=True)
    finally:
        signal.signal(signal.SIGINT, previous)
    if stop.is_set():
        _stop(running)
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
