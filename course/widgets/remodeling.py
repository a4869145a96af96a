"""Apps of the remodelling lessons: the remodelling cycle (lesson 01) and the vicious cycle
(lesson 03).

Each app is an :class:`~course.widgets.app.App` wiring labelled controls to
:func:`course.remodeling.simulate`. A ``ValueError`` (for example exponents without a steady
state, or a therapy that starts after the simulation ends) is shown in ``app.message`` and the
figures keep their last valid state.
"""

from dataclasses import replace
from functools import lru_cache

import plotly.graph_objects as go

from .. import remodeling as model
from ..plots.remodeling import fill_phase_plane, fill_time_course, phase_plane, time_course
from .app import App, Fill, dropdown, slider

__all__ = ["RemodellingApp", "ViciousCycleApp", "remodelling_app", "vicious_cycle_app"]

PRESETS: dict[str, model.Parameters] = {
    "standard (Komarova 2003)": model.KOMAROVA_2003,
    "cycling (g11 = 1.1)": model.KOMAROVA_2003_CYCLING,
}


class RemodellingApp(App):
    """Lesson 01: move the autocrine (g11, g22) and paracrine (g12, g21) exponents and watch
    one remodelling cycle in time and in the osteoclast–osteoblast phase plane."""

    css_class = "course-remodelling-app"

    def __init__(self) -> None:
        p = model.KOMAROVA_2003
        controls = {
            "preset": dropdown("Parameter set", PRESETS),
            "g11": slider("g11 osteoclast autocrine", p.g11, 0.3, 1.2, 0.01),
            "g22": slider("g22 osteoblast autocrine", p.g22, -0.3, 0.3, 0.01),
            "g12": slider("g12 osteoclast → osteoblast", p.g12, 0.5, 1.5, 0.01),
            "g21": slider("g21 osteoblast → osteoclast", p.g21, -1.0, -0.1, 0.01),
            "days": slider("Days simulated", 1000, 200, 3000, 100, readout_format=".0f"),
        }
        run = model.simulate(p, 1000)
        figures = [
            time_course(run, title="One remodelling site over time"),
            phase_plane(run, model.steady_state(p)),
        ]
        super().__init__(controls, figures)

    def adjust(self, name: str, value: object) -> None:
        """A preset sets the four exponents (one redraw for all of them)."""
        if name == "preset":
            for g in ("g11", "g12", "g21", "g22"):
                self.controls[g].value = getattr(PRESETS[value], g)

    def parameters(self, values: dict | None = None) -> model.Parameters:
        """The parameter set chosen by the controls (a ``ValueError`` if invalid)."""
        v = self.values() if values is None else values
        exponents = {k: float(v[k]) for k in ("g11", "g12", "g21", "g22")}
        return replace(PRESETS[v["preset"]], **exponents)

    def compute(self, values: dict) -> tuple[Fill, str]:
        params = self.parameters(values)
        run = model.simulate(params, values["days"])
        steady = model.steady_state(params)
        regime = model.stability(params)

        def fill(figures: list[go.Figure]) -> None:
            fill_time_course(figures[0], run)
            fill_phase_plane(figures[1], run, steady)

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


class ViciousCycleApp(App):
    """Lesson 03: grow a tumour in bone (Ayati 2010 on the cycling Komarova set), add the
    course's resorption feedback ρ, and start a drug on a chosen day. The dashed curve is the
    same tumour without therapy. Lesion presets, ρ and the drugs other than the proteasome
    inhibitor are teaching assumptions (see :mod:`course.remodeling`)."""

    css_class = "course-vicious-cycle-app"

    def __init__(self) -> None:
        controls = {
            "lesion": dropdown("Lesion type", model.LESIONS, "osteolytic"),
            "rho": slider("Feedback ρ (bone → tumour)", 0.0, 0.0, 3.0, 0.1),
            "therapy": dropdown("Therapy", ["none", *model.THERAPY_KINDS], "bisphosphonate"),
            "start_day": slider("Therapy start day", 600, 0, 3000, 50, readout_format=".0f"),
            "strength": slider("Therapy strength", 1.0, 0.0, 2.0, 0.1),
            "years": slider("Years simulated", 10, 1, 10, 1, readout_format=".0f"),
        }
        for name, control in controls.items():
            control.add_class(f"course-control-{name}")
        start = _untreated(model.lesion("osteolytic"), 3650.0)
        title = "A tumour in bone: cells, bone mass and tumour over time"
        super().__init__(controls, [time_course(start, title=title)])

    @staticmethod
    def _runs(values: dict) -> tuple:
        """(run, untreated reference or None, therapy or None): each simulated once (the
        untreated run is cached, so a therapy control's move simulates only the treated one)."""
        tumour = model.lesion(values["lesion"], rho=float(values["rho"]))
        days = 365.0 * round(values["years"])
        kind = values["therapy"]
        if kind == "none":
            return _untreated(tumour, days), None, None
        therapy = model.Therapy(kind, float(values["start_day"]), float(values["strength"]))
        treated = model.simulate(model.KOMAROVA_2003_CYCLING, days, tumour=tumour, therapy=therapy)
        return treated, _untreated(tumour, days), therapy

    def compute(self, values: dict) -> tuple[Fill, str]:
        run, reference, therapy = self._runs(values)
        day = None if therapy is None else therapy.start_day

        def fill(figures: list[go.Figure]) -> None:
            fill_time_course(figures[0], run, therapy_day=day, reference=reference)

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
