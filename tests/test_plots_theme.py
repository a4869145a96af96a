"""The plot theme: palette, titles and unit-bearing axes."""

import plotly.graph_objects as go
import pytest

from course.plots import COLORWAY, OKABE_ITO, add_caption, axis_title, range_bar_chart, themed


def test_palette_is_okabe_ito():
    assert set(COLORWAY) == set(OKABE_ITO.values())
    assert COLORWAY[-1] == OKABE_ITO["yellow"]


def test_axis_title_requires_unit():
    assert axis_title("Bone mass", "%") == "Bone mass (%)"
    with pytest.raises(ValueError):
        axis_title("Bone mass", " ")


def test_themed_sets_title_axes_and_palette():
    fig = themed(go.Figure(go.Scatter(x=[0, 1], y=[1, 2])), "T", ("Time", "days"), ("Mass", "%"))
    assert fig.layout.title.text == "T"
    assert fig.layout.xaxis.title.text == "Time (days)"
    assert fig.layout.yaxis.title.text == "Mass (%)"
    assert tuple(fig.layout.template.layout.colorway) == COLORWAY


def test_range_bar_chart_draws_ranges_with_caption():
    fig = range_bar_chart(["A", "B"], [1, 5], [3, 5], "Ranges", ("Share", "%"), "Source: X")
    bars = fig.data[0]
    assert list(bars.base) == [1, 5] and list(bars.x) == [2, 0]
    assert list(fig.data[1].y) == ["B"]  # the single figure is drawn as a marker
    assert fig.layout.annotations[0].text == "Source: X"


@pytest.mark.parametrize(("low", "high"), [([1, 2], [3]), ([4], [3])])
def test_range_bar_chart_refuses_bad_ranges(low, high):
    with pytest.raises(ValueError):
        range_bar_chart(["A"] * len(low), low, high, "t", ("x", "%"), "s")


def test_caption_keeps_a_larger_bottom_margin():
    fig = go.Figure().update_layout(margin={"b": 200})
    assert add_caption(fig, "Source: X").layout.margin.b == 200
    assert add_caption(go.Figure(), "Source: X").layout.margin.b == 110
