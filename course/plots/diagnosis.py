"""Figures for the clinical-picture and diagnosis lessons.

Every number drawn here comes from :mod:`course.facts` (imaging accuracy, calcium thresholds,
site pattern, incidence) or from the calculators in :mod:`course.clinical`; each figure carries
its source line.
"""

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..clinical import post_test_probability, sequential_post_test
from ..facts import Table, fact, source_note
from ..palette import GREY, OKABE_ITO
from .theme import COLORWAY, add_caption, axis_title, themed
from .update import update_figure

__all__ = [
    "PRIMARIES",
    "SKELETON_SITES",
    "accuracy_rows",
    "bayes_curves",
    "bayes_figure",
    "bayes_panel_title",
    "bayes_step_labels",
    "calcium_marker_traces",
    "calcium_markers",
    "calcium_scale_figure",
    "imaging_accuracy_chart",
    "primary_sites",
    "primary_summary",
    "roc_space_figure",
    "skeleton_map",
    "skeleton_marker_style",
    "skeleton_site_status",
]

LEVELS = {"patient": "per patient", "lesion": "per lesion", "pooled": "pooled (prostate)"}


def _caption(fig: go.Figure, text: str, shift: int, width: int = 95) -> None:
    """Add a source caption wrapped at about ``width`` characters, ``shift`` px below the plot."""
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    add_caption(fig, "<br>".join([*lines, line]))
    fig.layout.annotations[-1].update(yshift=-shift, align="left")


def _table(name: str) -> Table:
    record = fact(name)
    assert isinstance(record, Table)
    return record


def accuracy_rows(level: str | None = None) -> list[dict]:
    """Rows of the ``imaging_accuracy`` fact as dicts, optionally for one ``level`` only."""
    if level is not None and level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}; got {level!r}")
    frame = _table("imaging_accuracy").frame()
    if level is not None:
        frame = frame[frame["level"] == level]
    return frame.to_dict("records")


def imaging_accuracy_chart() -> go.Figure:
    """Sensitivity and specificity of each modality, per patient and per lesion (grouped bars).

    Yang 2011 (FDG-PET, CT, MRI, bone scan) and Shen 2015 (NaF-PET); PSMA-PET is shown in the ROC
    figure because it comes from a prostate-only meta-analysis.
    """
    fig = make_subplots(
        rows=1, cols=2, shared_yaxes=True, subplot_titles=("Per patient", "Per lesion")
    )
    for col, level in enumerate(("patient", "lesion"), start=1):
        rows = accuracy_rows(level)
        names = [r["modality"] for r in rows]
        for measure, colour in (("sensitivity", COLORWAY[0]), ("specificity", COLORWAY[1])):
            values = [r[f"{measure}_pct"] for r in rows]
            fig.add_bar(
                x=names,
                y=values,
                name=measure,
                marker_color=colour,
                text=[f"{v:g}" for v in values],
                textposition="inside",
                insidetextanchor="end",
                textangle=-90,
                textfont={"size": 11, "color": "white"},
                showlegend=col == 1,
                legendgroup=measure,
                hovertemplate=f"%{{x}} {LEVELS[level]}: {measure} %{{y:.1f}} %<extra></extra>",
                row=1,
                col=col,
            )
    themed(
        fig,
        "How often each scan finds (sensitivity) and<br>rules out (specificity) bone metastases",
        x=None,
        y=("Accuracy", "%"),
        height=560,
    )
    fig.update_yaxes(range=[0, 105], row=1, col=1)
    fig.update_xaxes(title_text=axis_title("Imaging modality", "type"), tickangle=-35)
    fig.update_layout(
        barmode="group",
        title={"y": 0.96, "yanchor": "top"},
        legend={"orientation": "h", "y": 1.09, "x": 0, "xanchor": "left", "yanchor": "bottom"},
        margin={"b": 175, "t": 135},
    )
    _caption(fig, "Pooled meta-analysis estimates. " + source_note("imaging_accuracy"), 118)
    fig.update_layout(margin={"b": 175})  # add_caption resets the bottom margin
    return fig


