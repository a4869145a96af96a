"""Every committed notebook is clean, valid, on the python3 kernel, and teaching notebooks carry
the disclaimer; lessons show self-checks by id, hide their plumbing and answer every guiding
question."""

import copy
import re
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_output

from course import DISCLAIMER, syllabus
from course.questions import bank
from course.tools.clean_notebooks import (
    clean,
    is_collapsed,
    is_plumbing,
    lesson_problems,
    notebook_paths,
    problems,
)

from .conftest import ASSESSMENTS, NOTEBOOKS, ROOT, question_ids

COMMITTED = notebook_paths([NOTEBOOKS, ASSESSMENTS / "source", ASSESSMENTS / "release"])
LESSONS = notebook_paths([NOTEBOOKS])
DISCLAIMER_HEAD = DISCLAIMER.split(":")[0]
GUIDING = re.compile(r"\*\*Guiding questions?\b")
ANSWER = re.compile(r"<details>\s*<summary>\s*Worked answer", re.I)


def guiding_counts(text: str) -> tuple[int, int]:
    """Return (guiding questions, worked answers) in one Markdown cell.

    The questions are the numbered items after "**Guiding questions**" ("1." lines, or inline
    "(1)" markers), else its top-level "- " items (each with its answer under it), else its
    question marks; the answers are the collapsed
    ``<details>`` blocks whose summary starts with "Worked answer".
    """
    match = GUIDING.search(text)
    if not match:
        return 0, 0
    block = ANSWER.split(text[match.end() :])[0]
    numbered = re.findall(r"^\s*\d+\.\s", block, re.M)
    inline = re.findall(r"\(\d+\)\s", block)
    section = re.split(r"^#", text[match.end() :], maxsplit=1, flags=re.M)[0]
    bullets = re.findall(r"^- ", section, re.M)
    asked = len(numbered) or len(inline) or len(bullets) or block.count("?")
    return asked, len(ANSWER.findall(text))


def test_there_are_notebooks():
    assert LESSONS and (NOTEBOOKS / "00_start_here.ipynb") in LESSONS


@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: str(p.relative_to(ROOT)))
def test_notebook_is_clean(path):
    assert problems(nbformat.read(path, as_version=4)) == []


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lesson_carries_disclaimer(path):
    nb = nbformat.read(path, as_version=4)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert DISCLAIMER_HEAD in text, f"{path.name} lacks the educational-use disclaimer"


def test_dirty_notebook_is_caught_and_cleaned():
    nb = nbformat.read(NOTEBOOKS / "00_start_here.ipynb", as_version=4)
    dirty = copy.deepcopy(nb)
    cell = new_code_cell("1 + 1", execution_count=1)
    cell.outputs = [new_output("execute_result", {"text/plain": "2"}, execution_count=1)]
    dirty.cells.append(cell)
    dirty.cells.append(new_code_cell('self_check("Q?", ("A", True, "why"), ("B", False, "why"))'))
    dirty.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {}}
    dirty.metadata["kernelspec"] = {"name": "other", "display_name": "x"}
    found = problems(dirty)
    assert any("has outputs" in p for p in found)
    assert any("execution count" in p for p in found)
    assert "metadata holds widget state" in found and "kernelspec is not python3" in found
    assert any("shows a self-check answer" in p for p in found)
    assert problems(clean(dirty)) == []


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lesson_reads_cleanly(path):
    """Plumbing cells are collapsed and no self-check carries a literal answer."""
    assert lesson_problems(nbformat.read(path, as_version=4)) == []


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lesson_shows_each_of_its_questions_once(path):
    """Every id shown exists, and each bank question of the lesson appears exactly once."""
    nb = nbformat.read(path, as_version=4)
    shown = question_ids(nb)
    questions = bank()
    assert [i for i in shown if i not in questions] == []
    lesson = path.name[:2]
    own = sorted(q.id for q in questions.values() if q.lesson == lesson)
    assert own and sorted(i for i in shown if i in own) == own
    sources = [c.source for c in nb.cells if c.cell_type == "code"]
    assert f'lesson_score("{lesson}")' in sources


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_every_guiding_question_has_a_worked_answer(path):
    nb = nbformat.read(path, as_version=4)
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "markdown":
            continue
        asked, answered = guiding_counts(cell.source)
        assert asked == answered, f"cell {i}: {asked} guiding questions, {answered} worked answers"
        assert "<details open" not in cell.source, f"cell {i}: a worked answer is not collapsed"


