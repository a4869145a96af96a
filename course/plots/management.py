"""Figures for the management lessons: trial forest plot, paired comparisons, score gauges,
the zoledronic acid dosing steps and the lung-cancer treatment-line timeline.

Every builder reads its numbers from :mod:`course.facts` and prints the source under the plot.
"""

from collections.abc import Sequence

import plotly.graph_objects as go

from ..clinical.lung import TreatmentLine
from ..clinical.management import MirelsResult, SinsResult
from ..facts import fact, source_note
from ..palette import GREY, OKABE_ITO
from ..remodeling import KOMAROVA_2003_CYCLING, Therapy, lesion, simulate
from .theme import add_caption, range_bar_chart, themed, wrap

__all__ = [
    "bma_model_figure",
    "dosing_interval_figure",
    "fractionation_figure",
    "hazard_ratio_forest",
    "lung_timeline_figure",
    "mirels_figure",
    "mirels_performance_figure",
    "onj_cumulative_figure",
    "paired_bars",
    "patchell_figure",
    "radiopharmaceutical_survival_figure",
    "renal_dose_figure",
    "safety_figure",
    "timeline_geometry",
    "sins_figure",
    "survival_by_primary_figure",
]

PAIR = (OKABE_ITO["blue"], OKABE_ITO["vermillion"])
LEGEND_RIGHT = {"orientation": "v", "x": 1.02, "xanchor": "left", "y": 1, "yanchor": "top"}


def _caption(fig: go.Figure, text: str, below: int = 85) -> go.Figure:
    """Add the source caption ``below`` px under the plot, clear of the x-axis title."""
    add_caption(fig, text)
    fig.layout.annotations[-1].yshift = -below
    fig.update_layout(margin={"b": below + 45})
    return fig


def hazard_ratio_forest(name: str = "denosumab_vs_zoledronic_trials") -> go.Figure:
    """Forest plot of hazard ratios with 95 % confidence intervals on a log axis."""
    frame = fact(name).frame()
    labels = [
        f"{t}<br><sub>{p}, n = {n:,}</sub>"
        for t, p, n in zip(frame.trial, frame.population, frame.patients, strict=True)
    ]
    fig = go.Figure()
    fig.add_scatter(
        x=frame.hr,
        y=labels,
        mode="markers",
        marker={"symbol": "square", "size": 12, "color": OKABE_ITO["blue"]},
        error_x={
            "type": "data",
            "symmetric": False,
            "array": frame.ci_high - frame.hr,
            "arrayminus": frame.hr - frame.ci_low,
            "color": OKABE_ITO["blue"],
            "thickness": 2,
        },
        customdata=list(zip(frame.ci_low, frame.ci_high, strict=True)),
        hovertemplate="HR %{x:.2f} (95% CI %{customdata[0]:.2f}–%{customdata[1]:.2f})"
        "<extra></extra>",
        name="hazard ratio (95 % CI)",
    )
    fig.add_vline(x=1, line_dash="dash", line_color=OKABE_ITO["black"])
    fig.add_annotation(
        x=0,
        xref="x",
        y=1.02,
        yref="paper",
        text="← favours denosumab",
        showarrow=False,
        xanchor="right",
        font={"size": 13},
    )
    themed(
        fig,
        "Denosumab vs zoledronic acid: time to first skeletal-related event",
        x=("Hazard ratio, log scale", "denosumab vs zoledronic acid"),
        y=None,
        height=470,
    )
    fig.update_xaxes(type="log", range=[-0.3, 0.1], tickvals=[0.6, 0.7, 0.8, 0.9, 1.0, 1.2])
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(showlegend=False)
    return _caption(fig, source_note(name))


def paired_bars(
    categories: Sequence[str],
    first: Sequence[float | None],
    second: Sequence[float | None],
    names: tuple[str, str],
    title: str,
    value_axis: tuple[str, str],
    caption: str,
    height: int | None = None,
) -> go.Figure:
    """Grouped horizontal bars comparing two arms across categories, with values printed."""
    if not len(categories) == len(first) == len(second):
        raise ValueError("categories, first and second must have the same length")
    fig = go.Figure()
    for values, name, colour in zip((first, second), names, PAIR, strict=True):
        fig.add_bar(
            y=list(categories),
            x=list(values),
            name=name,
            marker_color=colour,
            orientation="h",
            text=[("" if v is None else f"{v:g}") for v in values],
            textposition="outside",
            cliponaxis=False,
        )
    themed(fig, title, x=value_axis, y=None, height=height or 170 + 75 * len(categories))
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(barmode="group", legend=LEGEND_RIGHT)
    return _caption(fig, caption)