def _add_diagonal(fig: go.Figure, name: str, **subplot: int) -> None:
    """The dashed grey line y = x from 0 to 100 %, named ``name`` (in ``subplot``'s row and
    col, if given): a test no better than chance, a result that changes nothing."""
    fig.add_scatter(
        x=[0, 100],
        y=[0, 100],
        mode="lines",
        name=name,
        line={"color": GREY["reference"], "dash": "dash"},
        hoverinfo="skip",
        **subplot,
    )


def roc_space_figure(highlight: str | None = None) -> go.Figure:
    """Place every modality in ROC space: sensitivity against 1 − specificity.

    Circles are per-patient estimates, diamonds per-lesion, squares the prostate-only pooled
    estimates (PSMA-PET vs bone scan). The diagonal is a test no better than chance (LR = 1).
    ``highlight`` (a modality name) draws that modality's points larger.
    """
    fig = go.Figure()
    _add_diagonal(fig, "chance (LR = 1)")
    symbols = {"patient": "circle", "lesion": "diamond", "pooled": "square"}
    modalities = list(dict.fromkeys(r["modality"] for r in accuracy_rows()))
    for i, modality in enumerate(modalities):
        rows = [r for r in accuracy_rows() if r["modality"] == modality]
        big = highlight == modality
        fig.add_scatter(
            x=[100 - r["specificity_pct"] for r in rows],
            y=[r["sensitivity_pct"] for r in rows],
            mode="markers",
            name=modality,
            marker={
                "color": COLORWAY[i % len(COLORWAY)],
                "symbol": [symbols[r["level"]] for r in rows],
                "size": 18 if big else 12,
                "line": {"color": "black", "width": 1.5 if big else 0.5},
            },
            customdata=[[LEVELS[r["level"]], r["specificity_pct"]] for r in rows],
            hovertemplate=f"{modality} %{{customdata[0]}}<br>sensitivity %{{y:.1f}} %"
            "<br>specificity %{customdata[1]:.1f} %<extra></extra>",
        )
    themed(
        fig,
        "ROC space: up and left is better",
        x=("1 − specificity (false-positive rate)", "%"),
        y=("Sensitivity (true-positive rate)", "%"),
        height=520,
    )
    fig.update_xaxes(range=[-1, 45])
    fig.update_yaxes(range=[60, 101])
    fig.update_layout(margin={"b": 140})
    _caption(
        fig,
        "● per patient  ◆ per lesion  ■ prostate-only pooled. " + source_note("imaging_accuracy"),
        70,
    )
    return fig


def bayes_curves(sensitivity: float, specificity: float, points: int = 101) -> dict:
    """Post-test probability against pre-test probability for a positive and a negative result.

    Returns ``{"pretest", "positive", "negative"}`` as lists of fractions; the ends 0 and 1
    are left out so an impossible result (e.g. a positive with specificity 1 at p = 0) cannot
    occur.
    """
    pretest = np.linspace(0.001, 0.999, points)
    return {
        "pretest": pretest.tolist(),
        "positive": [post_test_probability(p, sensitivity, specificity) for p in pretest],
        "negative": [
            post_test_probability(p, sensitivity, specificity, "negative") for p in pretest
        ],
    }


def bayes_panel_title(name: str) -> str:
    """Title of the Bayes figure's left panel for the first test ``name``."""
    return f"First test: {name}"


def bayes_step_labels(tests: list[tuple[str, float, float, str]]) -> list[str]:
    """Category labels of the step panel: 'pre-test', then 'test 1 (positive)' and so on."""
    return ["pre-test"] + [f"test {i}<br>({t[3]})" for i, t in enumerate(tests, 1)]


