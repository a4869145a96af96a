"""The remodelling apps: moving a control refills the same FigureWidget in place; a bad
combination shows a message instead of a traceback and leaves the plot as it was.

Each test gets its own app (the tests move its controls), so no test depends on another's moves.
"""

from dataclasses import replace

import numpy as np
import plotly.graph_objects as go
import pytest

from course.plots.remodeling import thinned
from course.remodeling import (
    KOMAROVA_2003,
    KOMAROVA_2003_CYCLING,
    Therapy,
    lesion,
    simulate,
)
from course.widgets.remodeling import remodelling_app, vicious_cycle_app


@pytest.fixture
def cycle_app():
    return vicious_cycle_app()


@pytest.fixture
def remodel_app():
    return remodelling_app()


def test_vicious_cycle_controls_are_labelled(cycle_app):
    assert set(cycle_app.controls) == {"lesion", "rho", "therapy", "start_day", "strength", "years"}
    for control in cycle_app.controls.values():
        assert control.description
    assert "course-vicious-cycle-app" in cycle_app.widget._dom_classes
    assert isinstance(cycle_app.figure, go.FigureWidget)


def test_moving_strength_draws_the_simulated_bone_mass_in_place(cycle_app):
    figure = cycle_app.figure
    cycle_app.controls["therapy"].value = "denosumab"
    cycle_app.controls["strength"].value = 2.0
    values = {name: control.value for name, control in cycle_app.controls.items()}
    therapy = Therapy("denosumab", float(values["start_day"]), 2.0)
    tumour = lesion(values["lesion"], rho=float(values["rho"]))
    run = simulate(KOMAROVA_2003_CYCLING, 365.0 * values["years"], tumour=tumour, therapy=therapy)
    assert cycle_app.figure is figure
    assert figure.data[2].x[-1] == pytest.approx(run.day.iloc[-1])
    assert figure.data[2].y[-1] == pytest.approx(run.bone_mass.iloc[-1])
    assert f"Bone mass at the end: <b>{run.bone_mass.iloc[-1]:.1f} %</b>" in cycle_app.message.value


def test_therapy_start_moves_the_shading(cycle_app):
    cycle_app.controls["therapy"].value = "denosumab"
    cycle_app.controls["start_day"].value = 1000
    assert {s.x0 for s in cycle_app.figure.layout.shapes} == {1000}


def test_no_therapy_hides_the_reference_curve(cycle_app):
    cycle_app.controls["therapy"].value = "none"
    assert len(cycle_app.figure.data[4].y) == 0
    cycle_app.controls["therapy"].value = "bisphosphonate"
    assert len(cycle_app.figure.data[4].y) == len(cycle_app.figure.data[2].y)


def test_therapy_after_the_end_shows_a_message_and_keeps_the_plot(cycle_app):
    cycle_app.controls["start_day"].value = 800
    before = list(cycle_app.figure.data[2].y)
    cycle_app.controls["years"].value = 2
    assert "Check the input" in cycle_app.message.value
    assert "must be before the end" in cycle_app.message.value
    assert list(cycle_app.figure.data[2].y) == before
    cycle_app.controls["years"].value = 10
    assert "Check the input" not in cycle_app.message.value


def test_remodelling_app_reports_regime_and_redraws(remodel_app):
    assert "damped" in remodel_app.message.value
    remodel_app.controls["g11"].value = 0.8
    run = simulate(replace(KOMAROVA_2003, g11=0.8), remodel_app.controls["days"].value)
    drawn = thinned(run)
    trajectory = remodel_app.figures[1].data[0]
    np.testing.assert_allclose(trajectory.x, drawn["osteoclasts"])
    np.testing.assert_allclose(trajectory.y, drawn["osteoblasts"])
    remodel_app.controls["preset"].value = "cycling (g11 = 1.1)"
    assert remodel_app.controls["g11"].value == pytest.approx(1.1)
    assert "sustained" in remodel_app.message.value


def test_remodelling_app_refuses_exponents_without_steady_state(remodel_app):
    remodel_app.controls["preset"].value = "standard (Komarova 2003)"
    remodel_app.controls["g11"].value = 1.2
    remodel_app.controls["g22"].value = 0.3
    before = list(remodel_app.figure.data[0].y)
    remodel_app.controls["g21"].value = -0.1
    assert "Check the input" in remodel_app.message.value and "gamma" in remodel_app.message.value
    assert list(remodel_app.figure.data[0].y) == before


def test_status_line_sits_under_the_controls(remodel_app):
    """A long status must not squeeze the controls (dropdown arrow, slider readouts)."""
    panel, message = remodel_app.widget.children[:2]
    assert message is remodel_app.message
    assert set(panel.children) == set(remodel_app.controls.values())
    assert panel.layout.flex == "0 0 auto"
    assert panel.layout.min_width == "480px"


def test_each_simulation_runs_once_per_move(monkeypatch):
    from course import remodeling as model

    app = vicious_cycle_app()
    runs = []
    simulate = model.simulate
    monkeypatch.setattr(model, "simulate", lambda *a, **k: runs.append(k) or simulate(*a, **k))
    app.controls["strength"].value = 1.3  # the treated run only: the untreated one is kept
    assert [bool(r.get("therapy")) for r in runs] == [True]
    runs.clear()
    app.controls["rho"].value = 0.7  # a new tumour: treated and untreated, once each
    assert sorted(bool(r.get("therapy")) for r in runs) == [False, True]
