"""The atlas as learners see it: every schematic marked as one, its unlabelled version without
the words that answer its question, its question with the correct option spread over the
positions, and lesson 11 showing each schematic with its question and no answer."""

from collections import Counter

import ipywidgets as widgets
import nbformat
import pytest

from course.plots.atlas import ATLAS, MARKER
from course.widgets.atlas import ATLAS_KEYS, atlas_figure, atlas_question

from .conftest import NOTEBOOKS

LESSON = NOTEBOOKS / "11_reading_the_images.ipynb"


def _texts(fig):
    return [a.text or "" for a in fig.layout.annotations] + [fig.layout.title.text or ""]


@pytest.mark.parametrize("entry", ATLAS, ids=lambda e: e.key)
def test_unlabelled_schematic_is_marked_and_gives_nothing_away(entry):
    labelled, bare = atlas_figure(entry.key), atlas_figure(entry.key, labelled=False)
    assert any(MARKER in t for t in _texts(labelled)) and any(MARKER in t for t in _texts(bare))
    assert len(bare.layout.annotations) < len(labelled.layout.annotations)
    labels = [a for a in bare.layout.annotations if MARKER not in a.text]
    assert all(a.showarrow is False for a in labels)
    answer = next(text for text, correct, _ in entry.question.options if correct)
    words = answer.split(" (")[0].lower()
    assert not any(words in t.lower() for t in _texts(bare)), words
    assert len(bare.data) == len(labelled.data)  # the drawing itself is unchanged


def test_correct_option_is_spread_over_positions_for_each_learner():
    for learner in ("ada", "grace", "student-7f3a"):
        positions = Counter(
            [o.correct for o in atlas_question(key, learner).options].index(True)
            for key in ATLAS_KEYS
        )
        assert max(positions.values()) - min(positions.values()) <= 1, positions
        assert len(positions) == 3


def test_question_keeps_every_option_and_explanation():
    for entry in ATLAS:
        shown = atlas_question(entry.key, "ada").options
        assert sorted((o.text, o.correct, o.explanation) for o in shown) == sorted(
            entry.question.options
        )


def test_unknown_key_is_a_message_naming_the_keys():
    for shown in (atlas_figure("xray"), atlas_question("xray")):
        assert isinstance(shown, widgets.HTML)
        assert "'xray'" in shown.value.replace("&#x27;", "'") and "lytic" in shown.value


def test_lesson_11_shows_each_schematic_with_its_question_and_no_answer():
    nb = nbformat.read(LESSON, as_version=4)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    for key in ATLAS_KEYS:
        assert f'atlas_figure("{key}", labelled=False)' in code
        assert f'atlas_question("{key}")' in code
        assert f'atlas_figure("{key}")' in code
    visible = "\n".join(c.source for c in nb.cells).lower()
    for entry in ATLAS:
        for text, correct, explanation in entry.question.options:
            if correct:
                assert explanation.lower() not in visible, text
    assert "schematic, not a radiograph" in visible
