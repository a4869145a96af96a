"""Apps of the remodelling lessons: the remodelling cycle (lesson 01) and the vicious cycle
(lesson 03).

Each app wires labelled ipywidgets controls to :func:`course.remodeling.simulate` and refills
plotly ``FigureWidget`` objects in place, one update per figure and move
(:func:`course.plots.update.update_figure`). A ``ValueError`` (for
example exponents without a steady state, or a therapy that starts after the simulation ends)
is shown in ``app.message`` and the figures keep their last valid state.
"""

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from html import escape

import ipywidgets as widgets
import plotly.graph_objects as go

from .. import remodeling as model
from ..plots.remodeling import fill_phase_plane, fill_time_course, phase_plane, time_course

__all__ = ["RemodellingApp", "ViciousCycleApp", "remodelling_app", "vicious_cycle_app"]

STYLE = {"description_width": "190px"}
LAYOUT = widgets.Layout(width="480px")
PRESETS: dict[str, model.Parameters] = {
    "standard (Komarova 2003)": model.KOMAROVA_2003,
    "cycling (g11 = 1.1)": model.KOMAROVA_2003_CYCLING,
}


def _slider(description: str, value: float, low: float, high: float, step: float, **kw):
    return widgets.FloatSlider(
        value=value, min=low, max=high, step=step, description=description, style=STYLE,
        layout=LAYOUT, continuous_update=True, **kw,
    )  # fmt: skip


def error_html(error: Exception) -> str:
    """The visible form of a refused input: a vermillion-bordered note with the reason."""
    return (
        '<div style="border-left:4px solid #D55E00;padding:4px 10px">'
        f"<b>Not possible:</b> {escape(str(error))}. The plot still shows the last valid "
        "settings.</div>"
    )


class _App:
    """Shared wiring: labelled controls, a message line, and an ``update`` that never raises.

    ``figures`` are plain ``go.Figure`` objects: the first update draws on them, and only then
    are they wrapped in ``FigureWidget``s, so nothing is sent to a front end before it shows
    the figures.
    """

    css_class = "course-app"

    def __init__(self, controls: dict[str, widgets.ValueWidget], figures: list[go.Figure]):
        self.controls = controls
        self.figures = figures
        self.message = widgets.HTML(value="")
        self.update()
        self.figures = [go.FigureWidget(figure) for figure in figures]
        self.figure = self.figures[0]
        for control in controls.values():
            control.observe(self._on_change, names="value")
        # Controls keep their width; the status line goes under them at full width, so a long
        # message can never squeeze the dropdowns (lost arrow) or the slider readouts.
        panel = widgets.VBox(
            list(controls.values()), layout=widgets.Layout(min_width="480px", flex="0 0 auto")
        )
        self.message.layout = widgets.Layout(width="100%")
        self.widget = widgets.VBox([panel, self.message, *self.figures])
        self.widget.add_class(self.css_class)

    def _on_change(self, _change: dict) -> None:
        self.update()

    def update(self) -> None:
        """Recompute from the controls and refill the figures; show a message on bad input."""
        try:
            fill, status = self.compute()
        except ValueError as error:
            self.message.value = error_html(error)
            return
        self.message.value = status  # first: the plots' redraw is the slower change
        for figure in self.figures:
            fill(figure)

    def compute(self) -> tuple[Callable[[go.Figure], None], str]:
        """Return a function that fills one figure, and the status line (HTML)."""
        raise NotImplementedError

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


