"""Figures of the remodelling lessons: model time courses, the C–B phase plane and the
lesion-type table. The vicious-cycle diagram now lives in :mod:`course.plots.cycle` (with its
step-through); it is imported here too, so older imports keep working.

Time-course and phase-plane figures have a fixed set of traces, filled by ``fill_*`` functions,
so an app can refill a ``FigureWidget`` in place with the same code that builds the static figure.
"""

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..palette import GREY, OKABE_ITO, SHADE, TINT
from .cycle import ARROWS, DRUGS, STEPS, DrugSite, Step, vicious_cycle_diagram  # noqa: F401
from .theme import add_caption, axis_title, themed
from .update import update_figure

NORMAL_NOTE = "Model: Komarova et al. 2003"
MODEL_NOTE = "Model: Komarova et al. 2003; tumour: Ayati et al. 2010"
COLOURS = {
    "osteoclasts": OKABE_ITO["vermillion"],
    "osteoblasts": OKABE_ITO["blue"],
    "bone_mass": OKABE_ITO["black"],
    "tumour": OKABE_ITO["reddish purple"],
    "reference": OKABE_ITO["sky blue"],
    "therapy": OKABE_ITO["bluish green"],
}
TIME_AXIS = ("Time", "days")
MAX_DRAWN_POINTS = 1300
"""Points drawn per curve: a 10-year daily run is thinned for drawing (about every 3rd day),
which keeps a slider's redraw quick; the model itself and every printed number use all days."""


EMPTY_TRACE = {"x": [], "y": [], "showlegend": False}


def _note(frame: pd.DataFrame) -> str:
    return MODEL_NOTE if "tumour" in frame else NORMAL_NOTE


def time_course(
    frame: pd.DataFrame,
    *,
    therapy_day: float | None = None,
    reference: pd.DataFrame | None = None,
    title: str = "Bone cells and bone mass over time",
    caption: str | None = None,
) -> go.Figure:
    """Three stacked panels sharing the time axis: osteoclasts, osteoblasts, and bone mass with
    the tumour (both in %). ``reference`` adds a dashed untreated bone-mass curve; a therapy
    start is shaded from ``therapy_day`` to the end."""
    fig = make_subplots(rows=3, cols=1, shared_xaxes=True, vertical_spacing=0.07)
    line = {"width": 2}
    fig.add_scatter(name="Osteoclasts", line=line | {"color": COLOURS["osteoclasts"]}, row=1, col=1)
    fig.add_scatter(name="Osteoblasts", line=line | {"color": COLOURS["osteoblasts"]}, row=2, col=1)
    fig.add_scatter(name="Bone mass", line=line | {"color": COLOURS["bone_mass"]}, row=3, col=1)
    fig.add_scatter(name="Tumour", line=line | {"color": COLOURS["tumour"]}, row=3, col=1)
    fig.add_scatter(
        name="Bone mass, no therapy",
        line={"width": 2, "dash": "dash", "color": COLOURS["reference"]},
        row=3,
        col=1,
    )
    fig.add_vrect(
        x0=0, x1=0, fillcolor=COLOURS["therapy"], opacity=0.12, line_width=0, row="all", col=1
    )
    fig.add_annotation(
        name="therapy", text="<b>on therapy</b>", x=0, xref="x", y=1, yref="y domain",
        xanchor="left", yanchor="bottom", showarrow=False, visible=False,
        font={"size": 12, "color": SHADE["bluish green"]},
    )  # fmt: skip
    themed(fig, title, x=None, y=None, height=700)
    fig.update_yaxes(title_font={"size": 13})
    fig.update_xaxes(title_text=axis_title(*TIME_AXIS), row=3, col=1)
    fig.update_yaxes(title_text=axis_title("Osteoclasts", "cells"), row=1, col=1)
    fig.update_yaxes(title_text=axis_title("Osteoblasts", "cells"), row=2, col=1)
    bone = "Bone, tumour" if "tumour" in frame else "Bone mass"
    fig.update_yaxes(title_text=axis_title(bone, "%"), rangemode="tozero", row=3, col=1)
    # Title on top, then the legend: three entries fit one row; with a tumour (up to five
    # entries) leave room for the legend to wrap in a narrow notebook.
    fig.update_layout(
        title={"y": 0.985, "yanchor": "top", "yref": "container"},
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
        margin={"t": 135 if "tumour" in frame else 88},
    )
    add_caption(fig, caption or _note(frame))
    fill_time_course(fig, frame, therapy_day=therapy_day, reference=reference)
    return fig


