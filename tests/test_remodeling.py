"""The remodelling models reproduce published behaviour (Komarova 2003, Ayati 2010) and refuse
bad input; the course's extension behaves as its docstrings promise."""

import math
import warnings
from dataclasses import replace

import numpy as np
import pytest

from course.remodeling import (
    AYATI_2010_TUMOUR,
    KOMAROVA_2003,
    KOMAROVA_2003_CYCLING,
    LESIONS,
    RESORPTION_CUT,
    THERAPY_KINDS,
    Parameters,
    Therapy,
    TumourParameters,
    bone_mass,
    bone_rise_warning,
    compare_therapies,
    critical_g11,
    lesion,
    parameter_table,
    simulate,
    stability,
    steady_state,
    tumour_raises_bone,
)

TEN_YEARS = 3650


def test_standard_steady_state_matches_komarova():
    c_bar, b_bar = steady_state(KOMAROVA_2003)
    assert c_bar == pytest.approx(1.0607, abs=1e-4)
    assert b_bar == pytest.approx(212.13, abs=1e-2)


def test_steady_state_is_a_fixed_point_of_the_equations():
    p = KOMAROVA_2003_CYCLING
    c, b = steady_state(p)
    assert p.alpha1 * c**p.g11 * b**p.g21 == pytest.approx(p.beta1 * c, rel=1e-12)
    assert p.alpha2 * c**p.g12 * b**p.g22 == pytest.approx(p.beta2 * b, rel=1e-12)


def test_tumour_steady_state_is_taken_at_carrying_capacity():
    p, t = KOMAROVA_2003_CYCLING, AYATI_2010_TUMOUR
    c, b = steady_state(p, t)
    g11, g22 = p.g11 * (1 + t.r11), p.g22 - t.r22
    assert p.alpha1 * c**g11 * b**p.g21 == pytest.approx(p.beta1 * c, rel=1e-12)
    assert p.alpha2 * c**p.g12 * b**g22 == pytest.approx(p.beta2 * b, rel=1e-12)
    assert b == pytest.approx(316, abs=1)  # Ayati 2010's initial B


def test_one_remodelling_cycle_returns_bone_mass_to_baseline():
    run = simulate(KOMAROVA_2003, 1000)
    assert run.bone_mass.min() < 95  # a real cycle: resorption first
    assert run.bone_mass.iloc[-1] == pytest.approx(100, rel=1e-3)
    assert run.osteoclasts.iloc[-1] == pytest.approx(steady_state(KOMAROVA_2003)[0], rel=1e-4)


def test_standard_set_is_damped():
    result = stability(KOMAROVA_2003)
    assert result.regime == "damped"
    assert result.trace == pytest.approx(-0.12)
    assert result.determinant == pytest.approx(0.2 * 0.02 * 1.0)


def test_cycling_variant_sits_exactly_on_the_boundary():
    assert critical_g11(KOMAROVA_2003_CYCLING) == pytest.approx(1.1, abs=1e-15)
    result = stability(KOMAROVA_2003_CYCLING)
    assert result.regime == "sustained" and abs(result.trace) < 1e-15
    assert stability(replace(KOMAROVA_2003_CYCLING, g11=1.09)).regime == "damped"
    assert stability(replace(KOMAROVA_2003_CYCLING, g11=1.11)).regime == "growing"


def test_sustained_cycles_keep_their_amplitude():
    run = simulate(KOMAROVA_2003_CYCLING, 3000)
    early = run.osteoclasts[run.day < 500].max()
    late = run.osteoclasts[run.day > 2500].max()
    assert late == pytest.approx(early, rel=0.02)


def test_tumour_follows_closed_form_gompertz():
    tumour = AYATI_2010_TUMOUR
    run = simulate(KOMAROVA_2003_CYCLING, 2000, tumour=tumour)
    expected = tumour.capacity * np.exp(
        math.log(1 / tumour.capacity) * np.exp(-tumour.gamma_t * run.day)
    )
    np.testing.assert_allclose(run.tumour, expected, rtol=1e-5)