def test_guiding_counts_catch_a_missing_answer():
    text = (
        "**Guiding questions**\n\n1. Why?\n2. How?\n\n"
        "<details><summary>Worked answer 1</summary>\n\nBecause.\n\n</details>"
    )
    assert guiding_counts(text) == (2, 1)
    inline = "**Guiding question:** why? <details><summary>Worked answer</summary>"
    assert guiding_counts(inline) == (1, 1)
    assert guiding_counts("**Guiding questions.** (1) Why? How? (2) When?") == (2, 0)
    bullets = (
        "**Guiding questions.**\n\n- Why? And how?\n\n  <details><summary>Worked answer"
        "</summary>\n\nSo.\n\n  </details>\n- When?\n\n### Next section\n\n- a list item\n"
    )
    assert guiding_counts(bullets) == (2, 1)


def test_plumbing_is_found_and_collapsed():
    plumbing = new_code_cell('Markdown(fact_table("sins_points"))')
    setup = new_code_cell("from course.questions import question")
    teaching = new_code_cell("SinsApp().widget")
    assert is_plumbing(plumbing) and is_plumbing(setup) and not is_plumbing(teaching)
    nb = nbformat.v4.new_notebook(cells=[plumbing, teaching])
    assert lesson_problems(nb) == ["cell 0 is plumbing with its source in view (collapse it)"]
    cleaned = clean(nb, lesson=True)
    assert is_collapsed(cleaned.cells[0]) and not is_collapsed(cleaned.cells[1])
    assert lesson_problems(cleaned) == []


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_estimated_time_matches_the_course_map(path):
    minutes = {Path(item.path).name: item.minutes for item in syllabus.LESSONS}
    nb = nbformat.read(path, as_version=4)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    stated = re.findall(r"\*\*Estimated time:\*\* (\d+) minutes", text)
    assert stated == [str(minutes[path.name])]


FIGURE_CALL = re.compile(
    r"\b\w*(?:_figure|_chart|_diagram|_app|time_course|compare_runs|phase_plane)\("
)
TEXT_ONLY_APPS = re.compile(
    r"\b(?:TriageApp|RadiopharmaceuticalApp|AblationApp|HypercalcaemiaApp|CordCompressionApp|"
    r"FractureApp|KatagiriApp|TokuhashiApp)\("
)
"""Apps that draw no figure: their verdict is already text."""
DESCRIPTION = re.compile(r"\*Figure descriptions?\b[^*\n]*:\*")


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_every_figure_has_a_text_description(path):
    """A Markdown cell next to each figure (just before or just after) describes it in words."""
    cells = nbformat.read(path, as_version=4).cells
    missing = []
    for i, cell in enumerate(cells):
        drawn = FIGURE_CALL.search(cell.source) or re.search(r"\b[A-Z]\w*App\(", cell.source)
        if cell.cell_type != "code" or not drawn or TEXT_ONLY_APPS.search(cell.source):
            continue
        before = [c for c in cells[:i] if c.cell_type == "markdown"][-1:]
        after = [c for c in cells[i + 1 :] if c.cell_type == "markdown"][:1]
        if not any(DESCRIPTION.search(c.source) for c in before + after):
            missing.append(f"cell {i}: {cell.source.splitlines()[0]}")
    assert missing == []
