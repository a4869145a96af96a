"""The vicious-cycle step-through: one step per arrow, each lighting exactly that arrow and showing
its text, and every hover explanation of the diagram reachable without a mouse."""

from html import escape

import pytest

from course.plots.cycle import (
    ARROWS,
    DRUGS,
    LIT_WIDTH,
    cycle_steps,
    highlight_layout,
    step_html,
    vicious_cycle_diagram,
)
from course.widgets.cycle import cycle_step_app


def lit_arrows(fig) -> list[str]:
    """Names of the diagram's cycle arrows drawn lit (opaque and thick)."""
    return [
        a.name
        for a in fig.layout.annotations
        if (a.name or "").startswith("arrow:") and a.opacity == 1 and a.arrowwidth == LIT_WIDTH
    ]


def arrow_names(fig) -> list[str]:
    return [a.name for a in fig.layout.annotations if (a.name or "").startswith("arrow:")]


def test_there_is_one_step_per_arrow_drawn():
    fig = vicious_cycle_diagram()
    assert len(cycle_steps()) == len(arrow_names(fig)) == len(ARROWS) == 11
    assert lit_arrows(fig) == []  # the plain diagram lights nothing


def test_next_lights_each_arrow_once_in_turn_and_shows_its_text():
    app = cycle_step_app()
    seen = []
    for k, step in enumerate(app.steps):
        start, end = step.arrow
        assert lit_arrows(app.figure()) == [f"arrow:{start}>{end}"], f"step {k + 1}"
        assert f"Step {k + 1} of {len(ARROWS)}" in app.text.value
        assert escape(step.title) in app.text.value
        for text in step.explanations:
            assert escape(text) in app.text.value
        seen.append(step.arrow)
        app.next.click()
    assert seen == list(ARROWS)
    assert app.index == 0, "Next on the last step goes back to the first"
    app.previous.click()
    assert lit_arrows(app.figure()) == ["arrow:{}>{}".format(*ARROWS[-1])]


@pytest.mark.parametrize("drugs", [("denosumab", "bisphosphonate"), tuple(DRUGS)])
def test_every_hover_text_of_the_diagram_is_in_some_step(drugs):
    fig = vicious_cycle_diagram(drugs=drugs)
    hover = [text for trace in fig.data for text in trace.hovertext]
    assert len(hover) == 10 + len(drugs)  # the boxes, then the drugs shown
    steps = cycle_steps(drugs)
    shown = " ".join(step_html(steps, k) for k in range(len(steps)))
    assert [h for h in hover if escape(h) not in shown] == []


def test_a_drug_is_told_at_the_arrow_it_blocks_and_only_when_shown():
    steps = {s.arrow: s for s in cycle_steps(tuple(DRUGS))}
    assert steps[("rankl", "osteoclasts")].drugs == ("denosumab",)
    assert steps[("osteoblasts", "new_bone")].drugs == ("radium-223",)
    assert "radium-223" not in {d for s in cycle_steps() for d in s.drugs}


def test_a_step_out_of_range_is_refused_with_the_allowed_range():
    with pytest.raises(ValueError, match="step must be between 0 and 10"):
        step_html(cycle_steps(), 11)
    with pytest.raises(ValueError, match="step must be between 0 and 10"):
        highlight_layout(vicious_cycle_diagram(), -1)
    with pytest.raises(ValueError, match="drugs must be among"):
        cycle_steps(("aspirin",))
