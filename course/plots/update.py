"""Change a figure in place, in one message, without the front end losing what did not change.

Every app of the course refills its figures through :func:`update_figure` (a ``go.Figure`` or a
``FigureWidget``), never through ``batch_update()``. The reason: ``batch_update()`` sends one
``plotly_update`` message whose per-trace lists hold the placeholder ``"_undefined_"`` for each
trace that did not set that property (``BaseFigure._build_update_params_from_batch``). plotly's
front-end model (``FigureModel.do_update`` in plotly's ``widgetbundle.js``) applies the message to
its stored ``_widget_data`` *without* decoding it, so the placeholder string replaces the stored
array; a view created later (the first view, when the app updated before it was displayed, or
any re-rendered view) draws such a trace without ``x``, against its index. Here each property
that changes is sent with its real value for every listed trace, so no placeholder is ever sent.
"""

from collections.abc import Mapping

import numpy as np
import plotly.graph_objects as go

__all__ = ["refill", "update_figure", "wire"]

LAYOUT_ARRAYS = ("shapes", "annotations", "images")
"""Layout arrays given whole (a list of dicts): plotly's Python side cannot change their length
through ``plotly_update`` (the extra items are kept, the missing ones left as empty items), so
they are assigned, and only when they differ."""


def wire(value: object) -> object:
    """``value`` in the form the front end receives fastest: a 1-D numeric array as contiguous
    float64 (sent as one binary buffer), other sequences as plain lists, scalars unchanged."""
    if value is None or isinstance(value, str | bytes | bool | int | float | dict):
        return value
    if hasattr(value, "to_plotly_json"):  # a nested plotly object (a trace's line, marker)
        return value.to_plotly_json()
    array = np.asarray(value)
    if array.ndim == 1 and array.size and array.dtype.kind in "iuf":
        return np.ascontiguousarray(array, dtype=np.float64)
    return array.tolist()


def update_figure(
    fig: go.Figure,
    traces: Mapping[int, Mapping[str, object]],
    layout: Mapping[str, object] | None = None,
) -> None:
    """Set trace properties (``{trace index: {property path: value}}``, e.g.
    ``{0: {"x": days, "y": cells}}``) and layout properties (``{"shapes[0].x0": 600}``) on
    ``fig`` as one ``plotly_update``. A property given for some of the listed traces is sent
    with the current value of the others; properties that do not change are not sent. A whole
    layout array (``{"shapes": [...]}``, see :data:`LAYOUT_ARRAYS`) is assigned after it, only if
    it differs."""
    unknown = [i for i in traces if not 0 <= i < len(fig.data)]
    if unknown:
        raise ValueError(f"trace indexes must be in 0..{len(fig.data) - 1}; got {unknown}")
    indexes = sorted(traces)
    keys = dict.fromkeys(key for i in indexes for key in traces[i])
    restyle = {
        key: [wire(traces[i][key] if key in traces[i] else fig.data[i][key]) for i in indexes]
        for key in keys
    }
    relayout = dict(layout or {})
    arrays = {key: relayout.pop(key) for key in LAYOUT_ARRAYS if key in relayout}
    fig.plotly_update(restyle_data=restyle, relayout_data=relayout, trace_indexes=indexes)
    changed = {
        key: items
        for key, items in arrays.items()
        if [item.to_plotly_json() for item in fig.layout[key]] != list(items)
    }
    if changed:  # a second message, layout only (so no trace can get a placeholder)
        with fig.batch_update():
            for key, items in changed.items():
                fig.layout[key] = items


def refill(fig: go.Figure, fresh: go.Figure, layout: tuple[str, ...] = ("shapes", "annotations")):
    """Make ``fig`` draw what ``fresh`` (a figure with as many traces, built anew for the new
    state) draws: every trace's properties and the ``layout`` parts, as one update."""
    if len(fig.data) != len(fresh.data):
        raise ValueError(f"refill needs {len(fig.data)} traces in the fresh figure, not "
                         f"{len(fresh.data)}")  # fmt: skip
    props = [trace.to_plotly_json() for trace in fresh.data]
    keys = {key for p in props for key in p} - {"type", "uid"}
    traces = {i: {key: p.get(key) for key in keys} for i, p in enumerate(props)}  # None: default
    parts = {part: [item.to_plotly_json() for item in fresh.layout[part]] for part in layout}
    update_figure(fig, traces, parts)
