"""Prognosis scores: the new Katagiri score, the revised Tokuhashi score and the comparison of
Mirels' fracture risk with the Katagiri cohort's survival.

Expected points are written out here from the published tables (Katagiri et al. 2014;
Tokuhashi et al. 2005 as reproduced in NICE CG75), independently of ``course.facts``.
"""

import pytest

from course.clinical import mirels_score
from course.clinical.prognosis import (
    katagiri_score,
    katagiri_survival,
    surgery_balance,
    tokuhashi_score,
)
from course.facts import FACTS_BY_TOPIC, Fact
from tests.test_facts_management_sources import _numbers

PROGNOSIS_FACTS = FACTS_BY_TOPIC["prognosis"]

BASE = {
    "primary_growth": "slow",
    "visceral": "none",
    "labs": "normal",
    "ecog_3_or_4": False,
    "prior_chemotherapy": False,
    "multiple_bone": False,
}


@pytest.mark.parametrize(
    ("field", "value", "points"),
    [
        ("primary_growth", "slow", 0),
        ("primary_growth", "moderate", 2),
        ("primary_growth", "rapid", 3),
        ("visceral", "none", 0),
        ("visceral", "nodular", 1),
        ("visceral", "disseminated", 2),
        ("labs", "normal", 0),
        ("labs", "abnormal", 1),
        ("labs", "critical", 2),
        ("ecog_3_or_4", True, 1),
        ("prior_chemotherapy", True, 1),
        ("multiple_bone", True, 1),
    ],
)
def test_katagiri_each_point(field, value, points):
    result = katagiri_score(**{**BASE, field: value})
    assert result.points[field] == points
    assert result.total == points


@pytest.mark.parametrize(
    ("changes", "total", "group"),
    [
        ({}, 0, "low"),
        ({"primary_growth": "rapid"}, 3, "low"),
        ({"primary_growth": "rapid", "ecog_3_or_4": True}, 4, "intermediate"),
        ({"primary_growth": "rapid", "visceral": "nodular", "labs": "critical"}, 6, "intermediate"),
        (
            {"primary_growth": "rapid", "visceral": "disseminated", "labs": "critical"},
            7,
            "high",
        ),
        (
            {
                "primary_growth": "rapid",
                "visceral": "disseminated",
                "labs": "critical",
                "ecog_3_or_4": True,
                "prior_chemotherapy": True,
                "multiple_bone": True,
            },
            10,
            "high",
        ),
    ],
)
def test_katagiri_group_boundaries(changes, total, group):
    result = katagiri_score(**{**BASE, **changes})
    assert (result.total, result.risk_group) == (total, group)


def test_katagiri_survival_is_the_abstracts():
    assert katagiri_survival("low") == {12: 0.91, 24: 0.78}
    assert katagiri_survival("high") == {6: 0.27, 12: 0.06}
    assert katagiri_survival("intermediate") == {}
    assert katagiri_score(**BASE).survival == {12: 0.91, 24: 0.78}


def test_katagiri_points_are_flagged_unverified():
    assert katagiri_score(**BASE).points_verified is False


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("primary_growth", "fast"),
        ("visceral", "brain"),
        ("labs", "high"),
        ("labs", 1),
    ],
)
def test_katagiri_refuses_unknown_category_naming_field(field, bad):
    with pytest.raises(ValueError, match=field) as info:
        katagiri_score(**{**BASE, field: bad})
    assert "must be one of" in str(info.value)


@pytest.mark.parametrize("field", ["ecog_3_or_4", "prior_chemotherapy", "multiple_bone"])
@pytest.mark.parametrize("bad", [1, 0, "yes", None])
def test_katagiri_refuses_non_bool_flags(field, bad):
    with pytest.raises(ValueError, match=f"{field} must be True or False"):
        katagiri_score(**{**BASE, field: bad})


TOKU_BASE = {
    "general_condition": "poor",
    "extraspinal_bone_foci": ">=3",
    "vertebral_metastases": ">=3",
    "visceral": "unremovable",
    "primary": "lung",
    "palsy": "complete",
}


@pytest.mark.parametrize(
    ("field", "value", "points"),
    [
        ("general_condition", "moderate", 1),
        ("general_condition", "good", 2),
        ("extraspinal_bone_foci", "1-2", 1),
        ("extraspinal_bone_foci", "0", 2),
        ("vertebral_metastases", "2", 1),
        ("vertebral_metastases", "1", 2),
        ("visceral", "removable", 1),
        ("visceral", "none", 2),
        ("primary", "pancreas", 0),
        ("primary", "unidentified", 1),
        ("primary", "other", 2),
        ("primary", "kidney", 3),
        ("primary", "rectum", 4),
        ("primary", "breast", 5),
        ("palsy", "incomplete", 1),
        ("palsy", "none", 2),
    ],
)
def test_tokuhashi_each_point(field, value, points):
    result = tokuhashi_score(**{**TOKU_BASE, field: value})
    assert result.points[field] == points and result.total == points


