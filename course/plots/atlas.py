"""An imaging atlas of labelled schematics: long-bone lesions, Mirels' size item, bone-scan
patterns, the flare, vertebral collapse with the SINS imaging items, and MRI cord compression.

We cannot ship openly licensed radiographs, so each picture is a vector drawing, marked as a
schematic, with an image-reading question stored as data (:data:`ATLAS`). Numbers drawn on a
figure (SINS points, Mirels thirds, the flare window) are read from :mod:`course.facts`.
Colours come from the course theme only.
"""

from collections.abc import Callable
from dataclasses import dataclass

import plotly.graph_objects as go

from ..facts import fact, source_note
from ..palette import OKABE_ITO
from .theme import TEMPLATE, add_caption, themed

__all__ = [
    "ATLAS",
    "MARKER",
    "AtlasEntry",
    "ImageQuestion",
    "bone_scan_figure",
    "flare_figure",
    "long_bone_figure",
    "mirels_size_figure",
    "mri_cord_figure",
    "vertebral_collapse_figure",
]

MARKER = "Schematic, not a radiograph or scan image"

# Radiograph-like greys taken from the theme: white paper, grid, axis line and font colours.
WHITE = TEMPLATE.layout.paper_bgcolor
LIGHT = TEMPLATE.layout.xaxis.gridcolor
MID = TEMPLATE.layout.xaxis.linecolor
DARK = TEMPLATE.layout.font.color
BLACK = OKABE_ITO["black"]
LABEL = OKABE_ITO["yellow"]  # readable on the dark radiograph background
INK = OKABE_ITO["blue"]  # labels on white (scans)
LESION_KINDS = ("lytic", "blastic", "mixed")
SCAN_PATTERNS = ("normal", "hot spots", "cold lesion", "superscan")


def _canvas(
    title: str, x: tuple[float, float], y: tuple[float, float], dark: bool, height: int = 520
) -> go.Figure:
    """An empty figure with hidden axes, equal scales, the theme, a title and the marker."""
    fig = go.Figure()
    themed(fig, title, x=None, y=None, height=height)
    fig.update_xaxes(visible=False, range=list(x))
    fig.update_yaxes(visible=False, range=list(y), scaleanchor="x", scaleratio=1)
    background = BLACK if dark else WHITE
    fig.update_layout(plot_bgcolor=background, margin={"l": 20, "r": 20, "t": 80, "b": 40})
    _mark(fig)
    return fig


def _mark(fig: go.Figure) -> None:
    """Write the schematic marker above the plot's top-right corner."""
    fig.add_annotation(
        text=f"<b>{MARKER}</b>",
        xref="paper",
        yref="paper",
        x=1,
        y=1,
        xanchor="right",
        yanchor="bottom",
        yshift=6,
        showarrow=False,
        font={"size": 13, "color": OKABE_ITO["vermillion"]},
    )


def _caption(fig: go.Figure, text: str) -> None:
    """A left-aligned note just under a schematic (no x-axis title to clear)."""
    add_caption(fig, text)
    fig.layout.annotations[-1].update(yshift=-8, align="left")


def _label(
    fig: go.Figure, text: str, at: tuple[float, float], tail: tuple[float, float], dark: bool = True
) -> None:
    """An arrow from ``tail`` (where the text sits) to the point ``at``, in data units."""
    colour = LABEL if dark else INK
    fig.add_annotation(
        x=at[0],
        y=at[1],
        ax=tail[0],
        ay=tail[1],
        axref="x",
        ayref="y",
        text=text,
        showarrow=True,
        arrowhead=2,
        arrowwidth=2,
        arrowcolor=colour,
        font={"size": 13, "color": colour},
        bgcolor=BLACK if dark else WHITE,
        align="left",
    )


def _rect(
    fig: go.Figure,
    x0: float,
    y0: float,
    x1: float,
    y1: float,
    fill: str,
    line: str | None = None,
    dash: str = "solid",
) -> None:
    fig.add_shape(
        type="rect",
        x0=x0,
        y0=y0,
        x1=x1,
        y1=y1,
        fillcolor=fill,
        line={"color": line or fill, "width": 2 if line else 0, "dash": dash},
    )


