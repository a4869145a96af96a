"""Key-to-redraw latency of every app in JupyterLab (Chromium), against a bare FigureWidget.

For each app: a scratch notebook showing it, Run All, then MOVES key presses on its first
control. A move's latency is the time from the last ``keydown`` to the *last* DOM change inside
the app's output element (a MutationObserver; both in the page's own clock), once the output
has been still for QUIET_MS. The floor is a bare FigureWidget sine slider (400 points, one
trace) measured in the same run. Printed by ``make bench`` as a table: app, median, floor,
ratio (goal: at most GOAL). Timings depend on the machine's load; they are reported, never
asserted. Run alone with ``python benchmarks/latency.py [label part ...]`` (e.g. ``03 07``).
"""

import math
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import VIEWPORT, chromium  # noqa: E402
from tests.browser.lab_page import NotebookPage  # noqa: E402
from tests.browser.server import copy_repository, start_lab  # noqa: E402

MOVES = 12
GOAL = 1.3
QUIET_MS = 400
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
SLIDER = ".widget-slider .noUi-handle"
DROPDOWN = ".widget-dropdown select"
TOGGLE = ".widget-toggle-buttons button:not(.mod-active)"
CHECKBOX = ".widget-checkbox input"
# Keys of one move, alternating between the two entries (a dropdown goes down, then back up).
KEYS = {
    SLIDER: (("ArrowRight",), ("ArrowRight",)),
    DROPDOWN: (("Space", "ArrowDown", "Enter"), ("Space", "ArrowUp", "Enter")),
    TOGGLE: (("Space",), ("Space",)),
    CHECKBOX: (("Space",), ("Space",)),
}
FLOOR = "bare FigureWidget sine slider"
SINE = """import numpy as np
import ipywidgets as widgets
import plotly.graph_objects as go

x = np.linspace(0, 10, 400)
fig = go.FigureWidget(go.Scatter(x=x, y=np.sin(x)))
slider = widgets.FloatSlider(value=1.0, min=0.5, max=5.0, step=0.1, description="Frequency")

def redraw(change):
    with fig.batch_update():
        fig.data[0].y = np.sin(change["new"] * x)

slider.observe(redraw, names="value")
widgets.VBox([slider, fig])"""


@dataclass(frozen=True)
class App:
    """An app to time: its label, the cell that shows it, and the control to move."""

    label: str
    source: str
    control: str


def _app(label: str, module: str, call: str, control: str) -> App:
    name = call.split("(")[0]
    return App(label, f"from course.widgets.{module} import {name}\n\n{call}", control)


APPS = (
    App(FLOOR, SINE, SLIDER),
    _app("01 remodelling (g11 slider)", "remodeling", "remodelling_app()", SLIDER),
    _app("03 vicious cycle (rho slider)", "remodeling", "vicious_cycle_app()", SLIDER),
    _app("04 skeleton (primary dropdown)", "diagnosis", 'SkeletonApp("Breast")', DROPDOWN),
    _app("05 Bayes (pre-test slider)", "diagnosis", "BayesApp()", SLIDER),
    _app("05 calcium (unit toggle)", "diagnosis", "CalciumApp()", TOGGLE),
    _app("06 lung timeline (driver dropdown)", "management", "LungTimelineApp().widget", DROPDOWN),
    _app("06 renal dose (age slider)", "management", "RenalDoseApp().widget", SLIDER),
    _app("07 radiopharmaceutical (pain checkbox)", "management",
         "RadiopharmaceuticalApp().widget", CHECKBOX),
    _app("07 Mirels (site dropdown)", "management", "MirelsApp().widget", DROPDOWN),
    _app("07 SINS (location dropdown)", "management", "SinsApp().widget", DROPDOWN),
    _app("07 ablation (anaesthesia checkbox)", "management", "AblationApp().widget", CHECKBOX),
    _app("04 triage (symptom checkbox)", "diagnosis", "TriageApp()", CHECKBOX),
    _app("10 surgery balance (ECOG checkbox)", "prognosis", "SurgeryBalanceApp()", CHECKBOX),
)  # fmt: skip

