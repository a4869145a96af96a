"""Tests of the diagnosis apps: moving a control updates the FigureWidget in place; bad input
shows a message instead of raising."""

import pytest

from course.clinical import post_test_probability
from course.plots.diagnosis import bayes_panel_title, skeleton_map
from course.widgets.diagnosis import (
    BayesApp,
    CalciumApp,
    SkeletonApp,
    TriageApp,
    imaging_test_menu,
)


class TestTriageApp:
    def test_emergency_message(self):
        app = TriageApp()
        assert "ROUTINE" in app.message.value
        app.controls["symptoms"].value = ("mechanical spinal pain", "limb weakness")
        assert "EMERGENCY TODAY" in app.message.value
        assert "spinal cord compression" in app.message.value

    def test_routine_symptom_is_not_called_a_red_flag(self):
        app = TriageApp()
        app.controls["symptoms"].value = ("limb bone pain",)
        assert "ROUTINE" in app.message.value
        assert "Red flags: none" in app.message.value
        assert "other symptoms noted: limb bone pain" in app.message.value

    def test_unknown_typed_symptom_shows_message(self):
        app = TriageApp()
        app.controls["other"].value = "headache"
        assert "Check the input" in app.message.value
        assert "symptom must be one of" in app.message.value
        app.controls["other"].value = "confusion"
        assert "EMERGENCY TODAY" in app.message.value


def first_test_accuracy(app: BayesApp) -> tuple[float, float]:
    """Sensitivity and specificity of the app's first test, from the course's test menu."""
    _, sens, spec = imaging_test_menu()[app.controls["test1"].value]
    return sens, spec


class TestBayesApp:
    def test_initial_state_matches_calculator(self):
        app = BayesApp()
        steps = app.figure.data[4]
        expected = 100 * post_test_probability(0.3, *first_test_accuracy(app))
        assert steps.y[1] == pytest.approx(expected)

    def test_moving_pretest_updates_figure_in_place(self):
        app = BayesApp()
        figure = app.figure
        app.controls["pretest"].value = 0.7
        assert app.figure is figure
        expected = 100 * post_test_probability(0.7, *first_test_accuracy(app))
        assert figure.data[4].y[1] == pytest.approx(expected)
        assert figure.data[3].x[0] == pytest.approx(70)

    def test_second_test_adds_a_step_and_highlights_roc(self):
        app = BayesApp()
        app.controls["test2"].value = "MRI (per patient)"
        assert len(app.figure.data[4].y) == 3
        mri = next(t for t in app.roc.data if t.name == "MRI")
        ct = next(t for t in app.roc.data if t.name == "CT")
        assert mri.marker.size == 18 and ct.marker.size == 12
        assert "MRI (per patient) negative" in app.message.value

    def test_left_panel_is_titled_after_the_first_test_with_two_tests(self):
        app = BayesApp()
        app.controls["test1"].value = "FDG-PET (per lesion)"
        app.controls["test2"].value = "FDG-PET (per patient)"
        assert app.figure.layout.annotations[0].text == bayes_panel_title("FDG-PET (per lesion)")

    def test_scenario_sets_pretest(self):
        app = BayesApp()
        app.controls["scenario"].value = next(k for k, v in app.SCENARIOS.items() if v == 0.05)
        assert app.controls["pretest"].value == pytest.approx(0.05)
        app.controls["pretest"].value = 0.4
        assert app.controls["scenario"].value == "set my own"
        assert app.figure.data[3].x[0] == pytest.approx(40)

    def test_changing_first_test_draws_its_post_test_curves(self):
        app = BayesApp()
        app.controls["test1"].value = "PSMA-PET (prostate, pooled)"
        sens, spec = first_test_accuracy(app)
        positive, negative = app.figure.data[0], app.figure.data[1]
        pretest = [x / 100 for x in positive.x]
        assert list(positive.y) == pytest.approx(
            [100 * post_test_probability(p, sens, spec) for p in pretest]
        )
        assert list(negative.y) == pytest.approx(
            [100 * post_test_probability(p, sens, spec, "negative") for p in pretest]
        )
        assert "PSMA-PET" in app.figure.layout.annotations[0].text

    def test_invalid_custom_test_shows_message(self):
        app = BayesApp()
        app.controls["test1"].value = "custom"
        app.controls["custom_sensitivity"].value = 1.5
        assert "sensitivity must be in [0, 1]" in app.message.value
        app.controls["custom_sensitivity"].value = 0.5
        app.controls["custom_specificity"].value = 0.5
        assert app.figure.data[4].y[1] == pytest.approx(30)

    def test_menu_comes_from_facts(self):
        menu = imaging_test_menu()
        assert menu["MRI (per lesion)"] == ("MRI", pytest.approx(0.904), pytest.approx(0.96))
        assert menu["custom"] is None


class TestCalciumApp:
    def test_initial_and_update(self):
        app = CalciumApp()
        # 11.0 + 0.8 × (4.0 − 2.5) = 12.2 mg/dL: moderate, CTCAE 2
        assert "12.20 mg/dL" in app.message.value and "moderate" in app.message.value
        assert app.figure.data[1].x[0] == pytest.approx(12.2)
        app.controls["albumin"].value = 4.0
        assert app.figure.data[1].x[0] == pytest.approx(11.0)
        assert "mild" in app.message.value

    def test_unit_switch_redraws_bands(self):
        app = CalciumApp()
        figure = app.figure
        app.controls["unit"].value = "mmol/L"
        assert app.figure is figure
        edges = {s.x0 for s in figure.layout.shapes}
        assert 3.0 in edges and 3.5 in edges
        assert app.controls["albumin"].description == "Albumin (g/L)"
        # 2.75 + 0.02 × (40 − 25) = 3.05 mmol/L: moderate
        assert "3.05 mmol/L" in app.message.value and "moderate" in app.message.value

    def test_negative_albumin_shows_message(self):
        app = CalciumApp()
        before = app.figure.data[1].x[0]
        app.controls["albumin"].value = -1
        assert "albumin" in app.message.value and "Check the input" in app.message.value
        assert app.figure.data[1].x[0] == before


class TestSkeletonApp:
    def test_switching_primary_restyles_in_place(self):
        app = SkeletonApp("Breast")
        figure = app.figure
        app.controls["primary"].value = "Lung"
        assert app.figure is figure
        lung = skeleton_map("Lung")
        assert figure.data[0].marker.color == lung.data[0].marker.color
        assert figure.data[0].marker.size == lung.data[0].marker.size
        assert figure.layout.annotations[0].text == lung.layout.annotations[0].text
        assert "Lung" in app.message.value


def test_later_change_is_sent_to_the_view(monkeypatch):
    from plotly.basewidget import BaseFigureWidget

    sent = []
    monkeypatch.setattr(BaseFigureWidget, "_send_update_msg", lambda self, *a, **k: sent.append(1))
    app = SkeletonApp("Breast")
    app.controls["primary"].value = "Lung"
    assert sent