def _blob(
    fig: go.Figure,
    cx: float,
    cy: float,
    rx: float,
    ry: float,
    fill: str,
    line: str | None = None,
    dash: str = "solid",
) -> None:
    fig.add_shape(
        type="circle",
        x0=cx - rx,
        y0=cy - ry,
        x1=cx + rx,
        y1=cy + ry,
        fillcolor=fill,
        line={"color": line or fill, "width": 2 if line else 0, "dash": dash},
    )


def _path(
    fig: go.Figure,
    points: list[tuple[float, float]],
    fill: str,
    line: str | None = None,
    dash: str = "solid",
) -> None:
    d = "M " + " L ".join(f"{x},{y}" for x, y in points) + " Z"
    fig.add_shape(
        type="path",
        path=d,
        fillcolor=fill,
        line={"color": line or fill, "width": 2 if line else 0, "dash": dash},
    )


def _femur(fig: go.Figure) -> None:
    """A long bone on a plain film: soft tissue, cortex (white) and medullary canal (grey)."""
    _rect(fig, 0, 6, 100, 34, DARK)  # thigh soft tissue
    _blob(fig, 6, 20, 8, 11, WHITE)  # bone ends
    _blob(fig, 94, 20, 8, 11, WHITE)
    _rect(fig, 6, 12, 94, 28, WHITE)  # cortex
    _rect(fig, 8, 15, 92, 25, MID)  # medullary canal


def long_bone_figure(kind: str) -> go.Figure:
    """A long-bone shaft with a ``kind`` lesion: "lytic" (dark, bone destroyed), "blastic"
    (white, dense new bone) or "mixed" (both)."""
    if kind not in LESION_KINDS:
        raise ValueError(f"kind must be one of {list(LESION_KINDS)}, not {kind!r}")
    fig = _canvas(
        f"A {kind} metastasis in a long bone (plain-film appearance)", (0, 100), (0, 44), dark=True
    )
    _femur(fig)
    if kind in ("lytic", "mixed"):
        _path(
            fig,
            [(38, 15), (44, 13.2), (52, 13.5), (57, 15), (56, 24), (49, 25.3), (41, 24.6)],
            DARK,
        )
        _label(fig, "lytic: darker than bone<br>(bone destroyed)", (47, 19), (30, 39))
        _label(fig, "thinned cortex", (50, 13.3), (68, 2.5))
    if kind in ("blastic", "mixed"):
        for cx, cy, r in ((66, 19, 2.2), (71, 22, 1.6), (74, 17.5, 2.0), (69, 16.5, 1.2)):
            _blob(fig, cx, cy, r, r, WHITE)
        _label(fig, "blastic: whiter than bone<br>(dense new bone)", (71, 20), (86, 39.5))
    if kind == "blastic":
        _label(fig, "cortex intact", (40, 26.5), (30, 39))
    if kind == "lytic":
        _label(fig, "normal medullary canal", (80, 21), (84, 40))
    _caption(
        fig,
        "Lytic = lucent, blastic = sclerotic, mixed = both in one lesion. Breast and lung: "
        "mostly lytic; prostate: mostly blastic.<br>" + source_note("lesion_type_by_primary"),
    )
    return fig