def safety_figure() -> go.Figure:
    """Adverse-event rates, denosumab vs zoledronic acid, by event and trial."""
    frame = fact("bma_safety").frame()
    labels = [f"{e}<br><sub>{s}</sub>" for e, s in zip(frame.event, frame.setting, strict=True)]
    return paired_bars(
        labels,
        list(frame.denosumab_pct),
        list(frame.zoledronic_pct),
        ("denosumab", "zoledronic acid"),
        "Adverse events: denosumab vs zoledronic acid",
        ("Patients with the event", "%"),
        source_note("bma_safety"),
    )


def dosing_interval_figure() -> go.Figure:
    """CALGB 70604: share of patients with a skeletal event on 4- vs 12-weekly zoledronic acid."""
    frame = fact("calgb70604").frame()
    fig = go.Figure(
        go.Bar(
            x=frame.schedule,
            y=frame.patients_with_sre_pct,
            marker_color=list(PAIR),
            text=frame.patients_with_sre_pct,
            textposition="outside",
            cliponaxis=False,
        )
    )
    themed(
        fig,
        "Zoledronic acid every 4 vs every 12 weeks (CALGB 70604)",
        x=("Dosing interval", "schedule"),
        y=("Patients with an SRE", "%"),
        height=400,
    )
    fig.update_yaxes(range=[0, 40])
    return _caption(
        fig,
        "Bars: patients with at least one skeletal-related event (SRE) within "
        "2 years · non-inferiority margin 7 points<br>" + source_note("calgb70604"),
    )


def onj_cumulative_figure() -> go.Figure:
    """Cumulative incidence of osteonecrosis of the jaw over 3 years of zoledronic acid."""
    frame = fact("onj_zoledronic_cumulative").frame()
    fig = go.Figure(
        go.Scatter(
            x=frame.years,
            y=frame.cumulative_pct,
            mode="lines+markers+text",
            text=[f"{v:g} %" for v in frame.cumulative_pct],
            textposition="top left",
            line={"color": OKABE_ITO["vermillion"]},
        )
    )
    themed(
        fig,
        "Osteonecrosis of the jaw accumulates with time on treatment",
        x=("Time on zoledronic acid", "years"),
        y=("Cumulative incidence", "%"),
        height=380,
    )
    fig.update_xaxes(range=[0, 3.3], dtick=1)
    fig.update_yaxes(range=[0, 3.5])
    return _caption(fig, source_note("onj_zoledronic_cumulative"))


def fractionation_figure() -> go.Figure:
    """Single vs multiple fractions: same pain response, more retreatment (Dutch trial)."""
    frame = fact("dutch_fractionation").frame()
    return paired_bars(
        ["pain response", "retreatment"],
        list(frame.iloc[0][["response_pct", "retreatment_pct"]]),
        list(frame.iloc[1][["response_pct", "retreatment_pct"]]),
        tuple(frame.schedule),
        "8 Gy × 1 vs 24 Gy in 6 fractions",
        ("Patients", "%"),
        source_note("dutch_fractionation"),
    )


def patchell_figure() -> go.Figure:
    """Patchell 2005: surgery plus radiotherapy vs radiotherapy alone for cord compression."""
    frame = fact("patchell2005").frame()
    share = frame[frame.unit == "%"]
    return paired_bars(
        list(share.outcome),
        list(share.surgery_plus_rt),
        list(share.rt_alone),
        ("surgery + 30 Gy/10", "30 Gy/10 alone"),
        "Cord compression: decompressive surgery plus radiotherapy",
        ("Patients", "%"),
        source_note("patchell2005"),
    )


