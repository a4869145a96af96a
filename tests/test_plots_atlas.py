"""The imaging atlas: every schematic is titled, marked as a schematic, readable (hidden axes
with labels, or titled axes with units), uses theme colours, and its question validates."""

import re

import pytest

from course.facts import fact
from course.plots.atlas import (
    ATLAS,
    MARKER,
    bone_scan_figure,
    long_bone_figure,
    vertebral_collapse_figure,
)
from course.plots.theme import OKABE_ITO, TEMPLATE
from course.widgets.selfcheck import Option, validate_options

THEME_COLOURS = {c.upper() for c in OKABE_ITO.values()} | {
    TEMPLATE.layout.paper_bgcolor.upper(),
    TEMPLATE.layout.xaxis.gridcolor.upper(),
    TEMPLATE.layout.xaxis.linecolor.upper(),
    TEMPLATE.layout.font.color.upper(),
    "#555555",  # the theme's caption grey
    "RGBA(0,0,0,0)",
}
FIGURES = {entry.key: entry.build() for entry in ATLAS}


def _texts(fig) -> list[str]:
    return [a.text or "" for a in fig.layout.annotations]


def test_atlas_has_at_least_eight_distinct_schematics():
    assert len(ATLAS) >= 8
    assert len({e.key for e in ATLAS}) == len(ATLAS)
    titles = [FIGURES[e.key].layout.title.text for e in ATLAS]
    assert all(titles) and len(set(titles)) == len(titles)


@pytest.mark.parametrize("key", list(FIGURES))
def test_every_figure_is_marked_as_a_schematic(key):
    assert any(MARKER in text for text in _texts(FIGURES[key]))
    assert MARKER.startswith("Schematic, not a radiograph")


@pytest.mark.parametrize("key", list(FIGURES))
def test_axes_are_hidden_with_labels_or_titled_with_units(key):
    fig = FIGURES[key]
    if fig.layout.xaxis.visible is False:
        assert fig.layout.yaxis.visible is False
        labels = [a for a in fig.layout.annotations if a.xref != "paper"]
        assert len(labels) >= 2, "a schematic without axes needs labels on the drawing"
    else:
        for axis in (fig.layout.xaxis, fig.layout.yaxis):
            assert re.search(r"\(.+\)$", axis.title.text or ""), "axis title needs a unit"


@pytest.mark.parametrize("key", list(FIGURES))
def test_only_theme_colours_are_used(key):
    fig = FIGURES[key]
    used = set()
    for shape in fig.layout.shapes:
        used |= {shape.fillcolor, shape.line.color}
    for note in fig.layout.annotations:
        used |= {note.font.color, note.arrowcolor, note.bgcolor}
    for trace in fig.data:
        used.add(trace.line.color)
    used = {c.upper().replace(" ", "") for c in used if c}
    assert used <= THEME_COLOURS, used - THEME_COLOURS


@pytest.mark.parametrize("entry", ATLAS, ids=[e.key for e in ATLAS])
def test_every_question_validates(entry):
    question = entry.question
    assert question.stem.strip().endswith("?") or question.stem.strip().endswith(").")
    validate_options([Option(*option) for option in question.options])


def test_sins_question_matches_the_points_drawn():
    points = {(c, k): v for c, k, v in fact("sins_points").rows}
    total = (
        points[("lesion", "lytic")]
        + points[("collapse", ">50%")]
        + points[("alignment", "deformity")]
        + points[("posterolateral", "unilateral")]
    )
    entry = next(e for e in ATLAS if e.key == "vertebral_collapse")
    correct = next(text for text, ok, _ in entry.question.options if ok)
    assert correct == str(total)
    drawn = " ".join(_texts(vertebral_collapse_figure()))
    assert f"{points[('collapse', '>50%')]} points" in drawn


def test_mirels_lesion_question_matches_the_points_table():
    lesion_row = next(r for r in fact("mirels_points").rows if r[0] == "lesion")
    mixed_points = lesion_row.index("mixed")
    entry = next(e for e in ATLAS if e.key == "mixed")
    assert next(t for t, ok, _ in entry.question.options if ok).startswith(str(mixed_points))


def test_superscan_hides_the_kidneys_and_normal_scan_shows_them():
    kidneys = [s for s in bone_scan_figure("normal").layout.shapes if s.type == "circle"]
    superscan = [s for s in bone_scan_figure("superscan").layout.shapes if s.type == "circle"]
    assert len(kidneys) - len(superscan) == 3  # two kidneys and the bladder


@pytest.mark.parametrize(
    ("builder", "bad", "field"),
    [(long_bone_figure, "sclerotic", "kind"), (bone_scan_figure, "cold", "pattern")],
)
def test_builders_refuse_unknown_kinds(builder, bad, field):
    with pytest.raises(ValueError, match=f"{field} must be one of"):
        builder(bad)
