"""Interactive apps for the clinical-picture and diagnosis lessons.

:class:`TriageApp` (red flags -> urgency), :class:`BayesApp` (pre-test -> post-test probability,
two chained tests, ROC view), :class:`CalciumApp` (corrected calcium with severity and CTCAE
grade) and :class:`SkeletonApp` (usual metastatic sites by primary). Each exposes ``controls``
(name -> widget), ``message`` (an ``ipywidgets.HTML``), ``figure`` (a plotly ``FigureWidget``
updated in place by :func:`course.plots.update.update_figure`, or ``None``) and ``widget`` (the
box to display). A
``ValueError`` from a calculator becomes a visible message, never a traceback.
"""

from html import escape

import ipywidgets as widgets
import plotly.graph_objects as go

from ..clinical import (
    CALCIUM_UNITS,
    SYMPTOMS,
    corrected_calcium,
    ctcae_calcium_grade,
    hypercalcaemia_severity,
    likelihood_ratios,
    sequential_post_test,
    triage,
)
from ..plots.diagnosis import (
    PRIMARIES,
    accuracy_rows,
    bayes_curves,
    bayes_figure,
    bayes_panel_title,
    bayes_step_labels,
    calcium_marker_traces,
    calcium_scale_figure,
    primary_summary,
    roc_space_figure,
    skeleton_map,
    skeleton_marker_style,
)
from . import DrawQueue

__all__ = ["BayesApp", "CalciumApp", "SkeletonApp", "TriageApp", "imaging_test_menu"]

STYLE = {"description_width": "160px"}
WIDTH = widgets.Layout(width="460px")
_COLOURS = {
    "emergency today": "#D55E00",
    "urgent": "#E69F00",
    "routine": "#009E73",
    "info": "#0072B2",
    "error": "#D55E00",
}


def _box(kind: str, html: str) -> str:
    return (
        f'<div style="border-left:4px solid {_COLOURS[kind]};padding:4px 10px;'
        f'margin:4px 0">{html}</div>'
    )


def _error(exc: ValueError) -> str:
    return _box("error", f"<b>Check the input.</b> {escape(str(exc))}")


class _App:
    """Shared wiring: every control calls ``update``; a ``ValueError`` becomes the message.

    A subclass sets its figures (attributes named in ``FIGURES``) to plain ``go.Figure`` objects
    before calling ``__init__``; the first update draws on them, and only then are they wrapped
    in ``FigureWidget``s, so no change is sent before a front end shows them.
    """

    FIGURES: tuple[str, ...] = ("figure",)
    figure: go.FigureWidget | None = None

    def __init__(self, controls: dict[str, widgets.Widget]) -> None:
        self.controls = controls
        self.message = widgets.HTML()
        self.draw = DrawQueue()
        self._on_change()
        figures = []
        for name in self.FIGURES:
            if getattr(self, name) is not None:
                setattr(self, name, go.FigureWidget(getattr(self, name)))
                figures.append(getattr(self, name))
        for control in controls.values():
            control.observe(self._on_change, names="value")
        self.widget = widgets.VBox([widgets.VBox(list(controls.values())), self.message, *figures])

    def _on_change(self, _change: dict | None = None) -> None:
        try:
            self.message.value = self.update()
        except ValueError as exc:
            self.draw.drop()
            self.message.value = _error(exc)
            return
        self.draw.send()

    def update(self) -> str:
        """Recompute from the controls, queue the figure updates (``self.draw``), return the
        message HTML."""
        raise NotImplementedError

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


class TriageApp(_App):
    """Tick red-flag symptoms (or type one) and see the urgency and its reason (NICE NG234)."""

    FIGURES = ()

    def __init__(self) -> None:
        controls = {
            "symptoms": widgets.SelectMultiple(
                options=SYMPTOMS,
                rows=len(SYMPTOMS),
                description="Symptoms",
                style=STYLE,
                layout=widgets.Layout(width="560px"),
            ),
            "other": widgets.Text(
                value="",
                placeholder="type another symptom (optional)",
                description="Other symptom",
                style=STYLE,
                layout=WIDTH,
            ),
        }
        super().__init__(controls)

    def update(self) -> str:
        chosen = list(self.controls["symptoms"].value)
        if self.controls["other"].value.strip():
            chosen.append(self.controls["other"].value)
        result = triage(chosen)
        details = f"Red flags: {', '.join(result.flags) or 'none'}"
        if result.noted:
            details += f"; other symptoms noted: {', '.join(result.noted)}"
        return _box(
            result.urgency,
            f"<b>{escape(result.urgency.upper())}</b><br>{escape(result.reason)}"
            f"<br><small>{escape(details)}</small>",
        )


