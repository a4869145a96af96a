"""Management apps: moving a control updates the FigureWidget in place; bad input shows a
message; the checkers report their verdicts. Figures carry sources and units."""

import pytest

from course.clinical import cockcroft_gault, mirels_score, sins_score
from course.clinical.lung import lung_treatment_lines
from course.plots import management as plots
from course.widgets import management as management_widgets
from course.widgets.app import registered_apps
from course.widgets.management import (
    AblationApp,
    LungTimelineApp,
    MirelsApp,
    RadiopharmaceuticalApp,
    RenalDoseApp,
    SinsApp,
)

MIRELS_12 = {"site": "peritrochanteric", "pain": "functional", "lesion": "lytic", "size": ">2/3"}
MIRELS_8 = {"site": "lower limb", "pain": "moderate", "lesion": "lytic"}
SINS_8 = {"location": "junctional", "pain": "mechanical", "lesion": "lytic"}


@pytest.mark.parametrize(
    ("app_class", "score", "settings", "total", "phrases"),
    [
        (MirelsApp, mirels_score, MIRELS_12, 12, ("≥ 33 %", "prophylactic fixation")),
        (MirelsApp, mirels_score, MIRELS_8, 8,
         ("clinical judgement", "prophylactic fixation before irradiation")),
        (SinsApp, sins_score, SINS_8, 8, ("potentially unstable", "surgical consultation")),
    ],
    ids=["mirels-12-both-recommendations", "mirels-8-disagreement", "sins-8-referral"],
)  # fmt: skip
def test_score_app_marks_the_total_in_place_and_reports_it(
    app_class, score, settings, total, phrases
):
    app = app_class()
    figure = app.figure
    for name, value in settings.items():
        app.controls[name].value = value
    assert app.figure is figure  # updated in place
    assert figure.data[-1].x[0] == score(**app.values()).total == total
    for phrase in phrases:
        assert phrase in app.message.value


def test_sins_app_starts_stable_without_referral():
    app = SinsApp()
    assert "stable" in app.message.value and "no surgical referral" in app.message.value


def test_renal_app_updates_dose_and_shows_errors():
    app = RenalDoseApp()
    app.controls["creatinine"].value = 2.5
    values = {name: control.value for name, control in app.controls.items()}
    clearance = cockcroft_gault(
        values["age"], values["weight_kg"], 2.5, values["sex"], unit=values["unit"]
    )
    assert app.figure.data[-1].x[0] == pytest.approx(clearance) and app.figure.data[-1].y[0] == 0
    assert "not recommended" in app.message.value
    app.controls["creatinine"].value = -1
    assert "Check the input" in app.message.value and "creatinine" in app.message.value
    assert app.figure.data[-1].x[0] == pytest.approx(clearance)  # a bad value leaves the plot


def test_renal_app_micromol_unit():
    app = RenalDoseApp()
    app.controls["unit"].value = "umol/L"
    app.controls["creatinine"].value = 88.4
    assert "mL/min" in app.message.value and "Check the input" not in app.message.value


def test_radiopharmaceutical_app_verdicts():
    app = RadiopharmaceuticalApp()
    assert "Meets" in app.message.value
    app.controls["pregnant"].value = True
    assert "Not eligible" in app.message.value and "pregnancy" in app.message.value
    app.controls["pregnant"].value = False
    app.controls["life_expectancy_months"].value = 2
    message = app.message.value
    assert "Not eligible" in message and "life expectancy &gt; 3 months" in message
    assert not {"weeks_since", "never_had"} & set(app.controls)  # no washout control


def test_ablation_app_verdicts():
    app = AblationApp()
    assert "No contraindication" in app.message.value
    app.controls["distance_to_neural_mm"].value = 5
    assert "Caution" in app.message.value and "10 mm" in app.message.value
    app.controls["percutaneously_reachable"].value = False
    assert "Contraindicated" in app.message.value


def test_lung_timeline_app_changes_bars():
    app = LungTimelineApp()
    app.controls["first_line"].value = "earlier-generation inhibitor"
    app.controls["t790m"].value = True
    lines = lung_treatment_lines("egfr", "earlier-generation inhibitor", t790m=True)
    assert list(app.figure.data[0].x) == [line.months for line in lines]
    assert "osimertinib (T790M resistance)" in app.message.value
    app.controls["driver"].value = "no driver"
    app.controls["pdl1_high"].value = True
    assert "immunotherapy" in app.message.value
    assert app.figure.data[1].x[0] == sum(app.figure.data[0].x)


def test_every_app_builds_a_widget():
    module = management_widgets.__name__
    management = [c for c in registered_apps().values() if c.__module__ == module]
    assert len(management) == 6, management
    for factory in management:
        app = factory()
        assert app.widget.children and app.message.value


@pytest.mark.parametrize(
    "builder",
    [
        plots.hazard_ratio_forest,
        plots.safety_figure,
        plots.dosing_interval_figure,
        plots.onj_cumulative_figure,
        plots.fractionation_figure,
        plots.patchell_figure,
        plots.radiopharmaceutical_survival_figure,
        plots.mirels_performance_figure,
        plots.survival_by_primary_figure,
        plots.mirels_figure,
        plots.sins_figure,
        plots.renal_dose_figure,
        plots.bma_model_figure,
    ],
    ids=lambda b: b.__name__,
)
def test_figures_have_title_units_and_source(builder):
    fig = builder()
    assert fig.layout.title.text
    assert "(" in (fig.layout.xaxis.title.text or "")  # an axis title with its unit
    assert any("Source" in (a.text or "") for a in fig.layout.annotations)


def test_forest_plot_uses_published_intervals():
    trace = plots.hazard_ratio_forest().data[0]
    assert list(trace.x) == [0.82, 0.82, 0.84, 0.83]
    assert trace.error_x.arrayminus[3] == pytest.approx(0.83 - 0.76)


def test_paired_bars_refuses_mismatched_lengths():
    with pytest.raises(ValueError, match="same length"):
        plots.paired_bars(["a", "b"], [1], [2, 3], ("x", "y"), "t", ("v", "%"), "Source: x")
