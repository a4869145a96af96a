"""`make bench`: print a table of the course's timings.

Rows: the cold import of every ``course`` module (fresh interpreter), each notebook's execution
time from a fresh kernel, and whatever each ``benchmarks/bench_*.py`` module reports through its
``run()`` function (model and widget timings added by the lessons). Then a second table: each
app's key-to-redraw latency in JupyterLab against a bare FigureWidget (``latency.py``; needs
Chromium, skipped with a note without it).
"""

import importlib.util
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import nbformat
from latency import print_latency_table  # puts the repository on sys.path
from nbclient import NotebookClient

from tests.browser.conftest import CHROMIUM

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
Row = tuple[str, float, str]  # (what, milliseconds, note)

IMPORT_SNIPPET = (
    "import time, pkgutil, importlib; t = time.perf_counter(); import course; "
    "[importlib.import_module(m.name) for m in pkgutil.walk_packages(course.__path__, 'course.') "
    "if '.tools' not in m.name]; print((time.perf_counter() - t) * 1000)"
)


def median_ms(func: Callable[[], object], repeat: int = 21, warmup: int = 2) -> float:
    """Median wall time of ``func()`` in milliseconds, after ``warmup`` untimed calls."""
    for _ in range(warmup):
        func()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        func()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def cold_import() -> Row:
    """Time importing every course module in a fresh interpreter (median of 5 runs)."""
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", IMPORT_SNIPPET],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            ).stdout
        )
        for _ in range(5)
    ]
    return ("cold import of all course modules", statistics.median(runs), "median of 5")


def notebook_rows() -> list[Row]:
    """Execute each lesson from a fresh kernel and time it (kernel start included)."""
    rows = []
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        t = time.perf_counter()
        NotebookClient(
            nb,
            timeout=300,
            kernel_name="python3",
            resources={"metadata": {"path": str(path.parent)}},
        ).execute()
        rows.append((f"notebook {path.name}", (time.perf_counter() - t) * 1000, "one run"))
    return rows


def plugin_rows() -> list[Row]:
    """Collect the rows of every ``benchmarks/bench_*.py`` module's ``run()``."""
    rows: list[Row] = []
    for path in sorted(HERE.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        rows += module.run()
    return rows


def main() -> int:
    """Print the benchmark table."""
    rows = [cold_import(), *plugin_rows(), *notebook_rows()]
    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark'.ljust(width)}  {'ms':>11}  note")
    for what, ms, note in rows:
        print(f"{what.ljust(width)}  {ms:11.3f}  {note}")
    if CHROMIUM.exists():
        print_latency_table()
    else:
        print(f"\nlatency table skipped: {CHROMIUM} not found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
