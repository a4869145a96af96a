"""The vicious-cycle diagram (lesson 03) and its step-through.

The diagram draws the osteolytic loop (left) and the osteoblastic loop (right) around the tumour,
with each drug where it acts; its explanations sit in hover text. The step-through makes every
one of them reachable without a mouse: :func:`cycle_steps` turns each arrow into a step whose text
comes from the same boxes and drug sites (nothing new is claimed), and :func:`highlight_layout`
lights one arrow at a time. Sources: Weilbaecher et al. 2011, Mundy 2002, Clines & Guise 2005.
"""

import re
from dataclasses import dataclass
from html import escape

import plotly.graph_objects as go

from ..palette import OKABE_ITO, SHADE, TINT
from .theme import add_caption, themed
from .update import update_figure

THERAPY = OKABE_ITO["bluish green"]
LOOP_COLOUR = {
    "lytic": OKABE_ITO["vermillion"],
    "blastic": OKABE_ITO["blue"],
    "both": OKABE_ITO["reddish purple"],
}
LOOP_NAME = {"lytic": "osteolytic cycle", "blastic": "osteoblastic cycle"}
DEFAULT_DRUGS = ("denosumab", "bisphosphonate", "anti-tumour", "proteasome inhibitor")
ARROW_WIDTH, LIT_WIDTH = 2.2, 4.0
ARROW_SIZE, LIT_SIZE = 1.3, 1.0
"""Line width and head size (relative to the width) of an arrow, and of the lit one."""
BOX_BORDER, LIT_BORDER = 2, 4
DIMMED = 0.4
"""Opacity of the arrows, boxes and drug labels that the current step does not involve."""


@dataclass(frozen=True)
class Step:
    """A box of the vicious-cycle diagram: its label, position and a hover explanation."""

    label: str
    x: float
    y: float
    detail: str
    loop: str  # "lytic", "blastic" or "both"


STEPS: dict[str, Step] = {
    "tumour": Step("<b>Tumour cells</b><br>in the marrow", 5.0, 5.3,
                   "Cancer cells that have colonised the bone marrow.", "both"),
    "pthrp": Step("PTHrP, IL-11,<br>IL-6", 1.9, 5.3,
                  "Tumour cells secrete PTHrP and cytokines that act on osteoblasts.", "lytic"),
    "rankl": Step("Osteoblasts, stroma:<br><b>RANKL ↑  OPG ↓</b>", 0.9, 3.2,
                  "Osteoblasts and stromal cells express more RANKL and less of its decoy "
                  "receptor OPG.", "lytic"),
    "osteoclasts": Step("<b>Osteoclasts</b><br>(RANKL–RANK)", 1.9, 1.0,
                        "RANKL binds RANK on osteoclast precursors: more osteoclasts form.",
                        "lytic"),
    "resorption": Step("Bone resorption", 4.0, 1.0,
                       "Osteoclasts dissolve mineral and digest matrix: lytic lesions.", "lytic"),
    "factors": Step("Released from matrix:<br><b>TGF-β, IGF-1, Ca²⁺</b>", 4.0, 3.2,
                    "Resorbed matrix releases stored growth factors and calcium that stimulate "
                    "the tumour: the loop closes.", "lytic"),
    "blastic_signals": Step("ET-1, BMPs, Wnt<br>(DKK1 ↓)", 8.1, 5.3,
                            "Tumour-derived endothelin-1, BMPs and Wnt signalling (with low DKK1) "
                            "stimulate osteoblasts.", "blastic"),
    "osteoblasts": Step("<b>Osteoblasts</b> ↑", 9.1, 3.2,
                        "More and more active osteoblasts.", "blastic"),
    "new_bone": Step("New woven bone<br>(dense but weak)", 8.1, 1.0,
                     "Disorganised new bone: sclerotic on imaging, yet prone to fracture.",
                     "blastic"),
    "blastic_factors": Step("Osteoblast-derived<br>growth factors", 6.0, 3.2,
                            "Osteoblasts and new matrix feed growth factors back to the tumour.",
                            "blastic"),
}  # fmt: skip
"""The boxes of :func:`vicious_cycle_diagram` (after Weilbaecher 2011, Mundy 2002, Clines &
Guise 2005)."""

ARROWS: tuple[tuple[str, str], ...] = (
    ("tumour", "pthrp"),
    ("pthrp", "rankl"),
    ("rankl", "osteoclasts"),
    ("osteoclasts", "resorption"),
    ("resorption", "factors"),
    ("factors", "tumour"),
    ("tumour", "blastic_signals"),
    ("blastic_signals", "osteoblasts"),
    ("osteoblasts", "new_bone"),
    ("new_bone", "blastic_factors"),
    ("blastic_factors", "tumour"),
)


@dataclass(frozen=True)
class DrugSite:
    """Where a drug breaks the cycle: the arrow (or box) it blocks and how."""

    name: str
    blocks: tuple[str, str] | str
    how: str
    x: float
    y: float