def radiopharmaceutical_survival_figure() -> go.Figure:
    """Median overall survival in ALSYMPCA (radium-223) and VISION (177Lu-PSMA-617)."""
    alsympca = fact("alsympca_os").frame().iloc[0]
    vision = fact("vision").frame().set_index("outcome").loc["overall survival"]
    caption = f"{source_note('alsympca_os')}; {source_note('vision')}"
    return paired_bars(
        [
            f"radium-223 (ALSYMPCA)<br><sub>HR {alsympca.hr:g}</sub>",
            f"177Lu-PSMA-617 (VISION)<br><sub>HR {vision.hr:g}</sub>",
        ],
        [alsympca.radium_months, vision.lutetium],
        [alsympca.placebo_months, vision.control],
        ("radiopharmaceutical", "control"),
        "Radiopharmaceuticals that prolong survival in mCRPC",
        ("Median overall survival", "months"),
        caption,
    )


def mirels_performance_figure() -> go.Figure:
    """Sensitivity and specificity of the Mirels score by study and cut-off."""
    frame = fact("mirels_performance").frame()
    labels = [
        f"{s}<br><sub>{b}, cut-off {c}</sub>"
        for s, b, c in zip(frame.study, frame.bones, frame.cutoff, strict=True)
    ]
    return paired_bars(
        labels,
        list(frame.sensitivity_pct),
        list(frame.specificity_pct),
        ("sensitivity", "specificity"),
        "Mirels score: the cut-off trades sensitivity for specificity",
        ("Accuracy for later fracture", "%"),
        source_note("mirels_performance"),
    )


def survival_by_primary_figure() -> go.Figure:
    """Median survival after a bone metastasis by primary cancer, as published ranges."""
    frame = fact("median_survival_by_primary").frame()
    fig = range_bar_chart(
        list(frame.primary),
        list(frame.low_months),
        list(frame.high_months),
        "Median survival after a bone metastasis, by primary cancer",
        ("Median survival", "months"),
        source_note("median_survival_by_primary"),
    )
    fig.layout.annotations[-1].yshift = -85  # clear of the axis title
    fig.update_layout(margin={"b": 130})
    return fig


def mirels_figure(result: MirelsResult | None = None) -> go.Figure:
    """Fracture risk by Mirels total as the table supports it: an upper bound at ≤ 7, point
    values at 8 and 9, and only a lower bound at 10–12; ``result`` is highlighted."""
    totals = list(range(4, 13))
    rows = fact("mirels_risk_by_total").rows
    risk = [next(r[2] for r in rows if r[0] <= t <= r[1]) for t in totals]
    kind = [next(r[3] for r in rows if r[0] <= t <= r[1]) for t in totals]
    colours = {
        "upper bound": OKABE_ITO["bluish green"],
        "point": OKABE_ITO["orange"],
        "lower bound": OKABE_ITO["vermillion"],
    }
    fig = go.Figure()
    for k, label in (
        ("upper bound", "upper bound (< 4 %)"),
        ("point", "published value"),
        ("lower bound", "lower bound only (≥ 33 %; higher values unverified)"),
    ):
        fig.add_bar(
            x=[t for t, kk in zip(totals, kind, strict=True) if kk == k],
            y=[r for r, kk in zip(risk, kind, strict=True) if kk == k],
            name=label.replace("; ", ";<br>"),
            marker_color=colours[k],
            marker_pattern_shape="/" if k != "point" else "",
        )
    fig.add_scatter(
        x=[result.total if result else 4],
        y=[0],
        mode="markers+text",
        marker={"symbol": "triangle-up", "size": 16, "color": OKABE_ITO["black"]},
        text=[f"this lesion: {result.total}" if result else ""],
        textposition="bottom center",
        name="this lesion",
        visible=result is not None,
        cliponaxis=False,
    )
    fig.add_vline(x=7.5, line_dash="dot", line_color=GREY["guide"])
    fig.add_vline(x=8.5, line_dash="dot", line_color=GREY["guide"])
    fig.add_annotation(
        x=8,
        y=48,
        text="8: judgement (table)<br>or fixation (Mirels' abstract)",
        showarrow=False,
        font={"size": 12},
    )
    themed(
        fig,
        "Mirels score: fracture risk within 6 months",
        x=("Mirels total", "points"),
        y=("Fracture risk", "%"),
        height=450,
    )
    fig.update_xaxes(dtick=1, range=[3.5, 12.5])
    fig.update_yaxes(range=[-8, 55])
    fig.update_layout(barmode="overlay", legend=LEGEND_RIGHT)
    return _caption(fig, source_note("mirels_risk_by_total") + "; Mirels 1989")


