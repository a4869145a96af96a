"""The plot theme: palette, titles and unit-bearing axes."""

import re
from pathlib import Path

import plotly.graph_objects as go
import pytest

import course
from course.plots import COLORWAY, OKABE_ITO, add_caption, axis_title, range_bar_chart, themed


def test_palette_is_okabe_ito():
    assert set(COLORWAY) == set(OKABE_ITO.values())
    assert COLORWAY[-1] == OKABE_ITO["yellow"]


HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")
# Modules that still write a colour literal, each to be moved to course.palette.
LITERALS_LEFT: set[str] = set()


def colour_literals() -> dict[str, list[str]]:
    """Module (relative to course/) -> the hex colours written in it, outside course.palette."""
    root = Path(course.__file__).parent
    found = {
        path.relative_to(root).as_posix(): HEX.findall(path.read_text())
        for path in root.rglob("*.py")
        if path.name != "palette.py"
    }
    return {module: colours for module, colours in found.items() if colours}


def test_colours_come_only_from_the_palette():
    assert set(colour_literals()) == LITERALS_LEFT


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
