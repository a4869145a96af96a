"""Tests of the diagnosis figures: data come from course.facts, captions carry sources."""

import pytest

from course.facts import fact
from course.plots.diagnosis import (
    _STATUS_STYLE,
    OWN_SITE,
    PRIMARIES,
    SKELETON_SITES,
    accuracy_rows,
    bayes_curves,
    bayes_figure,
    calcium_markers,
    calcium_scale_figure,
    imaging_accuracy_chart,
    primary_sites,
    roc_space_figure,
    skeleton_map,
    skeleton_site_status,
)


def _caption(fig) -> str:
    return " ".join(a.text for a in fig.layout.annotations).replace("<br>", " ")


def test_accuracy_chart_shows_yang_values():
    fig = imaging_accuracy_chart()
    patient_sens = fig.data[0]
    assert list(patient_sens.x)[:4] == ["FDG-PET", "CT", "MRI", "Bone scan"]
    assert list(patient_sens.y)[:4] == [89.7, 72.9, 90.6, 86.0]
    assert "Yang et al. 2011" in _caption(fig) and "Shen et al. 2015" in _caption(fig)
    assert fig.layout.yaxis.title.text == "Accuracy (%)"


def test_accuracy_rows_by_level():
    assert {r["level"] for r in accuracy_rows("lesion")} == {"lesion"}
    with pytest.raises(ValueError, match="level"):
        accuracy_rows("organ")


def test_roc_space_places_every_row():
    fig = roc_space_figure(highlight="MRI")
    points = sum(len(t.x) for t in fig.data[1:])
    assert points == len(fact("imaging_accuracy").rows)
    psma = next(t for t in fig.data if t.name == "PSMA-PET")
    assert psma.x[0] == pytest.approx(3.0) and psma.y[0] == pytest.approx(98.0)
    mri = next(t for t in fig.data if t.name == "MRI")
    assert mri.marker.size == 18


def test_bayes_curves_bracket_the_diagonal():
    curves = bayes_curves(0.86, 0.814, points=21)
    for p, pos, neg in zip(curves["pretest"], curves["positive"], curves["negative"], strict=True):
        assert neg < p < pos


def test_bayes_figure_steps():
    fig = bayes_figure(0.3, [("Bone scan", 0.86, 0.814, "positive")])
    steps = fig.data[-1]
    assert steps.y[0] == pytest.approx(30)
    assert steps.y[1] == pytest.approx(100 * 0.86 * 0.3 / (0.86 * 0.3 + 0.186 * 0.7))
    with pytest.raises(ValueError, match="tests"):
        bayes_figure(0.3, [])


def test_calcium_scale_bands_and_markers():
    fig = calcium_scale_figure("mmol/L")
    edges = sorted({s.x0 for s in fig.layout.shapes} | {s.x1 for s in fig.layout.shapes})
    assert 3.0 in edges and 3.5 in edges
    calcium_markers(fig, 2.6, 3.1, "moderate")
    assert list(fig.data[1].x) == [3.1] and "moderate" in fig.data[1].text[0]
    with pytest.raises(ValueError, match="unit"):
        calcium_scale_figure("mEq/L")


def test_skeleton_is_qualitative_and_sourced():
    lung = skeleton_site_status("Lung")
    breast = skeleton_site_status("Breast")
    assert lung["spine"] == breast["spine"] == "common"
    assert lung["hands and feet"] == "rare (acral), most often lung"
    assert breast["hands and feet"] == "rare"
    fig = skeleton_map("Prostate")
    assert len(fig.data[0].x) == len(SKELETON_SITES)
    assert "only where a cited source says so" in _caption(fig)
    assert "blastic" in _caption(fig)


def _highlighted(primary):
    """The sites drawn in the colour of sites a cited source ties to ``primary``."""
    fig = skeleton_map(primary)
    favoured = _STATUS_STYLE[OWN_SITE][0]
    marker = fig.data[0].marker
    return {
        site
        for site, colour in zip(fig.data[0].text, marker.color, strict=True)
        if colour == favoured
    }


def test_primaries_with_different_cited_site_facts_draw_different_sites():
    lung, thyroid = _highlighted("Lung"), _highlighted("Thyroid")
    assert lung == {"hands and feet"}
    regions = sorted(fact("thyroid_bone_sites").rows, key=lambda r: -r[1])
    assert thyroid == {"spine", "pelvis", "ribs"}  # the three most frequent drawn regions
    assert [r[0] for r in regions[:3]] == ["spine", "pelvis", "sternum and ribs"]
    assert lung != thyroid
    assert _highlighted("Breast") == _highlighted("Prostate") == set()  # no cited sites of theirs


@pytest.mark.parametrize("primary", PRIMARIES)
def test_every_highlighted_site_has_a_quoted_fact(primary):
    own = primary_sites(primary)
    assert _highlighted(primary) == set(own)
    for site, (key, text) in own.items():
        record = fact(key)
        assert record.quote and record.locator, (primary, site)
        sites = skeleton_map(primary).data[0]
        assert dict(zip(sites.text, sites.customdata, strict=True))[site] == text


def test_thyroid_skull_is_not_marked_and_the_caption_says_why():
    assert "skull" not in primary_sites("Thyroid")
    cranial = dict(fact("thyroid_bone_sites").rows)["craniomaxillofacial"]
    caption = _caption(skeleton_map("Thyroid"))
    assert f"craniomaxillofacial: {cranial:g} %" in caption and "skull is not marked" in caption


def test_skeleton_rejects_unknown_primary():
    assert "Myeloma" not in PRIMARIES
    with pytest.raises(ValueError, match="primary"):
        skeleton_map("Pancreas")


@pytest.mark.parametrize(
    "build",
    [
        imaging_accuracy_chart,
        roc_space_figure,
        lambda: bayes_figure(0.3, [("bone scan", 0.86, 0.81, "positive")]),
        calcium_scale_figure,
        skeleton_map,
    ],
)
def test_caption_fits_inside_the_bottom_margin(build):
    """The source caption (about 16 px a line) ends inside the figure, below the plot."""
    fig = build()
    caption = fig.layout.annotations[-1]
    lines = caption.text.count("<br>") + 1
    assert -caption.yshift + 16 * lines <= fig.layout.margin.b
    assert all(len(line) <= 95 for line in caption.text.split("<br>"))


def test_lung_acral_sites_are_not_called_favoured():
    """Jacofsky: acral metastases, when they occur, mostly come from the lung; that does not make
    hands and feet a common site in lung cancer, so neither the legend nor the hover says so."""
    fig = skeleton_map("Lung")
    legend = {trace.name for trace in fig.data[1:]}
    assert OWN_SITE in legend and not any("favour" in name for name in legend)
    sites = fig.data[0]
    hover = dict(zip(sites.text, sites.customdata, strict=True))
    size = dict(zip(sites.text, sites.marker.size, strict=True))
    assert hover["hands and feet"].startswith("rare")
    assert size["hands and feet"] == _STATUS_STYLE["rare"][1] < size["spine"]
