"""Interactive apps for the management lessons: Mirels and SINS calculators (with their
uncertainty), zoledronic acid renal dosing from Cockcroft–Gault, the radiopharmaceutical and
thermal-ablation checkers, and the lung-cancer treatment-line timeline.

Each app exposes ``controls`` (name -> widget), ``message`` (an ``ipywidgets.HTML``), ``figure``
(a plotly ``FigureWidget`` updated in place, ``None`` for the checkers) and ``widget`` (the box
to display); each is an :class:`~course.widgets.app.App`.
"""

from collections.abc import Callable, Collection
from html import escape
from inspect import signature
from typing import Any

import ipywidgets as widgets
import plotly.graph_objects as go

from ..clinical import (
    AblationCheck,
    MirelsResult,
    RadiopharmaceuticalCheck,
    SinsResult,
    ablation_eligibility,
    cockcroft_gault,
    mirels_score,
    radiopharmaceutical_eligibility,
    sins_score,
    zoledronic_acid_dose,
)
from ..clinical.diagnosis import CREATININE_UNITS, SEXES
from ..clinical.lung import EGFR_FIRST_LINES, LUNG_DRIVERS, lung_treatment_lines
from ..facts import fact
from ..plots.management import (
    lung_timeline_figure,
    mirels_figure,
    renal_dose_figure,
    sins_figure,
    timeline_geometry,
)
from .app import App, Fill, checkbox, dropdown, notice, number, score_dropdowns, slider, updates

__all__ = [
    "AblationApp",
    "LungTimelineApp",
    "MirelsApp",
    "RadiopharmaceuticalApp",
    "RenalDoseApp",
    "SinsApp",
]


def _marker(figure, marker: dict) -> Fill:
    """Move the last trace of ``figure`` (the app's "this patient" marker)."""
    return updates(({len(figure.data) - 1: marker}, None))


class _ScoreApp(App):
    """A scoring system's items as dropdowns -> its total marked on the score's figure ("this
    ``noun``"), and the status line of :meth:`status`."""

    SCORE = ""
    DEFAULTS: dict[str, str | None] = {}
    noun = ""
    calculate: Callable[..., Any]

    def __init__(self, figure: go.Figure, notes: str) -> None:
        super().__init__(score_dropdowns(self.SCORE, self.DEFAULTS), [figure], notes)

    def status(self, result: Any) -> tuple[str, str]:
        """The notice kind and the status line (HTML) for the score's ``result``."""
        raise NotImplementedError

    def compute(self, values: dict) -> tuple[Fill, str]:
        result = self.calculate(**values)
        text = f"this {self.noun}: {result.total}"
        marker = {"x": [result.total], "text": [text], "visible": True}
        return _marker(self.figures[0], marker), notice(*self.status(result))


class MirelsApp(_ScoreApp):
    """Mirels calculator: the total, the risk the table supports, and both recommendations."""

    SCORE = "mirels"
    DEFAULTS = dict.fromkeys(("site", "pain", "lesion", "size"))
    noun = "lesion"
    calculate = staticmethod(mirels_score)

    def __init__(self) -> None:
        notes = (
            "<small><b>Limits.</b> Size is read on the plain radiograph; sources disagree whether "
            "it is a fraction of the cortex or of the bone diameter. Sensitivity is high and "
            "specificity low at ≥ 9 in long bones, and the humerus behaves differently: see the "
            "performance figure below.</small>"
        )
        super().__init__(mirels_figure(), notes)

    def status(self, result: MirelsResult) -> tuple[str, str]:
        kind = "stop" if result.total >= 9 else "warn" if result.total == 8 else "ok"
        return kind, (
            f"<b>Mirels total {result.total}</b> (site {result.points['site']}, pain "
            f"{result.points['pain']}, lesion {result.points['lesion']}, size "
            f"{result.points['size']}). Fracture risk {result.risk_text()} "
            f"({result.risk_kind}).<br>Commonly quoted table: <b>{result.recommendation}</b>. "
            f"Mirels' original abstract: <b>{result.original_recommendation}</b>."
        )


class SinsApp(_ScoreApp):
    """SINS calculator: total, category and the surgical-referral rule."""

    SCORE = "sins"
    DEFAULTS = {
        "location": "semirigid",
        "pain": "none",
        "lesion": "blastic",
        "alignment": "normal",
        "collapse": "none",
        "posterolateral": "none",
    }
    noun = "spine"
    calculate = staticmethod(sins_score)

    def __init__(self) -> None:
        sens, spec = fact("sins_sensitivity").value, fact("sins_specificity").value
        notes = (
            f"<small><b>Limits.</b> For 'potentially unstable or unstable' SINS had a sensitivity "
            f"of {sens:g} % and a specificity of {spec:g} % (Fourney et al. 2011, secondary "
            "evidence): it is built not to miss instability, so it refers many patients who will "
            "not need surgery. The middle band (7–12) is where surgeons disagree most.</small>"
        )
        super().__init__(sins_figure(), notes)

    def status(self, result: SinsResult) -> tuple[str, str]:
        kind = {"stable": "ok", "potentially unstable": "warn", "unstable": "stop"}[result.category]
        referral = (
            "surgical consultation before radiotherapy"
            if result.surgical_referral
            else "no surgical referral needed for instability"
        )
        return kind, f"<b>SINS {result.total}: {result.category}</b> → {referral}."