def thinned(frame: pd.DataFrame, limit: int = MAX_DRAWN_POINTS) -> pd.DataFrame:
    """Every k-th row of ``frame`` (and always the last), so at most about ``limit`` rows."""
    step = -(-len(frame) // limit)
    if step <= 1:
        return frame
    rows = list(range(0, len(frame), step))
    if rows[-1] != len(frame) - 1:
        rows.append(len(frame) - 1)
    return frame.iloc[rows]


def fill_time_course(
    fig: go.Figure,
    frame: pd.DataFrame,
    *,
    therapy_day: float | None = None,
    reference: pd.DataFrame | None = None,
) -> None:
    """Put ``frame`` (a :func:`course.remodeling.simulate` result) into a :func:`time_course`
    figure, in place, as one update (:func:`~course.plots.update.update_figure`). Empty traces
    hide what is absent (tumour, reference). Long runs are drawn :func:`thinned`."""
    frame = thinned(frame)
    day = frame["day"].to_numpy()
    columns = ("osteoclasts", "osteoblasts", "bone_mass", "tumour")
    traces = {
        i: {"x": day, "y": frame[c], "showlegend": True} if c in frame else EMPTY_TRACE
        for i, c in enumerate(columns)
    }
    traces[4] = EMPTY_TRACE
    if reference is not None:
        traces[4] = {"x": day, "y": thinned(reference)["bone_mass"], "showlegend": True}
    end = float(day[-1])
    start = end if therapy_day is None else float(therapy_day)
    layout = {f"shapes[{i}].{k}": v for i in range(len(fig.layout.shapes))
              for k, v in (("x0", start), ("x1", end))}  # fmt: skip
    label = next(i for i, a in enumerate(fig.layout.annotations) if a.name == "therapy")
    layout |= {f"annotations[{label}].x": start,
               f"annotations[{label}].visible": therapy_day is not None}  # fmt: skip
    update_figure(fig, traces, layout)


def phase_plane(
    frame: pd.DataFrame,
    steady: tuple[float, float],
    *,
    title: str = "Phase plane: osteoclasts against osteoblasts",
    caption: str | None = None,
) -> go.Figure:
    """The trajectory in the (osteoclasts, osteoblasts) plane, its start, and the steady state
    (C̄, B̄). A damped cycle spirals into the steady state; sustained cycles close a loop."""
    fig = go.Figure()
    fig.add_scatter(
        name="Trajectory", mode="lines", line={"color": COLOURS["bone_mass"], "width": 1.5}
    )
    fig.add_scatter(
        name="Start",
        mode="markers",
        marker={"color": COLOURS["osteoclasts"], "size": 11, "symbol": "circle"},
    )
    fig.add_scatter(
        name="Steady state (C̄, B̄)",
        mode="markers",
        marker={"color": COLOURS["osteoblasts"], "size": 15, "symbol": "star"},
    )
    themed(fig, title, x=("Osteoclasts", "cells"), y=("Osteoblasts", "cells"), height=470)
    # Legend in one row above the plot: inside it, it covered the trajectory's right end.
    fig.update_layout(
        legend={"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"}, margin={"t": 100}
    )
    add_caption(fig, caption or _note(frame))
    fill_phase_plane(fig, frame, steady)
    return fig


def fill_phase_plane(fig: go.Figure, frame: pd.DataFrame, steady: tuple[float, float]) -> None:
    """Put a trajectory and its steady state into a :func:`phase_plane` figure, in place, as
    one update. A long run is drawn :func:`thinned`."""
    c, b = frame["osteoclasts"].to_numpy(), frame["osteoblasts"].to_numpy()
    drawn = thinned(frame)
    update_figure(
        fig,
        {
            0: {"x": drawn["osteoclasts"], "y": drawn["osteoblasts"]},
            1: {"x": c[:1], "y": b[:1]},
            2: {"x": [steady[0]], "y": [steady[1]]},
        },
    )


def compare_runs(
    runs: Mapping[str, pd.DataFrame],
    column: str,
    title: str,
    y: tuple[str, str],
    *,
    therapy_day: float | None = None,
    caption: str = MODEL_NOTE,
) -> go.Figure:
    """One line per labelled run for one ``column`` (e.g. bone mass under each therapy), with
    the therapy start as a dotted vertical line."""
    if not runs:
        raise ValueError("compare_runs needs at least one run")
    fig = go.Figure()
    palette = [
        OKABE_ITO[n]
        for n in ("black", "vermillion", "blue", "bluish green", "orange", "reddish purple")
    ]
    for i, (label, frame) in enumerate(runs.items()):
        if column not in frame:
            raise ValueError(f"run {label!r} has no column {column!r}")
        fig.add_scatter(
            x=frame["day"],
            y=frame[column],
            name=label,
            mode="lines",
            line={"color": palette[i % len(palette)], "width": 2.5 if i == 0 else 2},
        )
    if therapy_day is not None:
        fig.add_vline(x=therapy_day, line={"dash": "dot", "color": GREY["caption"]})
        fig.add_annotation(
            x=therapy_day, y=1, yref="paper", text="therapy starts", showarrow=False,
            xanchor="left", yanchor="bottom", font={"size": 12, "color": GREY["caption"]},
        )  # fmt: skip
    themed(fig, title, x=TIME_AXIS, y=y, height=480)
    fig.update_layout(margin={"t": 90})
    add_caption(fig, caption)
    return fig


def lesion_type_table(table: pd.DataFrame, caption: str) -> go.Figure:
    """The typical lesion type by primary as a table figure, lytic rows tinted vermillion and
    blastic rows blue (``table``: the ``lesion_type_by_primary`` fact's frame)."""
    tint = {"lytic": TINT["vermillion"], "blastic": TINT["blue"]}
    fills = [tint.get(kind, "white") for kind in table["dominant"]]
    mixed = [f"about {v:g} %" if pd.notna(v) else "–" for v in table["mixed_pct"]]
    comments = ["" if c.endswith("mixed") else c for c in table["comment"]]
    fig = go.Figure(
        go.Table(
            header={
                "values": ["<b>Primary</b>", "<b>Dominant lesion</b>", "<b>Mixed</b>",
                           "<b>Comment</b>"],
                "fill_color": GREY["panel"],
                "align": "left",
                "font": {"size": 14},
            },
            cells={
                "values": [table["primary"], table["dominant"], mixed, comments],
                "fill_color": [fills] * 4,
                "align": "left",
                "font": {"size": 14},
                "height": 30,
            },
            columnwidth=[1.1, 1.3, 1.1, 2.6],
        )
    )  # fmt: skip
    themed(fig, "Typical radiographic lesion type by primary cancer", x=None, y=None,
           height=175 + 32 * (len(table) + 1))  # fmt: skip
    fig.update_layout(margin={"l": 20, "r": 20, "t": 60, "b": 70})
    add_caption(fig, caption)
    return fig
