"""Interactive apps for the management lessons: Mirels and SINS calculators (with their
uncertainty), zoledronic acid renal dosing from Cockcroft–Gault, the radiopharmaceutical and
thermal-ablation checkers, and the lung-cancer treatment-line timeline.

Each app exposes ``controls`` (name -> widget), ``message`` (an ``ipywidgets.HTML``), ``figure``
(a plotly ``FigureWidget``, updated in place through :class:`course.widgets.DrawQueue`;
``None`` for the checkers) and ``widget`` (the box to display). A ``ValueError`` from a
calculator becomes a visible message, never a traceback.
"""

from collections.abc import Callable
from html import escape

import ipywidgets as widgets
import plotly.graph_objects as go

from ..clinical import (
    ablation_eligibility,
    allowed_values,
    cockcroft_gault,
    mirels_score,
    radiopharmaceutical_eligibility,
    sins_score,
    zoledronic_acid_dose,
)
from ..facts import fact
from ..plots.management import (
    EGFR_FIRST_LINES,
    LUNG_DRIVERS,
    lung_timeline_figure,
    lung_treatment_lines,
    mirels_figure,
    renal_dose_figure,
    sins_figure,
    timeline_geometry,
)
from . import DrawQueue

__all__ = [
    "AblationApp",
    "LungTimelineApp",
    "MirelsApp",
    "RadiopharmaceuticalApp",
    "RenalDoseApp",
    "SinsApp",
]

WIDE = {"description_width": "190px"}
LAYOUT = widgets.Layout(width="440px")


def _dropdown(label: str, options: tuple[str, ...], value: str | None = None) -> widgets.Dropdown:
    return widgets.Dropdown(
        options=options, value=value or options[0], description=label, style=WIDE, layout=LAYOUT
    )


def _box(kind: str, html: str) -> str:
    colour = {"ok": "#009E73", "warn": "#E69F00", "stop": "#D55E00", "info": "#0072B2"}[kind]
    return f'<div style="border-left:4px solid {colour};padding:4px 10px">{html}</div>'


class _App:
    """Shared wiring: controls -> ``_update`` (which raises ``ValueError`` on bad input).

    A subclass sets ``figure`` to a plain ``go.Figure`` before calling ``__init__``; the first
    update draws on it, and only then is it wrapped in a ``FigureWidget``, so no change is sent
    before a front end shows it.
    """

    figure: go.FigureWidget | None = None

    def __init__(self, controls: dict[str, widgets.Widget], notes: str = "") -> None:
        self.controls = controls
        self.message = widgets.HTML()
        self.draw = DrawQueue()
        self._on_change()
        if self.figure is not None:
            self.figure = go.FigureWidget(self.figure)
        for control in controls.values():
            control.observe(self._on_change, names="value")
        parts: list[widgets.Widget] = [widgets.VBox(list(controls.values())), self.message]
        if self.figure is not None:
            parts.append(self.figure)
        if notes:
            parts.append(widgets.HTML(notes))
        self.widget = widgets.VBox(parts)

    def values(self) -> dict:
        """Current value of every control."""
        return {name: control.value for name, control in self.controls.items()}

    def _on_change(self, _change: dict | None = None) -> None:
        try:
            self.message.value = self._update(**self.values())
        except ValueError as error:
            self.draw.drop()
            self.message.value = _box("stop", f"<b>Cannot compute:</b> {escape(str(error))}")
            return
        self.draw.send()

    def _update(self, **values) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


class MirelsApp(_App):
    """Mirels calculator: the total, the risk the table supports, and both recommendations."""

    def __init__(self) -> None:
        self.figure = mirels_figure()
        controls = {
            c: _dropdown(c, allowed_values("mirels", c)) for c in ("site", "pain", "lesion", "size")
        }
        notes = (
            "<small><b>Limits.</b> Size is read on the plain radiograph; sources disagree whether "
            "it is a fraction of the cortex or of the bone diameter. Sensitivity is high and "
            "specificity low at ≥ 9 in long bones, and the humerus behaves differently: see the "
            "performance figure below.</small>"
        )
        super().__init__(controls, notes)

    def _update(self, **values) -> str:
        result = mirels_score(**values)
        marker = {"x": [result.total], "text": [f"this lesion: {result.total}"], "visible": True}
        self.draw(self.figure, {len(self.figure.data) - 1: marker})
        kind = "stop" if result.total >= 9 else "warn" if result.total == 8 else "ok"
        return _box(
            kind,
            (
                f"<b>Mirels total {result.total}</b> (site {result.points['site']}, pain "
                f"{result.points['pain']}, lesion {result.points['lesion']}, size "
                f"{result.points['size']}). Fracture risk {result.risk_text()} "
                f"({result.risk_kind}).<br>Commonly quoted table: <b>{result.recommendation}</b>. "
                f"Mirels' original abstract: <b>{result.original_recommendation}</b>."
            ),
        )