def bayes_figure(
    pretest: float,
    tests: list[tuple[str, float, float, str]],
) -> go.Figure:
    """Two panels: the first test's post-test curves, and the probability after each test.

    ``tests`` holds (name, sensitivity, specificity, result) for one or two tests; the left
    panel shows the first test's curves with the current pre-test probability marked, the right
    panel the step from pre-test to post-test after each test in turn.
    """
    if not tests:
        raise ValueError("tests must hold at least one (name, sensitivity, specificity, result)")
    name, sens, spec, result = tests[0]
    curves = bayes_curves(sens, spec)
    steps = sequential_post_test(pretest, [t[1:] for t in tests])
    fig = make_subplots(
        rows=1,
        cols=2,
        column_widths=[0.55, 0.45],
        horizontal_spacing=0.14,
        subplot_titles=(bayes_panel_title(name), "After each test"),
    )
    x = [100 * p for p in curves["pretest"]]
    for result, colour in (("positive", COLORWAY[1]), ("negative", COLORWAY[0])):
        fig.add_scatter(
            x=x,
            y=[100 * p for p in curves[result]],
            name=f"after a {result}",
            line={"color": colour, "width": 3},
            row=1,
            col=1,
        )
    _add_diagonal(fig, "no change", row=1, col=1)
    first = steps[0]
    fig.add_scatter(
        x=[100 * pretest, 100 * pretest],
        y=[100 * pretest, 100 * first],
        mode="lines+markers",
        name="this patient",
        marker={"size": 10, "color": OKABE_ITO["black"]},
        line={"color": OKABE_ITO["black"]},
        row=1,
        col=1,
    )
    labels = bayes_step_labels(tests)
    values = [100 * pretest] + [100 * p for p in steps]
    fig.add_scatter(
        x=labels,
        y=values,
        mode="lines+markers+text",
        name="probability",
        text=[f"{v:.1f} %" for v in values],
        textposition="top center",  # "top right" cut the last label at the panel's edge
        marker={"size": 12, "color": OKABE_ITO["reddish purple"]},
        line={"color": OKABE_ITO["reddish purple"]},
        showlegend=False,
        row=1,
        col=2,
    )
    themed(
        fig,
        "What a test result does to the probability",
        x=None,
        y=None,
        height=600,
    )
    fig.update_xaxes(
        title_text=axis_title("Pre-test probability", "%"), range=[0, 100], row=1, col=1
    )
    fig.update_yaxes(
        title_text=axis_title("Post-test probability", "%"), range=[0, 105], row=1, col=1
    )
    fig.update_yaxes(
        title_text=axis_title("Probability of metastases", "%"), range=[0, 110], row=1, col=2
    )
    fig.update_xaxes(title_text=axis_title("Step", "test"), range=[-0.5, 2.5], row=1, col=2)
    fig.update_layout(legend={"orientation": "h", "y": -0.25, "yanchor": "top", "x": 0})
    _caption(
        fig,
        "Bayes' theorem; chained tests assumed independent given disease status. "
        "Accuracy values: " + source_note("imaging_accuracy").removeprefix("Source: "),
        112,
        width=85,
    )
    # After add_caption (which resets the bottom margin): room for the axis titles, the legend
    # row and the two caption lines, one under the other.
    fig.update_layout(margin={"b": 215})
    return fig


def calcium_scale_figure(unit: str = "mg/dL") -> go.Figure:
    """A horizontal calcium scale with the severity bands, ready for a patient's markers.

    Trace 0 is the measured calcium marker (drawn at y = 0.4) and trace 1 the corrected calcium
    marker (y = −0.4), both empty until :func:`calcium_markers` fills them.
    Bands from fact ``hypercalcaemia_severity_thresholds``.
    """
    table = _table("hypercalcaemia_severity_thresholds")
    rows = {row[0]: row for row in table.rows}
    if unit not in rows:
        raise ValueError(f"unit must be one of {', '.join(rows)}; got {unit!r}")
    _, uln, moderate, severe, _ = rows[unit]
    low, high = (7.0, 17.0) if unit == "mg/dL" else (1.75, 4.25)
    fig = go.Figure()
    fig.add_scatter(
        x=[],
        y=[],
        mode="markers+text",
        name="measured",
        marker={"symbol": "line-ns-open", "size": 26, "color": GREY["mark"], "line": {"width": 3}},
        textposition="middle right",
    )
    fig.add_scatter(
        x=[],
        y=[],
        mode="markers+text",
        name="corrected",
        marker={"symbol": "diamond", "size": 18, "color": OKABE_ITO["black"]},
        textposition="middle right",
    )
    bands = [
        (low, uln, "normal", OKABE_ITO["bluish green"]),
        (uln, moderate, "mild", OKABE_ITO["yellow"]),
        (moderate, severe, "moderate", OKABE_ITO["orange"]),
        (severe, high, "severe", OKABE_ITO["vermillion"]),
    ]
    for start, end, label, colour in bands:
        fig.add_vrect(
            x0=start,
            x1=end,
            fillcolor=colour,
            opacity=0.35,
            line_width=0,
            annotation_text=label,
            annotation_position="top",
        )
    themed(
        fig,
        "Corrected calcium and the severity bands",
        x=("Total calcium", unit),
        y=None,
        height=320,
    )
    fig.update_xaxes(range=[low, high])
    fig.update_yaxes(visible=False, range=[-1, 1])
    fig.update_layout(showlegend=False, margin={"t": 80, "b": 130})
    _caption(fig, "Bands: " + source_note("hypercalcaemia_severity_thresholds"), 75)
    return fig


