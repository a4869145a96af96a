"""Management lessons: calculators, figures, one control change in each app, a case step."""

from run import Row, median_ms

from course.clinical import mirels_score, sins_score, zoledronic_acid_dose
from course.clinical.lung import lung_treatment_lines
from course.plots.management import hazard_ratio_forest, lung_timeline_figure
from course.widgets.cases import CASES, CaseApp, play
from course.widgets.management import LungTimelineApp, MirelsApp, RenalDoseApp


def _toggle(control, first, second):
    """Return a function that flips ``control`` between two values (one update per call)."""
    state = {"flip": False}

    def flip() -> None:
        state["flip"] = not state["flip"]
        control.value = second if state["flip"] else first

    return flip


def run() -> list[Row]:
    """Time the calculators, two figure builders, app updates and a full case."""
    mirels, renal, lung = MirelsApp(), RenalDoseApp(), LungTimelineApp()
    case_app = CaseApp(CASES["breast_femur"])
    return [
        (
            "mirels_score",
            median_ms(lambda: mirels_score("lower limb", "moderate", "lytic", "<1/3"), repeat=201),
            "median",
        ),
        (
            "sins_score",
            median_ms(
                lambda: sins_score("mobile", "none", "mixed", "normal", "none", "none"), repeat=201
            ),
            "median",
        ),
        (
            "zoledronic_acid_dose",
            median_ms(lambda: zoledronic_acid_dose(45.0), repeat=201),
            "median",
        ),
        ("forest plot: build", median_ms(hazard_ratio_forest), "median"),
        (
            "lung timeline: build",
            median_ms(lambda: lung_timeline_figure(lung_treatment_lines("egfr"))),
            "median",
        ),
        (
            "Mirels app: one dropdown change",
            median_ms(_toggle(mirels.controls["size"], "<1/3", ">2/3")),
            "median, FigureWidget in place",
        ),
        (
            "renal app: one creatinine change",
            median_ms(_toggle(renal.controls["creatinine"], 1.0, 2.5)),
            "median, Cockcroft–Gault + dose",
        ),
        (
            "lung app: one driver change",
            median_ms(_toggle(lung.controls["driver"], "egfr", "alk or ros1")),
            "median",
        ),
        (
            "case: play all of case 1 (no widget)",
            median_ms(lambda: play(CASES["prostate_mscc"], [0] * 5)),
            "median",
        ),
        (
            "case app: build + one decision",
            median_ms(lambda: CaseApp(CASES["breast_femur"]).submit(0)),
            "median",
        ),
        ("case app: restart", median_ms(case_app.reset), "median"),
    ]
