"""No module of course/ imports a layer above its own: the one-way flow, checked on the source.

references -> facts -> clinical -> plots -> widgets, with remodeling beside clinical; cases and
questions are content between the calculators and the apps; grading runs in the student's
kernel and imports nothing of the course; assessment is the grader's side. The table is also in
docs/architecture.md, with the picture of who imports whom (``python -m course.tools.imports``).
"""

import re

import pytest

from course.tools.imports import PACKAGE, edges, mermaid

from .conftest import ROOT

# Layer -> the layers it may import. A new layer (a new package or top-level module of course/)
# fails test_every_layer_has_a_row until it gets a row here and in docs/architecture.md.
ALLOWED: dict[str, set[str]] = {
    "course": set(),  # course/__init__.py: the disclaimer only
    "_registry": set(),
    "palette": set(),  # the course's colours, for figures and HTML alike
    "validate": set(),  # the input checks every calculator and model shares
    "topics": set(),
    "syllabus": set(),
    "grading": set(),  # imported by every student's kernel: keep it alone
    "references": {"_registry"},
    "facts": {"_registry", "references"},
    "display": {"facts", "references"},  # fact tables and prose for the lessons
    "clinical": {"validate", "facts", "references"},
    "remodeling": {"validate", "facts", "references"},
    "plots": {"palette", "display", "clinical", "remodeling", "facts", "references"},
    "cases": {"palette", "clinical", "remodeling", "facts", "references"},
    "questions": {"palette", "clinical", "remodeling", "facts", "references"},
    "widgets": {
        "palette",
        "plots",
        "display",
        "cases",
        "questions",
        "clinical",
        "remodeling",
        "facts",
        "references",
    },
    "assessment": {"grading", "plots", "palette", "clinical", "remodeling", "facts", "references"},
}
ALLOWED["tools"] = set(ALLOWED) - {"course"}  # maintenance commands: the top
# (importing module, imported layer): known breaches, each to be removed by moving code.
# questions.bank and questions.display build on widgets.selfcheck (Option, validate_options,
# SelfCheck), while widgets.atlas builds on questions.
EXCEPTIONS = {
    ("course.questions.bank", "widgets"),
    ("course.questions.display", "widgets"),
}


def layers() -> set[str]:
    found = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    found |= {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    return found | {"course"}


def test_every_layer_has_a_row():
    assert layers() - set(ALLOWED) == set(), "give each new layer a row in ALLOWED"
    assert set(ALLOWED) - layers() == set(), "a row for a layer that no longer exists"


def breaches(found: dict[tuple[str, str], set[str]]) -> set[tuple[str, str]]:
    """(importing module, imported layer) for every import that ALLOWED does not allow."""
    return {
        (module, target)
        for (source, target), modules in found.items()
        if target not in ALLOWED.get(source, set())
        for module in modules
    }


def test_no_module_imports_a_layer_above_its_own():
    assert breaches(edges()) - EXCEPTIONS == set()


def test_every_exception_is_still_needed():
    assert EXCEPTIONS - breaches(edges()) == set(), "remove the exceptions that no longer occur"


def test_a_plot_importing_a_widget_is_caught():
    found = {**edges(), ("plots", "widgets"): {"course.plots.example"}}
    assert ("course.plots.example", "widgets") in breaches(found)


def architecture() -> str:
    return (ROOT / "docs" / "architecture.md").read_text()


def test_architecture_shows_the_real_imports():
    assert f"```mermaid\n{mermaid()}\n```" in architecture(), "run python -m course.tools.imports"


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_architecture_table_has_the_allowed_imports(layer):
    row = re.search(rf"^\| `{re.escape(layer)}` \|[^|]*\| (.*) \|$", architecture(), re.M)
    assert row, f"docs/architecture.md has no row for {layer}"
    allowed = set(re.findall(r"`(\w+)`", row[1]))
    assert allowed == ALLOWED[layer], (layer, sorted(ALLOWED[layer]))