def test_output_has_the_promised_columns_and_a_row_per_day():
    plain = simulate(KOMAROVA_2003, 10.5)
    assert list(plain.columns) == ["day", "osteoclasts", "osteoblasts", "bone_mass"]
    assert plain.day.tolist() == [*range(11), 10.5]
    with_tumour = simulate(KOMAROVA_2003_CYCLING, 10, tumour=AYATI_2010_TUMOUR)
    assert list(with_tumour.columns)[-1] == "tumour" and with_tumour.tumour.iloc[
        0
    ] == pytest.approx(1)


def test_initial_overrides_the_default_start():
    run = simulate(
        KOMAROVA_2003_CYCLING,
        5,
        tumour=AYATI_2010_TUMOUR,
        initial={"osteoclasts": 13, "osteoblasts": 300, "tumour": 5},
    )
    assert run.iloc[0][["osteoclasts", "osteoblasts", "bone_mass", "tumour"]].tolist() == (
        pytest.approx([13, 300, 100, 5])
    )


def _bone_at(day, **kwargs):
    run = simulate(KOMAROVA_2003_CYCLING, 2000, tumour=kwargs.pop("tumour", AYATI_2010_TUMOUR),
                   **kwargs)  # fmt: skip
    return run.bone_mass.iloc[day]


def test_untreated_osteolytic_tumour_loses_bone_down_to_zero_not_below():
    run = simulate(KOMAROVA_2003_CYCLING, TEN_YEARS, tumour=AYATI_2010_TUMOUR)
    assert run.bone_mass.iloc[1500] < 5
    assert run.bone_mass.min() >= 0


@pytest.mark.parametrize("kind", THERAPY_KINDS)
def test_every_therapy_slows_the_loss(kind):
    untreated = _bone_at(1500)
    treated = _bone_at(1500, therapy=Therapy(kind, start_day=600))
    assert treated > untreated + 20


@pytest.mark.parametrize("kind", THERAPY_KINDS)
def test_stronger_or_earlier_therapy_protects_more(kind):
    reference = _bone_at(1000, therapy=Therapy(kind, 600))
    assert _bone_at(1000, therapy=Therapy(kind, 600, strength=2.0)) > reference
    assert _bone_at(1000, therapy=Therapy(kind, 300)) > reference
    no_effect = _bone_at(1000, therapy=Therapy(kind, 600, strength=0.0))
    assert no_effect == pytest.approx(_bone_at(1000), rel=1e-4)


def test_bone_targeted_drugs_do_not_touch_the_tumour_without_feedback():
    untreated = simulate(KOMAROVA_2003_CYCLING, 1500, tumour=AYATI_2010_TUMOUR)
    treated = simulate(
        KOMAROVA_2003_CYCLING, 1500, tumour=AYATI_2010_TUMOUR, therapy=Therapy("denosumab", 600)
    )
    np.testing.assert_allclose(treated.tumour, untreated.tumour, rtol=1e-5)


def test_resorption_feedback_loses_bone_faster_and_grows_the_tumour_faster():
    plain = simulate(KOMAROVA_2003_CYCLING, 1000, tumour=lesion("osteolytic", rho=0.0))
    fed = simulate(KOMAROVA_2003_CYCLING, 1000, tumour=lesion("osteolytic", rho=1.0))
    assert fed.bone_mass.iloc[-1] < plain.bone_mass.iloc[-1] - 10
    assert fed.tumour.iloc[300] > plain.tumour.iloc[300]


def test_rho_zero_reproduces_ayati():
    assert lesion("osteolytic") == AYATI_2010_TUMOUR


def test_lesion_presets_lose_or_gain_bone_as_labelled():
    end = {
        kind: simulate(KOMAROVA_2003_CYCLING, TEN_YEARS, tumour=lesion(kind)).bone_mass
        for kind in ("osteolytic", "mixed", "osteoblastic")
    }
    assert end["osteolytic"].iloc[-1] < end["mixed"].iloc[-1] < 100 < end["osteoblastic"].iloc[-1]
    assert end["osteolytic"].iloc[1500] < end["mixed"].iloc[1500]


