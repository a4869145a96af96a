"""Figures for the prognosis lessons: "is surgery worth it?" — Mirels' 6-month fracture risk
set beside the published survival of the patient's Katagiri group.

Every number comes from :mod:`course.facts` via the calculators; the caption names the two
cohorts, so that neither number is read as an individual prediction.
"""

import plotly.graph_objects as go

from ..clinical.prognosis import MIRELS_WINDOW_MONTHS, SurgeryBalance, katagiri_survival
from ..palette import OKABE_ITO
from ..references import cite
from .theme import add_caption, themed, wrap

__all__ = ["surgery_balance_caption", "surgery_balance_figure"]

GROUP_COLOURS = {"low": OKABE_ITO["bluish green"], "high": OKABE_ITO["reddish purple"]}


def surgery_balance_caption() -> str:
    """The figure's caption: what each number is, in which cohort, and its sources."""
    return (
        "Mirels: chance of fracture within 6 months, in 78 irradiated long-bone lesions "
        f"({cite('mirels1989')}; table: {cite('jawad2010')}).<br>Katagiri: share alive in "
        f"the score group, 808 patients mostly treated without surgery ({cite('katagiri2014')}; "
        "point values unverified).<br>Dots are published figures; lines only join them. Two "
        "different cohorts: a comparison to think with, not a prediction for one patient."
    )


def surgery_balance_figure(balance: SurgeryBalance, risk_group: str) -> go.Figure:
    """Survival of the Katagiri groups (``risk_group`` highlighted) against the lesion's Mirels
    fracture risk over its 6-month window, with the first published crossing marked."""
    fig = go.Figure()
    for group, colour in GROUP_COLOURS.items():
        points = katagiri_survival(group)
        mine = group == risk_group
        fig.add_scatter(
            x=[0, *points],
            y=[100, *(100 * s for s in points.values())],
            mode="lines+markers",
            name=f"Katagiri {group} group{' (this patient)' if mine else ''}",
            line={"color": colour, "width": 4 if mine else 2, "dash": "solid" if mine else "dot"},
            marker={"size": 11 if mine else 7},
            opacity=1 if mine else 0.55,
            hovertemplate="%{x} months: %{y:.0f} % alive<extra></extra>",
        )
    risk = 100 * balance.fracture_risk
    fig.add_scatter(
        x=[0, MIRELS_WINDOW_MONTHS],
        y=[risk, risk],
        mode="lines",
        name=f"Mirels fracture risk {balance.risk_text} (6-month window)",
        line={"color": OKABE_ITO["vermillion"], "width": 5},
        hovertemplate=f"fracture within 6 months: {balance.risk_text}<extra></extra>",
    )
    if balance.crossing_month is not None:
        fig.add_vline(x=balance.crossing_month, line_dash="dash", line_color=OKABE_ITO["black"])
        fig.add_annotation(
            x=balance.crossing_month,
            y=60,
            text=f"month {balance.crossing_month}:<br>survival ≤ fracture risk",
            showarrow=False,
            xanchor="left",
            align="left",
            xshift=6,
            bgcolor="rgba(255,255,255,0.9)",
            font={"size": 13},
        )
    if risk_group not in GROUP_COLOURS:
        fig.add_annotation(
            x=12,
            y=55,
            text=f"No survival published for the {risk_group} group in the abstract",
            showarrow=False,
            font={"size": 13, "color": OKABE_ITO["black"]},
        )
    themed(
        fig,
        "Is surgery worth it? Fracture risk beside expected survival",
        x=("Time after presentation", "months"),
        y=("Patients", "%"),
        height=500,
    )
    fig.update_xaxes(range=[0, 25], dtick=6)
    fig.update_yaxes(range=[0, 102])
    fig.update_layout(legend={"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom"})
    add_caption(fig, wrap(surgery_balance_caption(), 90))
    fig.layout.annotations[-1].align = "left"
    fig.update_layout(margin={"b": 175, "t": 110}, height=540)  # six caption lines below the axis
    return fig
