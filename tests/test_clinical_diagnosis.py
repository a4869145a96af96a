"""Tests of the diagnosis calculators in ``course.clinical``."""

import pytest

from course.clinical import (
    SYMPTOMS,
    URGENCIES,
    cockcroft_gault,
    corrected_calcium,
    ctcae_calcium_grade,
    hypercalcaemia_severity,
    likelihood_ratios,
    post_test_probability,
    sequential_post_test,
    triage,
)
from course.facts import fact


class TestCockcroftGault:
    def test_hand_worked_male(self):
        # (140 − 40) × 72 / (72 × 1.0) = 100 mL/min
        assert cockcroft_gault(40, 72, 1.0, "male") == pytest.approx(100.0)

    def test_female_is_85_percent(self):
        assert cockcroft_gault(40, 72, 1.0, "female") == pytest.approx(85.0)

    def test_worked_example(self):
        # man, 65 years, 70 kg, SCr 1.4 mg/dL: 75 × 70 / 100.8 = 52.08 mL/min
        assert cockcroft_gault(65, 70, 1.4, "male") == pytest.approx(52.083, abs=1e-3)

    def test_umol_per_litre_matches_mg_per_dl(self):
        assert cockcroft_gault(65, 70, 1.4 * 88.4, "male", unit="umol/L") == pytest.approx(
            cockcroft_gault(65, 70, 1.4, "male")
        )

    def test_88_4_is_creatinine_molar_mass(self):
        # 1 mg/dL = 10 mg/L; ÷ 113.12 g/mol = 0.0884 mmol/L
        assert cockcroft_gault(40, 72, 88.4, "male", unit="umol/L") == pytest.approx(100, rel=1e-3)

    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"age": 0}, "age"),
            ({"age": -5}, "age"),
            ({"age": 130}, "age"),
            ({"weight_kg": 0}, "weight_kg"),
            ({"creatinine": 0}, "creatinine"),
            ({"creatinine": -1}, "creatinine"),
            ({"sex": "m"}, "sex"),
            ({"unit": "mmol/L"}, "unit"),
            ({"age": "40"}, "age"),
            ({"age": float("nan")}, "age"),
        ],
    )
    def test_invalid_input_names_field(self, kwargs, field):
        args = {"age": 40, "weight_kg": 72, "creatinine": 1.0, "sex": "male", **kwargs}
        with pytest.raises(ValueError, match=field):
            cockcroft_gault(**args)

    def test_unknown_unit_lists_allowed_values(self):
        with pytest.raises(ValueError, match="umol/L"):
            cockcroft_gault(40, 72, 1.0, "male", unit="mg/L")


class TestCorrectedCalcium:
    def test_mg_dl_formula(self):
        # 10.0 + 0.8 × (4.0 − 2.0) = 11.6 mg/dL
        assert corrected_calcium(10.0, 2.0) == pytest.approx(11.6)

    def test_mmol_l_formula(self):
        # 2.50 + 0.02 × (40 − 20) = 2.90 mmol/L
        assert corrected_calcium(2.50, 20, unit="mmol/L") == pytest.approx(2.90)

    def test_normal_albumin_changes_nothing(self):
        assert corrected_calcium(9.6, 4.0) == pytest.approx(9.6)
        assert corrected_calcium(2.4, 40, unit="mmol/L") == pytest.approx(2.4)

    def test_high_albumin_lowers(self):
        assert corrected_calcium(10.0, 5.0) == pytest.approx(9.2)

    @pytest.mark.parametrize(
        ("args", "field"),
        [
            ((10.0, -1.0), "albumin"),
            ((10.0, 35.0), "albumin"),  # g/L given with mg/dL
            ((0.0, 4.0), "calcium"),
            ((-2.0, 4.0), "calcium"),
            ((10.0, 4.0, "mg/L"), "unit"),
        ],
    )
    def test_invalid(self, args, field):
        with pytest.raises(ValueError, match=field):
            corrected_calcium(*args)


