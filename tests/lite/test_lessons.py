"""Every lesson in the static site, as a learner without a server meets it: opened directly by
URL in Chromium with every host but 127.0.0.1 blocked, Run All, nothing red, every plot and
widget drawn, the same numbers as CPython, and one control per app moved with the keyboard to a
known value: the kernel must hold that value, every app must show what its ``compute`` gives
for it, and the page must draw the kernel's figures."""

import asyncio
import json
import time
from concurrent.futures import ThreadPoolExecutor

import nbformat
import pytest
from nbclient import NotebookClient

from ..browser.lab_page import kernel_problems
from ..conftest import NOTEBOOKS, ROOT
from .compare import (
    DRAWN_JS,
    FIGURE_WIDGETS_CODE,
    PLOTLY,
    WIDGET,
    compare_figure_widgets,
    compare_notebooks,
    match_drawn,
)

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("lite")]
# Each app slider handle's accessible name and its label, as the page shows them (SliderNames).
SLIDER_NAMES_JS = """handles => handles.map(h => [h.getAttribute('aria-label'),
    h.closest('.widget-slider').querySelector('.widget-label').textContent.trim()])"""

KERNEL_HOOK = ROOT / "tests" / "browser" / "kernel_hook.py"
LESSONS = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
# The JupyterLab tests' kernel hook, loaded into the browser's kernel in a namespace of its own,
# and its dump of every control's value and every app's computed and shown figures.
HOOK_CODE = f"__course_hook__ = {{}}; exec({KERNEL_HOOK.read_text()!r}, __course_hook__)"
DUMP_CODE = """import json as _json
print(_json.dumps({"controls": __course_hook__["_controls"](), "apps": __course_hook__["_apps"]()},
                  default=__course_hook__["_plain"]))"""


@pytest.fixture(scope="module")
def cpython_runs(request):
    """Every selected lesson run in CPython, started at once in the background (one at a time)
    while the browser works; name -> future of cpython_run(name)."""
    selected = [
        item.callspec.params["name"]
        for item in request.session.items  # with the notebooks' nbval cells when run by make test
        if getattr(item, "originalname", None) == "test_lesson_in_the_static_site"
    ]
    with ThreadPoolExecutor(max_workers=1) as pool:
        yield {name: pool.submit(cpython_run, name) for name in selected}


def cpython_run(name: str) -> tuple[dict, list]:
    """The lesson run here (desktop pins), with its FigureWidgets read at the end."""
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(FIGURE_WIDGETS_CODE))
    client = NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": NOTEBOOKS}}
    )
    asyncio.run(client.async_execute())  # its own event loop, closed after (not the thread's)
    probe = notebook.cells.pop()
    return json.loads(json.dumps(notebook)), json.loads(probe.outputs[0]["text"])


def record(artifacts, **row) -> None:
    with (artifacts / "results.jsonl").open("a") as out:
        out.write(json.dumps(row) + "\n")


def count_outputs(notebook: dict, mime: str) -> int:
    return sum(
        mime in o.get("data", {})
        for c in notebook["cells"]
        if c["cell_type"] == "code"
        for o in c["outputs"]
    )


def assert_kernel_moved(nb, move, where: str, timeout: float = 30) -> None:
    """Wait until the kernel holds ``move.target`` in the control labelled ``move.label`` and
    every app shows the figures and status line its ``compute`` gives for its controls' values
    (``kernel_hook``'s dump, as in the JupyterLab tests); fail with what differs."""
    deadline = time.monotonic() + timeout
    while True:
        nb.wait_idle(timeout=60)
        problems = kernel_problems(nb.kernel_json(DUMP_CODE), move)
        if not problems:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"{where}, after {move}:\n" + "\n".join(problems[:25]))
        time.sleep(0.5)


@pytest.mark.parametrize("name", LESSONS)
def test_lesson_in_the_static_site(lite_page, server, lite_artifacts, cpython_runs, name):
    from .site import LitePage

    page, outside = lite_page
    stem = name.removesuffix(".ipynb")
    nb = LitePage(page, lite_artifacts / stem)
    ready = nb.open_timed(server.lesson_url(name))
    first_cell, run_all = nb.run_all_timed()

    errors = nb.error_outputs()
    assert not errors, f"{name}: error output in the browser:\n" + "\n---\n".join(errors)
    views, plots = nb.wait_rendered()
    lite = nb.notebook_json()
    assert views == count_outputs(lite, WIDGET), (views, count_outputs(lite, WIDGET))
    assert plots >= count_outputs(lite, PLOTLY)
    handles = page.locator(".jp-NotebookPanel:visible .course-app .widget-slider .noUi-handle")
    for aria, label in handles.evaluate_all(SLIDER_NAMES_JS):
        assert label and aria == label, f"{stem}: slider handle named {aria!r}, label {label!r}"

    reference, reference_widgets = cpython_runs[name].result()
    problems = compare_notebooks(reference, lite)
    lite_widgets = nb.kernel_json(FIGURE_WIDGETS_CODE)
    problems += compare_figure_widgets(reference_widgets, lite_widgets)
    assert not problems, f"{name}: CPython and Pyodide differ:\n" + "\n".join(problems)

    moved = []
    nb.run_in_kernel(HOOK_CODE)
    for section in nb.sections():
        move = nb.press(nb.movable(section)[0])
        moved.append(str(move))
        assert_kernel_moved(nb, move, f"{name}, cell {section.cell}")
        nb.screenshot(section.output, f"{stem}-cell{section.cell:02d}-moved")
        if not section.plots.count():
            continue
        time.sleep(0.5)  # let a second redraw of the same move land
        nb.wait_idle(timeout=60)
        kernel = nb.kernel_json(FIGURE_WIDGETS_CODE)
        for drawn in section.plots.evaluate_all(f"plots => plots.map({DRAWN_JS})"):
            mismatch = match_drawn(drawn, kernel)
            assert not mismatch, f"{name}, cell {section.cell}, after {moved[-1]}:\n" + (
                "\n".join(mismatch[:10])
            )
    assert not nb.error_outputs(), f"{name}: error output after moving controls"
    assert not outside, f"{name}: requests to other hosts: {outside}"

    record(
        lite_artifacts,
        notebook=name,
        kernel_ready_s=round(ready, 1),
        first_cell_s=round(first_cell, 1),
        run_all_s=round(run_all, 1),
        widgets=views,
        plots=plots,
        figure_widgets=len(lite_widgets),
        moved=moved,
    )
    print(
        f"{name}: kernel ready {ready:.1f} s, first cell {first_cell:.1f} s, Run All "
        f"{run_all:.1f} s, {views} widgets, {plots} plots, moved {moved}"
    )