def sins_figure(result: SinsResult | None = None) -> go.Figure:
    """SINS scale 0–18 with its three category bands and a marker at ``result.total``.

    The bands are labelled inside the bars (no side legend, so the scale gets the full width);
    the marker points down at the bar from above, and the referral threshold is labelled
    below the bar, so no label sits on another.
    """
    fig = go.Figure()
    colours = (OKABE_ITO["bluish green"], OKABE_ITO["orange"], OKABE_ITO["vermillion"])
    for (low, high, category), colour in zip(fact("sins_categories").rows, colours, strict=True):
        fig.add_bar(
            x=[high - low + 1],
            base=[low - 0.5],
            y=[0],
            width=[0.8],
            orientation="h",
            name=f"{category} ({low}–{high})",
            marker_color=colour,
            opacity=0.75,
            text=[f"{category}<br>{low}–{high}"],
            textposition="inside",
            insidetextanchor="middle",
            textfont={"color": OKABE_ITO["black"]},
            hoverinfo="name",
        )
    total = result.total if result else 0
    fig.add_scatter(
        x=[total],
        y=[0.62],
        mode="markers+text",
        marker={"symbol": "triangle-down", "size": 16, "color": OKABE_ITO["black"]},
        text=[f"this spine: {total}"],
        textposition="top center",
        name="this spine",
        visible=result is not None,
        cliponaxis=False,
    )
    threshold = fact("sins_referral_threshold").value
    fig.add_vline(
        x=threshold - 0.5,
        line_dash="dash",
        line_color=OKABE_ITO["black"],
        annotation_text=f"surgical opinion at ≥ {threshold}",
        annotation_position="bottom right",
    )
    themed(
        fig, "Spinal Instability Neoplastic Score", x=("SINS total", "points"), y=None, height=320
    )
    fig.update_xaxes(range=[-0.5, 18.5], dtick=2, tick0=0, tickangle=0)
    fig.update_layout(barmode="overlay", showlegend=False, margin={"r": 70})
    fig.update_yaxes(
        showticklabels=False, ticks="", showgrid=False, zeroline=False, range=[-0.85, 1.25]
    )
    return _caption(fig, source_note("sins_categories"))


def renal_dose_figure(
    creatinine_clearance: float | None = None, dose: float | None = None
) -> go.Figure:
    """Zoledronic acid dose steps by creatinine clearance, with one patient marked."""
    rows = fact("zoledronic_renal_dosing").rows
    xs, ys = [], []
    upper = 130.0
    for threshold, _cmp, band_dose, _band in rows:
        xs += [upper, threshold]
        ys += [band_dose or 0, band_dose or 0]
        upper = threshold
    fig = go.Figure(
        go.Scatter(
            x=xs,
            y=ys,
            mode="lines",
            line={"shape": "hv", "color": OKABE_ITO["blue"], "width": 3},
            name="dose band",
            hoverinfo="skip",
        )
    )
    fig.add_vrect(
        x0=0,
        x1=30,
        fillcolor=OKABE_ITO["vermillion"],
        opacity=0.12,
        line_width=0,
        annotation_text="not recommended",
        annotation_position="top left",
    )
    fig.add_scatter(
        x=[creatinine_clearance or 0],
        y=[dose or 0],
        mode="markers",
        marker={"size": 15, "color": OKABE_ITO["black"], "symbol": "x"},
        name="this patient",
        visible=creatinine_clearance is not None,
    )
    themed(
        fig,
        "Zoledronic acid: dose by creatinine clearance",
        x=("Creatinine clearance (Cockcroft–Gault)", "mL/min"),
        y=("Dose", "mg"),
        height=400,
    )
    fig.update_xaxes(range=[0, 130])
    fig.update_yaxes(range=[0, 4.5])
    fig.update_layout(showlegend=False)
    return _caption(fig, source_note("zoledronic_renal_dosing"))


UNQUANTIFIED_WIDTH = 6.0  # months drawn for a line without a sourced duration


