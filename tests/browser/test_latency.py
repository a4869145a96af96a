"""Slider-to-redraw latency in the browser: the vicious-cycle app against a bare sine slider.

Recorded, never asserted (timings depend on the machine): printed and written to
test-artifacts/browser/latency.json. Goal: the app within 1.3x of the bare slider.
"""

import json
import statistics
import time

import nbformat
import pytest

from ..conftest import ROOT
from .lab_page import NotebookPage

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
MOVES = 12
GOAL = 1.3
SINE = """import numpy as np
import ipywidgets as widgets
import plotly.graph_objects as go

x = np.linspace(0, 10, 200)
fig = go.FigureWidget(go.Scatter(x=x, y=np.sin(x)))
slider = widgets.FloatSlider(value=1.0, min=0.5, max=5.0, step=0.1, description="Frequency")

def redraw(change):
    with fig.batch_update():
        fig.data[0].y = np.sin(change["new"] * x)

slider.observe(redraw, names="value")
widgets.VBox([slider, fig])"""
VICIOUS = "from course.widgets.remodeling import vicious_cycle_app\n\nvicious_cycle_app()"
# Record the time of every keydown and of every DOM change inside the plot.
RECORDER_JS = """gd => {
    const rec = window.__latency = {key: 0, mutations: []};
    document.addEventListener('keydown', () => { rec.key = performance.now();
                                                 rec.mutations = []; }, true);
    new MutationObserver(() => rec.mutations.push(performance.now())).observe(
        gd, {subtree: true, childList: true, attributes: true, characterData: true});
}"""
# Once the plot data differs from `before` and the plot has been still for 300 ms: the time
# from the key press to the last DOM change of that redraw (ms), else null.
REDRAWN_JS = """(gd, before) => {
    const rec = window.__latency, now = performance.now(), last = rec.mutations.at(-1);
    const changed = JSON.stringify(gd.data) !== before;
    return changed && last && now - last > 300 ? last - rec.key : null;
}"""


def measure(page, lab, artifacts, name: str, source: str) -> list[float]:
    """Open a scratch notebook showing ``source``'s widget; press ArrowRight on its first
    slider MOVES times; return the key-to-redraw latencies in ms."""
    path = lab.root / "scratch" / f"{name}.ipynb"
    path.parent.mkdir(exist_ok=True)
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)])
    notebook.metadata.kernelspec = KERNELSPEC  # without it, Lab asks which kernel to start
    nbformat.write(notebook, path)
    nb = NotebookPage(page, artifacts / "latency")
    nb.open(lab.lab_url(f"scratch/{name}.ipynb", workspace=f"latency-{name}"))
    nb.run_all()
    nb.wait_rendered()
    plot = page.locator(".jp-NotebookPanel:visible .js-plotly-plot").first
    handle = page.locator(".jp-NotebookPanel:visible .widget-slider .noUi-handle").first
    handle.scroll_into_view_if_needed()
    plot.evaluate(RECORDER_JS)
    times, lost = [], 0
    while len(times) < MOVES:
        before = plot.evaluate("gd => JSON.stringify(gd.data)")
        handle.focus()
        page.keyboard.press("ArrowRight")
        deadline = time.monotonic() + 20
        while (latency := plot.evaluate(REDRAWN_JS, before)) is None:
            if time.monotonic() > deadline:  # a key press lost under load: press again
                lost += 1
                assert lost <= 3, f"{name}: no redraw after {lost} key presses: " + (
                    page.evaluate("JSON.stringify(window.__latency)")
                )
                break
            time.sleep(0.05)
        else:
            times.append(latency)
    nb.screenshot(page.locator(".jp-NotebookPanel:visible .jp-OutputArea").first, name)
    return times


@pytest.mark.skipif(
    "def vicious_cycle_app"
    not in (
        (ROOT / "course/widgets/remodeling.py").read_text()
        if (ROOT / "course/widgets/remodeling.py").exists()
        else ""
    ),
    reason="the vicious-cycle app (course.widgets.remodeling) is not on this branch yet",
)
def test_vicious_cycle_latency_against_bare_slider(page, lab, artifacts):
    runs = {"bare_sine_slider": measure(page, lab, artifacts, "latency_sine", SINE)}
    lab.shutdown_kernels()
    runs["vicious_cycle_app"] = measure(page, lab, artifacts, "latency_vicious", VICIOUS)
    medians = {name: statistics.median(times) for name, times in runs.items()}
    ratio = medians["vicious_cycle_app"] / medians["bare_sine_slider"]
    report = {
        "moves": MOVES,
        "median_ms": {name: round(ms, 1) for name, ms in medians.items()},
        "ratio": round(ratio, 2),
        "goal_ratio": GOAL,
        "within_goal": ratio <= GOAL,
        "all_ms": {name: [round(t, 1) for t in times] for name, times in runs.items()},
    }
    (artifacts / "latency.json").write_text(json.dumps(report, indent=2))
    print(
        f"slider key press -> plot redraw, median of {MOVES}: bare sine slider "
        f"{medians['bare_sine_slider']:.0f} ms, vicious-cycle app "
        f"{medians['vicious_cycle_app']:.0f} ms, ratio {ratio:.2f} (goal <= {GOAL})"
    )
    assert all(t > 0 for times in runs.values() for t in times)
