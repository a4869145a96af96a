"""Interactive apps for the management lessons: Mirels and SINS calculators (with their
uncertainty), zoledronic acid renal dosing from Cockcroft–Gault, the radiopharmaceutical and
thermal-ablation checkers, and the lung-cancer treatment-line timeline.

Each app exposes ``controls`` (name -> widget), ``message`` (an ``ipywidgets.HTML``), ``figure``
(a plotly ``FigureWidget`` updated in place, ``None`` for the checkers) and ``widget`` (the box
to display); each is an :class:`~course.widgets.app.App`.
"""

from html import escape

from ..clinical import (
    ablation_eligibility,
    allowed_values,
    cockcroft_gault,
    mirels_score,
    radiopharmaceutical_eligibility,
    sins_score,
    zoledronic_acid_dose,
)
from ..clinical.lung import EGFR_FIRST_LINES, LUNG_DRIVERS, lung_treatment_lines
from ..facts import fact
from ..plots.management import (
    lung_timeline_figure,
    mirels_figure,
    renal_dose_figure,
    sins_figure,
    timeline_geometry,
)
from .app import App, Fill, checkbox, dropdown, notice, number, slider, updates

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


class MirelsApp(App):
    """Mirels calculator: the total, the risk the table supports, and both recommendations."""

    def __init__(self) -> None:
        controls = {
            c: dropdown(c, allowed_values("mirels", c)) for c in ("site", "pain", "lesion", "size")
        }
        notes = (
            "<small><b>Limits.</b> Size is read on the plain radiograph; sources disagree whether "
            "it is a fraction of the cortex or of the bone diameter. Sensitivity is high and "
            "specificity low at ≥ 9 in long bones, and the humerus behaves differently: see the "
            "performance figure below.</small>"
        )
        super().__init__(controls, [mirels_figure()], notes)

    def compute(self, values: dict) -> tuple[Fill, str]:
        result = mirels_score(**values)
        marker = {"x": [result.total], "text": [f"this lesion: {result.total}"], "visible": True}
        kind = "stop" if result.total >= 9 else "warn" if result.total == 8 else "ok"
        return _marker(self.figures[0], marker), notice(
            kind,
            (
                f"<b>Mirels total {result.total}</b> (site {result.points['site']}, pain "
                f"{result.points['pain']}, lesion {result.points['lesion']}, size "
                f"{result.points['size']}). Fracture risk {result.risk_text()} "
                f"({result.risk_kind}).<br>Commonly quoted table: <b>{result.recommendation}</b>. "
                f"Mirels' original abstract: <b>{result.original_recommendation}</b>."
            ),
        )


class SinsApp(App):
    """SINS calculator: total, category and the surgical-referral rule."""

    DEFAULTS = {
        "location": "semirigid",
        "pain": "none",
        "lesion": "blastic",
        "alignment": "normal",
        "collapse": "none",
        "posterolateral": "none",
    }

    def __init__(self) -> None:
        controls = {c: dropdown(c, allowed_values("sins", c), v) for c, v in self.DEFAULTS.items()}
        sens, spec = fact("sins_sensitivity").value, fact("sins_specificity").value
        notes = (
            f"<small><b>Limits.</b> For 'potentially unstable or unstable' SINS had a sensitivity "
            f"of {sens:g} % and a specificity of {spec:g} % (Fourney et al. 2011, secondary "
            "evidence): it is built not to miss instability, so it refers many patients who will "
            "not need surgery. The middle band (7–12) is where surgeons disagree most.</small>"
        )
        super().__init__(controls, [sins_figure()], notes)

    def compute(self, values: dict) -> tuple[Fill, str]:
        result = sins_score(**values)
        marker = {"x": [result.total], "text": [f"this spine: {result.total}"], "visible": True}
        kind = {"stable": "ok", "potentially unstable": "warn", "unstable": "stop"}[result.category]
        referral = (
            "surgical consultation before radiotherapy"
            if result.surgical_referral
            else "no surgical referral needed for instability"
        )
        return _marker(self.figures[0], marker), notice(
            kind, f"<b>SINS {result.total}: {result.category}</b> → {referral}."
        )


class RenalDoseApp(App):
    """Cockcroft–Gault clearance feeding the zoledronic acid renal dosing table."""

    def __init__(self) -> None:
        controls = {
            "age": slider("age (years)", 68, 18, 100, 1, integer=True),
            "weight_kg": slider("weight (kg)", 70, 30, 150, 1),
            "creatinine": number("serum creatinine", 1.0, step=0.1),
            "unit": dropdown("creatinine unit", ("mg/dL", "umol/L")),
            "sex": dropdown("sex", ("male", "female")),
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


def _verdict_list(title: str, items: tuple[str, ...]) -> str:
    return f"<br>{title}: " + "; ".join(escape(i) for i in items) if items else ""


class RadiopharmaceuticalApp(App):
    """Checks the textbook indications and contraindications for strontium/samarium."""

    def __init__(self) -> None:
        controls = {
            "refractory_bone_pain": checkbox("pain refractory to analgesics", True),
            "positive_bone_scan": checkbox("positive bone scan", True),
            "spinal_cord_compression": checkbox("acute cord compression"),
            "renal_failure": checkbox("renal failure"),
            "pregnant": checkbox("pregnant"),
            "breastfeeding": checkbox("breastfeeding"),
            "myelosuppression": checkbox("myelosuppression"),
            "life_expectancy_months": slider("life expectancy (months)", 6, 0, 24, 0.5),
        }
        super().__init__(controls)

    def compute(self, values: dict) -> tuple[Fill, str]:
        check = radiopharmaceutical_eligibility(**values)
        if check.eligible:
            return updates(), notice(
                "ok", "<b>Meets the textbook criteria</b> for strontium-89 or samarium-153."
            )
        return updates(), notice(
            "stop",
            "<b>Not eligible.</b>"
            + _verdict_list("Unmet indications", check.unmet_indications)
            + _verdict_list("Contraindications", check.contraindications),
        )


class AblationApp(App):
    """Checks absolute and relative contraindications to thermal ablation."""

    def __init__(self) -> None:
        controls = {
            "tolerates_anaesthesia": checkbox("tolerates anaesthesia", True),
            "correctable_bleeding_risk": checkbox("bleeding risk correctable", True),
            "percutaneously_reachable": checkbox("reachable percutaneously", True),
            "widespread_metastases": checkbox("widespread metastases"),
            "active_infection": checkbox("active infection"),
            "critical_structure_adjacent": checkbox("next to a critical structure"),
            "vertebral": checkbox("vertebral lesion", True),
            "distance_to_neural_mm": slider("distance to cord/roots (mm)", 12, 0, 30, 0.5),
        }
        super().__init__(controls)

    def compute(self, values: dict) -> tuple[Fill, str]:
        check = ablation_eligibility(**values)
        kind = {"contraindicated": "stop", "caution": "warn"}.get(check.verdict, "ok")
        return updates(), notice(
            kind,
            f"<b>{check.verdict.capitalize()}.</b>"
            + _verdict_list("Absolute", check.absolute)
            + _verdict_list("Relative", check.relative),
        )


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


def apps() -> dict[str, type[App]]:
    """Every app of this module by name (used by tests and benchmarks)."""
    return {
        "mirels": MirelsApp,
        "sins": SinsApp,
        "renal": RenalDoseApp,
        "radiopharmaceutical": RadiopharmaceuticalApp,
        "ablation": AblationApp,
        "lung": LungTimelineApp,
    }