def mirels_size_figure() -> go.Figure:
    """How Mirels' size item is read on the plain film: the share of the bone's width that the
    lesion occupies, in thirds, with the cortical breach that raises concern."""
    sizes = dict(zip(fact("mirels_points").rows[3][1:], (1, 2, 3), strict=True))
    fig = _canvas(
        "Mirels' size item: how much of the bone's width is destroyed?",
        (0, 100),
        (-4, 44),
        dark=True,
    )
    _femur(fig)
    _path(fig, [(40, 12), (58, 12), (60, 17), (58, 24.5), (44, 25), (39, 18)], DARK)
    _rect(fig, 45, 11.2, 53, 12.8, DARK)  # breach of the lower cortex
    for y in (12 + 16 / 3, 12 + 32 / 3):
        fig.add_shape(
            type="line",
            x0=30,
            x1=70,
            y0=y,
            y1=y,
            line={"color": OKABE_ITO["sky blue"], "dash": "dot", "width": 2},
        )
    fig.add_shape(
        type="line", x0=26, x1=26, y0=12, y1=28, line={"color": OKABE_ITO["sky blue"], "width": 3}
    )
    fig.add_shape(
        type="line", x0=64, x1=64, y0=12, y1=25, line={"color": OKABE_ITO["orange"], "width": 3}
    )
    fig.add_annotation(
        x=25,
        y=20,
        text="bone width<br>in thirds",
        showarrow=False,
        xanchor="right",
        font={"size": 13, "color": OKABE_ITO["sky blue"]},
        bgcolor=BLACK,
    )
    fig.add_annotation(
        x=65,
        y=18.5,
        text="lesion: > 2/3 of<br>the width",
        showarrow=False,
        xanchor="left",
        font={"size": 13, "color": OKABE_ITO["orange"]},
        bgcolor=BLACK,
    )
    _label(fig, "cortex breached", (49, 12), (40, 1))
    text = ", ".join(f"{k} = {v} point{'s' if v > 1 else ''}" for k, v in sizes.items())
    _caption(
        fig,
        f"Size points: {text}. "
        + source_note("mirels_points")
        + ".<br>Sources differ on whether the fraction is of the bone's diameter or of "
        "the cortex: say which you used.",
    )
    return fig


def _skeleton(fig: go.Figure, colour: str, width: float) -> None:
    """A simple anterior whole-body bone-scan outline, drawn in ``colour``."""
    line = {"color": colour, "width": width}
    _blob(fig, 0, 92, 7, 8, "rgba(0,0,0,0)", colour)  # skull
    fig.add_shape(type="line", x0=0, x1=0, y0=83, y1=42, line={**line, "width": width * 1.6})
    for i in range(6):  # ribs
        y = 78 - 3.5 * i
        for side in (-1, 1):
            fig.add_shape(
                type="path", line=line, path=f"M 0,{y} Q {side * 14},{y + 2} {side * 13},{y - 5}"
            )
    for side in (-1, 1):
        fig.add_shape(type="line", x0=0, x1=side * 12, y0=82, y1=81, line=line)  # clavicle
        fig.add_shape(type="line", x0=side * 13, x1=side * 17, y0=80, y1=56, line=line)
        fig.add_shape(type="line", x0=side * 17, x1=side * 19, y0=55, y1=38, line=line)
        fig.add_shape(
            type="path", line=line, path=f"M 0,42 Q {side * 12},46 {side * 11},36 L {side * 3},33"
        )  # pelvis
        fig.add_shape(type="line", x0=side * 8, x1=side * 9, y0=35, y1=8, line=line)  # femur


