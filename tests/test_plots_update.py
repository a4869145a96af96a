"""In-place figure updates (course.plots.update): no update message may carry plotly's placeholder
for a trace's value (the browser's model would store it instead of the array). Every app's use of
them is checked by tests/test_app_contract.py."""

import numpy as np
import plotly.graph_objects as go
import pytest
from plotly.basedatatypes import Undefined
from plotly.basewidget import BaseFigureWidget

from course.plots.update import refill, update_figure, wire


def two_traces() -> go.FigureWidget:
    fig = go.Figure()
    fig.add_scatter(x=[0.0, 1.0, 2.0], y=[1.0, 2.0, 3.0], name="a")
    fig.add_scatter(x=[], y=[], name="b")
    return go.FigureWidget(fig)


@pytest.fixture
def sent(monkeypatch) -> list[dict]:
    """The restyle data of every update message a FigureWidget sends."""
    messages: list[dict] = []

    def record(self, restyle_data, relayout_data, trace_indexes=None, **kwargs):
        messages.append({"restyle": restyle_data, "relayout": relayout_data})

    monkeypatch.setattr(BaseFigureWidget, "_send_update_msg", record)
    return messages


def placeholders(messages: list[dict]) -> list[str]:
    return [
        key
        for m in messages
        for key, values in (m["restyle"] or {}).items()
        if isinstance(values, list) and any(v is Undefined for v in values)
    ]


def test_batch_update_sends_placeholders_for_unchanged_traces(sent):
    """The cause, pinned: plotly's batch_update pads with Undefined (if this fails, plotly
    changed and update_figure may be simplified)."""
    fig = two_traces()
    with fig.batch_update():
        fig.data[0].y = [3.0, 2.0, 1.0]
        fig.data[1].x, fig.data[1].y = [0.0], [5.0]
    assert placeholders(sent) == ["x"]


def test_update_figure_sends_every_listed_trace_its_value(sent):
    fig = two_traces()
    update_figure(fig, {0: {"y": [3.0, 2.0, 1.0]}, 1: {"x": [0.0], "y": [5.0]}})
    assert placeholders(sent) == []
    (message,) = sent
    assert [list(v) for v in message["restyle"]["x"]] == [[0.0, 1.0, 2.0], [0.0]]
    assert [list(v) for v in message["restyle"]["y"]] == [[3.0, 2.0, 1.0], [5.0]]
    assert list(fig.data[1].y) == [5.0]


def test_update_figure_sends_only_what_changes(sent):
    fig = two_traces()
    update_figure(fig, {0: {"x": [0.0, 1.0, 2.0], "y": [1.0, 2.0, 9.0]}}, {"title.text": "t"})
    assert set(sent[0]["restyle"]) == {"y"} and sent[0]["relayout"] == {"title.text": "t"}
    update_figure(fig, {0: {"y": [1.0, 2.0, 9.0]}}, {"title.text": "t"})
    assert len(sent) == 1


def test_update_figure_refuses_a_missing_trace():
    with pytest.raises(ValueError, match="trace indexes must be in 0..1"):
        update_figure(two_traces(), {2: {"y": [1.0]}})


def test_wire_sends_numbers_as_float64_and_text_as_lists():
    numbers = wire(np.arange(3))
    assert numbers.dtype == np.float64 and numbers.flags.c_contiguous
    assert wire(["a", "b"]) == ["a", "b"]
    assert wire([]) == []
    assert wire(3) == 3


def test_refill_copies_a_fresh_figure_with_another_number_of_annotations(sent):
    fig = two_traces()
    fig.add_annotation(text="crossing", x=1, y=1)
    fig.add_annotation(text="caption", x=0, y=0)
    fresh = go.Figure(fig)
    fresh.data[0].y, fresh.data[1].line.width = [9.0, 8.0, 7.0], 4
    fresh.layout.annotations = [fresh.layout.annotations[1]]
    refill(fig, fresh)
    assert list(fig.data[0].y) == [9.0, 8.0, 7.0] and fig.data[1].line.width == 4
    assert [a.text for a in fig.layout.annotations] == ["caption"]
    assert placeholders(sent) == [] and len(sent) == 2  # the traces, then the annotations
    refill(fig, fresh)
    assert len(sent) == 2  # nothing changed: nothing sent
