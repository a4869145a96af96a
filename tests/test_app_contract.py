"""The contract every app of the course keeps (:class:`course.widgets.app.App`), checked on each
registered app, so a new app is covered without being listed here:

- no figure update is sent before the app is displayed;
- every control has a label;
- a bad value shows the error notice and leaves the figures as they were;
- a move updates the same FigureWidget in place, in at most one message per figure, with no
  layout write when the layout does not change, no placeholder for a trace's value, and traces
  equal to the figure computed afresh for the new values.
"""

import math

import ipywidgets
import plotly.graph_objects as go
import pytest
from plotly.basedatatypes import Undefined
from plotly.basewidget import BaseFigureWidget

from course.widgets.app import App, CheckboxGroup, registered_apps

APPS = registered_apps()
BAD = {ipywidgets.FloatText: -1.0e6, ipywidgets.Text: "not a finding"}
"""Values refused by the calculators behind a typed control (negative or unknown input)."""


@pytest.fixture
def sent(monkeypatch) -> list[dict]:
    """Every message a FigureWidget sends: which figure, its restyle and relayout (other kinds,
    such as added traces, are recorded with neither)."""
    messages: list[dict] = []

    def update(self, restyle_data, relayout_data, trace_indexes=None, **kwargs):
        messages.append({"figure": self, "restyle": restyle_data, "relayout": relayout_data})

    def restyle(self, restyle_data, trace_indexes=None, **kwargs):
        messages.append({"figure": self, "restyle": restyle_data, "relayout": None})

    def relayout(self, layout_data, **kwargs):
        messages.append({"figure": self, "restyle": None, "relayout": layout_data})

    def other(self, *args, **kwargs):
        messages.append({"figure": self, "restyle": None, "relayout": {"other": args}})

    recorders = {"update": update, "restyle": restyle, "relayout": relayout}
    for kind in ("update", "restyle", "relayout", "addTraces", "deleteTraces", "moveTraces"):
        monkeypatch.setattr(BaseFigureWidget, f"_send_{kind}_msg", recorders.get(kind, other))
    return messages


def moves(control: ipywidgets.Widget) -> list[object]:
    """Other valid values for ``control``: a step each way, each other option, the other state."""
    if isinstance(control, CheckboxGroup):
        return [control.options[:1], control.options[:2], ()]
    if isinstance(control, ipywidgets.FloatSlider | ipywidgets.IntSlider):
        up = min(control.value + control.step, control.max)
        down = max(control.value - control.step, control.min)
        return [v for v in (up, down) if v != control.value]
    if isinstance(control, ipywidgets.Checkbox):
        return [not control.value, control.value]
    if hasattr(control, "options"):
        values = [o[1] if isinstance(o, tuple) else o for o in control.options]
        return [v for v in values if v != control.value] + [control.value]
    return []  # typed values: covered by the bad-value check


def arrays(figure: go.Figure) -> list[dict]:
    """Each trace's drawn arrays (x, y, text, base) as plain lists."""
    traces = [t.to_plotly_json() for t in figure.data]
    return [
        {k: list(t[k]) for k in ("x", "y", "text", "base") if hasattr(t.get(k), "__len__")
         and not isinstance(t[k], str)}
        for t in traces
    ]  # fmt: skip


def same(a: list, b: list) -> bool:
    if len(a) != len(b):
        return False
    return all(
        math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)
        if isinstance(x, int | float) and isinstance(y, int | float)
        else x == y
        for x, y in zip(a, b, strict=True)
    )


def assert_equal_figures(shown: go.Figure, fresh: go.Figure, where: str) -> None:
    for i, (drawn, computed) in enumerate(zip(arrays(shown), arrays(fresh), strict=True)):
        assert drawn.keys() == computed.keys(), f"{where}, trace {i}: {drawn.keys()}"
        for key in drawn:
            assert same(drawn[key], computed[key]), f"{where}, trace {i}: {key} differs"


def test_the_registry_holds_every_app_of_the_course():
    assert {"TriageApp", "BayesApp", "RemodellingApp", "ViciousCycleApp", "SurgeryBalanceApp",
            "FractureApp", "LungTimelineApp"} <= set(APPS)  # fmt: skip
    assert all(issubclass(app, App) and not name.startswith("_") for name, app in APPS.items())


@pytest.mark.parametrize("name", sorted(APPS))
def test_nothing_is_sent_before_display_and_every_control_is_labelled(name, sent):
    app = APPS[name]()
    assert sent == [], "a figure update went out before the app could be shown"
    assert all(isinstance(f, go.FigureWidget) for f in app.figures)
    assert app.message.value, "no status line for the first state"
    for key, control in app.controls.items():
        assert control.description.strip(), f"control {key!r} has no label"
        for box in getattr(control, "boxes", {}).values():
            assert box.description.strip(), f"a checkbox of {key!r} has no label"


@pytest.mark.parametrize("name", sorted(APPS))
def test_a_bad_value_shows_the_notice_and_keeps_the_figures(name, sent, monkeypatch):
    app = APPS[name]()
    before = [arrays(f) for f in app.figures]
    for control in app.controls.values():  # typed values, until one is refused
        if type(control) in BAD and "Check the input" not in app.message.value:
            control.value = BAD[type(control)]
    if "Check the input" not in app.message.value:  # every value here is valid: refuse one
        monkeypatch.setattr(app, "compute", lambda values: (_ for _ in ()).throw(ValueError("x")))
        app.refresh()
    assert "Check the input" in app.message.value, app.message.value
    assert [arrays(f) for f in app.figures] == before
    assert sent == []


@pytest.mark.parametrize("name", sorted(APPS))
def test_every_move_updates_the_figures_in_place_as_computed(name, sent):
    app = APPS[name]()
    shown = list(app.figures)
    initial = [go.Figure(f) for f in shown]  # the first state, as plain figures
    for key, control in app.controls.items():
        for value in moves(control):
            where = f"{name}: {key} = {value!r}"
            layouts = [f.layout.to_plotly_json() for f in shown]
            sent.clear()
            control.value = value
            assert "Check the input" not in app.message.value, f"{where}: {app.message.value}"
            assert len(app.figures) == len(shown)
            assert all(a is b for a, b in zip(app.figures, shown, strict=True)), where
            fresh = [go.Figure(f) for f in initial]
            fill, html = app.compute(app.values())
            fill(fresh)
            assert html == app.message.value, where
            for i, (figure, computed) in enumerate(zip(shown, fresh, strict=True)):
                assert_equal_figures(figure, computed, f"{where}, figure {i}")
                mine = [m for m in sent if m["figure"] is figure]
                changed = figure.layout.to_plotly_json() != layouts[i]
                assert len(mine) <= 1 + changed, f"{where}: {len(mine)} messages"
                if not changed:
                    assert all(not m["relayout"] for m in mine), f"{where}: layout rewritten"
                for m in mine:
                    for prop, values in (m["restyle"] or {}).items():
                        assert not any(v is Undefined for v in values), f"{where}: {prop}"
