"""Compare what plotly.js drew in the page with the figures the kernel computed.

``page_figures`` reads ``gd.data`` and ``gd.layout`` of every ``.js-plotly-plot`` of the open
notebook; ``LabServer.kernel_figures`` dumps the kernel's figures (see ``kernel_hook.py``);
``differences`` lists every mismatch in words, so an assertion message says what is wrong;
``stale_apps`` does the same for each app's figures against what its ``compute`` gives.
"""

import math
from collections.abc import Sequence

# Trace keys compared element by element (numbers to within rounding, text exactly).
ARRAYS = ("x", "y", "base", "text")
# Read every plot: typed arrays and plotly's base64 form ({dtype, bdata}) become plain arrays.
PAGE_FIGURES_JS = """(plots, keys) => {
    const types = {f8: Float64Array, f4: Float32Array, i1: Int8Array, u1: Uint8Array,
                   i2: Int16Array, u2: Uint16Array, i4: Int32Array, u4: Uint32Array};
    const plain = v => {
        if (v === undefined) return '__undefined__';
        if (ArrayBuffer.isView(v)) return Array.from(v);
        if (v && typeof v === 'object' && typeof v.bdata === 'string' && types[v.dtype]) {
            const bytes = Uint8Array.from(atob(v.bdata), c => c.charCodeAt(0));
            return Array.from(new types[v.dtype](bytes.buffer));
        }
        if (Array.isArray(v)) return v.map(plain);
        return v;
    };
    return plots.map(gd => ({
        data: (gd.data || []).map(t => Object.fromEntries([
            ['uid', t.uid], ['type', t.type || 'scatter'], ['name', t.name],
            ...keys.filter(k => k in t).map(k => [k, plain(t[k])])])),
        layout: {
            meta: (gd.layout || {}).meta,
            shapes: ((gd.layout || {}).shapes || []).map(s => ({x0: s.x0, x1: s.x1,
                                                                 y0: s.y0, y1: s.y1})),
            annotations: ((gd.layout || {}).annotations || []).map(a => ({
                text: a.text, x: a.x, y: a.y, visible: a.visible})),
        },
    }));
}"""


def page_figures(page) -> list[dict]:
    """Every plot of the visible notebook as plotly.js holds it (``gd.data``, ``gd.layout``)."""
    plots = page.locator(".jp-NotebookPanel:visible .js-plotly-plot")
    return plots.evaluate_all(PAGE_FIGURES_JS, list(ARRAYS))


def close(a, b) -> bool:
    """Equal, numbers to within rounding (relative 1e-6); None and NaN count as equal."""
    if isinstance(a, float) and math.isnan(a):
        a = None
    if isinstance(b, float) and math.isnan(b):
        b = None
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)
    return a == b


def _flat(values) -> list:
    """Nested lists (a 2-D array) flattened; a scalar becomes a one-element list."""
    if not isinstance(values, list):
        return [values]
    return [v for item in values for v in _flat(item)]


def _compare_array(where: str, key: str, kernel, page) -> list[str]:
    if page == "__undefined__" or page is None:
        return [f"{where}: {key} is missing in the page; the kernel has {_describe(kernel)}"]
    kernel, page = _flat(kernel), _flat(page)
    if len(kernel) != len(page):
        return [
            f"{where}: {key} has {len(page)} values in the page, {len(kernel)} in the kernel "
            f"(page {_describe(page)}; kernel {_describe(kernel)})"
        ]
    bad = [i for i, (k, p) in enumerate(zip(kernel, page, strict=True)) if not close(k, p)]
    if bad:
        i = bad[0]
        return [
            f"{where}: {key} differs at {len(bad)} of {len(kernel)} points, first at index {i}: "
            f"page {page[i]!r}, kernel {kernel[i]!r}"
        ]
    return []


def _describe(values) -> str:
    values = _flat(values)
    if not values:
        return "0 values"
    return f"{len(values)} values {values[0]!r}…{values[-1]!r}"


