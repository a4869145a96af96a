"""Figures of an item analysis (:mod:`course.assessment.items`) for the instructor.

- :func:`item_map`: each item's difficulty against its point-biserial discrimination, with the
  flag zones shaded (difficulty above 0.9, discrimination below 0.2);
- :func:`option_figure`: for each multiple-choice item, how many students chose each option, the
  key in green, options nobody chose labelled.
"""

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..palette import GREY, OKABE_ITO
from ..plots.theme import TEMPLATE, axis_title, themed, wrap
from .items import EASY, LOW_DISCRIMINATION, NO_ANSWER

__all__ = ["item_map", "option_figure"]

FLAG_FILL = {"fillcolor": OKABE_ITO["vermillion"], "opacity": 0.1}  # light vermillion
LABEL_WIDTH = 40  # characters per line of a marker's item list


def _require(table: pd.DataFrame, name: str, columns: tuple[str, ...]) -> None:
    """Raise ValueError naming ``name``'s missing columns."""
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{name} must have the columns {', '.join(columns)}; missing {missing}")


def _label_side(x: float, y: float) -> str:
    """Where a marker's label goes so that it stays inside the plot (near an edge: inwards)."""
    vertical = "bottom" if y > 0.8 else "top"
    return f"{vertical} {'left' if x > 0.75 else 'right' if x < 0.25 else 'center'}"


def item_map(stats: pd.DataFrame, assignment: str) -> go.Figure:
    """Difficulty (x) against point-biserial r (y), one labelled marker per item.

    ``stats`` is :func:`course.assessment.items.item_statistics`'s table. Flagged items are
    vermillion diamonds, the others blue circles; items at the same point (to 2 decimals) share a
    larger marker and list their names; items whose ``r`` is undefined (no spread) are drawn at 0
    and say so in their label.
    """
    _require(stats, "stats", ("item", "difficulty", "point_biserial", "flags"))
    fig = go.Figure()
    fig.add_shape(
        type="rect", x0=EASY, x1=1.02, y0=-1, y1=1, **FLAG_FILL, line_width=0, layer="below"
    )
    fig.add_shape(
        type="rect",
        x0=-0.02,
        x1=1.02,
        y0=-1,
        y1=LOW_DISCRIMINATION,
        **FLAG_FILL,
        line_width=0,
        layer="below",
    )
    for flagged, name, colour, symbol in (
        (False, "no flag", OKABE_ITO["blue"], "circle"),
        (True, "flagged", OKABE_ITO["vermillion"], "diamond"),
    ):
        part = stats[(stats["flags"] != "") == flagged]
        if part.empty:
            continue
        # Items at the same point (to 2 decimals) share one marker and label: small classes tie.
        at = part.assign(x=part.difficulty.round(2), y=part.point_biserial.fillna(0.0).round(2))
        groups = [g for _, g in at.groupby(["x", "y"], sort=False)]
        labels = [
            wrap(", ".join(g["item"]), LABEL_WIDTH)
            + (" (r undefined)" if g.point_biserial.isna().all() else "")
            for g in groups
        ]
        x = [g.difficulty.iloc[0] for g in groups]
        y = [g.point_biserial.fillna(0.0).iloc[0] for g in groups]
        fig.add_scatter(
            x=x,
            y=y,
            mode="markers+text",
            name=name,
            text=labels,
            textposition=[_label_side(*point) for point in zip(x, y, strict=True)],
            textfont={"size": 12},
            cliponaxis=False,
            marker={
                "color": colour,
                "symbol": symbol,
                "size": [10 + 2 * len(g) for g in groups],
                "line": {"width": 1, "color": "white"},
                "opacity": 1,
            },
            customdata=[g["flags"].iloc[0] for g in groups],
            hovertemplate="%{text}<br>difficulty %{x:.2f}<br>r %{y:.2f}<br>%{customdata}"
            "<extra></extra>",
        )
    themed(
        fig,
        f"Item analysis of {assignment}: shaded zones are flagged "
        f"(difficulty > {EASY:g}, point-biserial < {LOW_DISCRIMINATION:g})",
        x=("Difficulty: mean share of the item's points", "fraction"),
        y=("Discrimination: point-biserial r with the rest score", "r"),
        height=560,
    )
    for text, x, y, anchor in (
        (f"flag: difficulty > {EASY:g}", 1.0, 0.97, "right"),
        (f"flag: r < {LOW_DISCRIMINATION:g}", 0.0, -0.97, "left"),
    ):
        fig.add_annotation(
            text=text,
            x=x,
            y=y,
            xanchor=anchor,
            showarrow=False,
            font={"size": 12, "color": OKABE_ITO["vermillion"]},
        )
    fig.update_xaxes(range=[-0.02, 1.02])
    fig.update_yaxes(range=[-1, 1])
    fig.update_layout(legend={"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom"})
    return fig


def option_figure(counts: pd.DataFrame, assignment: str) -> go.Figure:
    """One bar chart per multiple-choice item: students per option (key green, others blue).

    ``counts`` is :func:`course.assessment.items.option_counts`'s table. An option nobody chose
    is labelled "nobody"; students without a valid letter appear as a grey "no answer" bar.
    """
    _require(counts, "counts", ("item", "option", "label", "count", "key", "unused"))
    items = list(dict.fromkeys(counts["item"]))
    fig = make_subplots(
        rows=len(items),
        cols=1,
        subplot_titles=items,
        shared_xaxes=True,
        vertical_spacing=min(0.4 / len(items), 0.1),
    )
    top = max(int(counts["count"].max()), 1)
    for row, item in enumerate(items, start=1):
        part = counts[counts["item"] == item]
        colours = [
            GREY["rule"]
            if o == NO_ANSWER
            else OKABE_ITO["bluish green"]
            if k
            else OKABE_ITO["blue"]
            for o, k in zip(part.option, part.key, strict=True)
        ]
        text = [
            "nobody" if u else f"{c}{' (key)' if k else ''}"
            for c, k, u in zip(part["count"], part.key, part.unused, strict=True)
        ]
        fig.add_bar(
            x=part["count"],
            y=part.option,
            orientation="h",
            marker_color=colours,
            text=text,
            textposition="outside",
            cliponaxis=False,
            customdata=part.label,
            showlegend=False,
            hovertemplate="%{y}: %{customdata}<br>%{x} students<extra></extra>",
            row=row,
            col=1,
        )
        fig.update_yaxes(autorange="reversed", title_text="option", row=row, col=1)
        fig.update_xaxes(range=[0, top * 1.25], row=row, col=1)
    fig.update_xaxes(
        title_text=axis_title("Students who chose it", "students"), row=len(items), col=1
    )
    fig.update_layout(
        template=TEMPLATE,
        title={"text": f"Options chosen in {assignment} (key in green)"},
        height=120 + 170 * len(items),
    )
    return fig
