"""The App base's own parts: the notice, the checkbox group, and the throttle of a held key."""

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

from course.palette import NOTICE
from course.widgets.app import THROTTLE_S, checkboxes, notice
from course.widgets.management import RenalDoseApp


def run_alone(coroutine):
    """Run ``coroutine`` on a fresh event loop in its own thread: a test in the same worker (the
    browser tests' Playwright) may keep a loop running in this thread, where asyncio.run fails."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def test_notice_colours_come_from_the_theme_and_kinds_are_checked():
    assert f"solid {NOTICE['stop']};" in notice("stop", "x")
    with pytest.raises(ValueError, match="kind must be one of"):
        notice("urgent", "x")


def test_checkbox_group_value_and_boxes_agree():
    group = checkboxes("Symptoms", ("a", "b", "c"))
    group.boxes["c"].value = True
    group.boxes["a"].value = True
    assert group.value == ("a", "c")  # in option order
    group.value = ("b",)
    assert [box.value for box in group.boxes.values()] == [False, True, False]
    with pytest.raises(Exception, match="options must be among"):
        group.value = ("d",)


def _counting(app) -> list[int]:
    calls: list[int] = []
    compute = app.compute
    app.compute = lambda values: (calls.append(values["age"]), compute(values))[1]
    return calls


def test_a_held_key_draws_the_first_move_at_once_and_the_last_after_the_interval():
    async def hold() -> tuple[list[int], list[int], float]:
        app = RenalDoseApp()
        calls = _counting(app)
        for age in range(70, 76):  # six key repeats, as the page sends them
            app.controls["age"].set_state({"value": age})
        first = list(calls)
        await asyncio.sleep(2 * THROTTLE_S)
        return first, calls, app.figure.data[-1].x[0]

    first, calls, drawn = run_alone(hold())
    assert first == [70]
    assert calls == [70, 75]
    fresh = RenalDoseApp()
    fresh.controls["age"].value = 75
    assert drawn == fresh.figure.data[-1].x[0]


def test_moves_made_in_the_kernel_are_never_deferred():
    async def set_twice() -> list[int]:
        app = RenalDoseApp()
        calls = _counting(app)
        app.controls["age"].value = 70
        app.controls["age"].value = 71
        return calls

    assert run_alone(set_twice()) == [70, 71]


def test_figures_carry_a_small_loader_and_plotly_s_bundle_once():
    from course.widgets.figure import BUNDLE, FigureWidget

    state = FigureWidget().get_state()
    assert len(state["_esm"]) < 2_000 and "import(" in state["_esm"]
    assert state["_bundle"] == BUNDLE.read_text(encoding="utf-8")
    assert all(isinstance(f, FigureWidget) for f in RenalDoseApp().figures)


def test_only_apps_with_sliders_carry_the_slider_names():
    from course.widgets.a11y import SliderNames
    from course.widgets.management import MirelsApp

    def names(app) -> int:
        return sum(isinstance(c, SliderNames) for c in app.widget.children)

    assert (names(RenalDoseApp()), names(MirelsApp())) == (1, 0)
