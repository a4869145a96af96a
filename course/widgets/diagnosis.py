"""Interactive apps for the clinical-picture and diagnosis lessons.

:class:`TriageApp` (red flags -> urgency), :class:`BayesApp` (pre-test -> post-test probability,
two chained tests, ROC view), :class:`CalciumApp` (corrected calcium with severity and CTCAE
grade) and :class:`SkeletonApp` (usual metastatic sites by primary). Each exposes ``controls``
(name -> widget), ``message`` (an ``ipywidgets.HTML``), ``figure`` (a plotly ``FigureWidget``
updated in place by :func:`course.plots.update.update_figure`, or ``None``) and ``widget`` (the
box to display); each is an :class:`~course.widgets.app.App`.
"""

from html import escape

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
from .app import App, Fill, checkboxes, dropdown, notice, number, slider, text, toggle, updates

__all__ = ["BayesApp", "CalciumApp", "SkeletonApp", "TriageApp", "imaging_test_menu"]

URGENCY = {"emergency today": "stop", "urgent": "warn", "routine": "ok"}
"""Notice kind of each triage urgency."""


class TriageApp(App):
    """Tick red-flag symptoms (or type one) and see the urgency and its reason (NICE NG234)."""

    def __init__(self) -> None:
        controls = {
            "symptoms": checkboxes("Symptoms", SYMPTOMS),
            "other": text("Other symptom", "type another symptom (optional)"),
        }
        super().__init__(controls)

    def compute(self, values: dict) -> tuple[Fill, str]:
        chosen = list(values["symptoms"])
        if values["other"].strip():
            chosen.append(values["other"])
        result = triage(chosen)
        details = f"Red flags: {', '.join(result.flags) or 'none'}"
        if result.noted:
            details += f"; other symptoms noted: {', '.join(result.noted)}"
        return updates(), notice(
            URGENCY[result.urgency],
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


class BayesApp(App):
    """Pre-test probability -> post-test probability after one or two imaging tests.

    The learner sets the pre-test probability (the scenario presets are illustrative teaching
    values, not published figures), chooses a first and an optional second test with their
    results, and sees the curves, the step chart and the tests' place in ROC space.
    """

    SCENARIOS = {
        "illustrative: low suspicion (routine staging, no symptoms)": 0.05,
        "illustrative: moderate suspicion (new bone pain)": 0.3,
        "illustrative: high suspicion (red-flag pain, raised ALP)": 0.7,
        "set my own": None,
    }

    def __init__(self) -> None:
        self.choices = imaging_test_menu()
        names = tuple(self.choices)
        results = ("positive", "negative")
        controls = {
            "scenario": dropdown(
                "Scenario", self.SCENARIOS, "illustrative: moderate suspicion (new bone pain)",
                width="620px",
            ),
            "pretest": slider("Pre-test probability", 0.3, 0.01, 0.99, 0.01, readout_format=".2f"),
            "test1": dropdown("First test", names, "Bone scan (per patient)"),
            "result1": toggle("First result", results),
            "test2": dropdown("Second test", ("none", *names)),
            "result2": toggle("Second result", results, "negative"),
            "custom_sensitivity": number("Custom sensitivity", 0.8),
            "custom_specificity": number("Custom specificity", 0.8),
        }  # fmt: skip
        figure = bayes_figure(0.3, self.tests({n: c.value for n, c in controls.items()}))
        super().__init__(controls, [figure, roc_space_figure()])

    @property
    def roc(self) -> go.Figure:
        """The tests' place in ROC space (the second figure)."""
        return self.figures[1]

    def adjust(self, name: str, value: object) -> None:
        """A scenario sets its pre-test probability; another pre-test value is "set my own"."""
        preset = self.SCENARIOS[self.controls["scenario"].value]
        if name == "scenario" and preset is not None:
            self.controls["pretest"].value = preset
        elif name == "pretest" and preset is not None and abs(value - preset) > 1e-9:
            self.controls["scenario"].value = "set my own"

    def _accuracy(self, name: str, values: dict) -> tuple[float, float]:
        if self.choices[name] is not None:
            return self.choices[name][1:]
        return values["custom_sensitivity"], values["custom_specificity"]

    def tests(self, values: dict | None = None) -> list[tuple[str, float, float, str]]:
        """The chosen tests as (name, sensitivity, specificity, result) (default: the
        controls' values)."""
        v = self.values() if values is None else values
        chosen = [(v["test1"], v["result1"])]
        if v["test2"] != "none":
            chosen.append((v["test2"], v["result2"]))
        return [(name, *self._accuracy(name, v), result) for name, result in chosen]

    def compute(self, values: dict) -> tuple[Fill, str]:
        pretest = values["pretest"]
        tests = self.tests(values)
        steps = sequential_post_test(pretest, [t[1:] for t in tests])
        name, sens, spec, _ = tests[0]
        curves = bayes_curves(sens, spec)
        labels = bayes_step_labels(tests)
        points = [100 * pretest] + [100 * p for p in steps]
        bayes = {
            0: {"y": [100 * p for p in curves["positive"]]},
            1: {"y": [100 * p for p in curves["negative"]]},
            3: {"x": [100 * pretest, 100 * pretest], "y": [100 * pretest, 100 * steps[0]]},
            4: {"x": labels, "y": points, "text": [f"{v:.1f} %" for v in points]},
        }
        modalities = {self.choices[t[0]][0] for t in tests if self.choices[t[0]] is not None}
        sizes = {
            i: {"marker.size": 18 if trace.name in modalities else 12}
            for i, trace in enumerate(self.figures[1].data)
            if i > 0
        }
        lines = []
        for (test, t_sens, t_spec, result), p in zip(tests, steps, strict=True):
            lr_pos, lr_neg = likelihood_ratios(t_sens, t_spec)
            lr = lr_pos if result == "positive" else lr_neg
            lines.append(f"{escape(test)} {result} (LR = {lr:.2f}): probability {100 * p:.1f} %")
        fill = updates((bayes, {"annotations[0].text": bayes_panel_title(name)}), (sizes, None))
        return fill, notice("info", f"Pre-test {100 * pretest:.0f} % → " + " → ".join(lines))


class CalciumApp(App):
    """Measured calcium and albumin -> corrected calcium, severity band and CTCAE grade."""

    DEFAULTS = {"mg/dL": (11.0, 2.5), "mmol/L": (2.75, 25.0)}

    def __init__(self) -> None:
        self._scales = {unit: calcium_scale_figure(unit) for unit in CALCIUM_UNITS}
        controls = {
            "unit": toggle("Calcium unit", CALCIUM_UNITS),
            "calcium": number("Total calcium", 11.0),
            "albumin": number("Albumin (g/dL)", 2.5),
        }
        super().__init__(controls, [go.Figure(self._scales["mg/dL"])])

    def adjust(self, name: str, value: object) -> None:
        """A new unit loads its example values and names the albumin unit."""
        if name == "unit":
            self.controls["calcium"].value, self.controls["albumin"].value = self.DEFAULTS[value]
            albumin_unit = "g/dL" if value == "mg/dL" else "g/L"
            self.controls["albumin"].description = f"Albumin ({albumin_unit})"

    def compute(self, values: dict) -> tuple[Fill, str]:
        unit, calcium, albumin = values["unit"], values["calcium"], values["albumin"]
        corrected = corrected_calcium(calcium, albumin, unit)
        severity = hypercalcaemia_severity(corrected, unit)
        grade = ctcae_calcium_grade(corrected, unit)
        scale = self._scales[unit].layout
        bands = {
            "shapes": [s.to_plotly_json() for s in scale.shapes],
            "annotations": [a.to_plotly_json() for a in scale.annotations],
            "xaxis.range": list(scale.xaxis.range),
            "xaxis.title.text": scale.xaxis.title.text,
        }
        fill = updates((calcium_marker_traces(calcium, corrected, severity), bands))
        kind = {"normal": "ok", "mild": "info"}.get(severity, "warn")
        return fill, notice(
            kind,
            f"Corrected calcium <b>{corrected:.2f} {unit}</b>: <b>{severity}</b>"
            f" (CTCAE grade {grade}). Educational calculation only.",
        )


class SkeletonApp(App):
    """Choose a primary cancer and see its usual metastatic sites on a stylised skeleton."""

    def __init__(self, primary: str = "Breast") -> None:
        controls = {"primary": dropdown("Primary cancer", PRIMARIES, primary)}
        super().__init__(controls, [skeleton_map(primary)])

    def compute(self, values: dict) -> tuple[Fill, str]:
        primary = values["primary"]
        style = skeleton_marker_style(primary)
        marker = {"marker.color": style["color"], "marker.size": style["size"],
                  "customdata": style["customdata"]}  # fmt: skip
        fill = updates(({0: marker}, {"annotations[0].text": primary_summary(primary)}))
        return fill, notice("info", f"Showing {escape(primary)}. Hover over a site for its status.")