class RemodellingApp(_App):
    """Lesson 01: move the autocrine (g11, g22) and paracrine (g12, g21) exponents and watch
    one remodelling cycle in time and in the osteoclast–osteoblast phase plane."""

    css_class = "course-remodelling-app"

    def __init__(self) -> None:
        p = model.KOMAROVA_2003
        controls = {
            "preset": widgets.Dropdown(
                options=list(PRESETS), description="Parameter set", style=STYLE, layout=LAYOUT
            ),
            "g11": _slider("g11 osteoclast autocrine", p.g11, 0.3, 1.2, 0.01),
            "g22": _slider("g22 osteoblast autocrine", p.g22, -0.3, 0.3, 0.01),
            "g12": _slider("g12 osteoclast → osteoblast", p.g12, 0.5, 1.5, 0.01),
            "g21": _slider("g21 osteoblast → osteoclast", p.g21, -1.0, -0.1, 0.01),
            "days": _slider("Days simulated", 1000, 200, 3000, 100, readout_format=".0f"),
        }
        run = model.simulate(p, 1000)
        figures = [
            time_course(run, title="One remodelling site over time"),
            phase_plane(run, model.steady_state(p)),
        ]
        super().__init__(controls, figures)
        controls["preset"].observe(self._on_preset, names="value")

    def _on_preset(self, change: dict) -> None:
        preset = PRESETS[change["new"]]
        for name in ("g11", "g12", "g21", "g22"):
            self.controls[name].value = getattr(preset, name)

    def parameters(self) -> model.Parameters:
        """The parameter set chosen by the controls (a ``ValueError`` if invalid)."""
        values = {k: float(self.controls[k].value) for k in ("g11", "g12", "g21", "g22")}
        return replace(PRESETS[self.controls["preset"].value], **values)

    def compute(self):
        params = self.parameters()
        run = model.simulate(params, self.controls["days"].value)
        steady = model.steady_state(params)
        regime = model.stability(params)

        def fill(figure: go.Figure) -> None:
            if figure is self.figures[0]:
                fill_time_course(figure, run)
            else:
                fill_phase_plane(figure, run, steady)

        trace = round(regime.trace, 4) + 0.0  # no "-0.0000" at the boundary
        status = (
            f"Steady state: C̄ = {steady[0]:.3g} osteoclasts, B̄ = {steady[1]:.4g} osteoblasts."
            f"<br>Trace Ψ = {trace:+.4f} /day: <b>{regime.regime}</b> cycles "
            f"(the boundary is g11* = {model.critical_g11(params):.3f})."
            f"<br>Bone mass at the end: {run.bone_mass.iloc[-1]:.2f} %."
        )
        return fill, status


@lru_cache(maxsize=64)
def _untreated(tumour: model.TumourParameters, days: float):
    return model.simulate(model.KOMAROVA_2003_CYCLING, days, tumour=tumour)


class ViciousCycleApp(_App):
    """Lesson 03: grow a tumour in bone (Ayati 2010 on the cycling Komarova set), add the
    course's resorption feedback ρ, and start a drug on a chosen day. The dashed curve is the
    same tumour without therapy. Lesion presets, ρ and the drugs other than the proteasome
    inhibitor are teaching assumptions (see :mod:`course.remodeling`)."""

    css_class = "course-vicious-cycle-app"

    def __init__(self) -> None:
        controls = {
            "lesion": widgets.Dropdown(
                options=list(model.LESIONS), value="osteolytic", description="Lesion type",
                style=STYLE, layout=LAYOUT,
            ),
            "rho": _slider("Feedback ρ (bone → tumour)", 0.0, 0.0, 3.0, 0.1),
            "therapy": widgets.Dropdown(
                options=["none", *model.THERAPY_KINDS], value="bisphosphonate",
                description="Therapy", style=STYLE, layout=LAYOUT,
            ),
            "start_day": _slider("Therapy start day", 600, 0, 3000, 50, readout_format=".0f"),
            "strength": _slider("Therapy strength", 1.0, 0.0, 2.0, 0.1),
            "years": _slider("Years simulated", 10, 1, 10, 1, readout_format=".0f"),
        }  # fmt: skip
        for name, control in controls.items():
            control.add_class(f"course-control-{name}")
        start = _untreated(model.lesion("osteolytic"), 3650.0)
        title = "A tumour in bone: cells, bone mass and tumour over time"
        super().__init__(controls, [time_course(start, title=title)])

    @staticmethod
    def _runs(controls: dict) -> tuple:
        tumour = model.lesion(controls["lesion"].value, rho=float(controls["rho"].value))
        days = 365.0 * round(controls["years"].value)
        kind = controls["therapy"].value
        if kind == "none":
            return _untreated(tumour, days), None, None
        therapy = model.Therapy(
            kind, float(controls["start_day"].value), float(controls["strength"].value)
        )
        treated = model.simulate(model.KOMAROVA_2003_CYCLING, days, tumour=tumour, therapy=therapy)
        return treated, _untreated(tumour, days), therapy

    def compute(self):
        run, reference, therapy = self._runs(self.controls)
        day = None if therapy is None else therapy.start_day

        def fill(figure: go.Figure) -> None:
            fill_time_course(figure, run, therapy_day=day, reference=reference)

        end = run.bone_mass.iloc[-1]
        status = f"Bone mass at the end: <b>{end:.1f} %</b>"
        if reference is not None:
            status += f" (no therapy: {reference.bone_mass.iloc[-1]:.1f} %)"
        status += f".<br>Tumour at the end: {run.tumour.iloc[-1]:.1f} % of its capacity."
        return fill, status


def remodelling_app() -> RemodellingApp:
    """Build the lesson-01 app (display it as the last expression of a cell)."""
    return RemodellingApp()


def vicious_cycle_app() -> ViciousCycleApp:
    """Build the lesson-03 app (display it as the last expression of a cell)."""
    return ViciousCycleApp()