def imaging_test_menu() -> dict[str, tuple[str, float, float] | None]:
    """Test menu for the Bayes app: label -> (modality, sensitivity, specificity as fractions).

    Built from fact ``imaging_accuracy``; ``"custom"`` maps to ``None`` (typed values).
    """
    labels = {"patient": "per patient", "lesion": "per lesion", "pooled": "prostate, pooled"}
    choices: dict[str, tuple[str, float, float] | None] = {
        f"{r['modality']} ({labels[r['level']]})": (
            r["modality"],
            r["sensitivity_pct"] / 100,
            r["specificity_pct"] / 100,
        )
        for r in accuracy_rows()
    }
    choices["custom"] = None
    return choices


class BayesApp(_App):
    """Pre-test probability -> post-test probability after one or two imaging tests.

    The learner sets the pre-test probability (the scenario presets are illustrative teaching
    values, not published figures), chooses a first and an optional second test with their
    results, and sees the curves, the step chart and the tests' place in ROC space.
    """

    FIGURES = ("figure", "roc")
    SCENARIOS = {
        "illustrative: low suspicion (routine staging, no symptoms)": 0.05,
        "illustrative: moderate suspicion (new bone pain)": 0.3,
        "illustrative: high suspicion (red-flag pain, raised ALP)": 0.7,
        "set my own": None,
    }

    def __init__(self) -> None:
        self.choices = imaging_test_menu()
        names = tuple(self.choices)
        result = {"options": ("positive", "negative"), "style": STYLE}
        controls = {
            "scenario": widgets.Dropdown(
                options=tuple(self.SCENARIOS),
                value="illustrative: moderate suspicion (new bone pain)",
                description="Scenario",
                style=STYLE,
                layout=widgets.Layout(width="620px"),
            ),
            "pretest": widgets.FloatSlider(
                value=0.3,
                min=0.01,
                max=0.99,
                step=0.01,
                description="Pre-test probability",
                style=STYLE,
                layout=WIDTH,
                readout_format=".2f",
            ),
            "test1": widgets.Dropdown(
                options=names,
                value="Bone scan (per patient)",
                description="First test",
                style=STYLE,
                layout=WIDTH,
            ),
            "result1": widgets.ToggleButtons(description="First result", **result),
            "test2": widgets.Dropdown(
                options=("none", *names),
                value="none",
                description="Second test",
                style=STYLE,
                layout=WIDTH,
            ),
            "result2": widgets.ToggleButtons(
                description="Second result", value="negative", **result
            ),
            "custom_sensitivity": widgets.FloatText(
                value=0.8, description="Custom sensitivity", style=STYLE, layout=WIDTH
            ),
            "custom_specificity": widgets.FloatText(
                value=0.8, description="Custom specificity", style=STYLE, layout=WIDTH
            ),
        }
        controls["scenario"].observe(self._on_scenario, names="value")
        controls["pretest"].observe(self._on_pretest, names="value")
        self.controls = controls
        self.figure = bayes_figure(controls["pretest"].value, self.tests())
        self.roc = roc_space_figure()
        super().__init__(controls)

    def _on_scenario(self, change: dict) -> None:
        value = self.SCENARIOS[change["new"]]
        if value is not None:
            self.controls["pretest"].value = value

    def _on_pretest(self, change: dict) -> None:
        preset = self.SCENARIOS[self.controls["scenario"].value]
        if preset is not None and abs(change["new"] - preset) > 1e-9:
            self.controls["scenario"].value = "set my own"

    def _accuracy(self, name: str) -> tuple[float, float]:
        if self.choices[name] is not None:
            return self.choices[name][1:]
        return self.controls["custom_sensitivity"].value, self.controls["custom_specificity"].value

    def tests(self) -> list[tuple[str, float, float, str]]:
        """The chosen tests as (name, sensitivity, specificity, result)."""
        c = self.controls
        chosen = [(c["test1"].value, c["result1"].value)]
        if c["test2"].value != "none":
            chosen.append((c["test2"].value, c["result2"].value))
        return [(name, *self._accuracy(name), result) for name, result in chosen]

    def update(self) -> str:
        pretest = self.controls["pretest"].value
        tests = self.tests()
        steps = sequential_post_test(pretest, [t[1:] for t in tests])
        name, sens, spec, _ = tests[0]
        curves = bayes_curves(sens, spec)
        labels = bayes_step_labels(tests)
        values = [100 * pretest] + [100 * p for p in steps]
        self.draw(
            self.figure,
            {
                0: {"y": [100 * p for p in curves["positive"]]},
                1: {"y": [100 * p for p in curves["negative"]]},
                3: {"x": [100 * pretest, 100 * pretest], "y": [100 * pretest, 100 * steps[0]]},
                4: {"x": labels, "y": values, "text": [f"{v:.1f} %" for v in values]},
            },
            {"annotations[0].text": bayes_panel_title(name)},
        )
        modalities = {self.choices[t[0]][0] for t in tests if self.choices[t[0]] is not None}
        sizes = {
            i: {"marker.size": 18 if trace.name in modalities else 12}
            for i, trace in enumerate(self.roc.data)
            if i > 0
        }
        self.draw(self.roc, sizes)
        lines = []
        for (name, sens, spec, result), p in zip(tests, steps, strict=True):
            lr_pos, lr_neg = likelihood_ratios(sens, spec)
            lr = lr_pos if result == "positive" else lr_neg
            lines.append(f"{escape(name)} {result} (LR = {lr:.2f}): probability {100 * p:.1f} %")
        return _box("info", f"Pre-test {100 * pretest:.0f} % → " + " → ".join(lines))


