"""IPython startup file of the browser tests' kernels: keep every plotly figure the kernel shows.

``start_lab`` copies this file into the test session's IPython profile. A static figure is
recorded when it is displayed: a copy whose traces get uids ``static-<n>-<i>`` (and whose layout
gets ``meta`` ``static-<n>``, for a figure drawn with shapes alone) is shown and kept, so the
page's plot can be matched to it. FigureWidgets are found among the live widgets.
Every update message a FigureWidget sends is checked for plotly's ``Undefined`` placeholder
(the front end's model stores it in place of the trace's value: see ``course.plots.update``).
A test then runs ``__course_dump_figures__(path)`` in the kernel and compares the JSON with
what the page drew.
"""

import json

import numpy as np
import plotly.graph_objects as go
from ipywidgets.widgets.widget import _instances
from plotly.basedatatypes import BaseFigure, Undefined
from plotly.basewidget import BaseFigureWidget

_SHOWN: list[go.Figure] = []
_PLACEHOLDERS: list[str] = []  # "title: key" of each update that left a trace's value out
_send_update = BaseFigureWidget._send_update_msg


def _checked_update(self, restyle_data, relayout_data, trace_indexes=None, **kwargs):
    """Note every per-trace list that holds plotly's Undefined placeholder, then send."""
    title = self.layout.title.text
    _PLACEHOLDERS.extend(
        f"{title}: {key}"
        for key, values in (restyle_data or {}).items()
        if isinstance(values, list) and any(v is Undefined for v in values)
    )
    return _send_update(self, restyle_data, relayout_data, trace_indexes, **kwargs)


def _recording(show):
    """Wrap a display method of static figures: show (and keep) a copy with trace uids."""

    def recorded(self, *args, **kwargs):
        fig = go.Figure(self)
        for i, trace in enumerate(fig.data):
            trace.uid = f"static-{len(_SHOWN)}-{i}"
        fig.layout.meta = f"static-{len(_SHOWN)}"  # a figure of shapes alone has no trace uid
        _SHOWN.append(fig)
        return show(fig, *args, **kwargs)

    return recorded


def _plain(value):
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    return str(value)


def __course_dump_figures__(path: str) -> None:
    """Write {"figures": every shown figure as {"kind", "data", "layout"}, "placeholders": the
    update messages that carried a placeholder} (JSON) to ``path``."""
    widgets = [w for w in list(_instances.values()) if isinstance(w, BaseFigureWidget)]
    figures = [("static", f) for f in _SHOWN] + [("widget", w) for w in widgets]
    out = [
        {
            "kind": kind,
            "data": [t.to_plotly_json() for t in f.data],
            "layout": {k: v for k, v in f.layout.to_plotly_json().items() if k != "template"},
        }
        for kind, f in figures
    ]
    with open(path, "w") as file:
        json.dump({"figures": out, "placeholders": _PLACEHOLDERS}, file, default=_plain)


BaseFigure._repr_mimebundle_ = _recording(BaseFigure._repr_mimebundle_)
BaseFigure._ipython_display_ = _recording(BaseFigure._ipython_display_)
BaseFigureWidget._send_update_msg = _checked_update
get_ipython().user_ns["__course_dump_figures__"] = __course_dump_figures__  # noqa: F821
