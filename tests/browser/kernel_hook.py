"""IPython startup file of the browser tests' kernels: keep every plotly figure the kernel shows.

``start_lab`` copies this file into the test session's IPython profile. A static figure is
recorded when it is displayed: a copy whose traces get uids ``static-<n>-<i>`` (and whose layout
gets ``meta`` ``static-<n>``, for a figure drawn with shapes alone) is shown and kept, so the
page's plot can be matched to it. FigureWidgets are found among the live widgets.
Every update message a FigureWidget sends is checked for plotly's ``Undefined`` placeholder
(the front end's model stores it in place of the trace's value: see ``course.plots.update``).
A test then runs ``__course_dump_figures__(path)`` in the kernel and compares the JSON with
what the page drew. The dump also holds every labelled control's value, and for each live app
(:class:`course.widgets.app.App`) its figures recomputed from its controls' values
(``app.compute``), so a test can check that the kernel drew what the app computes for the
value a control was moved to, and for each answered question (self-check, case step) the
option the kernel holds as chosen, with the feedback that option must give.
"""

import gc
import json
import sys

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


def _figure_json(kind: str, figure: go.Figure) -> dict:
    layout = figure.layout.to_plotly_json()
    return {
        "kind": kind,
        "data": [t.to_plotly_json() for t in figure.data],
        "layout": {k: v for k, v in layout.items() if k != "template"},
    }


def _controls() -> list[dict]:
    """Every live labelled control: its label, value and, for a choice, the chosen option's
    label (what the page shows)."""
    return [
        {"description": w.description, "value": w.value, "label": getattr(w, "label", None)}
        for w in list(_instances.values())
        if getattr(w, "description", None) and hasattr(w, "value")
    ]


def _apps() -> list[dict]:
    """Every live app: its figures as ``compute`` draws them for the controls' current values
    (on copies), and the status line it computes, beside the message it shows."""
    from course.widgets.app import App

    out = []
    for app in [o for o in gc.get_objects() if isinstance(o, App)]:
        copies = [go.Figure(f) for f in app.figures]
        try:
            fill, html = app.compute(app.values())
        except ValueError:
            continue  # a refused value: the figures keep the last valid state
        fill(copies)
        out.append(
            {
                "controls": [c.description for c in app.controls.values()],
                "figures": [_figure_json("computed", f) for f in copies],
                "shown": [_figure_json("widget", f) for f in app.figures],
                "html": html,
                "message": app.message.value,
            }
        )
    return out


def _answers() -> list[dict]:
    """Every answered question: the chosen option's text, the feedback shown, and the feedback
    that option gives by its own data (verdict and explanation)."""
    selfcheck, cases = (sys.modules.get(f"course.widgets.{m}") for m in ("selfcheck", "cases"))
    out = []
    for o in gc.get_objects():
        if selfcheck and isinstance(o, selfcheck.SelfCheck) and o.choice.value is not None:
            chosen, expected = o.options[o.choice.value], selfcheck.feedback_html
        elif cases and isinstance(o, cases.CaseApp) and o.run.history:
            chosen, expected = o.run.history[-1].choice, cases.feedback_html
        else:
            continue
        out.append({"option": chosen.text, "shown": o.feedback.value, "expected": expected(chosen)})
    return out


def __course_dump_figures__(path: str) -> None:
    """Write {"figures": every shown figure as {"kind", "data", "layout"}, "placeholders": the
    update messages that carried a placeholder, "controls": every labelled control's value,
    "apps": each app's figures as computed from its values and as shown, "answers": each
    answered question's chosen option and feedback} (JSON) to ``path``."""
    widgets = [w for w in list(_instances.values()) if isinstance(w, BaseFigureWidget)]
    figures = [("static", f) for f in _SHOWN] + [("widget", w) for w in widgets]
    dump = {
        "figures": [_figure_json(kind, f) for kind, f in figures],
        "placeholders": _PLACEHOLDERS,
        "controls": _controls(),
        "apps": _apps(),
        "answers": _answers(),
    }
    with open(path, "w") as file:
        json.dump(dump, file, default=_plain)


BaseFigure._repr_mimebundle_ = _recording(BaseFigure._repr_mimebundle_)
BaseFigure._ipython_display_ = _recording(BaseFigure._ipython_display_)
BaseFigureWidget._send_update_msg = _checked_update
get_ipython().user_ns["__course_dump_figures__"] = __course_dump_figures__  # noqa: F821
