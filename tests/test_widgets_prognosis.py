"""The prognosis apps show what the calculators compute, and the surgery panel's figure equals
the one built from scratch after every move."""

from html import escape

from course.clinical import mirels_score
from course.clinical.prognosis import katagiri_score, surgery_balance, tokuhashi_score
from course.plots.prognosis import surgery_balance_figure
from course.widgets.prognosis import KatagiriApp, SurgeryBalanceApp, TokuhashiApp


def test_katagiri_app_matches_the_calculator_in_each_group():
    app = KatagiriApp()
    cases = [
        {"primary_growth": "slow"},
        {"primary_growth": "rapid", "visceral": "nodular"},
        {"visceral": "disseminated", "labs": "critical", "ecog_3_or_4": True},
    ]
    groups = set()
    for values in cases:
        for name, value in values.items():
            app.controls[name].value = value
        result = katagiri_score(**{n: c.value for n, c in app.controls.items()})
        groups.add(result.risk_group)
        assert f"total <b>{result.total}</b>" in app.message.value
        assert f"<b>{result.risk_group} risk</b>" in app.message.value
    assert groups == {"low", "intermediate", "high"}


def test_tokuhashi_app_matches_the_calculator():
    app = TokuhashiApp()
    start = tokuhashi_score(**TokuhashiApp.DEFAULTS)
    assert f"total <b>{start.total}</b>" in app.message.value
    for name, control in app.controls.items():  # every item can move both ways
        assert 0 < control.options.index(control.value) < len(control.options) - 1, name
    app.controls["primary"].value = "lung"
    app.controls["palsy"].value = "complete"
    worse = tokuhashi_score(**{**TokuhashiApp.DEFAULTS, "primary": "lung", "palsy": "complete"})
    assert f"total <b>{worse.total}</b>" in app.message.value
    assert escape(worse.predicted_survival) in app.message.value


def _expected(app):
    values = {name: c.value for name, c in app.controls.items()}
    mirels = mirels_score(*(values.pop(k) for k in ("site", "pain", "lesion", "size")))
    katagiri = katagiri_score(**values)
    return surgery_balance(mirels, katagiri), surgery_balance_figure(
        surgery_balance(mirels, katagiri), katagiri.risk_group
    )


def _same(figure, fresh):
    assert len(figure.data) == len(fresh.data)
    for drawn, built in zip(figure.data, fresh.data, strict=True):
        assert list(drawn.x) == list(built.x) and list(drawn.y) == list(built.y)
        assert drawn.name == built.name and drawn.line.width == built.line.width
    assert len(figure.layout.shapes) == len(fresh.layout.shapes)
    assert [a.text for a in figure.layout.annotations] == [a.text for a in fresh.layout.annotations]


def test_surgery_panel_redraws_in_place_after_every_move():
    app = SurgeryBalanceApp()
    figure = app.figure
    balance, fresh = _expected(app)
    _same(figure, fresh)
    assert escape(balance.message) in app.message.value
    moves = [
        ("primary_growth", "rapid"),
        ("visceral", "disseminated"),
        ("labs", "critical"),
        ("ecog_3_or_4", True),
        ("size", ">2/3"),
        ("pain", "mild"),
        ("lesion", "blastic"),
        ("primary_growth", "slow"),
        ("visceral", "none"),
    ]
    seen, risks = set(), set()
    for name, value in moves:
        app.controls[name].value = value
        assert app.figure is figure  # updated in place
        balance, fresh = _expected(app)
        _same(figure, fresh)
        assert escape(balance.message) in app.message.value
        seen.add(balance.crossing_month is None)
        risks.add(balance.fracture_risk)
    assert seen == {True, False}  # the moves show both a crossing and none
    assert len(risks) > 1  # and move the fracture-risk line


def test_lesson_10_worked_answers_state_the_calculators_totals():
    import nbformat

    from .conftest import NOTEBOOKS

    nb = nbformat.read(NOTEBOOKS / "10_emergencies_and_prognosis.ipynb", as_version=4)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    breast = tokuhashi_score("good", "0", "1", "none", "breast", "none")
    lung = tokuhashi_score("good", "0", "1", "none", "lung", "none")
    assert f"falls from {breast.total} to {lung.total}" in text
    assert lung.predicted_survival != breast.predicted_survival
    before = katagiri_score("moderate", "none", "normal", False, False, False)
    after = katagiri_score("moderate", "disseminated", "normal", False, False, False)
    assert f"from {before.total} to {after.total}" in text
    assert (before.risk_group, after.risk_group) == ("low", "intermediate")
