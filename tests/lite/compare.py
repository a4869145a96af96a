"""Compare what a lesson printed and plotted in two runs (CPython here, Pyodide in the browser),
and what the browser drew with what the kernel holds.

Tolerance (the browser's numpy 2.0.2 / scipy 1.14.1 / pandas 2.2.3 are older than the desktop
pins): a printed number may differ by one unit of its last printed digit plus RTOL of its size;
a plotted value by RTOL relative (ATOL absolute near zero). RTOL = 1e-4 is 100 times the skew
seen: the vicious-cycle model (odeint) differs by about 1e-6 relative between the two SciPys.
"""

from __future__ import annotations

import base64
import math
import re

import numpy as np

RTOL = 1e-4
ATOL = 1e-9
NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")
PLOTLY = "application/vnd.plotly.v1+json"
WIDGET = "application/vnd.jupyter.widget-view+json"
TEXT_TYPES = ("text/plain", "text/markdown", "text/html")
# Run in the kernel (CPython or Pyodide): every live FigureWidget's traces, as JSON on stdout.
FIGURE_WIDGETS_CODE = """
import gc as _gc, json as _json
import numpy as _np
import plotly.graph_objects as _go

def _plain(value):
    if value is None:
        return None
    array = _np.asarray(value, dtype=object).ravel()
    return [None if v is None else v if isinstance(v, str) else float(v) for v in array]

_gc.collect()
print(_json.dumps([
    [[t.type, t.name, _plain(getattr(t, "x", None)), _plain(getattr(t, "y", None))]
     for t in _f.data]
    for _f in _gc.get_objects() if isinstance(_f, _go.FigureWidget)]))
"""
# In the page: the traces that plotly.js holds for a plot, in the same shape.
DRAWN_JS = """gd => gd.data.map(t => [t.type || 'scatter', t.name ?? null,
    t.x ? Array.from(t.x) : null, t.y ? Array.from(t.y) : null])"""


def numbers(text: str) -> list[tuple[float, float]]:
    """(value, unit of the last printed digit) of every number in ``text``."""
    found = []
    for match in NUMBER.finditer(text):
        token = match.group()
        mantissa = token.lower().split("e")[0]
        decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
        exponent = int(token.lower().split("e")[1]) if "e" in token.lower() else 0
        found.append((float(token), 10.0 ** max(-300, min(300, exponent - decimals))))
    return found


def output_text(output: dict) -> str:
    """What a learner reads in one output (plotly's HTML, with its random ids, left out)."""
    if output.get("output_type") == "stream":
        text = output["text"]
        return "".join(text) if isinstance(text, list) else text
    data = output.get("data", {})
    if PLOTLY in data or WIDGET in data:
        return ""
    texts = (
        "".join(data[k]) if isinstance(data[k], list) else str(data[k])
        for k in TEXT_TYPES
        if k in data
    )
    return "".join(t for t in texts if "<script" not in t)  # plotly.js's loader, in one run


def decode(values: object) -> list | None:
    """A plotly array: a list, or a typed array {"dtype", "bdata"} as plotly.py sends it."""
    if isinstance(values, dict) and "bdata" in values:
        return np.frombuffer(base64.b64decode(values["bdata"]), values["dtype"]).tolist()
    return None if values is None else list(values)


def close(a: object, b: object) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return abs(a - b) <= ATOL + RTOL * max(abs(a), abs(b))
    return a == b


def compare_traces(where: str, a: list, b: list) -> list[str]:
    """Differences between two lists of [type, name, x, y] traces."""
    if len(a) != len(b):
        return [f"{where}: {len(a)} traces vs {len(b)}"]
    problems = []
    for i, (ta, tb) in enumerate(zip(a, b, strict=True)):
        if ta[:2] != tb[:2]:
            problems.append(f"{where} trace {i}: {ta[:2]} vs {tb[:2]}")
            continue
        for axis, va, vb in (("x", ta[2], tb[2]), ("y", ta[3], tb[3])):
            va, vb = decode(va), decode(vb)
            if (va is None) != (vb is None) or va is not None and len(va) != len(vb):
                lengths = [None if v is None else len(v) for v in (va, vb)]
                problems.append(f"{where} trace {i} ({ta[1]}): {axis} lengths {lengths}")
            elif va is not None:
                bad = [k for k, (p, q) in enumerate(zip(va, vb, strict=True)) if not close(p, q)]
                if bad:
                    k = bad[0]
                    problems.append(
                        f"{where} trace {i} ({ta[1]}): {len(bad)} {axis} values differ, "
                        f"first at {k}: {va[k]!r} vs {vb[k]!r}"
                    )
    return problems


def plotly_traces(figure: dict) -> list:
    return [
        [t.get("type", "scatter"), t.get("name"), t.get("x"), t.get("y")]
        for t in figure.get("data", [])
    ]


def compare_notebooks(a: dict, b: dict) -> list[str]:
    """Differences in printed numbers and plotted data between two runs of one notebook."""
    cells_a = [c for c in a["cells"] if c["cell_type"] == "code"]
    cells_b = [c for c in b["cells"] if c["cell_type"] == "code"]
    if len(cells_a) != len(cells_b):
        return [f"{len(cells_a)} code cells vs {len(cells_b)}"]
    problems = []
    for n, (ca, cb) in enumerate(zip(cells_a, cells_b, strict=True)):
        na = [x for o in ca["outputs"] for x in numbers(output_text(o))]
        nb = [x for o in cb["outputs"] for x in numbers(output_text(o))]
        if len(na) != len(nb):
            problems.append(f"code cell {n}: {len(na)} printed numbers vs {len(nb)}")
        else:
            for (va, ua), (vb, ub) in zip(na, nb, strict=True):
                if abs(va - vb) > max(ua, ub) + RTOL * max(abs(va), abs(vb)):
                    problems.append(f"code cell {n}: printed {va} vs {vb}")
        figures_a = [o["data"][PLOTLY] for o in ca["outputs"] if PLOTLY in o.get("data", {})]
        figures_b = [o["data"][PLOTLY] for o in cb["outputs"] if PLOTLY in o.get("data", {})]
        if len(figures_a) != len(figures_b):
            problems.append(f"code cell {n}: {len(figures_a)} figures vs {len(figures_b)}")
            continue
        for k, (fa, fb) in enumerate(zip(figures_a, figures_b, strict=True)):
            problems += compare_traces(
                f"code cell {n} figure {k}", plotly_traces(fa), plotly_traces(fb)
            )
    return problems


def figure_key(figure: list) -> list:
    return [(t[0], str(t[1]), len(t[2] or []), len(t[3] or [])) for t in figure]


def compare_figure_widgets(a: list, b: list) -> list[str]:
    """Differences between two runs' FigureWidgets (as FIGURE_WIDGETS_CODE prints them)."""
    if len(a) != len(b):
        return [f"{len(a)} FigureWidgets vs {len(b)}"]
    problems = []
    pairs = zip(sorted(a, key=figure_key), sorted(b, key=figure_key), strict=True)
    for k, (fa, fb) in enumerate(pairs):
        problems += compare_traces(f"FigureWidget {k}", fa, fb)
    return problems


def match_drawn(drawn: list, kernel_figures: list) -> list[str]:
    """[] if some kernel FigureWidget has the drawn traces, else why the closest one differs."""
    best = None
    for figure in kernel_figures:
        problems = compare_traces("drawn vs kernel", drawn, figure)
        if not problems:
            return []
        if best is None or len(problems) < len(best):
            best = problems
    return best or ["no FigureWidget in the kernel"]