def bone_scan_figure(pattern: str) -> go.Figure:
    """An anterior bone scan (uptake dark on white) showing ``pattern``: "normal", "hot spots",
    "cold lesion" or "superscan"."""
    if pattern not in SCAN_PATTERNS:
        raise ValueError(f"pattern must be one of {list(SCAN_PATTERNS)}, not {pattern!r}")
    titles = {
        "normal": "Normal bone scan: even uptake, kidneys and bladder seen",
        "hot spots": "Bone scan: multiple hot spots",
        "cold lesion": "Bone scan: a cold (photopenic) lesion",
        "superscan": "Bone scan: the superscan",
    }
    fig = _canvas(titles[pattern], (-42, 42), (0, 102), dark=False, height=640)
    super_ = pattern == "superscan"
    _skeleton(fig, BLACK if super_ else MID, 7 if super_ else 4)
    if not super_:
        for side in (-1, 1):
            _blob(fig, side * 7, 48, 2.5, 4, LIGHT, MID)  # kidneys
        _blob(fig, 0, 30, 3.5, 2.5, DARK)  # bladder
        _label(fig, "kidneys", (7, 48), (30, 58), dark=False)
        _label(fig, "bladder", (0, 30), (22, 24), dark=False)
    if pattern == "hot spots":
        for x, y in ((0, 70), (-13, 72), (0, 56), (9, 40), (-8, 20), (13, 76)):
            _blob(fig, x, y, 2.2, 2.2, BLACK)
        _label(
            fig,
            "scattered hot spots:<br>spine, ribs, pelvis, femur",
            (-8, 20),
            (-33, 12),
            dark=False,
        )
    if pattern == "cold lesion":
        _blob(fig, 0, 62, 2.6, 3.4, WHITE, BLACK)
        _label(
            fig,
            "cold: no uptake where bone<br>is destroyed without repair",
            (0, 62),
            (-28, 88),
            dark=False,
        )
    if pattern == "superscan":
        _label(
            fig, "intense, even uptake<br>in the whole skeleton", (-13, 70), (-32, 92), dark=False
        )
        _label(fig, "kidneys faint or absent", (7, 48), (30, 28), dark=False)
    notes = {
        "normal": "The tracer goes to bone and is passed by the kidneys into the bladder.",
        "hot spots": "Many asymmetric hot spots in the axial skeleton suggest metastases.",
        "cold lesion": "Purely lytic lesions without a bone-forming response (e.g. myeloma) can "
        "be cold: a normal-looking scan does not exclude them.<br>"
        + source_note("lesion_type_by_primary"),
        "superscan": "Diffuse metastases take up so much tracer that the kidneys and bladder "
        "barely show: the scan can look deceptively 'good'.<br>Metabolic bone disease (e.g. "
        "renal osteodystrophy, hyperparathyroidism) can give a superscan too: the history "
        "decides.",
    }
    _caption(fig, notes[pattern])
    return fig


def flare_figure() -> go.Figure:
    """The flare: a lesion looks worse on the bone scan soon after effective treatment starts,
    then improves; the shaded window is the published time span of the flare."""
    low, high = fact("flare_window").value
    months = [0, low, 1.5, high, 4.5, 6, 9]
    activity = [100, 110, 130, 120, 95, 75, 65]  # illustrative shape, not data
    fig = go.Figure()
    fig.add_vrect(
        x0=low,
        x1=high,
        fillcolor=OKABE_ITO["orange"],
        opacity=0.18,
        line_width=0,
        annotation_text="flare window",
        annotation_position="top left",
    )
    fig.add_scatter(
        x=months,
        y=activity,
        mode="lines",
        line={"color": INK, "width": 4, "shape": "spline"},
        name="lesion on bone scan (shape only)",
    )
    fig.add_hline(
        y=100,
        line_dash="dot",
        line_color=MID,
        annotation_text="before treatment",
        annotation_position="bottom right",
    )
    fig.add_annotation(
        x=1.7,
        y=130,
        text="looks worse: healing bone<br>takes up more tracer",
        ax=110,
        ay=0,
        xanchor="left",
        font={"size": 13},
    )
    fig.add_annotation(
        x=6, y=75, text="improves by about 6 months", ax=40, ay=-40, font={"size": 13}
    )
    themed(
        fig,
        "The flare: a healing lesion can look worse before it looks better",
        x=("Time since starting effective treatment", "months"),
        y=("Apparent uptake", "% of baseline"),
        height=500,
    )
    fig.update_xaxes(range=[0, 9], dtick=1)
    fig.update_yaxes(range=[50, 145])
    fig.update_layout(showlegend=False)
    _mark(fig)
    add_caption(
        fig,
        f"Window {low:g}–{high:g} months: {source_note('flare_window')}.<br>Improvement by "
        "6 months: Coleman et al. 1988. The curve's shape and height are illustrative, not "
        "data.",
    )
    fig.layout.annotations[-1].align = "left"
    return fig


