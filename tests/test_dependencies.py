"""pyproject.toml declares exactly what course/ imports, each declared package pinned once.

The learner's runtime (``dependencies``) covers every module outside ``course/assessment``; the
grader's side may also use the ``grader`` extra. A declared package that nothing imports must say
why it is needed (``NOT_IMPORTED``).
"""

import ast
import functools
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

from course.tools.imports import PACKAGE

from .conftest import ROOT
from .test_environment import PIN_FILES, package, requirement_lines

GRADER_SIDE = PACKAGE / "assessment"
# Declared, never imported by course/, and why the course still needs it.
NOT_IMPORTED: dict[str, str] = {}


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def names(requirements: list[str]) -> set[str]:
    return {package(re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0]) for r in requirements}


@functools.cache
def distributions() -> dict[str, list[str]]:
    """Top-level module -> the installed distributions that provide it."""
    return importlib.metadata.packages_distributions()


def third_party(path: Path) -> set[str]:
    """The distributions whose modules the file at ``path`` imports (not stdlib, not course)."""
    tops = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            tops |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            tops.add(node.module.split(".")[0])
    tops -= {*sys.stdlib_module_names, PACKAGE.name}
    dists = distributions()
    return {package(dists[top][0]) if top in dists else f"<{top}: not installed>" for top in tops}


@functools.cache
def imported(grader_side: bool) -> set[str]:
    paths = PACKAGE.rglob("*.py")
    return set().union(
        *(third_party(p) for p in paths if p.is_relative_to(GRADER_SIDE) == grader_side)
    )


def test_the_runtime_declares_what_it_imports():
    assert imported(grader_side=False) - names(project()["dependencies"]) == set()


def test_the_grader_side_declares_what_it_imports():
    declared = names(project()["dependencies"]) | names(
        project()["optional-dependencies"]["grader"]
    )
    assert imported(grader_side=True) - declared == set()


def test_every_declared_package_is_imported_or_says_why_not():
    declared = names(project()["dependencies"]) | names(
        project()["optional-dependencies"]["grader"]
    )
    used = imported(grader_side=False) | imported(grader_side=True)
    assert declared - used == set(NOT_IMPORTED)


def test_every_declared_package_is_pinned():
    pinned = {package(pin) for name in PIN_FILES for pin in requirement_lines(name)}
    declared = names(project()["dependencies"]) | names(
        project()["optional-dependencies"]["grader"]
    )
    assert declared - pinned == set()


def test_an_undeclared_import_is_caught(tmp_path):
    module = tmp_path / "example.py"
    module.write_text("import json\nimport nbformat\nfrom course import facts\n")
    assert third_party(module) == {"nbformat"}
