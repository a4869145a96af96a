"""Nothing a reader of the repository meets points to a file outside it: the authoring notes and
source articles that the course was written from are not shipped, so a pointer to them is a
dead end (sources are cited through course.references instead).

Checked: every string and comment of course/ (learner-visible text included), the docstrings and
comments of the tests, benchmarks and site build, every cell of the lessons and assessments, the
question bank's data and the Markdown files.
"""

import ast
import io
import re
import tokenize
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest

from .conftest import ROOT

# The authoring notes, the source articles and the machine's folders (strings here are data:
# the scan reads the tests' docstrings and comments only).
OUTSIDE = re.compile(r"shared/|clinical-facts|models\.md|design\.md|seeds/|/work/", re.IGNORECASE)
# (file, name): assignments whose strings may name such files, because they reject them.
EXEMPT = {("course/references/_model.py", "PLACEHOLDER")}


def _exempt_lines(tree: ast.Module, relative: str) -> set[int]:
    return {
        line
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any((relative, getattr(t, "id", "")) in EXEMPT for t in node.targets)
        for line in range(node.lineno, (node.end_lineno or node.lineno) + 1)
    }


def python_texts(path: Path, every_string: bool) -> Iterator[tuple[int, str]]:
    """(line, text) of each comment and docstring of a Python file; of every string literal
    too if ``every_string``."""
    source = path.read_text()
    tree = ast.parse(source)
    exempt = _exempt_lines(tree, path.relative_to(ROOT).as_posix())
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    for node in ast.walk(tree):
        text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if text and (every_string or id(node) in docstrings) and node.lineno not in exempt:
            yield node.lineno, node.value
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            yield token.start[0], token.string


def notebook_texts(path: Path) -> Iterator[tuple[int, str]]:
    """(cell number, source) of each cell of a notebook."""
    for number, cell in enumerate(nbformat.read(path, as_version=4).cells):
        yield number, cell.source


def plain_texts(path: Path) -> Iterator[tuple[int, str]]:
    yield from enumerate(path.read_text().splitlines(), start=1)


def texts() -> Iterator[tuple[Path, int, str]]:
    """Every checked text, with its file and line (or cell)."""
    for path in sorted((ROOT / "course").rglob("*.py")):
        yield from ((path, line, text) for line, text in python_texts(path, every_string=True))
    others = [ROOT / "conftest.py"]
    for folder in ("tests", "benchmarks", "lite"):
        others += [p for p in (ROOT / folder).rglob("*.py") if "fixtures" not in p.parts]
    for path in sorted(others):
        yield from ((path, line, text) for line, text in python_texts(path, every_string=False))
    for folder in ("notebooks", "assessments/source"):
        for path in sorted((ROOT / folder).rglob("*.ipynb")):
            yield from ((path, cell, text) for cell, text in notebook_texts(path))
    data = [
        *(ROOT / "course").rglob("*.toml"),
        *(ROOT / "course").rglob("*.md"),
        *ROOT.glob("*.md"),
    ]
    data += [*(ROOT / "docs").rglob("*.md"), *(ROOT / "assessments").glob("*.md")]
    for path in sorted(data):
        yield from ((path, line, text) for line, text in plain_texts(path))


def outside_refs(found: Iterator[tuple[Path, int, str]]) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}:{line}: {match[0]}"
        for path, line, text in found
        if (match := OUTSIDE.search(text))
    ]


def test_nothing_points_outside_the_repository():
    assert outside_refs(texts()) == []


@pytest.mark.parametrize("text", ["see shared/notes", "from models.md", "in the seeds/ folder"])
def test_a_pointer_outside_is_caught(text):
    assert outside_refs(iter([(ROOT / "course" / "x.py", 1, text)])) == [
        f"course/x.py:1: {OUTSIDE.search(text)[0]}"
    ]


def test_the_rejecting_pattern_is_exempt_and_nothing_else():
    path = ROOT / "course" / "references" / "_model.py"
    exempt = _exempt_lines(ast.parse(path.read_text()), "course/references/_model.py")
    assert exempt, "course.references._model.PLACEHOLDER moved: update EXEMPT"
    assert len(exempt) <= 5
