"""Remodelling figures: the right traces, units on every axis, sources in captions, drugs where
they act, and refill in place."""

import pytest

from course.facts import fact, source_note
from course.plots.remodeling import (
    ARROWS,
    DRUGS,
    STEPS,
    compare_runs,
    fill_time_course,
    lesion_type_table,
    phase_plane,
    time_course,
    vicious_cycle_diagram,
)
from course.remodeling import (
    AYATI_2010_TUMOUR,
    KOMAROVA_2003,
    KOMAROVA_2003_CYCLING,
    Therapy,
    simulate,
    steady_state,
)

NORMAL = simulate(KOMAROVA_2003, 300)
TUMOUR = simulate(KOMAROVA_2003_CYCLING, 900, tumour=AYATI_2010_TUMOUR)
TREATED = simulate(
    KOMAROVA_2003_CYCLING, 900, tumour=AYATI_2010_TUMOUR, therapy=Therapy("denosumab", 400)
)


def captions(fig):
    return [a.text for a in fig.layout.annotations]


def test_time_course_has_units_and_model_source():
    fig = time_course(NORMAL)
    assert fig.layout.xaxis3.title.text == "Time (days)"
    assert fig.layout.yaxis.title.text == "Osteoclasts (cells)"
    assert fig.layout.yaxis3.title.text == "Bone mass (%)"  # no tumour: not named
    assert time_course(TUMOUR).layout.yaxis3.title.text == "Bone, tumour (%)"
    assert "Komarova et al. 2003" in captions(fig)[-1]
    assert "Ayati" not in captions(fig)[-1]
    assert [len(t.x) for t in fig.data] == [301, 301, 301, 0, 0]


def test_time_course_marks_therapy_and_reference():
    fig = time_course(TREATED, therapy_day=400, reference=TUMOUR)
    assert "Ayati et al. 2010" in captions(fig)[-1]
    assert {(s.x0, s.x1) for s in fig.layout.shapes} == {(400, 900)}
    label = next(a for a in fig.layout.annotations if a.name == "therapy")
    assert label.visible and label.x == 400
    assert list(fig.data[4].y) == list(TUMOUR.bone_mass)
    assert fig.data[3].name == "Tumour" and len(fig.data[3].y) == len(TREATED)


def test_refill_replaces_data_and_hides_absent_therapy():
    fig = time_course(TREATED, therapy_day=400, reference=TUMOUR)
    fill_time_course(fig, NORMAL)
    assert len(fig.data[0].x) == len(NORMAL)
    assert {(s.x0, s.x1) for s in fig.layout.shapes} == {(300, 300)}
    assert len(fig.data[3].x) == 0 and fig.data[3].showlegend is False


def test_phase_plane_shows_trajectory_start_and_steady_state():
    steady = steady_state(KOMAROVA_2003)
    fig = phase_plane(NORMAL, steady)
    assert fig.data[2].x == (steady[0],) and fig.data[2].y == (steady[1],)
    assert fig.data[1].x[0] == pytest.approx(steady[0] + 10)
    assert fig.layout.xaxis.title.text == "Osteoclasts (cells)"


def test_compare_runs_draws_one_line_per_run():
    fig = compare_runs(
        {"no therapy": TUMOUR, "denosumab": TREATED}, "bone_mass", "Bone", ("Bone mass", "%"),
        therapy_day=400,
    )  # fmt: skip
    assert [t.name for t in fig.data] == ["no therapy", "denosumab"]
    with pytest.raises(ValueError, match="no column 'tumour'"):
        compare_runs({"normal": NORMAL}, "tumour", "T", ("Tumour", "%"))
    with pytest.raises(ValueError, match="at least one run"):
        compare_runs({}, "bone_mass", "T", ("Bone mass", "%"))


def test_vicious_cycle_has_both_loops_and_each_drug_at_its_step():
    fig = vicious_cycle_diagram(drugs=tuple(DRUGS))
    texts = " ".join(captions(fig))
    for needed in ("PTHrP", "RANKL", "OPG", "TGF-β", "IGF-1", "Ca²⁺", "ET-1", "BMPs", "Wnt",
                   "DKK1"):  # fmt: skip
        assert needed in texts
    assert ("factors", "tumour") in ARROWS and ("tumour", "pthrp") in ARROWS
    assert DRUGS["denosumab"].blocks == ("rankl", "osteoclasts")
    assert DRUGS["bisphosphonate"].blocks == ("osteoclasts", "resorption")
    assert DRUGS["radium-223"].blocks == "new_bone" and STEPS["new_bone"].loop == "blastic"
    drug_labels = [a.text for a in fig.layout.annotations if a.text.startswith("<b>⊣")]
    assert len(drug_labels) == len(DRUGS)


def test_vicious_cycle_default_leaves_out_radium_and_refuses_unknown_drugs():
    assert "Radium" not in " ".join(captions(vicious_cycle_diagram()))
    with pytest.raises(ValueError, match="drugs must be among"):
        vicious_cycle_diagram(drugs=("aspirin",))


def test_lesion_table_colours_lytic_and_blastic_and_cites_its_source():
    table = fact("lesion_type_by_primary").frame()
    fig = lesion_type_table(table, source_note("lesion_type_by_primary"))
    assert "Radiopaedia" in captions(fig)[-1]
    fills = fig.data[0].cells.fill.color[0]
    assert (
        fills[list(table.primary).index("Prostate")] != fills[list(table.primary).index("Breast")]
    )


def test_long_runs_are_thinned_for_drawing_only():
    import pandas as pd

    from course.plots.remodeling import MAX_DRAWN_POINTS, thinned

    frame = pd.DataFrame({"day": range(3651)})
    drawn = thinned(frame)
    assert len(drawn) <= MAX_DRAWN_POINTS + 1
    assert drawn.day.iloc[0] == 0 and drawn.day.iloc[-1] == 3650
    assert len(thinned(frame.iloc[:1000])) == 1000  # short runs are drawn whole
