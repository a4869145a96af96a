"""The course plot theme (the Okabe–Ito palette of :mod:`course.palette`, fonts, unit-bearing
axes) and generic builders."""

import textwrap

import plotly.graph_objects as go
import plotly.io as pio

from ..palette import GREY, OKABE_ITO

COLORWAY: tuple[str, ...] = tuple(
    OKABE_ITO[name]
    for name in (
        "blue",
        "vermillion",
        "bluish green",
        "orange",
        "reddish purple",
        "sky blue",
        "black",
        "yellow",
    )
)
"""Trace order: yellow last, as it is hard to read on white."""

FONT_FAMILY = "Arial, Helvetica, sans-serif"
FONT_SIZE = 15
TITLE_SIZE = 19

AXIS = {
    "showgrid": True,
    "gridcolor": GREY["grid"],
    "linecolor": GREY["axis"],
    "ticks": "outside",
    "zeroline": False,
    "automargin": True,
}
"""Both axes of the template: a light grid, outside ticks, no zero line."""

TEMPLATE = go.layout.Template(
    layout=go.Layout(
        colorway=list(COLORWAY),
        font={"family": FONT_FAMILY, "size": FONT_SIZE, "color": GREY["text"]},
        title={"font": {"size": TITLE_SIZE}, "x": 0.02, "xanchor": "left"},
        paper_bgcolor="white",
        plot_bgcolor="white",
        xaxis=AXIS,
        yaxis=AXIS,
        legend={"bgcolor": "rgba(255,255,255,0.85)", "borderwidth": 0},
        hoverlabel={"font": {"family": FONT_FAMILY, "size": 14}},
        margin={"l": 70, "r": 30, "t": 70, "b": 60},
    )
)
pio.templates["course"] = TEMPLATE


def axis_title(quantity: str, unit: str) -> str:
    """Return an axis title with its unit: ("Bone mass", "%") gives "Bone mass (%)".

    Dimensionless quantities still name what they count: use a unit such as ``"cells"`` or
    ``"fraction"``; an empty unit raises ``ValueError``.
    """
    if not quantity.strip() or not unit.strip():
        raise ValueError("an axis title needs both a quantity and a unit")
    return f"{quantity} ({unit})"


def themed(
    fig: go.Figure,
    title: str,
    x: tuple[str, str] | None,
    y: tuple[str, str] | None,
    height: int = 450,
) -> go.Figure:
    """Apply the course theme, a title and unit-bearing axis titles to ``fig`` and return it.

    ``x`` and ``y`` are ``(quantity, unit)`` pairs, or ``None`` for figures without axes
    (diagrams, maps).
    """
    fig.update_layout(template=TEMPLATE, title={"text": title}, height=height)
    if x is not None:
        fig.update_xaxes(title_text=axis_title(*x))
    if y is not None:
        fig.update_yaxes(title_text=axis_title(*y))
    return fig


def range_bar_chart(
    labels: list[str],
    low: list[float],
    high: list[float],
    title: str,
    value_axis: tuple[str, str],
    caption: str,
) -> go.Figure:
    """Horizontal bars for published ranges (a bar from low to high, a diamond where low = high).

    ``caption`` (the source line) is printed under the plot so the figure carries its citation.
    """
    if not (len(labels) == len(low) == len(high)):
        raise ValueError("labels, low and high must have the same length")
    if any(lo > hi for lo, hi in zip(low, high, strict=True)):
        raise ValueError("every low value must be at most its high value")
    fig = go.Figure()
    fig.add_bar(
        y=labels,
        x=[hi - lo for lo, hi in zip(low, high, strict=True)],
        base=low,
        orientation="h",
        marker_color=OKABE_ITO["blue"],
        name="published range",
        customdata=high,
        hovertemplate="%{y}: %{base:g} to %{customdata:g}<extra></extra>",
    )
    single = [(label, lo) for label, lo, hi in zip(labels, low, high, strict=True) if lo == hi]
    if single:
        fig.add_scatter(
            y=[label for label, _ in single],
            x=[value for _, value in single],
            mode="markers",
            marker={"color": OKABE_ITO["vermillion"], "size": 13, "symbol": "diamond"},
            name="single published figure",
            hovertemplate="%{y}: %{x:g}<extra></extra>",
        )
    themed(fig, title, x=value_axis, y=None, height=150 + 40 * len(labels))
    fig.update_yaxes(autorange="reversed", title_text="")
    fig.update_layout(
        bargap=0.35, legend={"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom"}
    )
    add_caption(fig, caption)
    return fig


def wrap(text: str, width: int) -> str:
    """Break ``text`` into lines of at most ``width`` characters joined by ``<br>`` (Plotly's line
    break); line breaks already in ``text`` are kept."""
    return "<br>".join("<br>".join(textwrap.wrap(part, width)) for part in text.split("<br>"))


def add_caption(fig: go.Figure, text: str) -> go.Figure:
    """Write ``text`` (a source line) in small print below the plot and its x-axis title."""
    fig.update_layout(margin={"b": max(fig.layout.margin.b or 0, 110)})  # never shrink it
    fig.add_annotation(
        text=text,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        yshift=-72,
        xanchor="left",
        yanchor="top",
        showarrow=False,
        font={"size": 12, "color": GREY["caption"]},
    )
    return fig
