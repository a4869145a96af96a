"""The static site (JupyterLite + Pyodide) in headless Chromium, other hosts blocked: the build,
the site's size, the time until a lesson's kernel is ready, the first cell (imports of course,
numpy, scipy, pandas, plotly), and the vicious-cycle slider's key-to-redraw latency (median of
12 ArrowRight presses). Recorded, not asserted; one run each, so noisy on a shared machine."""

import json
import statistics
import sys
import time
from pathlib import Path

from run import Row

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from latency import MOVES, RECORDER_JS  # noqa: E402

from lite import build  # noqa: E402
from tests.browser.conftest import VIEWPORT, chromium  # noqa: E402
from tests.lite.conftest import missing_part  # noqa: E402
from tests.lite.site import LitePage, StaticServer, block_outside  # noqa: E402

# Once the plot data differs from `before` and the plot has been still for 300 ms: the time
# from the key press to the last DOM change of that redraw (ms), else null.
REDRAWN_JS = """(gd, before) => {
    const rec = window.__latency, now = performance.now(), last = rec.mutations.at(-1);
    const changed = JSON.stringify(gd.data) !== before;
    return changed && last && now - last > 300 ? last - rec.key : null;
}"""

LESSON = "03_vicious_cycle.ipynb"
SLIDER = ".jp-NotebookPanel:visible .course-control-rho .noUi-handle"


def slider_latencies(nb: LitePage) -> list[float]:
    """Key-to-redraw times (ms) of the vicious-cycle app's feedback slider."""
    page = nb.page
    handle = page.locator(SLIDER).first
    plot = handle.locator("xpath=ancestor::div[contains(@class,'jp-OutputArea')][1]").locator(
        ".js-plotly-plot"
    )
    handle.scroll_into_view_if_needed()
    plot.first.evaluate(RECORDER_JS)
    times = []
    for _ in range(MOVES):
        before = plot.first.evaluate("gd => JSON.stringify(gd.data)")
        handle.focus()
        page.keyboard.press("ArrowRight")
        deadline = time.monotonic() + 20
        while (latency := plot.first.evaluate(REDRAWN_JS, before)) is None:
            if time.monotonic() > deadline:
                break
            time.sleep(0.05)
        else:
            times.append(latency)
    return times


def run() -> list[Row]:
    reason = missing_part()
    if reason:
        return [("static site (JupyterLite)", float("nan"), f"skipped: {reason}")]
    build.main([])
    summary = json.loads((build.SITE / ".built").read_text())
    rows: list[Row] = [
        ("lite: site build", summary["build_s"] * 1000, f"{summary['site_mb']} MB, last build")
    ]
    server = StaticServer(build.SITE)
    try:
        with chromium() as browser:
            context = browser.new_context(viewport=VIEWPORT)
            outside = block_outside(context)
            page = context.new_page()
            page.set_default_timeout(60_000)
            nb = LitePage(page, ROOT / "test-artifacts" / "bench-lite")
            ready = nb.open_timed(server.lesson_url(LESSON))
            first, total = nb.run_all_timed()
            nb.wait_rendered()
            times = slider_latencies(nb)
    finally:
        server.stop()
    note = f"{LESSON}, cold browser cache" + (
        f"; {len(outside)} outside requests" if outside else ""
    )
    rows += [
        ("lite: kernel ready after opening a lesson", ready * 1000, note),
        ("lite: first cell (imports)", first * 1000, note),
        ("lite: Run All", total * 1000, note),
        (
            "lite: vicious-cycle slider key -> redraw",
            statistics.median(times) if times else float("nan"),
            f"median of {len(times)} of {MOVES} presses",
        ),
    ]
    return rows