DRUGS: dict[str, DrugSite] = {
    "denosumab": DrugSite("Denosumab", ("rankl", "osteoclasts"),
                          "antibody against RANKL: fewer osteoclasts form", 0.3, 1.75),
    "bisphosphonate": DrugSite("Bisphosphonates", ("osteoclasts", "resorption"),
                               "bind bone mineral; osteoclasts that resorb it stop and die",
                               2.95, 0.15),
    "anti-tumour": DrugSite("Anti-tumour therapy", "tumour",
                            "chemo-, hormone-, targeted or immunotherapy: fewer tumour cells",
                            5.6, 6.3),
    "proteasome inhibitor": DrugSite("Proteasome inhibitor", "tumour",
                                     "bortezomib (myeloma): slows the tumour and spares "
                                     "osteoblasts", 2.5, 6.3),
    "radium-223": DrugSite("Radium-223", "new_bone",
                           "α-emitter taken up like calcium where new bone forms; irradiates "
                           "tumour cells nearby", 9.4, 0.15),
}  # fmt: skip
"""Drug markers of :func:`vicious_cycle_diagram`; radium-223 is shown only on request."""


def _edge(box: Step, toward: Step) -> tuple[float, float]:
    """Where the line from ``box``'s centre toward ``toward`` leaves the box (approximate box
    size from the label's text, in the diagram's data units), plus a small gap."""
    lines = box.label.replace("<b>", "").replace("</b>", "").split("<br>")
    half_w = (max(len(line) for line in lines) * 7.4 + 26) / 2 / 90 if box.label else 0.0
    half_h = (len(lines) * 17 + 26) / 2 / 66 if box.label else 0.0
    dx, dy = toward.x - box.x, toward.y - box.y
    scale = min(half_w / abs(dx) if dx else float("inf"), half_h / abs(dy) if dy else float("inf"))
    return box.x + dx * scale, box.y + dy * scale


def vicious_cycle_diagram(
    *,
    drugs: tuple[str, ...] = DEFAULT_DRUGS,
    highlight: int | None = None,
    title: str = "The vicious cycle of bone metastasis and where drugs break it",
    caption: str = "After Weilbaecher et al. 2011, Mundy 2002 and Clines & Guise 2005",
) -> go.Figure:
    """The lytic loop (left) and the blastic loop (right) around the tumour, with each drug in
    ``drugs`` (keys of :data:`DRUGS`) as a green ⊣ label at the step it blocks. Hover a box or a
    drug for an explanation; ``highlight`` (an index into :data:`ARROWS`) lights that arrow and
    dims the rest, as the step-through does (:func:`highlight_layout`)."""
    _check_drugs(drugs)
    fig = go.Figure()
    for start, end in ARROWS:
        a, b = STEPS[start], STEPS[end]
        (x0, y0), (x1, y1) = _edge(a, b), _edge(b, a)
        colour = LOOP_COLOUR[a.loop if a.loop != "both" else b.loop]
        fig.add_annotation(
            x=x1, y=y1, ax=x0, ay=y0, xref="x", yref="y", axref="x", ayref="y", text="",
            showarrow=True, arrowhead=2, arrowsize=ARROW_SIZE, arrowwidth=ARROW_WIDTH,
            arrowcolor=colour, name=f"arrow:{start}>{end}",
        )  # fmt: skip
    for key, step in STEPS.items():
        fig.add_annotation(
            x=step.x, y=step.y, text=step.label, showarrow=False, bgcolor="white",
            bordercolor=LOOP_COLOUR[step.loop], borderwidth=BOX_BORDER, borderpad=5,
            font={"size": 13}, name=f"box:{key}",
        )  # fmt: skip
    fig.add_scatter(
        x=[s.x for s in STEPS.values()],
        y=[s.y for s in STEPS.values()],
        mode="markers",
        marker={"size": 40, "opacity": 0},
        hovertext=[s.detail for s in STEPS.values()],
        hoverinfo="text",
        showlegend=False,
    )
    sites = [DRUGS[d] for d in drugs]
    for key, site in zip(drugs, sites, strict=True):
        if isinstance(site.blocks, str):
            target = _edge(STEPS[site.blocks], Step("", site.x, site.y, "", "both"))
        else:
            a, b = (STEPS[k] for k in site.blocks)
            target = ((a.x + b.x) / 2, (a.y + b.y) / 2)
        fig.add_annotation(
            x=target[0], y=target[1], ax=site.x, ay=site.y, xref="x", yref="y", axref="x",
            ayref="y", text=f"<b>⊣ {site.name}</b>", showarrow=True, arrowhead=6,
            arrowsize=1.2, arrowwidth=1.5, arrowcolor=THERAPY, bgcolor=TINT["bluish green"],
            bordercolor=THERAPY, borderwidth=2, borderpad=4,
            font={"size": 13, "color": SHADE["bluish green"]}, name=f"drug:{key}",
        )  # fmt: skip
    fig.add_scatter(
        x=[s.x for s in sites],
        y=[s.y for s in sites],
        mode="markers",
        marker={"size": 30, "opacity": 0},
        hovertext=[f"{s.name}: {s.how}" for s in sites],
        hoverinfo="text",
        showlegend=False,
    )
    for text, x, colour in (
        ("Osteolytic cycle", 2.45, LOOP_COLOUR["lytic"]),
        ("Osteoblastic cycle", 7.55, LOOP_COLOUR["blastic"]),
    ):
        fig.add_annotation(
            x=x, y=2.15, text=f"<i>{text}</i>", showarrow=False, font={"size": 14, "color": colour}
        )
    themed(fig, title, x=None, y=None, height=600)
    fig.update_xaxes(visible=False, range=[-0.4, 10.2], fixedrange=True)
    fig.update_yaxes(visible=False, range=[-0.3, 6.7], fixedrange=True)
    fig.update_layout(margin={"l": 20, "r": 20, "t": 70, "b": 70}, showlegend=False)
    add_caption(fig, caption)
    if highlight is not None:
        update_figure(fig, {}, highlight_layout(fig, highlight))
    return fig