def calcium_marker_traces(measured: float, corrected: float, label: str) -> dict[int, dict]:
    """The measured and corrected calcium markers of a :func:`calcium_scale_figure`, as
    ``{trace index: properties}`` for :func:`~course.plots.update.update_figure`."""
    return {
        0: {"x": [measured], "y": [0.4], "text": [f"measured {measured:.2f}"]},
        1: {"x": [corrected], "y": [-0.4], "text": [f"corrected {corrected:.2f}: {label}"]},
    }


def calcium_markers(fig: go.Figure, measured: float, corrected: float, label: str) -> None:
    """Place the measured and corrected calcium markers on a :func:`calcium_scale_figure`, in
    place, as one update."""
    update_figure(fig, calcium_marker_traces(measured, corrected, label))


# The stylised skeleton: site name -> (x, y) marker position, and its line segments.
SKELETON_SITES: dict[str, tuple[float, float]] = {
    "skull": (0.0, 9.3),
    "spine": (0.0, 6.2),
    "ribs": (1.2, 6.8),
    "pelvis": (0.0, 4.4),
    "proximal femur": (-1.1, 3.6),
    "humerus": (-2.2, 6.6),
    "forearm": (-2.6, 4.8),
    "tibia": (-0.9, 1.2),
    "hands and feet": (2.8, 3.7),
}
_BONES = [  # (x0, y0, x1, y1) line segments, left and right
    (0, 8.5, 0, 4.6),  # spine
    (-1.8, 7.9, 1.8, 7.9),  # clavicles
    (-1.9, 7.8, -2.4, 5.6),
    (1.9, 7.8, 2.4, 5.6),  # humeri
    (-2.4, 5.5, -2.7, 4.0),
    (2.4, 5.5, 2.7, 4.0),  # forearms
    (-0.8, 4.0, -1.0, 2.1),
    (0.8, 4.0, 1.0, 2.1),  # femora
    (-1.0, 2.0, -0.9, 0.3),
    (1.0, 2.0, 0.9, 0.3),  # tibiae
]


_REGION_SITE = {
    "spine": "spine",
    "pelvis": "pelvis",
    "sternum and ribs": "ribs",
    "craniomaxillofacial": "skull",
}
"""Regions of fact ``thyroid_bone_sites`` -> the drawn site they fall on (others are not drawn)."""
TOP_REGIONS = 3
"""How many of a primary's most frequent cited regions the map marks for it."""
OWN_SITE = "tied to this primary by a cited source"
"""Legend entry of the sites of :func:`primary_sites`. Not 'favoured': lung's acral sites are
rare even in lung cancer; the source says only that acral metastases, when they occur, most
often come from the lung."""


def _check_primary(primary: str) -> None:
    if primary not in PRIMARIES:
        raise ValueError(f"primary must be one of {', '.join(PRIMARIES)}; got {primary!r}")


