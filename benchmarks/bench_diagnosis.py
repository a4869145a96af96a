"""Diagnosis calculators and apps: time per calculation and per control change."""

from itertools import cycle

from run import Row, median_ms

from course.clinical import (
    cockcroft_gault,
    corrected_calcium,
    hypercalcaemia_severity,
    post_test_probability,
    sequential_post_test,
    triage,
)
from course.widgets.diagnosis import BayesApp, CalciumApp, SkeletonApp, TriageApp

TESTS = [(0.86, 0.814, "positive"), (0.906, 0.954, "negative")]


def _mover(control, values):
    """Return a callable that sets ``control`` to the next of ``values`` (a real change)."""
    values = cycle(values)

    def move() -> None:
        control.value = next(values)

    return move


def run() -> list[Row]:
    """Time the calculators and one control change in each app (figure update included)."""
    bayes, calcium, skeleton, triage_app = BayesApp(), CalciumApp(), SkeletonApp(), TriageApp()
    return [
        (
            "calc: cockcroft_gault",
            median_ms(lambda: cockcroft_gault(65, 70, 1.4, "male")),
            "median",
        ),
        (
            "calc: corrected calcium + severity",
            median_ms(lambda: hypercalcaemia_severity(corrected_calcium(11.0, 2.5))),
            "median",
        ),
        (
            "calc: post-test probability",
            median_ms(lambda: post_test_probability(0.3, 0.86, 0.814)),
            "median",
        ),
        ("calc: two chained tests", median_ms(lambda: sequential_post_test(0.3, TESTS)), "median"),
        (
            "calc: triage (3 symptoms)",
            median_ms(lambda: triage(["limb weakness", "confusion", "mechanical spinal pain"])),
            "median",
        ),
        ("app: Bayes build", median_ms(BayesApp, repeat=5, warmup=1), "median of 5"),
        (
            "app: Bayes pre-test slider move",
            median_ms(_mover(bayes.controls["pretest"], [0.2, 0.4, 0.6])),
            "median, in place",
        ),
        (
            "app: Bayes first-test change",
            median_ms(_mover(bayes.controls["test1"], ["MRI (per patient)", "CT (per lesion)"])),
            "median, in place",
        ),
        (
            "app: calcium albumin change",
            median_ms(_mover(calcium.controls["albumin"], [2.0, 3.0, 4.0])),
            "median, in place",
        ),
        (
            "app: calcium unit switch",
            median_ms(_mover(calcium.controls["unit"], ["mmol/L", "mg/dL"])),
            "median, redraw",
        ),
        (
            "app: skeleton primary change",
            median_ms(_mover(skeleton.controls["primary"], ["Lung", "Prostate"])),
            "median",
        ),
        (
            "app: triage symptom change",
            median_ms(_mover(triage_app.controls["symptoms"], [("limb weakness",), ()])),
            "median",
        ),
    ]
