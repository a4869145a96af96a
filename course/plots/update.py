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

__all__ = ["update_figure", "wire"]


def wire(value: object) -> object:
    """``value`` in the form the front end receives fastest: a 1-D numeric array as contiguous
    float64 (sent as one binary buffer), other sequences as plain lists, scalars unchanged."""
    if value is None or isinstance(value, str | bytes | bool | int | float | dict):
        return value
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
    with the current value of the others; properties that do not change are not sent."""
    unknown = [i for i in traces if not 0 <= i < len(fig.data)]
    if unknown:
        raise ValueError(f"trace indexes must be in 0..{len(fig.data) - 1}; got {unknown}")
    indexes = sorted(traces)
    keys = dict.fromkeys(key for i in indexes for key in traces[i])
    restyle = {
        key: [wire(traces[i][key] if key in traces[i] else fig.data[i][key]) for i in indexes]
        for key in keys
    }
    fig.plotly_update(restyle_data=restyle, relayout_data=dict(layout or {}), trace_indexes=indexes)