class RenalDoseApp(App):
    """Cockcroft–Gault clearance feeding the zoledronic acid renal dosing table."""

    def __init__(self) -> None:
        controls = {
            "age": slider("age (years)", 68, 18, 100, 1, integer=True),
            "weight_kg": slider("weight (kg)", 70, 30, 150, 1),
            "creatinine": number("serum creatinine", 1.0, step=0.1),
            "unit": dropdown("creatinine unit", CREATININE_UNITS),
            "sex": dropdown("sex", SEXES, "male"),
        }
        notes = "<small>Teaching example only: not a prescription.</small>"
        super().__init__(controls, [renal_dose_figure()], notes)

    def compute(self, values: dict) -> tuple[Fill, str]:
        v = values
        clearance = cockcroft_gault(
            v["age"], v["weight_kg"], v["creatinine"], v["sex"], unit=v["unit"]
        )
        dose = zoledronic_acid_dose(clearance)
        fill = _marker(self.figures[0], {"x": [min(clearance, 129)], "y": [dose or 0],
                                          "visible": True})  # fmt: skip
        if dose is None:
            return fill, notice(
                "stop",
                f"Creatinine clearance <b>{clearance:.0f} mL/min</b>: "
                "zoledronic acid <b>not recommended</b> (< 30 mL/min).",
            )
        return fill, notice(
            "ok" if dose == 4.0 else "warn",
            f"Creatinine clearance <b>{clearance:.0f} mL/min</b> → table dose <b>{dose:g} mg</b>.",
        )


CHECK_LABELS = {
    "refractory_bone_pain": "pain refractory to analgesics",
    "positive_bone_scan": "positive bone scan",
    "spinal_cord_compression": "acute cord compression",
    "renal_failure": "renal failure",
    "pregnant": "pregnant",
    "breastfeeding": "breastfeeding",
    "myelosuppression": "myelosuppression",
    "tolerates_anaesthesia": "tolerates anaesthesia",
    "correctable_bleeding_risk": "bleeding risk correctable",
    "percutaneously_reachable": "reachable percutaneously",
    "widespread_metastases": "widespread metastases",
    "active_infection": "active infection",
    "critical_structure_adjacent": "next to a critical structure",
    "vertebral": "vertebral lesion",
}
"""The checkbox label of each yes/no finding of the eligibility checkers."""


class _ChecklistApp(App):
    """Yes/no findings (one checkbox per boolean parameter of ``checker``, in its order) and
    one measure on a slider -> the checker's verdict and the reasons it lists.

    A subclass names its ``checker``, the findings ticked at the start and its measure, and
    turns the checker's result into ``(kind, heading, {title: reasons})`` in :meth:`verdict`.
    """

    checker: Callable[..., Any]

    def __init__(self, ticked: Collection[str], measure: str, control: widgets.Widget) -> None:
        findings = [n for n in signature(self.checker).parameters if n in CHECK_LABELS]
        controls = {n: checkbox(CHECK_LABELS[n], n in ticked) for n in findings}
        super().__init__(controls | {measure: control})

    def verdict(self, check: Any) -> tuple[str, str, dict[str, tuple[str, ...]]]:
        """The notice kind, the heading (HTML) and the listed reasons (title -> items) of
        ``check``."""
        raise NotImplementedError

    def compute(self, values: dict) -> tuple[Fill, str]:
        kind, heading, reasons = self.verdict(self.checker(**values))
        lists = "".join(
            f"<br>{title}: " + "; ".join(escape(i) for i in items)
            for title, items in reasons.items()
            if items
        )
        return updates(), notice(kind, heading + lists)


class RadiopharmaceuticalApp(_ChecklistApp):
    """Checks the textbook indications and contraindications for strontium/samarium."""

    checker = staticmethod(radiopharmaceutical_eligibility)

    def __init__(self) -> None:
        months = slider("life expectancy (months)", 6, 0, 24, 0.5)
        super().__init__(
            ("refractory_bone_pain", "positive_bone_scan"), "life_expectancy_months", months
        )

    def verdict(self, check: RadiopharmaceuticalCheck) -> tuple[str, str, dict]:
        if check.eligible:
            return "ok", "<b>Meets the textbook criteria</b> for strontium-89 or samarium-153.", {}
        reasons = {
            "Unmet indications": check.unmet_indications,
            "Contraindications": check.contraindications,
        }
        return "stop", "<b>Not eligible.</b>", reasons


class AblationApp(_ChecklistApp):
    """Checks absolute and relative contraindications to thermal ablation."""

    checker = staticmethod(ablation_eligibility)

    def __init__(self) -> None:
        ticked = (
            "tolerates_anaesthesia",
            "correctable_bleeding_risk",
            "percutaneously_reachable",
            "vertebral",
        )
        millimetres = slider("distance to cord/roots (mm)", 12, 0, 30, 0.5)
        super().__init__(ticked, "distance_to_neural_mm", millimetres)

    def verdict(self, check: AblationCheck) -> tuple[str, str, dict]:
        kind = {"contraindicated": "stop", "caution": "warn"}.get(check.verdict, "ok")
        reasons = {"Absolute": check.absolute, "Relative": check.relative}
        return kind, f"<b>{check.verdict.capitalize()}.</b>", reasons


class LungTimelineApp(App):
    """Schematic treatment lines for metastatic NSCLC by driver mutation."""

    def __init__(self) -> None:
        controls = {
            "driver": dropdown("driver mutation", LUNG_DRIVERS),
            "first_line": dropdown("EGFR first line", EGFR_FIRST_LINES),
            "t790m": checkbox("T790M at resistance"),
            "pdl1_high": checkbox("PD-L1 high (no driver)"),
        }
        super().__init__(controls, [lung_timeline_figure(lung_treatment_lines("egfr"))])

    def compute(self, values: dict) -> tuple[Fill, str]:
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
        fill = updates(({0: bars, 1: {"x": [sum(geometry["x"])]}}, None))
        return fill, notice("info", " → ".join(escape(line.name) for line in lines))
