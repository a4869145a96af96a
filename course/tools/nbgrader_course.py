"""Helpers to run the nbgrader CLI on a temporary copy of the course and check its releases."""

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import nbformat

SECRET_REGIONS = ("SOLUTION", "HIDDEN TESTS", "MARK SCHEME")
COURSE_FILES = ("nbgrader_config.py", "source")


def copy_course(root: Path, dest: Path) -> Path:
    """Copy the nbgrader course root's config and sources (nothing generated) into ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in COURSE_FILES:
        src = root / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        else:
            shutil.copy2(src, dest / name)
    return dest


def nbgrader(course: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run ``nbgrader ARGS`` in ``course`` with this interpreter; raise if it exits non-zero."""
    cmd = [sys.executable, "-m", "nbgrader", *args]
    # nbgrader runs `alembic` from PATH: put this interpreter's scripts first.
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    env = {**os.environ, "PATH": path}
    done = subprocess.run(cmd, cwd=course, capture_output=True, text=True, timeout=timeout, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done


def secret_lines(nb: nbformat.NotebookNode) -> Iterator[str]:
    """Yield each non-blank line inside a solution, hidden-test or mark-scheme region."""
    for cell in nb.cells:
        region = None
        for line in cell.source.splitlines():
            marker = re.search(r"(BEGIN|END) (SOLUTION|HIDDEN TESTS|MARK SCHEME)", line)
            if marker:
                region = marker.group(2) if marker.group(1) == "BEGIN" else None
            elif region and line.strip():
                yield line.strip()


def leaks(source: nbformat.NotebookNode, release: nbformat.NotebookNode) -> list[str]:
    """Return each secret line of ``source`` (or region marker) that appears in ``release``."""
    text = "\n".join(cell.source for cell in release.cells)
    found = [f"marker: {m}" for m in SECRET_REGIONS if f"BEGIN {m}" in text or f"END {m}" in text]
    found += [line for line in secret_lines(source) if line in text]
    return found