def primary_sites(primary: str) -> dict[str, tuple[str, str]]:
    """The sites a cited fact ties to ``primary``: site -> (fact key, what the fact says).

    Lung: the rows of fact ``skeletal_site_pattern`` that name it (acral metastases, most often
    from lung cancer; Jacofsky 2004). Thyroid: the ``TOP_REGIONS`` most frequent drawn regions of
    fact ``thyroid_bone_sites`` (Osorio 2017). Any other primary: none, because no cited fact
    gives it sites of its own. The skull is not among thyroid's top regions (craniomaxillofacial
    sites are among the least common in that review), so it is not marked.
    """
    _check_primary(primary)
    sites = {
        site: ("skeletal_site_pattern", f"{pattern.split(';')[0]}, most often {primary.lower()}")
        for site, pattern, _ in _table("skeletal_site_pattern").rows
        if primary.lower() in pattern
    }
    if primary == "Thyroid":
        rows = sorted(
            (r for r in _table("thyroid_bone_sites").rows if r[0] in _REGION_SITE),
            key=lambda r: -r[1],
        )
        for region, share in rows[:TOP_REGIONS]:
            text = (
                f"common; {share:g} % of bone metastases in differentiated thyroid cancer "
                f"({region})"
            )
            sites[_REGION_SITE[region]] = ("thyroid_bone_sites", text)
    return sites


def skeleton_site_status(primary: str) -> dict[str, str]:
    """For one primary cancer, each skeleton site's status: what a fact cited for that primary
    says (see :func:`primary_sites`), else the general pattern ('common', 'rare' or 'not stated').

    The general pattern (fact ``skeletal_site_pattern``) is the same for every primary; only the
    sites of :func:`primary_sites` change with it.
    """
    _check_primary(primary)
    pattern = {row[0]: row[1] for row in _table("skeletal_site_pattern").rows}
    own = primary_sites(primary)
    status = {}
    for site in SKELETON_SITES:
        text = pattern.get(site, "")
        if site in own:
            status[site] = own[site][1]
        elif text.startswith("common"):
            status[site] = "common"
        elif text.startswith("rare"):
            status[site] = "rare"
        else:
            status[site] = "not stated"
    return status


PRIMARIES: tuple[str, ...] = tuple(
    row[0] for row in _table("lesion_type_by_primary").rows if row[0] != "Myeloma"
)
_STATUS_STYLE = {
    OWN_SITE: (OKABE_ITO["orange"], 20),
    "common": (OKABE_ITO["vermillion"], 20),
    "rare": (OKABE_ITO["sky blue"], 14),
    "not stated": (GREY["missing"], 12),
}


def _style_key(site: str, status: str, own: dict[str, tuple[str, str]]) -> str:
    return OWN_SITE if site in own else status


def _frequency(status: str) -> str:
    """'common', 'rare' or 'not stated': how often a site is involved, whoever says so."""
    return next((k for k in ("common", "rare") if status.startswith(k)), "not stated")


def skeleton_marker_style(primary: str) -> dict[str, list]:
    """Marker ``color``, ``size`` and ``customdata`` (status) of the site trace for ``primary``;
    the sites of :func:`primary_sites` are drawn in their own colour, at the size of how often
    they are involved (lung's acral sites stay small: rare, though mostly from the lung)."""
    status = skeleton_site_status(primary)
    own = primary_sites(primary)
    names = list(SKELETON_SITES)
    keys = [_style_key(s, status[s], own) for s in names]
    return {
        "color": [_STATUS_STYLE[k][0] for k in keys],
        "size": [_STATUS_STYLE[_frequency(status[s])][1] for s in names],
        "customdata": [status[s] for s in names],
    }


_CRANIAL = dict(_table("thyroid_bone_sites").rows)["craniomaxillofacial"]


def primary_summary(primary: str) -> str:
    """One-line HTML: dominant lesion type and incidence in advanced disease for ``primary``."""
    lesion = {r[0]: (r[1], r[3]) for r in _table("lesion_type_by_primary").rows}[primary]
    incidence = {r[0]: (r[1], r[2]) for r in _table("incidence_by_primary").rows}
    name = "Renal" if primary == "Kidney" else primary
    text = f"<b>{primary}</b>: mainly {lesion[0]}" + (f" ({lesion[1]})" if lesion[1] else "")
    if name in incidence:
        low, high = incidence[name]
        share = f"{low:g} %" if low == high else f"{low:g}–{high:g} %"
        text += f"<br>bone metastases in advanced disease: {share}"
    return text


