"""Cheating submissions built from the fixtures in ``tests/fixtures/attacks``.

Each attack's code runs first in the first answer cell of a notebook whose every autograded answer
is wrong but of the right form (it passes the visible check), so a correct grader gives 0. The
interrupt-ignoring loop instead sits in the last answer cell of a solved notebook: the items
before it keep their points.
"""

import re
from pathlib import Path

import nbformat

from course.assessment.keys import Key, matches

from .nbgrader_course import fill, graded_items, solved

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "attacks"
ALL_WRONG = (
    "rebind_course",
    "module_state",
    "patch_helpers",
    "input_transformer",
    "read_source",
    "vandal",
    "displayed_result",
    "stolen_nonce",
)
LOOP = "sigint_loop"
LINKED = "symlinks"  # submits links to the instructor's notebook and key instead of files


def attack_code(name: str) -> str:
    return (FIXTURES / f"{name}.py").read_text()


def wrong_value(visible: str, key: Key) -> str:
    """A Python literal of the right form (passes ``visible``) that ``key`` rejects."""
    if found := re.search(r'check_choice\(\w+, "(\w+)"\)', visible):
        return repr(next(c for c in found[1] if not matches(key, c)))
    if found := re.search(r"check_text\(\w+, (\[.*\])\)", visible):
        return repr(next(t for t in eval(found[1]) if not matches(key, t)))
    low, high = map(float, re.search(r"check_number\(\w+, ([\d.]+), ([\d.]+)\)", visible).groups())
    return repr(low if not matches(key, low) else high)


def wrong_answers(source: nbformat.NotebookNode, keys: dict[str, Key]) -> dict[str, str]:
    """Answer-cell code, by answer grade id, that sets every item's variable to a wrong value."""
    tests = {c.metadata.get("nbgrader", {}).get("grade_id"): c.source for c in source.cells}
    items = graded_items(source)
    values = {i.grade_id: wrong_value(tests[i.grade_id], keys[i.grade_id]) for i in items}
    return {i.answer_id: f"{i.variable} = {values[i.grade_id]}" for i in items}


def attack_notebooks(
    source: nbformat.NotebookNode, release: nbformat.NotebookNode, keys: dict[str, Key]
) -> dict[str, tuple[nbformat.NotebookNode, float]]:
    """Each attacker's notebook and the autograded score a correct grader gives it."""
    items = graded_items(source)
    wrong = wrong_answers(source, keys)
    first = items[0].answer_id
    students = {
        name: (fill(release, {**wrong, first: f"{attack_code(name)}\n{wrong[first]}"}), 0.0)
        for name in ALL_WRONG
    }
    last = items[-1]
    looped = fill(solved(source, release), {last.answer_id: attack_code(LOOP)})
    students[LOOP] = (looped, sum(i.points for i in items) - last.points)
    return students


def submit_links(course: Path, assignment: str) -> Path:
    """Submit, as :data:`LINKED`, links to the instructor's solved notebook and to the key file.

    ``nbgrader collect`` copies a link in the exchange as the file it points to, read with the
    instructor's rights; here the links themselves reach ``submitted/``. Return the key link.
    """
    folder = course / "submitted" / LINKED / assignment
    folder.mkdir(parents=True)
    notebook = f"{assignment}.ipynb"
    (folder / notebook).symlink_to(course / "source" / assignment / notebook)
    (folder / "key.json").symlink_to(course / "keys" / f"{assignment}.json")
    return folder / "key.json"
