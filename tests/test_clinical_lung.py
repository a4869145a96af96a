"""Lung-cancer treatment lines: durations read from the trial facts, bad input refused."""

import pytest

from course.clinical.lung import EGFR_FIRST_LINES, LUNG_DRIVERS, lung_treatment_lines
from course.facts import fact


def _median(name: str, arm: str) -> float:
    return {row[0]: row[1:] for row in fact(name).rows}[arm]


def test_egfr_lines_take_the_trial_medians():
    flaura, flaura_control = _median("flaura", "median progression-free survival")[:2]
    aura3 = dict(fact("aura3_pfs").rows)
    first = lung_treatment_lines("egfr")
    assert [(line.months, line.source) for line in first] == [
        (flaura, "flaura"),
        (aura3["platinum–pemetrexed"], "aura3_pfs"),
    ]
    earlier = lung_treatment_lines("egfr", "earlier-generation inhibitor", t790m=True)
    assert [line.months for line in earlier] == [
        flaura_control,
        aura3["osimertinib"],
        aura3["platinum–pemetrexed"],
    ]


def test_lines_without_a_sourced_duration_say_so():
    low, high = fact("targeted_honeymoon").value
    alk = lung_treatment_lines("alk or ros1")
    assert (alk[0].months, alk[0].basis) == (12 * (low + high) / 2, "approximate")
    for line in [alk[1], *lung_treatment_lines("no driver", pdl1_high=True)]:
        assert (line.months, line.basis) == (None, "not quantified")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"driver": "kras"}, f"driver must be one of {list(LUNG_DRIVERS)}"),
        ({"driver": "egfr", "first_line": "afatinib"}, "first_line must be one of"),
        ({"driver": "egfr", "t790m": "yes"}, "t790m must be True or False"),
    ],
)
def test_bad_input_names_the_field(kwargs, message):
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")) as info:
        lung_treatment_lines(**kwargs)
    if "first_line" in message:
        assert all(option in str(info.value) for option in EGFR_FIRST_LINES)
