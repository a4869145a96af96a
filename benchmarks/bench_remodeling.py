"""Remodelling model and apps: the model's cost for 10 years with a therapy (goal ≤ 5 ms) and a
slider change until the FigureWidget holds the new data (Python side, goal ≤ 30 ms).

Each row's note adds the median CPU time of the process, which is less disturbed than wall time
when other jobs share the machine."""

import statistics
import time
from collections.abc import Callable
from itertools import cycle

from run import Row, median_ms

from course.remodeling import (
    AYATI_2010_TUMOUR,
    KOMAROVA_2003,
    KOMAROVA_2003_CYCLING,
    Therapy,
    simulate,
)
from course.widgets.remodeling import remodelling_app, vicious_cycle_app

TEN_YEARS = 3650


def cpu_median_ms(func: Callable[[], object]) -> float:
    """Median process CPU time of ``func()`` in milliseconds (runs under :func:`median_ms`)."""
    spent: list[float] = []

    def timed() -> None:
        t = time.process_time()
        func()
        spent.append(time.process_time() - t)

    median_ms(timed, warmup=0)
    return statistics.median(spent) * 1000


def row(name: str, func: Callable[[], object], goal: str = "") -> Row:
    """Time ``func`` (wall median for the table, CPU median in the note)."""
    wall = median_ms(func)
    note = f"median; CPU {cpu_median_ms(func):.1f} ms" + (f"; goal <= {goal}" if goal else "")
    return (name, wall, note)


def run() -> list[Row]:
    """Time ``simulate`` and the two apps' slider-to-figure updates."""
    therapy = Therapy("bisphosphonate", start_day=600)
    vicious = vicious_cycle_app()
    strengths = cycle([0.5, 1.0, 1.5, 2.0])
    remodel = remodelling_app()
    g11 = cycle([0.5, 0.6, 0.7, 0.8])

    def move_strength() -> None:
        vicious.controls["strength"].value = next(strengths)

    def move_g11() -> None:
        remodel.controls["g11"].value = next(g11)

    def ten_years() -> None:
        simulate(KOMAROVA_2003_CYCLING, TEN_YEARS, tumour=AYATI_2010_TUMOUR, therapy=therapy)

    return [
        row("remodelling: simulate 10 y tumour + therapy", ten_years, "5 ms"),
        row("remodelling: simulate one cycle (1000 d)", lambda: simulate(KOMAROVA_2003, 1000)),
        row("vicious-cycle app: strength slider -> figure", move_strength, "30 ms (Python)"),
        row("remodelling app: g11 slider -> figures", move_g11),
    ]