def _compare_trace(where: str, kernel: dict, page: dict) -> list[str]:
    problems = []
    if kernel.get("type", "scatter") != page["type"]:
        problems.append(f"{where}: type {page['type']!r} in the page, {kernel['type']!r} kernel")
    for key in ARRAYS:
        if kernel.get(key) is not None and (key != "text" or isinstance(kernel[key], list)):
            problems += _compare_array(where, key, kernel[key], page.get(key))
    return problems


def _compare_layout(where: str, kernel: dict, page: dict) -> list[str]:
    problems = []
    for part, keys in (("shapes", ("x0", "x1", "y0", "y1")), ("annotations", ("text", "x", "y"))):
        ours, theirs = kernel.get(part, []), page[part]
        if len(ours) != len(theirs):
            problems.append(f"{where}: {len(theirs)} {part} in the page, {len(ours)} in kernel")
            continue
        for i, (k, p) in enumerate(zip(ours, theirs, strict=True)):
            for key in keys:
                if key in k and not close(k[key], p.get(key)):
                    problems.append(
                        f"{where}: {part}[{i}].{key} is {p.get(key)!r} in the page, "
                        f"{k[key]!r} in the kernel"
                    )
            if part == "annotations" and k.get("visible", True) != (p["visible"] is not False):
                problems.append(f"{where}: annotations[{i}].visible differs ({k.get('visible')})")
    return problems


def _title(figure: dict) -> str:
    title = figure["layout"].get("title", {})
    return (title.get("text") if isinstance(title, dict) else title) or "untitled"


def _key(data: list[dict], layout: dict) -> tuple:
    """What matches a page plot to a kernel figure: its trace uids and its layout ``meta`` (the
    only tag of a figure drawn with shapes alone)."""
    return tuple(t.get("uid") for t in data), layout.get("meta")


def differences(page: Sequence[dict], kernel: dict) -> list[str]:
    """Every way the page's figures differ from the kernel's (``LabServer.kernel_figures``):
    each page plot must be a kernel figure (matched by trace uids) with the same traces,
    arrays and shapes/annotations; each figure the kernel shows must be in the page; and no
    update may have sent a placeholder for a trace's value (a later view would lose it)."""
    by_uids = {_key(f["data"], f["layout"]): f for f in kernel["figures"]}
    problems = [f"an update sent a placeholder for {p}" for p in kernel["placeholders"]]
    matched = set()
    for n, drawn in enumerate(page):
        uids = _key(drawn["data"], drawn["layout"])
        figure = by_uids.get(uids)
        if figure is None:
            problems.append(f"page plot {n}: traces {uids} match no figure of the kernel")
            continue
        matched.add(uids)
        where = f"plot {n} ({_title(figure)!r})"
        for i, (k, p) in enumerate(zip(figure["data"], drawn["data"], strict=True)):
            problems += _compare_trace(f"{where} trace {i} {k.get('name')!r}", k, p)
        problems += _compare_layout(where, figure["layout"], drawn["layout"])
    for uids, figure in by_uids.items():
        if uids not in matched:
            problems.append(f"kernel {figure['kind']} figure {_title(figure)!r} is not in the page")
    return problems


def stale_apps(kernel: dict) -> list[str]:
    """Every way an app in the kernel (``kernel["apps"]``, see ``kernel_hook.py``) shows other
    figures or another status line than its ``compute`` gives for its controls' values."""
    problems = []
    for app in kernel["apps"]:
        where = f"app with controls {app['controls'][:3]}… (page: shown, kernel: computed)"
        if app["html"] != app["message"]:
            problems.append(f"{where}: shows {app['message']!r}, computes {app['html']!r}")
        for n, (computed, shown) in enumerate(zip(app["figures"], app["shown"], strict=True)):
            if len(computed["data"]) != len(shown["data"]):
                problems.append(f"{where} figure {n}: trace count differs")
                continue
            for i, (k, p) in enumerate(zip(computed["data"], shown["data"], strict=True)):
                problems += _compare_trace(f"{where} figure {n} trace {i}", k, p)
            layout = shown["layout"]
            notes = [{"visible": True} | a for a in layout.get("annotations", [])]
            page_like = {"shapes": layout.get("shapes", []), "annotations": notes}
            problems += _compare_layout(f"{where} figure {n}", computed["layout"], page_like)
    return problems