class SinsApp(_App):
    """SINS calculator: total, category and the surgical-referral rule."""

    def __init__(self) -> None:
        self.figure = sins_figure()
        names = ("location", "pain", "lesion", "alignment", "collapse", "posterolateral")
        defaults = {
            "location": "semirigid",
            "pain": "none",
            "lesion": "blastic",
            "alignment": "normal",
            "collapse": "none",
            "posterolateral": "none",
        }
        controls = {c: _dropdown(c, allowed_values("sins", c), defaults[c]) for c in names}
        sens, spec = fact("sins_sensitivity").value, fact("sins_specificity").value
        notes = (
            f"<small><b>Limits.</b> For 'potentially unstable or unstable' SINS had a sensitivity "
            f"of {sens:g} % and a specificity of {spec:g} % (Fourney et al. 2011, secondary "
            "evidence): it is built not to miss instability, so it refers many patients who will "
            "not need surgery. The middle band (7–12) is where surgeons disagree most.</small>"
        )
        super().__init__(controls, notes)

    def _update(self, **values) -> str:
        result = sins_score(**values)
        marker = {"x": [result.total], "text": [f"this spine: {result.total}"], "visible": True}
        self.draw(self.figure, {len(self.figure.data) - 1: marker})
        kind = {"stable": "ok", "potentially unstable": "warn", "unstable": "stop"}[result.category]
        referral = (
            "surgical consultation before radiotherapy"
            if result.surgical_referral
            else "no surgical referral needed for instability"
        )
        return _box(kind, f"<b>SINS {result.total}: {result.category}</b> → {referral}.")


class RenalDoseApp(_App):
    """Cockcroft–Gault clearance feeding the zoledronic acid renal dosing table."""

    def __init__(self) -> None:
        self.figure = renal_dose_figure()
        controls = {
            "age": widgets.IntSlider(
                value=68, min=18, max=100, description="age (years)", style=WIDE, layout=LAYOUT
            ),
            "weight_kg": widgets.FloatSlider(
                value=70,
                min=30,
                max=150,
                step=1,
                description="weight (kg)",
                style=WIDE,
                layout=LAYOUT,
            ),
            "creatinine": widgets.FloatText(
                value=1.0, step=0.1, description="serum creatinine", style=WIDE, layout=LAYOUT
            ),
            "unit": _dropdown("creatinine unit", ("mg/dL", "umol/L")),
            "sex": _dropdown("sex", ("male", "female")),
        }
        super().__init__(controls, "<small>Teaching example only: not a prescription.</small>")

    def _update(self, age, weight_kg, creatinine, unit, sex) -> str:
        clearance = cockcroft_gault(age, weight_kg, creatinine, sex, unit=unit)
        dose = zoledronic_acid_dose(clearance)
        marker = {"x": [min(clearance, 129)], "y": [dose or 0], "visible": True}
        self.draw(self.figure, {len(self.figure.data) - 1: marker})
        if dose is None:
            return _box(
                "stop",
                f"Creatinine clearance <b>{clearance:.0f} mL/min</b>: "
                "zoledronic acid <b>not recommended</b> (< 30 mL/min).",
            )
        return _box(
            "ok" if dose == 4.0 else "warn",
            f"Creatinine clearance <b>{clearance:.0f} mL/min</b> → table dose <b>{dose:g} mg</b>.",
        )


def _checkboxes(flags: dict[str, tuple[str, bool]]) -> dict[str, widgets.Widget]:
    """One labelled checkbox per ``name: (label, initial value)``."""
    return {
        name: widgets.Checkbox(value=value, description=label, style=WIDE, layout=LAYOUT)
        for name, (label, value) in flags.items()
    }