class CalciumApp(_App):
    """Measured calcium and albumin -> corrected calcium, severity band and CTCAE grade."""

    DEFAULTS = {"mg/dL": (11.0, 2.5), "mmol/L": (2.75, 25.0)}

    def __init__(self) -> None:
        self._scales = {unit: calcium_scale_figure(unit) for unit in CALCIUM_UNITS}
        self.figure = go.Figure(self._scales["mg/dL"])
        self._quiet = False
        controls = {
            "unit": widgets.ToggleButtons(
                options=CALCIUM_UNITS, description="Calcium unit", style=STYLE
            ),
            "calcium": widgets.FloatText(
                value=11.0, description="Total calcium", style=STYLE, layout=WIDTH
            ),
            "albumin": widgets.FloatText(
                value=2.5, description="Albumin (g/dL)", style=STYLE, layout=WIDTH
            ),
        }
        controls["unit"].observe(self._on_unit, names="value")
        super().__init__(controls)

    def _on_unit(self, change: dict) -> None:
        """Switch unit: load example values and redraw the bands in place (before update).

        A layout-only ``batch_update`` is safe: only per-trace lists can carry the placeholder
        that :mod:`course.plots.update` avoids."""
        unit = change["new"]
        calcium, albumin = self.DEFAULTS[unit]
        fresh = self._scales[unit]
        with self.figure.batch_update():
            self.figure.layout.shapes = fresh.layout.shapes
            self.figure.layout.annotations = fresh.layout.annotations
            self.figure.layout.xaxis.range = fresh.layout.xaxis.range
            self.figure.layout.xaxis.title.text = fresh.layout.xaxis.title.text
        albumin_unit = "g/dL" if unit == "mg/dL" else "g/L"
        self.controls["albumin"].description = f"Albumin ({albumin_unit})"
        self._quiet = True  # the two example values are set together; update runs once after
        self.controls["calcium"].value = calcium
        self.controls["albumin"].value = albumin
        self._quiet = False

    def _on_change(self, _change: dict | None = None) -> None:
        if not self._quiet:
            super()._on_change(_change)

    def update(self) -> str:
        unit = self.controls["unit"].value
        calcium, albumin = self.controls["calcium"].value, self.controls["albumin"].value
        corrected = corrected_calcium(calcium, albumin, unit)
        severity = hypercalcaemia_severity(corrected, unit)
        grade = ctcae_calcium_grade(corrected, unit)
        self.draw(self.figure, calcium_marker_traces(calcium, corrected, severity))
        kind = {"normal": "routine", "mild": "info"}.get(severity, "urgent")
        return _box(
            kind,
            f"Corrected calcium <b>{corrected:.2f} {unit}</b>: <b>{severity}</b>"
            f" (CTCAE grade {grade}). Educational calculation only.",
        )


class SkeletonApp(_App):
    """Choose a primary cancer and see its usual metastatic sites on a stylised skeleton."""

    def __init__(self, primary: str = "Breast") -> None:
        self.figure = skeleton_map(primary)
        controls = {
            "primary": widgets.Dropdown(
                options=PRIMARIES,
                value=primary,
                description="Primary cancer",
                style=STYLE,
                layout=WIDTH,
            ),
        }
        super().__init__(controls)

    def update(self) -> str:
        primary = self.controls["primary"].value
        style = skeleton_marker_style(primary)
        self.draw(
            self.figure,
            {0: {"marker.color": style["color"], "marker.size": style["size"],
                 "customdata": style["customdata"]}},
            {"annotations[0].text": primary_summary(primary)},
        )  # fmt: skip
        return _box("info", f"Showing {escape(primary)}. Hover over a site for its status.")