class TestSeverity:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (9.5, "normal"),
            (10.5, "normal"),  # hypercalcaemia is > 10.5 mg/dL (StatPearls)
            (10.51, "mild"),
            (11.99, "mild"),
            (12.0, "moderate"),
            (13.99, "moderate"),
            (14.0, "severe"),
            (16.0, "severe"),
        ],
    )
    def test_mg_dl_boundaries(self, value, expected):
        assert hypercalcaemia_severity(value) == expected

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (2.4, "normal"),
            (2.62, "normal"),
            (2.7, "mild"),
            (2.99, "mild"),
            (3.0, "moderate"),
            (3.49, "moderate"),
            (3.5, "severe"),
        ],
    )
    def test_mmol_l_boundaries(self, value, expected):
        assert hypercalcaemia_severity(value, unit="mmol/L") == expected

    def test_laboratory_upper_limit(self):
        assert hypercalcaemia_severity(10.4) == "normal"
        assert hypercalcaemia_severity(10.4, upper_limit_normal=10.2) == "mild"

    def test_upper_limit_must_be_below_moderate(self):
        with pytest.raises(ValueError, match="upper_limit_normal"):
            hypercalcaemia_severity(11, upper_limit_normal=12.5)

    def test_fda_definition_is_moderate_or_worse(self):
        assert hypercalcaemia_severity(fact("hcm_fda_threshold").value) == "moderate"

    def test_unknown_unit(self):
        with pytest.raises(ValueError, match="mmol/L"):
            hypercalcaemia_severity(11, unit="mEq/L")

    @pytest.mark.parametrize(
        ("value", "grade"),
        [(10.5, 0), (10.6, 1), (11.5, 1), (11.51, 2), (12.5, 2), (12.6, 3), (13.5, 3), (13.51, 4)],
    )
    def test_ctcae_grades(self, value, grade):
        assert ctcae_calcium_grade(value) == grade

    def test_ctcae_mmol(self):
        assert ctcae_calcium_grade(2.95, unit="mmol/L") == 2
        assert ctcae_calcium_grade(3.45, unit="mmol/L") == 4


class TestBayes:
    def test_worked_example(self):
        # p = 0.2, sens 0.9, spec 0.8: 0.18 / (0.18 + 0.16) = 0.5294
        assert post_test_probability(0.2, 0.9, 0.8) == pytest.approx(0.18 / 0.34)
        # negative: 0.02 / (0.02 + 0.64)
        assert post_test_probability(0.2, 0.9, 0.8, "negative") == pytest.approx(0.02 / 0.66)

    @pytest.mark.parametrize("p", [0.01, 0.2, 0.5, 0.93])
    def test_uninformative_test_leaves_probability(self, p):
        for result in ("positive", "negative"):
            assert post_test_probability(p, 0.5, 0.5, result) == pytest.approx(p)
        # any test with LR+ = 1 (sens = 1 − spec)
        assert post_test_probability(p, 0.3, 0.7) == pytest.approx(p)

    def test_odds_form_agrees(self):
        lr_pos, lr_neg = likelihood_ratios(0.86, 0.814)
        odds = 0.3 / 0.7
        for lr, result in ((lr_pos, "positive"), (lr_neg, "negative")):
            post_odds = odds * lr
            expected = post_odds / (1 + post_odds)
            assert post_test_probability(0.3, 0.86, 0.814, result) == pytest.approx(expected)

    def test_likelihood_ratios_bone_scan(self):
        # Yang 2011 bone scan per patient: 86.0 % / 81.4 % -> LR+ 4.62, LR− 0.172
        lr_pos, lr_neg = likelihood_ratios(0.86, 0.814)
        assert lr_pos == pytest.approx(4.624, abs=1e-3)
        assert lr_neg == pytest.approx(0.172, abs=1e-3)

    def test_perfect_specificity(self):
        assert likelihood_ratios(0.9, 1.0)[0] == float("inf")
        assert post_test_probability(0.1, 0.9, 1.0) == pytest.approx(1.0)

    def test_rises_with_pretest(self):
        values = [post_test_probability(p / 20, 0.9, 0.8) for p in range(1, 20)]
        assert all(b > a for a, b in zip(values, values[1:], strict=False))

    def test_positive_raises_negative_lowers(self):
        assert post_test_probability(0.3, 0.9, 0.9) > 0.3
        assert post_test_probability(0.3, 0.9, 0.9, "negative") < 0.3

    def test_sequence_equals_nested_calls(self):
        tests = [(0.86, 0.814, "positive"), (0.906, 0.954, "negative")]
        first = post_test_probability(0.3, 0.86, 0.814)
        second = post_test_probability(first, 0.906, 0.954, "negative")
        assert sequential_post_test(0.3, tests) == pytest.approx([first, second])

    def test_sequence_multiplies_likelihood_ratios(self):
        p = sequential_post_test(0.1, [(0.9, 0.8, "positive"), (0.9, 0.8, "positive")])[-1]
        odds = (0.1 / 0.9) * (0.9 / 0.2) ** 2
        assert p == pytest.approx(odds / (1 + odds))

    @pytest.mark.parametrize(
        ("args", "field"),
        [
            ((1.2, 0.9, 0.8), "pretest"),
            ((-0.1, 0.9, 0.8), "pretest"),
            ((0.2, 90, 0.8), "sensitivity"),
            ((0.2, 0.9, 1.5), "specificity"),
            ((0.2, 0.9, 0.8, "equivocal"), "result"),
            ((0.0, 0.9, 1.0, "positive"), "impossible"),
        ],
    )
    def test_invalid(self, args, field):
        with pytest.raises(ValueError, match=field):
            post_test_probability(*args)

    def test_sequence_needs_tests(self):
        with pytest.raises(ValueError, match="tests"):
            sequential_post_test(0.2, [])

    def test_zero_specificity_refused_for_lr(self):
        with pytest.raises(ValueError, match="specificity"):
            likelihood_ratios(0.9, 0.0)


