"""The remodelling models reproduce published behaviour (Komarova 2003, Ayati 2010) and refuse
bad input; the course's extension behaves as its docstrings promise."""

import math
from dataclasses import replace

import numpy as np
import pytest

from course.remodeling import (
    AYATI_2010_TUMOUR,
    KOMAROVA_2003,
    KOMAROVA_2003_CYCLING,
    THERAPY_KINDS,
    Parameters,
    Therapy,
    TumourParameters,
    bone_mass,
    critical_g11,
    lesion,
    parameter_table,
    simulate,
    stability,
    steady_state,
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
        ("beta1", -0.2, "beta1 must be at least 0"),
        ("alpha2", 0.0, "alpha2 must be greater than 0"),
        ("k1", float("nan"), "k1 must be a finite number"),
        ("g11", float("inf"), "g11 must be a finite number"),
        ("g22", 7.0, "g22 must be at least -5 and at most 5"),
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
    with pytest.raises(ValueError, match="rho must be at least 0"):
        replace(AYATI_2010_TUMOUR, rho=-1)
    with pytest.raises(ValueError, match="capacity must be greater than 0"):
        TumourParameters(0, 0, 0, 0, 0.005, 0)
    with pytest.raises(ValueError, match="kind must be one of"):
        Therapy("radiotherapy", 10)
    with pytest.raises(ValueError, match="strength must be at least 0 and at most 2"):
        Therapy("denosumab", 10, strength=3)
    with pytest.raises(ValueError, match="start_day must be at least 0"):
        Therapy("denosumab", -1)
    with pytest.raises(ValueError, match="lesion kind must be one of"):
        lesion("sclerotic")
    with pytest.raises(ValueError, match="initial keys"):
        simulate(KOMAROVA_2003, 10, initial={"tumour": 1})
    with pytest.raises(ValueError, match="osteoclasts must be positive"):
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