# Record the time of every keydown and of every DOM change inside an element (an app's output,
# a plot).
RECORDER_JS = """out => {
    const rec = window.__latency = {key: 0, mutations: []};
    document.addEventListener('keydown', () => { rec.key = performance.now();
                                                 rec.mutations = []; }, true);
    new MutationObserver(() => rec.mutations.push(performance.now())).observe(
        out, {subtree: true, childList: true, attributes: true, characterData: true});
}"""
# Once the output has changed and been still for QUIET_MS: key-to-last-change in ms, else null.
SETTLED_JS = """quiet => {
    const rec = window.__latency, last = rec.mutations.at(-1);
    return last && performance.now() - last > quiet ? last - rec.key : null;
}"""


def measure(page, lab, workdir: Path, app: App) -> list[float]:
    """Show ``app`` in a scratch notebook; move its first control MOVES times; return the
    key-to-last-change latencies in ms."""
    stem = "".join(c if c.isalnum() else "_" for c in app.label)
    path = lab.root / "scratch" / f"{stem}.ipynb"
    path.parent.mkdir(exist_ok=True)
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(app.source)])
    notebook.metadata.kernelspec = KERNELSPEC
    nbformat.write(notebook, path)
    nb = NotebookPage(page, workdir)
    nb.open(lab.lab_url(f"scratch/{stem}.ipynb", workspace=f"latency-{stem}"))
    nb.run_all()
    nb.wait_rendered()
    output = page.locator(".jp-NotebookPanel:visible .jp-OutputArea-output").first
    output.evaluate(RECORDER_JS)
    times: list[float] = []
    for move in range(MOVES):
        control = output.locator(app.control).first
        control.scroll_into_view_if_needed()
        time.sleep(0.2)
        control.focus()
        for key in KEYS[app.control][move % 2]:
            page.keyboard.press(key)
        deadline = time.monotonic() + 20
        while (latency := page.evaluate(SETTLED_JS, QUIET_MS)) is None:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{app.label}: no change after move {move + 1}")
            time.sleep(0.05)
        times.append(latency)
        nb.wait_idle(timeout=60, settle=0.2)
    lab.shutdown_kernels()
    return times


def latency_table(only: tuple[str, ...] = ()) -> list[tuple[str, float, float, float]]:
    """(app, median ms, floor ms, ratio) for every app (or those whose label contains one of
    ``only``), the floor first."""
    apps = [a for a in APPS if a.label == FLOOR or not only or any(o in a.label for o in only)]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        lab = start_lab(copy_repository(ROOT, tmp / "repo"), tmp / "state", tmp / "lab.log")
        try:
            with chromium() as browser:
                page = browser.new_context(viewport=VIEWPORT).new_page()
                page.set_default_timeout(60_000)
                medians = {}
                for app in apps:
                    try:
                        times = measure(page, lab, tmp / "shots", app)
                        medians[app.label] = statistics.median(times)
                    except RuntimeError as error:  # one app that did not redraw: say so, go on
                        print(error, file=sys.stderr)
                        medians[app.label] = math.nan
        finally:
            lab.stop()
    floor = medians[FLOOR]
    return [(label, ms, floor, ms / floor) for label, ms in medians.items()]


def print_latency_table(only: tuple[str, ...] = ()) -> None:
    """Print the latency table (the floor row has ratio 1)."""
    rows = latency_table(only)
    width = max(len(r[0]) for r in rows)
    print(
        f"\nkey -> last change of the app's output, median of {MOVES} moves, goal ratio <= {GOAL}"
    )
    print(f"{'app'.ljust(width)}  {'median ms':>9}  {'floor ms':>8}  {'ratio':>5}")
    for label, ms, floor, ratio in rows:
        flag = "" if ratio <= GOAL else "  above goal" if ratio > GOAL else "  no redraw seen"
        print(f"{label.ljust(width)}  {ms:9.0f}  {floor:8.0f}  {ratio:5.2f}{flag}")


if __name__ == "__main__":
    print_latency_table(tuple(sys.argv[1:]))