class TestTriage:
    def test_cord_compression_is_emergency(self):
        result = triage(["limb weakness"])
        assert result.urgency == "emergency today"
        assert "spinal cord compression" in result.reason
        assert result.flags == ("limb weakness",)

    def test_spinal_pain_is_urgent(self):
        result = triage(["spinal pain at night", "mechanical spinal pain"])
        assert result.urgency == "urgent"
        assert "24 hours" in result.reason

    def test_most_urgent_wins(self):
        assert triage(["mechanical spinal pain", "difficulty walking"]).urgency == (
            "emergency today"
        )

    def test_hypercalcaemia(self):
        assert triage(["constipation", "polyuria"]).urgency == "urgent"
        result = triage(["constipation", "confusion"])
        assert result.urgency == "emergency today"
        assert "hypercalcaemia" in result.reason

    def test_two_emergencies_give_both_reasons(self):
        reason = triage(["confusion", "sensory loss"]).reason
        assert "hypercalcaemia" in reason and "cord compression" in reason

    def test_routine(self):
        assert triage([]).urgency == "routine"
        assert triage(["limb bone pain"]).urgency == "routine"

    def test_limb_bone_pain_alone_asks_for_prompt_whole_bone_imaging(self):
        result = triage(["limb bone pain"])
        assert "prompt imaging of the whole bone" in result.reason
        assert "planned visit" not in result.reason

    @pytest.mark.parametrize(
        "symptom", ["limb pain on weight-bearing", "cannot bear weight on a painful limb"]
    )
    def test_functional_limb_pain_is_urgent_fracture_risk(self, symptom):
        result = triage([symptom])
        assert result.urgency == "urgent"
        assert "impending pathological fracture" in result.reason
        assert "whole bone" in result.reason
        assert result.flags == (symptom,) and result.noted == ()

    def test_functional_limb_pain_outranks_plain_limb_pain(self):
        result = triage(["limb bone pain", "limb pain on weight-bearing"])
        assert result.urgency == "urgent"
        assert result.flags == ("limb pain on weight-bearing",)
        assert result.noted == ("limb bone pain",)

    def test_vocabulary_lists_the_limb_pain_entries(self):
        assert {"limb bone pain", "limb pain on weight-bearing"} <= set(SYMPTOMS)
        assert len(SYMPTOMS) == len(set(SYMPTOMS))

    def test_non_red_flag_is_noted_not_flagged(self):
        result = triage(["limb bone pain"])
        assert result.flags == ()
        assert result.noted == ("limb bone pain",)
        mixed = triage(["limb bone pain", "limb weakness"])
        assert mixed.flags == ("limb weakness",)
        assert mixed.noted == ("limb bone pain",)

    def test_case_and_spaces_normalised(self):
        assert triage(["  Limb Weakness "]).flags == ("limb weakness",)

    def test_every_symptom_has_an_urgency(self):
        for symptom in SYMPTOMS:
            assert triage([symptom]).urgency in URGENCIES

    def test_unknown_symptom_lists_vocabulary(self):
        with pytest.raises(ValueError, match="symptom.*limb weakness"):
            triage(["back ache"])

    def test_single_string_refused(self):
        with pytest.raises(ValueError, match="list"):
            triage("limb weakness")