def _vertebra(fig: go.Figure, y: float, height: float, fill: str, dark: bool) -> None:
    """One vertebral body (lateral view) with its pedicle and spinous process."""
    _rect(fig, 10, y, 34, y + height, fill, WHITE if dark else MID)
    _rect(fig, 34, y + height * 0.35, 42, y + height * 0.75, fill, WHITE if dark else MID)
    _path(
        fig,
        [
            (42, y + height * 0.3),
            (56, y + height * 0.1),
            (56, y + height * 0.4),
            (42, y + height * 0.8),
        ],
        fill,
        WHITE if dark else MID,
    )


def vertebral_collapse_figure() -> go.Figure:
    """A lateral spine with one lytic vertebra collapsed by more than half, labelled with the
    SINS imaging items and their points."""
    points = {}
    for component, category, value in fact("sins_points").rows:
        points[(component, category)] = value
    fig = _canvas(
        "Vertebral collapse and the SINS imaging items (lateral view)",
        (-62, 112),
        (0, 70),
        dark=True,
        height=560,
    )
    _vertebra(fig, 50, 14, MID, dark=True)
    _vertebra(fig, 6, 14, MID, dark=True)
    _path(fig, [(10, 26), (34, 26), (34, 42), (10, 31)], MID, WHITE)  # wedge, front collapsed
    _path(fig, [(14, 27.5), (30, 27.5), (31, 37), (15, 30)], DARK)  # lytic destruction
    _rect(fig, 34, 31, 42, 38, DARK, WHITE)  # pedicle destroyed
    for y in (21, 44.5):
        _rect(fig, 10, y, 34, y + 4, DARK)  # discs
    lytic, collapse = points[("lesion", "lytic")], points[("collapse", ">50%")]
    deformity = points[("alignment", "deformity")]
    one_side = points[("posterolateral", "unilateral")]
    _label(fig, f"lytic lesion:<br>{lytic} points", (20, 29), (-32, 10))
    _label(fig, f"collapse > 50 %:<br>{collapse} points", (10, 29), (-32, 36))
    _label(fig, f"kyphotic (wedge) deformity:<br>{deformity} points", (22, 37), (-32, 62))
    _label(
        fig,
        f"pedicle destroyed, one side<br>(posterolateral): {one_side} point",
        (40, 34),
        (84, 38),
    )
    _label(fig, "normal height<br>for comparison", (42, 60), (84, 62))
    _caption(
        fig,
        "Imaging items of SINS; location and pain complete the score. "
        + source_note("sins_points"),
    )
    return fig


def _sagittal_spine(fig: go.Figure, x0: float, compressed: bool) -> None:
    """A T2-like sagittal MRI: grey vertebrae, bright CSF around a grey cord."""
    _rect(fig, x0 + 20, 4, x0 + 34, 96, WHITE)  # CSF column
    _rect(fig, x0 + 24, 4, x0 + 30, 96, MID)  # cord
    for i in range(5):
        y = 6 + 18 * i
        _rect(fig, x0, y, x0 + 18, y + 14, LIGHT if not (compressed and i == 2) else DARK)
        _rect(fig, x0 + 1, y + 14, x0 + 17, y + 18, MID)  # disc
    if compressed:
        _path(
            fig, [(x0 + 18, 43), (x0 + 25, 46), (x0 + 27, 52), (x0 + 25, 58), (x0 + 18, 60)], DARK
        )  # epidural tumour
        _rect(fig, x0 + 27, 45, x0 + 30, 59, MID)  # cord pushed back
        _rect(fig, x0 + 30, 45, x0 + 34, 59, MID)  # no CSF behind the cord