def _verdict_list(title: str, items: tuple[str, ...]) -> str:
    return f"<br>{title}: " + "; ".join(escape(i) for i in items) if items else ""


class RadiopharmaceuticalApp(_App):
    """Checks the textbook indications and contraindications for strontium/samarium."""

    def __init__(self) -> None:
        flags = {
            "refractory_bone_pain": ("pain refractory to analgesics", True),
            "positive_bone_scan": ("positive bone scan", True),
            "spinal_cord_compression": ("acute cord compression", False),
            "renal_failure": ("renal failure", False),
            "pregnant": ("pregnant", False),
            "breastfeeding": ("breastfeeding", False),
            "myelosuppression": ("myelosuppression", False),
        }
        controls = _checkboxes(flags)
        controls["life_expectancy_months"] = widgets.FloatSlider(
            value=6,
            min=0,
            max=24,
            step=0.5,
            description="life expectancy (months)",
            style=WIDE,
            layout=LAYOUT,
        )
        super().__init__(controls)

    def _update(self, **flags) -> str:
        check = radiopharmaceutical_eligibility(**flags)
        if check.eligible:
            return _box(
                "ok", "<b>Meets the textbook criteria</b> for strontium-89 or samarium-153."
            )
        return _box(
            "stop",
            "<b>Not eligible.</b>"
            + _verdict_list("Unmet indications", check.unmet_indications)
            + _verdict_list("Contraindications", check.contraindications),
        )


class AblationApp(_App):
    """Checks absolute and relative contraindications to thermal ablation."""

    def __init__(self) -> None:
        flags = {
            "tolerates_anaesthesia": ("tolerates anaesthesia", True),
            "correctable_bleeding_risk": ("bleeding risk correctable", True),
            "percutaneously_reachable": ("reachable percutaneously", True),
            "widespread_metastases": ("widespread metastases", False),
            "active_infection": ("active infection", False),
            "critical_structure_adjacent": ("next to a critical structure", False),
            "vertebral": ("vertebral lesion", True),
        }
        controls = _checkboxes(flags)
        controls["distance_to_neural_mm"] = widgets.FloatSlider(
            value=12,
            min=0,
            max=30,
            step=0.5,
            description="distance to cord/roots (mm)",
            style=WIDE,
            layout=LAYOUT,
        )
        super().__init__(controls)

    def _update(self, **values) -> str:
        check = ablation_eligibility(**values)
        kind = {"contraindicated": "stop", "caution": "warn"}.get(check.verdict, "ok")
        return _box(
            kind,
            f"<b>{check.verdict.capitalize()}.</b>"
            + _verdict_list("Absolute", check.absolute)
            + _verdict_list("Relative", check.relative),
        )


class LungTimelineApp(_App):
    """Schematic treatment lines for metastatic NSCLC by driver mutation."""

    def __init__(self) -> None:
        self.figure = lung_timeline_figure(lung_treatment_lines("egfr"))
        controls = {
            "driver": _dropdown("driver mutation", LUNG_DRIVERS),
            "first_line": _dropdown("EGFR first line", EGFR_FIRST_LINES),
            "t790m": widgets.Checkbox(
                value=False, description="T790M at resistance", style=WIDE, layout=LAYOUT
            ),
            "pdl1_high": widgets.Checkbox(
                value=False, description="PD-L1 high (no driver)", style=WIDE, layout=LAYOUT
            ),
        }
        super().__init__(controls)

    def _update(self, **values) -> str:
        lines = lung_treatment_lines(**values)
        geometry = timeline_geometry(lines)
        bars = {
            "base": geometry["base"],
            "x": geometry["x"],
            "y": geometry["y"],
            "marker.color": geometry["color"],
            "text": geometry["text"],
            "hovertext": geometry["hover"],
        }
        self.draw(self.figure, {0: bars, 1: {"x": [sum(geometry["x"])]}})
        return _box("info", " → ".join(escape(line.name) for line in lines))


def apps() -> dict[str, Callable[[], _App]]:
    """Every app of this module by name (used by tests and benchmarks)."""
    return {
        "mirels": MirelsApp,
        "sins": SinsApp,
        "renal": RenalDoseApp,
        "radiopharmaceutical": RadiopharmaceuticalApp,
        "ablation": AblationApp,
        "lung": LungTimelineApp,
    }