def _check_drugs(drugs: tuple[str, ...]) -> None:
    unknown = [d for d in drugs if d not in DRUGS]
    if unknown:
        raise ValueError(f"drugs must be among {sorted(DRUGS)}, got {unknown}")


def plain(label: str) -> str:
    """A box label as plain text: line breaks become spaces, tags go."""
    return " ".join(re.sub(r"<[^>]+>", "", label.replace("<br>", " ")).split())


@dataclass(frozen=True)
class CycleStep:
    """One arrow of the diagram as a step: its ends, its loop, and the drugs acting on it."""

    arrow: tuple[str, str]
    loop: str
    drugs: tuple[str, ...]

    @property
    def title(self) -> str:
        """ "Source → target", in the boxes' own words."""
        return " → ".join(plain(STEPS[key].label) for key in self.arrow)

    @property
    def explanations(self) -> tuple[str, ...]:
        """The hover text of both boxes, then each acting drug's, in the diagram's own words."""
        boxes = tuple(f"{plain(STEPS[k].label)}: {STEPS[k].detail}" for k in self.arrow)
        return boxes + tuple(f"⊣ {DRUGS[d].name}: {DRUGS[d].how}" for d in self.drugs)


def cycle_steps(drugs: tuple[str, ...] = DEFAULT_DRUGS) -> tuple[CycleStep, ...]:
    """One step per arrow of :data:`ARROWS`, in order. A drug in ``drugs`` belongs to the step
    whose arrow it blocks, or, when it acts on a box, to each arrow leading into that box."""
    _check_drugs(drugs)
    steps = []
    for start, end in ARROWS:
        acting = tuple(d for d in drugs if DRUGS[d].blocks in ((start, end), end))
        loop = STEPS[start].loop if STEPS[start].loop != "both" else STEPS[end].loop
        steps.append(CycleStep((start, end), loop, acting))
    return tuple(steps)


def step_html(steps: tuple[CycleStep, ...], index: int) -> str:
    """The text shown under the diagram at step ``index`` (0-based): where we are, the arrow,
    and its explanations."""
    if not 0 <= index < len(steps):
        raise ValueError(f"step must be between 0 and {len(steps) - 1}, not {index}")
    step = steps[index]
    items = "".join(f"<li>{escape(text)}</li>" for text in step.explanations)
    return (
        f'<div class="course-cycle-step"><p><b>Step {index + 1} of {len(steps)}</b> '
        f"({LOOP_NAME[step.loop]}): <b>{escape(step.title)}</b></p><ul>{items}</ul></div>"
    )


def highlight_layout(fig: go.Figure, index: int) -> dict[str, object]:
    """Layout changes that light arrow ``index`` of :data:`ARROWS` in ``fig`` (a
    :func:`vicious_cycle_diagram`): that arrow thick and opaque, its two boxes and the drugs
    acting on it at full strength with a thick border, everything else dimmed."""
    if not 0 <= index < len(ARROWS):
        raise ValueError(f"step must be between 0 and {len(ARROWS) - 1}, not {index}")
    start, end = ARROWS[index]
    drugs = [d for d in DRUGS if DRUGS[d].blocks in ((start, end), end)]
    lit = {f"arrow:{start}>{end}", f"box:{start}", f"box:{end}"} | {f"drug:{d}" for d in drugs}
    changes: dict[str, object] = {}
    for i, note in enumerate(fig.layout.annotations):
        kind = (note.name or "").partition(":")[0]
        if kind not in ("arrow", "box", "drug"):
            continue
        on = note.name in lit
        changes[f"annotations[{i}].opacity"] = 1.0 if on else DIMMED
        if kind == "arrow":
            changes[f"annotations[{i}].arrowwidth"] = LIT_WIDTH if on else ARROW_WIDTH
            changes[f"annotations[{i}].arrowsize"] = LIT_SIZE if on else ARROW_SIZE
        elif kind == "box":
            changes[f"annotations[{i}].borderwidth"] = LIT_BORDER if on else BOX_BORDER
    return changes
