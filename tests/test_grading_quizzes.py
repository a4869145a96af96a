"""The course's quizzes have the promised shape: items, kinds, grade ids, points, guidance."""

import re

import nbformat
import pytest

import course
from course.assessment.keys import compute_keys
from course.assessment.markers import HIDDEN_TESTS, MARK_SCHEME

from .conftest import ASSESSMENTS
from .nbgrader_course import graded_items, solution_code

QUIZZES = ["quiz01_pathophysiology", "quiz02_diagnosis", "quiz03_management", "case01_tumour_board"]


def source(name):
    return nbformat.read(ASSESSMENTS / "source" / name / f"{name}.ipynb", as_version=4)


def nbmeta(cell):
    return cell.metadata.get("nbgrader", {})


def test_the_four_quizzes_exist():
    assert all((ASSESSMENTS / "source" / n / f"{n}.ipynb").exists() for n in QUIZZES)


@pytest.mark.parametrize("name", QUIZZES)
def test_at_least_eight_autograded_items_of_three_kinds(name):
    nb = source(name)
    items = graded_items(nb)
    assert len(items) >= 8
    tests = {nbmeta(c).get("grade_id"): c.source for c in nb.cells}
    kinds = {re.search(r"check_(choice|number|text)", tests[i.grade_id]).group(1) for i in items}
    assert {"choice", "number"} <= kinds
    setup = next(c.source for c in nb.cells if nbmeta(c).get("grade_id") == "setup")
    course_names = re.findall(r"from course\.(?!grading)\w+ import (.+)", setup)
    names = {n.strip() for line in course_names for n in line.split(",")}
    answers = {nbmeta(c).get("grade_id"): solution_code(c.source) for c in nb.cells}
    code_tasks = [i for i in items if any(f"{n}(" in answers[i.answer_id] for n in names)]
    assert len(code_tasks) >= 2, "short code tasks that call course"


@pytest.mark.parametrize("name", QUIZZES)
def test_hand_graded_item_with_rubric(name):
    manual = [c for c in source(name).cells if c.cell_type == "markdown" and nbmeta(c).get("grade")]
    assert manual
    for cell in manual:
        rubric = MARK_SCHEME.inside(cell.source)
        assert rubric and "point" in rubric
        assert cell.source.startswith("YOUR ANSWER HERE")


@pytest.mark.parametrize("name", QUIZZES)
def test_grade_ids_are_readable_and_unique(name):
    ids = [nbmeta(c)["grade_id"] for c in source(name).cells if nbmeta(c)]
    assert len(ids) == len(set(ids))
    graded = [nbmeta(c)["grade_id"] for c in source(name).cells if nbmeta(c).get("grade")]
    assert all(re.fullmatch(r"q\d\d_[a-z0-9_]+", g) for g in graded), graded


@pytest.mark.parametrize("name", QUIZZES)
def test_points_add_up_to_the_documented_total(name):
    nb = source(name)
    auto = sum(i.points for i in graded_items(nb))
    manual = sum(
        nbmeta(c)["points"]
        for c in nb.cells
        if c.cell_type == "markdown" and nbmeta(c).get("grade")
    )
    intro = nb.cells[0].source
    documented = re.search(r"(\d+) autograded \+ (\d+) graded by hand = \*\*(\d+)\*\*", intro)
    assert documented and tuple(map(int, documented.groups())) == (auto, manual, auto + manual)
    for cell in nb.cells:
        if nbmeta(cell).get("grade"):
            assert f"`{nbmeta(cell)['grade_id']}` | {nbmeta(cell)['points']} |" in intro


@pytest.mark.parametrize("name", QUIZZES)
def test_self_learner_guidance_and_disclaimer(name):
    intro = source(name).cells[0].source
    assert course.DISCLAIMER in intro
    assert "**Validate**" in intro and "visible check" in intro
    assert f"assessments/source/{name}/{name}.ipynb" in intro


@pytest.mark.parametrize("name", QUIZZES)
def test_every_answer_is_tested_by_its_own_check(name):
    """Each test cell names the variable of the answer cell before it, and nothing is hard-coded
    that a visible check could give away."""
    nb = source(name)
    tests = {nbmeta(c).get("grade_id"): c.source for c in nb.cells}
    for item in graded_items(nb):
        visible, hidden = tests[item.grade_id].split(f"### {HIDDEN_TESTS.begin}")
        assert item.variable in visible and item.variable in hidden
        assert "assert" not in visible, "visible checks call course.grading.check_*"


def keys_of(name):
    return compute_keys(ASSESSMENTS / "keys" / f"{name}.py")


def prompts(nb):
    return {nbmeta(c).get("grade_id"): c.source for c in nb.cells}


@pytest.mark.parametrize("name", QUIZZES)
def test_multiple_choice_keys_are_spread(name):
    letters = [k.value for k in keys_of(name).values() if k.kind == "choice"]
    most = max(letters.count(letter) for letter in set(letters))
    assert most <= len(letters) / 2, f"one letter keys {most} of {len(letters)} items"


@pytest.mark.parametrize("name", QUIZZES)
def test_judgement_earns_at_least_as_much_as_lookups(name):
    """A lookup item's prompt gives the exact call (`fact(...)`, `sins_score(...)`) to run."""
    nb = source(name)
    texts = prompts(nb)
    lookup = [re.search(r"`[\w.]+\(", texts[f"{i.grade_id}_prompt"]) for i in graded_items(nb)]
    points = [i.points for i in graded_items(nb)]
    looked_up = sum(p for p, is_lookup in zip(points, lookup, strict=True) if is_lookup)
    assert looked_up <= sum(points) - looked_up


@pytest.mark.parametrize("name", QUIZZES)
def test_numeric_prompts_state_the_precision_their_key_accepts(name):
    texts = prompts(source(name))
    for grade_id, key in keys_of(name).items():
        if key.kind != "number":
            continue
        stated = re.search(r"\*\*Precision:\*\* (.+)", texts[f"{grade_id}_prompt"])
        assert stated, grade_id
        places = re.search(r"at least (\d+) decimal place", stated[1])
        if places:  # every answer rounded to that many places must pass
            assert 0.5 * 10 ** -int(places[1]) <= key.abs_tol + 1e-12, grade_id
        elif key.abs_tol == 0:
            assert "only the exact value" in stated[1] and float(key.value).is_integer(), grade_id
        else:
            assert "whole number" in stated[1] and key.abs_tol >= 0.5, grade_id