def skeleton_map(primary: str = "Breast") -> go.Figure:
    """A stylised skeleton with the usual metastatic sites marked for one primary cancer.

    Trace 0 holds the site markers (colour and size by status, see
    :func:`skeleton_site_status`); a widget restyles it in place. Qualitative by design: only
    thyroid has cited per-primary site frequencies, and the map marks its top regions without
    drawing the numbers.
    """
    style = skeleton_marker_style(primary)
    fig = go.Figure()
    names = list(SKELETON_SITES)
    fig.add_scatter(
        x=[SKELETON_SITES[s][0] for s in names],
        y=[SKELETON_SITES[s][1] for s in names],
        mode="markers+text",
        text=names,
        textposition=["middle right" if SKELETON_SITES[s][0] > 0 else "middle left" for s in names],
        name="sites",
        marker={
            "color": style["color"],
            "size": style["size"],
            "line": {"color": "black", "width": 1},
            "opacity": 1,
        },
        customdata=style["customdata"],
        hovertemplate="%{text}: %{customdata}<extra></extra>",
        showlegend=False,
    )
    for label, (colour, size) in _STATUS_STYLE.items():
        fig.add_scatter(
            x=[None],
            y=[None],
            mode="markers",
            name=label,
            marker={"color": colour, "size": size * 0.6},
        )
    bone = {"color": GREY["bone"], "width": 7}
    fig.add_shape(type="circle", x0=-0.8, y0=8.6, x1=0.8, y1=10.0, line=bone, layer="below")
    for y in np.linspace(7.5, 6.0, 4):
        fig.add_shape(
            type="path",
            layer="below",
            line={"color": GREY["bone"], "width": 4},
            path=f"M 0 {y} Q -1.9 {y - 0.1} -1.6 {y - 0.6}",
        )
        fig.add_shape(
            type="path",
            layer="below",
            line={"color": GREY["bone"], "width": 4},
            path=f"M 0 {y} Q 1.9 {y - 0.1} 1.6 {y - 0.6}",
        )
    fig.add_shape(
        type="path",
        layer="below",
        line=bone,
        path="M -1.3 4.9 Q 0 3.4 1.3 4.9 L 0.8 4.0 L -0.8 4.0 Z",
    )
    for x0, y0, x1, y1 in _BONES:
        fig.add_shape(type="line", x0=x0, y0=y0, x1=x1, y1=y1, line=bone, layer="below")
    for x, y in ((-2.8, 3.7), (2.8, 3.7), (-0.9, 0.1), (0.9, 0.1)):
        fig.add_shape(
            type="circle",
            x0=x - 0.25,
            y0=y - 0.25,
            x1=x + 0.25,
            y1=y + 0.25,
            line=bone,
            layer="below",
        )
    fig.add_annotation(
        xref="paper",
        yref="paper",
        x=0,
        y=1.0,
        xanchor="left",
        yanchor="bottom",
        align="left",
        showarrow=False,
        text=primary_summary(primary),
        name="summary",
    )
    themed(fig, "Usual sites of bone metastases", x=None, y=None, height=620)
    fig.update_xaxes(visible=False, range=[-4.6, 4.6])
    fig.update_yaxes(visible=False, range=[-0.5, 10.4], scaleanchor="x")
    fig.update_layout(
        legend={"title": {"text": "site status"}, "x": 0.78, "y": 0.0, "yanchor": "bottom"},
        margin={"b": 110, "t": 120},
    )
    _caption(
        fig,
        "Sources. Sites: "
        + source_note("skeletal_site_pattern").removeprefix("Source: ")
        + "; lesion type: "
        + source_note("lesion_type_by_primary").removeprefix("Source: ")
        + "; incidence: "
        + source_note("incidence_by_primary").removeprefix("Source: ")
        + "; thyroid sites: "
        + source_note("thyroid_bone_sites").removeprefix("Source: ")
        + ". Sites change with the primary only where a cited source says so (lung: hands and "
        "feet; thyroid: its most frequent regions). No source found supports thyroid cancer "
        f"favouring the skull (craniomaxillofacial: {_CRANIAL:g} % of its bone metastases), so "
        "the skull is not marked for it.",
        20,
        width=78,
    )
    fig.update_layout(margin={"b": 160})  # room for the caption lines
    return fig
