"""The self-check question widget."""

import pytest
from ipywidgets import embed

from course.widgets import self_check

OPTIONS = (
    ("Osteoclasts", True, "They resorb bone."),
    ("Osteoblasts", False, "They form bone."),
    ("Osteocytes", False, "They sense load."),
)


def test_feedback_for_wrong_then_right():
    q = self_check("Which cell resorbs bone?", *OPTIONS)
    wrong = q.check(1)
    assert "Not quite" in wrong and "They form bone." in wrong and "They resorb" not in wrong
    right = q.check(0)
    assert "Correct" in right and "They form bone." in right and "They sense load." in right
    assert q.attempts == 2


def test_nothing_chosen_asks_for_a_choice():
    q = self_check("Q?", *OPTIONS)
    assert "Choose an answer" in q.check(None)
    assert q.attempts == 0


def test_button_click_shows_feedback():
    q = self_check("Q?", *OPTIONS)
    q.choice.value = 2
    q.button.click()
    assert "They sense load." in q.feedback.value


def test_answer_is_not_in_the_rendered_widget():
    q = self_check("Which cell resorbs bone?", *OPTIONS)
    state = str(embed.dependency_state(q))
    for _, _, explanation in OPTIONS:
        assert explanation not in state
    assert "Correct" not in state and q.choice.value is None


@pytest.mark.parametrize(
    "options",
    [
        (("A", True, "a"),),
        (("A", True, "a"), ("B", True, "b")),
        (("A", False, "a"), ("B", False, "b")),
        (("A", True, "a"), ("A", False, "b")),
        (("A", True, "a"), ("B", False, " ")),
    ],
)
def test_bad_questions_are_refused(options):
    with pytest.raises(ValueError):
        self_check("Q?", *options)


def test_out_of_range_index_is_refused():
    with pytest.raises(ValueError):
        self_check("Q?", *OPTIONS).check(3)


def test_emphasis_is_rendered_and_html_is_escaped():
    q = self_check("Q?", ("A", True, "It is *more* <b>so</b>."), ("B", False, "no"))
    html = q.check(0)
    assert "<em>more</em>" in html and "&lt;b&gt;so&lt;/b&gt;" in html


def test_long_options_wrap():
    q = self_check("Q?", *OPTIONS)
    assert "course-selfcheck" in q._dom_classes
    assert "white-space:normal" in q.children[0].value