@pytest.mark.parametrize(
    ("changes", "total", "band"),
    [
        ({}, 0, "< 6 months"),
        (
            {"primary": "thyroid", "general_condition": "moderate", "palsy": "incomplete"},
            7,
            "< 6 months",
        ),
        (
            {"primary": "thyroid", "general_condition": "good", "palsy": "incomplete"},
            8,
            "< 6 months",
        ),
        ({"primary": "thyroid", "general_condition": "good", "palsy": "none"}, 9, "≥ 6 months"),
        (
            {
                "primary": "thyroid",
                "general_condition": "good",
                "palsy": "none",
                "visceral": "none",
            },
            11,
            "≥ 6 months",
        ),
        (
            {
                "primary": "thyroid",
                "general_condition": "good",
                "palsy": "none",
                "visceral": "none",
                "vertebral_metastases": "2",
            },
            12,
            "≥ 1 year",
        ),
        (
            {
                "primary": "prostate",
                "general_condition": "good",
                "palsy": "none",
                "visceral": "none",
                "vertebral_metastases": "1",
                "extraspinal_bone_foci": "0",
            },
            15,
            "≥ 1 year",
        ),
    ],
)
def test_tokuhashi_band_boundaries(changes, total, band):
    result = tokuhashi_score(**{**TOKU_BASE, **changes})
    assert (result.total, result.predicted_survival) == (total, band)


@pytest.mark.parametrize("field", list(TOKU_BASE))
def test_tokuhashi_refuses_bad_input_naming_field(field):
    with pytest.raises(ValueError, match=f"{field} must be one of"):
        tokuhashi_score(**{**TOKU_BASE, field: "nonsense"})


def test_surgery_balance_high_group_crosses_by_six_months():
    mirels = mirels_score("lower limb", "functional", "lytic", "1/3-2/3")  # 2+3+3+2 = 10
    high = katagiri_score("rapid", "disseminated", "critical", False, False, False)  # 7
    balance = surgery_balance(mirels, high)
    assert mirels.fracture_risk == 0.33 and balance.crossing_month == 6
    assert "27 %" in balance.message and "≥ 33 %" in balance.message


def test_surgery_balance_low_group_never_crosses():
    mirels = mirels_score("lower limb", "functional", "lytic", "1/3-2/3")
    low = katagiri_score(**BASE)
    balance = surgery_balance(mirels, low)
    assert balance.crossing_month is None and "lived with" in balance.message


def test_surgery_balance_small_risk_high_group_crosses_at_one_year():
    mirels = mirels_score("upper limb", "mild", "blastic", "<1/3")  # < 4 %
    high = katagiri_score("rapid", "disseminated", "critical", True, False, False)
    balance = surgery_balance(mirels, high)
    assert balance.crossing_month is None  # 6 % at 1 year > 4 %
    # Mirels 4-7 is "radiotherapy and observation": the message must never suggest fixing.
    assert "not fixation" in balance.message and "worth" not in balance.message


def test_surgery_balance_compares_the_6_month_risk_only_within_6_months():
    mirels = mirels_score("lower limb", "moderate", "mixed", "1/3-2/3")  # 2+2+2+2 = 8, 15 %
    high = katagiri_score("rapid", "disseminated", "critical", True, False, False)
    balance = surgery_balance(mirels, high)
    # 27 % alive at 6 months > 15 %; the 6 % at 1 year lies outside Mirels' 6-month window.
    assert balance.crossing_month is None
    assert balance.message.startswith("Mirels 8 is borderline") and "27 %" in balance.message


def test_surgery_balance_intermediate_says_no_survival_published():
    mirels = mirels_score("lower limb", "moderate", "mixed", "1/3-2/3")
    middle = katagiri_score("moderate", "nodular", "abnormal", False, False, False)  # 4
    balance = surgery_balance(mirels, middle)
    assert middle.risk_group == "intermediate"
    assert balance.crossing_month is None and "No survival figure" in balance.message


def test_surgery_balance_figure_draws_the_calculated_numbers():
    from course.plots.prognosis import surgery_balance_figure

    mirels = mirels_score("lower limb", "functional", "lytic", "1/3-2/3")
    high = katagiri_score("rapid", "disseminated", "critical", False, False, False)
    balance = surgery_balance(mirels, high)
    fig = surgery_balance_figure(balance, high.risk_group)
    curves = {t.name: t for t in fig.data}
    mine = curves["Katagiri high group (this patient)"]
    assert list(mine.x) == [0, 6, 12] and list(mine.y) == [100, 27, 6]
    risk = next(t for n, t in curves.items() if n.startswith("Mirels"))
    assert list(risk.x) == [0, 6] and list(risk.y) == [33, 33]
    texts = " ".join(a.text for a in fig.layout.annotations)
    assert "month 6" in texts and "6 months" in texts and "irradiated" in texts
    assert fig.layout.xaxis.title.text == "Time after presentation (months)"
    assert fig.layout.yaxis.title.text == "Patients (%)"


def test_surgery_balance_figure_says_when_no_survival_is_published():
    from course.plots.prognosis import surgery_balance_figure

    mirels = mirels_score("lower limb", "moderate", "mixed", "1/3-2/3")
    middle = katagiri_score("moderate", "nodular", "abnormal", False, False, False)
    fig = surgery_balance_figure(surgery_balance(mirels, middle), middle.risk_group)
    assert any("No survival published" in (a.text or "") for a in fig.layout.annotations)
    assert all("this patient" not in t.name for t in fig.data)


@pytest.mark.parametrize("name", sorted(PROGNOSIS_FACTS))
def test_prognosis_facts_can_be_checked_in_one_hop(name):
    """Confirmed records quote their source and every number is in the quote (or the note, for
    tables); other records say in their note where the number was seen."""
    record = PROGNOSIS_FACTS[name]
    assert len(record.quote.split()) <= 60
    if record.evidence != "confirmed":
        assert record.note.strip()
        return
    assert record.quote.strip() and record.locator.strip()
    if isinstance(record, Fact):
        values = record.value if isinstance(record.value, tuple) else (record.value,)
        assert {float(v) for v in values} <= _numbers(record.quote)
    else:
        written = _numbers(f"{record.quote} {record.note}")
        cells = {float(c) for row in record.rows for c in row if isinstance(c, int | float)}
        assert cells <= written, cells - written