def test_bone_mass_is_clamped_at_zero_by_reflection():
    day = np.arange(5.0)
    rate = np.array([-10.0, -10.0, -10.0, 4.0, 4.0])
    np.testing.assert_allclose(bone_mass(day, rate, start=15.0), [15, 5, 0, 0, 4])


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("beta1", -0.2, "beta1 must be greater than 0"),
        ("alpha2", 0.0, "alpha2 must be greater than 0"),
        ("k1", float("nan"), "k1 must be a finite number"),
        ("g11", float("inf"), "g11 must be a finite number"),
        ("g22", 7.0, "g22 must be in \\[-5, 5\\]"),
    ],
)
def test_bad_parameters_are_refused_with_the_field_named(field, value, words):
    with pytest.raises(ValueError, match=words):
        replace(KOMAROVA_2003, **{field: value})


def test_exponents_without_a_steady_state_are_refused():
    with pytest.raises(ValueError, match="gamma"):
        steady_state(replace(KOMAROVA_2003, g11=1.6))
    with pytest.raises(ValueError, match="gamma"):
        simulate(replace(KOMAROVA_2003, g21=0.5), 10)
    unstable = replace(KOMAROVA_2003, g21=0.5)
    with pytest.raises(ValueError, match="grew beyond"):
        tumour_raises_bone(unstable, AYATI_2010_TUMOUR)
    assert bone_rise_warning(unstable, AYATI_2010_TUMOUR) == ""  # simulate reports it instead
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match="grew beyond"):
            simulate(unstable, 10, tumour=AYATI_2010_TUMOUR)


def test_oscillations_that_blow_up_are_refused():
    exploding = replace(KOMAROVA_2003, g11=1.2, g22=0.3, g12=1.5, g21=-0.1)
    assert stability(exploding).regime == "growing"
    with pytest.raises(ValueError, match="grew beyond"):
        simulate(exploding, 3000)


@pytest.mark.parametrize("days", [0, -5, float("nan")])
def test_bad_duration_is_refused(days):
    with pytest.raises(ValueError, match="days"):
        simulate(KOMAROVA_2003, days)


def test_bad_tumour_therapy_and_initial_are_refused():
    with pytest.raises(ValueError, match=r"rho must be in \[0, 50\]"):
        replace(AYATI_2010_TUMOUR, rho=-1)
    with pytest.raises(ValueError, match="capacity must be greater than 0"):
        TumourParameters(0, 0, 0, 0, 0.005, 0)
    with pytest.raises(ValueError, match="kind must be one of"):
        Therapy("radiotherapy", 10)
    with pytest.raises(ValueError, match=r"strength must be in \[0, 2\]"):
        Therapy("denosumab", 10, strength=3)
    with pytest.raises(ValueError, match="start_day must be at least 0"):
        Therapy("denosumab", -1)
    with pytest.raises(ValueError, match="lesion kind must be one of"):
        lesion("sclerotic")
    with pytest.raises(ValueError, match="initial keys"):
        simulate(KOMAROVA_2003, 10, initial={"tumour": 1})
    with pytest.raises(ValueError, match="osteoclasts must be greater than 0"):
        simulate(KOMAROVA_2003, 10, initial={"osteoclasts": 0})
    with pytest.raises(ValueError, match="start_day .* must be before the end"):
        simulate(
            KOMAROVA_2003_CYCLING, 10, tumour=AYATI_2010_TUMOUR, therapy=Therapy("denosumab", 10)
        )
    with pytest.raises(ValueError, match="pass tumour"):
        simulate(KOMAROVA_2003, 10, therapy=Therapy("bisphosphonate", 1))


def test_parameters_are_frozen():
    with pytest.raises(AttributeError):
        KOMAROVA_2003.g11 = 2  # type: ignore[misc]
    assert isinstance(KOMAROVA_2003, Parameters)


