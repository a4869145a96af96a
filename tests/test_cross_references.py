"""Every "lesson NN" reference in a notebook's Markdown points to a lesson that teaches the topic
named just before it (the map of topics to lessons is ``course.topics``)."""

import nbformat
import pytest

from course.topics import TOPICS, nearest_topic, reference_problems, references

from .conftest import NOTEBOOKS

LESSONS = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_every_reference_points_to_a_lesson_that_teaches_its_topic(path):
    nb = nbformat.read(path, as_version=4)
    found = [
        f"cell {i}: {problem}"
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "markdown"
        for problem in reference_problems(cell.source)
    ]
    assert found == []


def test_the_map_names_only_lessons_that_exist():
    existing = {p.name[:2] for p in LESSONS}
    assert {n for lessons in TOPICS.values() for n in lessons} <= existing


@pytest.mark.parametrize(
    "text",
    [
        "In hypercalcaemia, supplements are stopped and the calcium treated first (lesson 05).",
        "Chemotherapy and bone-seeking radiopharmaceuticals (Lesson 06) depress the marrow.",
        "Estimated with the Cockcroft–Gault formula from lesson 04.",
        "Prerequisites: lessons 01–03 (remodelling) and the Mirels score (lessons 04 and 05).",
    ],
)
def test_a_reference_to_the_wrong_lesson_is_caught(text):
    assert len(reference_problems(text)) == 1


def test_references_read_ranges_lists_and_links():
    text = "See [Lesson 01](a.ipynb) (the Komarova model) and [lesson 02](b.ipynb); lessons 04–06."
    refs = references(text)
    assert [r.lessons for r in refs] == [("01",), ("02",), ("04", "05", "06")]
    assert refs[0].topic is None and refs[1].topic is None
    assert nearest_topic("denosumab, then radiotherapy") == nearest_topic("radiotherapy")
    assert reference_problems(text) == []
