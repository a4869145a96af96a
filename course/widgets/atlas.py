"""The imaging atlas for learners: each schematic of :data:`course.plots.atlas.ATLAS` as a static
figure, and its image-reading question as a self-check.

The options of a question appear in a stable, learner-specific order (the course's own
:func:`course.questions.progress.option_order`, spread over the atlas's questions), so the
correct answer is not always first and nothing in a notebook cell reveals it. An unknown key
shows a message naming the allowed keys, never a traceback.
"""

from functools import cache
from html import escape

import ipywidgets as widgets
import plotly.graph_objects as go

from ..plots.atlas import ATLAS, MARKER, AtlasEntry
from ..questions import Question
from ..questions.progress import learner_id, option_order
from .selfcheck import Option, SelfCheck

__all__ = [
    "ATLAS_KEYS",
    "atlas_entry",
    "atlas_figure",
    "atlas_question",
    "atlas_questions",
    "unlabelled",
]

ATLAS_KEYS: tuple[str, ...] = tuple(entry.key for entry in ATLAS)


def atlas_entry(key: str) -> AtlasEntry:
    """Return the atlas entry ``key``; ``ValueError`` names the allowed keys."""
    for entry in ATLAS:
        if entry.key == key:
            return entry
    raise ValueError(f"key must be one of {list(ATLAS_KEYS)}, not {key!r}")


@cache
def atlas_questions() -> dict[str, Question]:
    """The atlas's image questions as course questions (ids ``11-atlas-<key>``, lesson 11)."""
    return {
        f"11-atlas-{e.key.replace('_', '-')}": Question(
            id=f"11-atlas-{e.key.replace('_', '-')}",
            lesson="11",
            bloom="application",
            kind="figure",
            stem=e.question.stem,
            options=tuple(Option(*o) for o in e.question.options),
        )
        for e in ATLAS
    }


def unlabelled(fig: go.Figure, number: int) -> go.Figure:
    """Strip what would give the answer away: the title, the arrowed labels and the caption.

    Kept: the schematic marker and the unarrowed labels inside the picture (panel headings,
    axis landmarks), so the learner reads the drawing itself.
    """
    keep = [
        a
        for a in fig.layout.annotations
        if MARKER in (a.text or "") or (a.showarrow is False and a.xref != "paper")
    ]
    fig.layout.annotations = keep
    fig.layout.title.text = f"Schematic {number} of {len(ATLAS)}: read it, then answer below"
    return fig


def atlas_figure(key: str, labelled: bool = True) -> go.Figure | widgets.HTML:
    """The schematic ``key`` as a static figure, with its labels and caption or, for the
    question, without them (an unknown key gives a message)."""
    try:
        fig = atlas_entry(key).build()
    except ValueError as exc:
        return widgets.HTML(f"<b>This schematic cannot be shown:</b> {escape(str(exc))}")
    return fig if labelled else unlabelled(fig, ATLAS_KEYS.index(key) + 1)


def atlas_question(key: str, learner: str | None = None) -> SelfCheck | widgets.HTML:
    """The image question of schematic ``key`` as a self-check, options in this learner's order."""
    try:
        atlas_entry(key)
    except ValueError as exc:
        return widgets.HTML(f"<b>This self-check cannot be shown:</b> {escape(str(exc))}")
    questions = atlas_questions()
    question = questions[f"11-atlas-{key.replace('_', '-')}"]
    order = option_order(question, learner or learner_id(), questions)
    return SelfCheck(
        f"*Read the schematic above.* {question.stem}", [question.options[i] for i in order]
    )