def test_parameter_table_lists_both_published_sets():
    table = parameter_table(KOMAROVA_2003, KOMAROVA_2003_CYCLING, names=("standard", "cycling"))
    assert table.loc["g11", "standard"] == 0.5 and table.loc["g11", "cycling"] == 1.1
    assert table.loc["k2", "cycling"] == 0.0006395 and table.loc["beta1", "unit"] == "1/day"
    with pytest.raises(ValueError, match="one name per parameter set"):
        parameter_table(KOMAROVA_2003, names=("a", "b"))


OFF_STEADY = {"osteoclasts": 13, "osteoblasts": 300}
"""Ayati 2010's start for the treatment figures (Figures 9-10), off the tumour's steady state."""


def test_denosumab_helps_off_steady_state_at_least_as_much_as_a_bisphosphonate():
    """The reported failure: from 13 osteoclasts and 300 osteoblasts, with therapy from day 600,
    denosumab left no more bone than no therapy while the bisphosphonate helped (Stopeck 2010,
    Fizazi 2011 and Henry 2011 found denosumab at least as good as zoledronic acid)."""
    runs = {
        kind: simulate(
            KOMAROVA_2003_CYCLING, TEN_YEARS, tumour=AYATI_2010_TUMOUR, initial=OFF_STEADY,
            therapy=None if kind == "none" else Therapy(kind, 600),
        ).bone_mass
        for kind in ("none", "bisphosphonate", "denosumab")
    }  # fmt: skip
    for day in (1500, TEN_YEARS):
        assert runs["denosumab"].iloc[day] > runs["none"].iloc[day] + 20
        assert runs["denosumab"].iloc[day] >= runs["bisphosphonate"].iloc[day]


STARTS = [None] + [
    {"osteoclasts": c, "osteoblasts": b} for c in (0.5, 2, 5, 8, 13) for b in (150, 230, 300, 400)
]
"""The default start (C̄ + 10, B̄) and a grid of off-steady starts around the tumour's (5, 316)."""


def _bone(start, therapy=None):
    return simulate(
        KOMAROVA_2003_CYCLING, TEN_YEARS, tumour=AYATI_2010_TUMOUR, therapy=therapy, initial=start
    ).bone_mass.to_numpy()


@pytest.mark.parametrize("start", STARTS, ids=lambda s: "default" if s is None else str(s))
def test_antiresorptives_slow_bone_loss_from_any_start(start):
    """Each antiresorptive, at reference strength, keeps at least as much bone as no therapy on
    every day after it starts, and strictly more a year later where the untreated site loses
    bone in that year; denosumab keeps at least as much as the bisphosphonate (the trials'
    ranking)."""
    untreated = _bone(start)
    for day in (0, 300, 600, 1000):
        bis = _bone(start, Therapy("bisphosphonate", day))
        dmab = _bone(start, Therapy("denosumab", day))
        assert np.all(bis >= untreated - 1e-4) and np.all(dmab >= bis - 1e-4)  # solver tolerance
        later = day + 365
        if untreated[day] - untreated[later] > 1:  # bone is lost in the drug's first year
            assert bis[later] > untreated[later] + 0.5 and dmab[later] > bis[later] + 0.2


def test_denosumab_cuts_resorption_at_least_as_much_as_a_bisphosphonate():
    assert RESORPTION_CUT["denosumab"] >= RESORPTION_CUT["bisphosphonate"] > 0
    for strength in (0.5, 1.0, 2.0):
        bis, _, _ = Therapy("bisphosphonate", 0, strength).apply(KOMAROVA_2003_CYCLING)
        dmab, _, _ = Therapy("denosumab", 0, strength).apply(KOMAROVA_2003_CYCLING)
        assert dmab.k1 <= bis.k1 < KOMAROVA_2003_CYCLING.k1
        assert dmab.alpha1 == bis.alpha1 == KOMAROVA_2003_CYCLING.alpha1