def mri_cord_figure() -> go.Figure:
    """Sagittal MRI schematics side by side: a normal spine and metastatic cord compression."""
    fig = _canvas(
        "MRI (sagittal, T2-like): normal spine vs. cord compression",
        (-40, 180),
        (0, 106),
        dark=True,
        height=600,
    )
    _sagittal_spine(fig, 0, compressed=False)
    _sagittal_spine(fig, 100, compressed=True)
    for x, text in ((17, "Normal"), (117, "Cord compression")):
        fig.add_annotation(
            x=x, y=102, text=f"<b>{text}</b>", showarrow=False, font={"size": 15, "color": WHITE}
        )
    _label(fig, "bright CSF<br>all round the cord", (21, 80), (-22, 86))
    _label(fig, "tumour replaces the<br>vertebral body", (105, 52), (67, 70))
    _label(fig, "epidural mass pushes<br>into the canal", (123, 54), (160, 80))
    _label(fig, "CSF effaced,<br>cord compressed", (132, 50), (160, 30))
    _caption(
        fig,
        "NICE NG234 asks for whole-spine MRI: compression can occur at several levels.<br>"
        "Tumour marrow is drawn dark, as it looks on T1; on T2 its signal varies. Compression "
        "is read from the lost CSF and the deformed cord.",
    )
    return fig


@dataclass(frozen=True)
class ImageQuestion:
    """An image-reading question: the stem, and (text, correct, explanation) per option."""

    stem: str
    options: tuple[tuple[str, bool, str], ...]


@dataclass(frozen=True)
class AtlasEntry:
    """One schematic of the atlas with its question."""

    key: str
    build: Callable[[], go.Figure]
    question: ImageQuestion