def timeline_geometry(lines: Sequence[TreatmentLine]) -> dict[str, list]:
    """Bar geometry for a timeline: start, width, colour, a short wrapped label (``text``, shown
    beside the bar) and the full description (``hover``) per line."""
    colours = {
        "trial median": OKABE_ITO["blue"],
        "approximate": OKABE_ITO["orange"],
        "not quantified": GREY["missing"],
    }
    start, out = 0.0, {"base": [], "x": [], "y": [], "color": [], "text": [], "hover": []}
    for i, line in enumerate(lines, 1):
        width = line.months if line.months is not None else UNQUANTIFIED_WIDTH
        out["base"].append(start)
        out["x"].append(width)
        out["y"].append(f"line {i}")
        out["color"].append(colours[line.basis])
        months = "duration not shown" if line.months is None else f"{line.months:.1f} months"
        out["text"].append(wrap(f"{line.name}: {months}", 24))
        out["hover"].append(f"{line.name} · {months} ({line.basis})")
        start += width
    return out


def lung_timeline_figure(lines: Sequence[TreatmentLine]) -> go.Figure:
    """Gantt-style timeline of treatment lines, with bone-directed care running alongside."""
    geometry = timeline_geometry(lines)
    fig = go.Figure()
    fig.add_bar(
        base=geometry["base"],
        x=geometry["x"],
        y=geometry["y"],
        orientation="h",
        marker_color=geometry["color"],
        text=geometry["text"],
        textposition="outside",
        cliponaxis=False,
        constraintext="none",
        name="systemic treatment",
        hoverinfo="text",
        hovertext=geometry["hover"],
    )
    total = sum(geometry["x"])
    fig.add_bar(
        base=[0],
        x=[total],
        y=["bone care"],
        orientation="h",
        marker_color=OKABE_ITO["bluish green"],
        opacity=0.6,
        text=[wrap("bone-modifying agent, radiotherapy, supportive care (throughout)", 30)],
        textposition="outside",
        cliponaxis=False,
        constraintext="none",
        name="bone-directed care",
        hoverinfo="text",
        hovertext=["bone-modifying agent, radiotherapy, supportive care (throughout)"],
    )
    themed(
        fig,
        "Metastatic lung cancer: lines of systemic treatment (schematic)",
        x=("Time from starting first-line treatment", "months"),
        y=None,
        height=420,
    )
    fig.update_yaxes(
        autorange="reversed",
        categoryorder="array",
        categoryarray=["bone care", *[f"line {i}" for i in range(1, 5)]],
    )
    fig.update_xaxes(range=[0, 80])
    fig.update_layout(showlegend=False)
    caption = (
        "Blue: trial median progression-free survival; orange: approximate; grey: not "
        f"quantified here.<br>{source_note('flaura')}; "
        + source_note("aura3_pfs").removeprefix("Source: ")
    )
    return _caption(fig, caption)


def bma_model_figure(days: float = 1500, start_day: float = 200) -> go.Figure:
    """Bone mass at a lytic site in the remodelling model: untreated, with a bisphosphonate
    and with denosumab from ``start_day`` (course.remodeling; drug effects are teaching
    assumptions, not trial data)."""
    fig = go.Figure()
    styles = {"untreated": "solid", "bisphosphonate": "dash", "denosumab": "dot"}
    for (name, dash), colour in zip(
        styles.items(), PAIR + (OKABE_ITO["bluish green"],), strict=True
    ):
        therapy = None if name == "untreated" else Therapy(name, start_day)
        run = simulate(KOMAROVA_2003_CYCLING, days, tumour=lesion("osteolytic"), therapy=therapy)
        fig.add_scatter(
            x=run.day,
            y=run.bone_mass,
            mode="lines",
            name=name,
            line={"color": colour, "dash": dash, "width": 3},
        )
    fig.add_vline(
        x=start_day,
        line_dash="dot",
        line_color=GREY["guide"],
        annotation_text="drug starts",
        annotation_position="top right",
    )
    themed(
        fig,
        "Model: bone mass at an osteolytic site, with and without an antiresorptive",
        x=("Time", "days"),
        y=("Local bone mass", "% of start"),
        height=430,
    )
    fig.update_layout(legend=LEGEND_RIGHT)
    return _caption(
        fig,
        "Source: model, not trial data: Komarova et al. 2003 and Ayati et al. "
        "2010 with the course's drug assumptions (lesson 03)",
    )