def test_two_drugs_act_together_and_each_kind_counts_once():
    both = (Therapy("bisphosphonate", 600), Therapy("denosumab", 800))
    combined = _bone(OFF_STEADY, both)
    assert np.all(combined >= _bone(OFF_STEADY, both[0]) - 1e-4)  # solver segments differ
    assert combined[-1] > _bone(OFF_STEADY, both[1])[-1]
    np.testing.assert_array_equal(combined[:600], _bone(OFF_STEADY)[:600])
    with pytest.raises(ValueError, match="at most once"):
        simulate(KOMAROVA_2003_CYCLING, 900, tumour=AYATI_2010_TUMOUR, therapy=both[:1] * 2)
    with pytest.raises(ValueError, match="sequence of Therapy"):
        simulate(KOMAROVA_2003_CYCLING, 900, tumour=AYATI_2010_TUMOUR, therapy=["denosumab"])


@pytest.mark.parametrize("kind", ["bisphosphonate", "denosumab"])
def test_with_feedback_an_antiresorptive_also_slows_the_tumour(kind):
    fed = lesion("osteolytic", rho=1.0)
    untreated = simulate(KOMAROVA_2003_CYCLING, 1500, tumour=fed, initial=OFF_STEADY)
    treated = simulate(
        KOMAROVA_2003_CYCLING, 1500, tumour=fed, initial=OFF_STEADY, therapy=Therapy(kind, 300)
    )
    np.testing.assert_array_equal(treated.tumour[:300], untreated.tumour[:300])
    assert treated.tumour.iloc[500] < untreated.tumour.iloc[500] - 0.5


def test_a_lytic_tumour_that_raises_bone_is_flagged_and_warned():
    """Ayati's tumour on Komarova's standard set builds bone (about 150 % at two years)."""
    assert tumour_raises_bone(KOMAROVA_2003, AYATI_2010_TUMOUR)
    assert not tumour_raises_bone(KOMAROVA_2003_CYCLING, AYATI_2010_TUMOUR)
    assert "raises bone mass" in bone_rise_warning(KOMAROVA_2003, AYATI_2010_TUMOUR)
    with pytest.warns(UserWarning, match="KOMAROVA_2003_CYCLING"):
        run = simulate(KOMAROVA_2003, 730, tumour=AYATI_2010_TUMOUR)
    assert run.bone_mass.iloc[-1] > 140


@pytest.mark.parametrize("kind", sorted(LESIONS))
def test_the_course_scenarios_do_not_warn(kind):
    """Lessons, app and quizzes use the cycling set; blastic presets may build bone."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for rho in (0.0, 3.0):
            simulate(KOMAROVA_2003_CYCLING, 100, tumour=lesion(kind, rho=rho))
        simulate(KOMAROVA_2003, 100)
    assert bone_rise_warning(KOMAROVA_2003, lesion("osteoblastic")) == ""
    assert bone_rise_warning(KOMAROVA_2003, None) == ""


def test_compare_therapies_tabulates_the_runs_it_names():
    table = compare_therapies(
        KOMAROVA_2003_CYCLING,
        AYATI_2010_TUMOUR,
        {"none": None, "denosumab": Therapy("denosumab", 600)},
        starts={"default": None, "off": OFF_STEADY},
        days=(700, 1500),
    )
    direct = _bone(OFF_STEADY, Therapy("denosumab", 600))
    assert table.loc["denosumab", ("off", "day 1500")] == pytest.approx(direct[1500], abs=0.05)
    assert table.loc["none", ("default", "day 700")] == pytest.approx(_bone(None)[700], abs=0.05)
    assert list(table.columns) == [(s, f"day {d}") for s in ("default", "off") for d in (700, 1500)]
    with pytest.raises(ValueError, match="at least one therapy"):
        compare_therapies(KOMAROVA_2003_CYCLING, AYATI_2010_TUMOUR, {})
    with pytest.raises(ValueError, match="days must be a whole number, at least 0"):
        compare_therapies(KOMAROVA_2003_CYCLING, AYATI_2010_TUMOUR, {"none": None}, days=(1.5,))