ATLAS: tuple[AtlasEntry, ...] = (
    AtlasEntry(
        "lytic",
        lambda: long_bone_figure("lytic"),
        ImageQuestion(
            "In this long bone, the lesion is darker than the bone around it and the cortex "
            "over it is thin. What kind of lesion is it?",
            (
                ("Lytic", True, "Dark on a plain film means bone has been removed: lytic."),
                ("Blastic", False, "Blastic lesions add dense bone and look whiter."),
                (
                    "Normal medullary canal",
                    False,
                    "The canal is even grey; this area is darker and thins the cortex.",
                ),
            ),
        ),
    ),
    AtlasEntry(
        "blastic",
        lambda: long_bone_figure("blastic"),
        ImageQuestion(
            "The patches inside the shaft are whiter than the canal. Which primary most often "
            "gives this appearance?",
            (
                ("Prostate cancer", True, "Prostate metastases are typically blastic (sclerotic)."),
                ("Renal cell cancer", False, "Renal metastases are typically lytic."),
                ("Myeloma", False, "Myeloma is lytic and may even be cold on a bone scan."),
            ),
        ),
    ),
    AtlasEntry(
        "mixed",
        lambda: long_bone_figure("mixed"),
        ImageQuestion(
            "The same lesion has a dark area and white patches. How many Mirels points does "
            "its lesion item score?",
            (
                ("2", True, "Mirels scores blastic 1, mixed 2, lytic 3."),
                ("3", False, "3 is for a purely lytic lesion."),
                ("1", False, "1 is for a purely blastic lesion."),
            ),
        ),
    ),
    AtlasEntry(
        "mirels_size",
        mirels_size_figure,
        ImageQuestion(
            "The lesion occupies more than two thirds of the bone's width and breaches the "
            "cortex. What does Mirels' size item score?",
            (
                ("3 points (> 2/3)", True, "More than two thirds scores 3."),
                (
                    "2 points (1/3–2/3)",
                    False,
                    "The lesion reaches beyond the second dotted line: more than two thirds.",
                ),
                (
                    "Size is not scored when the cortex is breached",
                    False,
                    "Mirels scores size in every case; a breach adds concern but no separate item.",
                ),
            ),
        ),
    ),
    AtlasEntry(
        "scan_hot_spots",
        lambda: bone_scan_figure("hot spots"),
        ImageQuestion(
            "A woman with breast cancer has this bone scan. What is the most likely reading?",
            (
                (
                    "Multiple bone metastases",
                    True,
                    "Scattered asymmetric hot spots in the axial skeleton are the classic pattern.",
                ),
                ("A normal scan", False, "A normal scan has even uptake without focal spots."),
                (
                    "A superscan",
                    False,
                    "A superscan is diffuse and even, with faint kidneys; "
                    "here the kidneys are seen.",
                ),
            ),
        ),
    ),
    AtlasEntry(
        "scan_cold",
        lambda: bone_scan_figure("cold lesion"),
        ImageQuestion(
            "A vertebra shows no uptake at all (a cold spot). Which statement is right?",
            (
                (
                    "A purely lytic lesion can be cold: the scan may miss it",
                    True,
                    "Without a bone-forming response there is no tracer uptake, e.g. in myeloma.",
                ),
                (
                    "Cold means the bone is healthy",
                    False,
                    "Healthy bone takes up some tracer; no uptake at all is abnormal.",
                ),
                (
                    "Cold spots are artefacts and can be ignored",
                    False,
                    "An unexplained cold area needs CT or MRI.",
                ),
            ),
        ),
    ),
    AtlasEntry(
        "superscan",
        lambda: bone_scan_figure("superscan"),
        ImageQuestion(
            "A man with prostate cancer has this scan: the whole skeleton is intense and even, "
            "and the kidneys are hard to see. What is the most likely reading?",
            (
                (
                    "A superscan from diffuse metastases",
                    True,
                    "Bone takes up so much tracer that little reaches the kidneys.",
                ),
                (
                    "A normal, high-quality scan",
                    False,
                    "The missing kidney activity is the clue that it is not normal.",
                ),
                (
                    "Renal failure only",
                    False,
                    "Failing kidneys show less tracer, but alone they do not make the skeleton "
                    "intense; a metabolic superscan (renal osteodystrophy) is possible, yet in "
                    "known prostate cancer diffuse metastases come first.",
                ),
            ),
        ),
    ),
    AtlasEntry(
        "flare",
        flare_figure,
        ImageQuestion(
            "Six weeks after starting hormone therapy, a lesion looks more intense on the bone "
            "scan while pain improves. What is the best next step?",
            (
                (
                    "Consider a flare: repeat the scan later before calling progression",
                    True,
                    "In the flare window healing bone takes up more tracer; the scan improves "
                    "later.",
                ),
                (
                    "Stop the therapy: it has failed",
                    False,
                    "Early scan worsening can be a sign of response.",
                ),
                (
                    "Ignore all later scans",
                    False,
                    "Later scans are how the flare is told apart from progression.",
                ),
            ),
        ),
    ),
    AtlasEntry(
        "vertebral_collapse",
        vertebral_collapse_figure,
        ImageQuestion(
            "Add the SINS points of the imaging items shown (lesion, collapse, alignment, "
            "posterolateral).",
            (
                ("8", True, "Lytic 2 + collapse > 50 % 3 + deformity 2 + unilateral 1 = 8."),
                ("6", False, "That leaves out the kyphotic deformity (2)."),
                (
                    "10",
                    False,
                    "That needs bilateral posterolateral involvement (3); only "
                    "one pedicle is destroyed here.",
                ),
            ),
        ),
    ),
    AtlasEntry(
        "mri_cord",
        mri_cord_figure,
        ImageQuestion(
            "Compare the two sagittal MRIs. What shows cord compression on the right?",
            (
                (
                    "The bright CSF around the cord is lost and the cord is pushed back",
                    True,
                    "Effaced CSF and a deformed cord at the level of the tumour mean compression.",
                ),
                ("The discs are darker", False, "Disc signal is the same in both pictures."),
                (
                    "The cord is brighter",
                    False,
                    "Here the cord's signal is unchanged; its shape and the CSF around it "
                    "change. (A bright cord on T2, oedema, can appear in severe compression.)",
                ),
            ),
        ),
    ),
)
"""The atlas in teaching order; ``entry.build()`` draws the figure, ``entry.question`` asks
the learner to read it (use with ``course.widgets.selfcheck``)."""
