"""The one way to build an interactive app of the course: :class:`App`.

An app declares its labelled controls (built with :func:`slider`, :func:`dropdown`,
:func:`checkbox`, :func:`checkboxes`, :func:`number`, :func:`toggle`, :func:`text`), its figures
as plain ``go.Figure`` objects, and one method, ``compute(values) -> (fill, html)``: from the
controls' values (``{name: value}``) it returns a function that draws the new state on the
figures (``fill(figures)``) and the status line (HTML, usually a :func:`notice`). The base class
does the rest, the same way for every app:

- the first state is drawn on the plain figures, and only then are they wrapped in
  ``FigureWidget``s (:class:`course.widgets.figure.FigureWidget`, whose front-end module is
  imported once per page), so nothing is sent before a front end shows them (a FigureWidget
  updated before its view exists can render empty or lose its ``x``);
- a ``ValueError`` from ``compute`` becomes one notice (:func:`error_notice`) and the figures
  keep their last valid state;
- each move runs ``compute`` once and refills each figure in place with one message
  (:func:`course.plots.update.update_figure`, which sends nothing that did not change);
- moves that arrive from the page faster than every :data:`THROTTLE_S` seconds (a held key) are
  merged: the first is drawn at once, the last when the interval has passed.

Every app class registers itself (:func:`registered_apps`), so tests and benchmarks cover a new
app without being told about it.
"""

import asyncio
from collections.abc import Callable, Mapping, Sequence
from html import escape

import ipywidgets as widgets
import plotly.graph_objects as go
import traitlets

from ..clinical import allowed_values
from ..palette import GREY, NOTICE
from ..plots.update import update_figure
from .a11y import SliderNames
from .figure import FigureWidget

__all__ = [
    "App",
    "CheckboxGroup",
    "Fill",
    "checkbox",
    "checkboxes",
    "dropdown",
    "error_notice",
    "framed",
    "notice",
    "number",
    "registered_apps",
    "score_dropdowns",
    "slider",
    "text",
    "toggle",
    "updates",
]

Fill = Callable[[Sequence[go.Figure]], None]
"""Draws a computed state on an app's figures (its FigureWidgets, or plain copies in a test)."""
Update = tuple[Mapping[int, Mapping[str, object]], Mapping[str, object] | None]

THROTTLE_S = 0.1
"""Least time between two redraws driven by the page (a held key sends a move per repeat)."""
SLIDERS = (widgets.IntSlider, widgets.FloatSlider)
STYLE = {"description_width": "190px"}
WIDTH = "480px"

_REGISTRY: list[type["App"]] = []


def notice(kind: str, html: str) -> str:
    """``html`` in a box with a left border coloured by ``kind`` (ok, info, warn, stop)."""
    if kind not in NOTICE:
        raise ValueError(f"kind must be one of {sorted(NOTICE)}, not {kind!r}")
    return (
        f'<div style="border-left:4px solid {NOTICE[kind]};padding:4px 10px;margin:4px 0">'
        f"{html}</div>"
    )


def error_notice(error: Exception, figures: bool = False) -> str:
    """The one form of a refused input: the reason and, for an app with ``figures``, that they
    still show the last valid settings."""
    kept = " The figures still show the last valid settings." if figures else ""
    return notice("stop", f"<b>Check the input.</b> {escape(str(error))}.{kept}")


def framed() -> widgets.Layout:
    """The layout of a framed panel (a question, a case): a thin grey border and some room."""
    return widgets.Layout(border=f"1px solid {GREY['border']}", padding="8px", margin="8px 0")


def updates(*per_figure: Update | None) -> Fill:
    """A :data:`Fill` giving figure ``i`` the ``(traces, layout)`` of :func:`update_figure`
    (``None``: leave that figure alone)."""

    def fill(figures: Sequence[go.Figure]) -> None:
        for figure, update in zip(figures, per_figure, strict=False):
            if update is not None:
                update_figure(figure, *update)

    return fill


# ---- labelled controls -----------------------------------------------------------------------
def _layout(width: str | None) -> widgets.Layout:
    return widgets.Layout(width=width or WIDTH)


def slider(
    label: str,
    value: float,
    low: float,
    high: float,
    step: float,
    *,
    integer: bool = False,
    readout_format: str | None = None,
    width: str | None = None,
) -> widgets.FloatSlider | widgets.IntSlider:
    """A labelled slider (an ``IntSlider`` when ``integer``)."""
    kind = widgets.IntSlider if integer else widgets.FloatSlider
    extra = {"readout_format": readout_format} if readout_format else {}
    return kind(
        value=value, min=low, max=high, step=step, description=label, style=STYLE,
        layout=_layout(width), continuous_update=True, **extra,
    )  # fmt: skip


def dropdown(
    label: str, options: Sequence, value: object = None, *, width: str | None = None
) -> widgets.Dropdown:
    """A labelled dropdown, on ``value`` (default: the first option)."""
    options = tuple(options)
    chosen = options[0] if value is None else value
    return widgets.Dropdown(
        options=options, value=chosen, description=label, style=STYLE, layout=_layout(width)
    )


def score_dropdowns(
    score: str, values: Mapping[str, str | None], prefix: str = ""
) -> dict[str, widgets.Dropdown]:
    """One dropdown per item of calculator ``score`` (its :func:`~course.clinical.allowed_values`),
    labelled ``prefix`` + the item's name, on ``values[item]`` (``None``: the first option)."""
    return {
        item: dropdown(f"{prefix}{item}", allowed_values(score, item), value)
        for item, value in values.items()
    }


def checkbox(label: str, value: bool = False) -> widgets.Checkbox:
    """A labelled checkbox."""
    return widgets.Checkbox(value=value, description=label, style=STYLE, layout=_layout(None))


def number(label: str, value: float, *, step: float | None = None) -> widgets.FloatText:
    """A labelled number box."""
    extra = {"step": step} if step is not None else {}
    return widgets.FloatText(
        value=value, description=label, style=STYLE, layout=_layout(None), **extra
    )


def toggle(label: str, options: Sequence[str], value: str | None = None) -> widgets.ToggleButtons:
    """Labelled toggle buttons, one per option."""
    options = tuple(options)
    return widgets.ToggleButtons(
        options=options, value=value or options[0], description=label, style=STYLE
    )


def text(label: str, placeholder: str = "") -> widgets.Text:
    """A labelled one-line text box."""
    return widgets.Text(
        value="", placeholder=placeholder, description=label, style=STYLE, layout=_layout(None)
    )


class CheckboxGroup(widgets.VBox):
    """Several options to tick (no Ctrl-click, unlike a multiple select): one labelled checkbox
    per option, in two columns under a heading; ``value`` is the tuple of ticked options, in
    option order."""

    value = traitlets.Tuple()
    description = traitlets.Unicode()

    def __init__(self, label: str, options: Sequence[str], value: Sequence[str] = ()) -> None:
        self.options = tuple(options)
        self.boxes = {
            option: widgets.Checkbox(
                value=option in value,
                description=option,
                indent=False,
                layout=widgets.Layout(width="auto"),
            )
            for option in self.options
        }
        heading = widgets.HTML(f"<b>{escape(label)}</b> (tick all that apply)")
        columns = widgets.Layout(grid_template_columns="repeat(2, minmax(0, 320px))")
        super().__init__([heading, widgets.GridBox(list(self.boxes.values()), layout=columns)])
        self.description = label
        self.value = tuple(o for o in self.options if o in value)
        for box in self.boxes.values():
            box.observe(self._from_boxes, names="value")
        self.observe(self._to_boxes, names="value")

    @traitlets.validate("value")
    def _valid(self, proposal: dict) -> tuple[str, ...]:
        unknown = [v for v in proposal["value"] if v not in self.options]
        if unknown:
            raise traitlets.TraitError(f"options must be among {list(self.options)}: {unknown}")
        return tuple(o for o in self.options if o in proposal["value"])

    def _from_boxes(self, _change: dict) -> None:
        self.value = tuple(o for o, box in self.boxes.items() if box.value)

    def _to_boxes(self, change: dict) -> None:
        for option, box in self.boxes.items():
            box.value = option in change["new"]


def checkboxes(label: str, options: Sequence[str], value: Sequence[str] = ()) -> CheckboxGroup:
    """A labelled group of checkboxes whose value is the tuple of ticked options."""
    return CheckboxGroup(label, options, value)


# ---- the app ---------------------------------------------------------------------------------
def registered_apps() -> dict[str, type["App"]]:
    """Every concrete app class of the course by name (imports every widgets module first)."""
    from . import diagnosis, emergencies, management, prognosis, remodeling  # noqa: F401

    return {cls.__name__: cls for cls in _REGISTRY}


class App:
    """Controls -> ``compute(values) -> (fill, html)`` -> status line and figures, in place.

    A subclass builds its controls (name -> labelled widget) and plain figures, passes them to
    ``__init__``, and implements :meth:`compute`; :meth:`adjust` may set other controls first
    (a preset), which then cost no extra redraw. ``widget`` is the box to display (the app
    itself displays as that box).
    """

    css_class = "course-app"

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if not cls.__name__.startswith("_"):
            _REGISTRY.append(cls)

    def __init__(
        self,
        controls: Mapping[str, widgets.Widget],
        figures: Sequence[go.Figure] = (),
        notes: str = "",
    ) -> None:
        self.controls = dict(controls)
        self.figures: list[go.Figure] = list(figures)
        self.message = widgets.HTML(layout=widgets.Layout(width="100%"))
        self._names = {id(control): name for name, control in self.controls.items()}
        self._adjusting = False
        self._last = float("-inf")
        self._pending: asyncio.TimerHandle | None = None
        self.refresh()  # on the plain figures: nothing is sent before they are shown
        self.figures = [FigureWidget(figure) for figure in self.figures]
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        # The controls keep their width; the status line goes under them at full width, so a
        # long message can never squeeze the dropdowns or the slider readouts.
        panel = widgets.VBox(
            list(self.controls.values()), layout=widgets.Layout(min_width=WIDTH, flex="0 0 auto")
        )
        parts = [panel, self.message, *self.figures] + ([widgets.HTML(notes)] if notes else [])
        if any(isinstance(c, SLIDERS) for c in self.controls.values()):
            parts.append(SliderNames())  # names the slider handles for screen readers
        self.widget = widgets.VBox(parts)
        self.widget.add_class("course-app")
        self.widget.add_class(self.css_class)

    @property
    def figure(self) -> go.Figure | None:
        """The first figure (``None`` for an app without one)."""
        return self.figures[0] if self.figures else None

    def values(self) -> dict[str, object]:
        """The current value of every control, by name."""
        return {name: control.value for name, control in self.controls.items()}

    def compute(self, values: dict[str, object]) -> tuple[Fill, str]:
        """Return a function that draws the state of ``values`` on the figures, and the status
        line (HTML). Raise ``ValueError`` (naming the field) for input that cannot be shown."""
        raise NotImplementedError

    def adjust(self, name: str, value: object) -> None:
        """React to control ``name`` taking ``value`` before the redraw (default: nothing)."""

    def refresh(self) -> None:
        """Recompute once from the controls; show the status line, then refill the figures.
        A ``ValueError`` shows :func:`error_notice` and leaves the figures as they were."""
        try:
            fill, html = self.compute(self.values())
        except ValueError as error:
            self.message.value = error_notice(error, bool(self.figures))
            return
        self.message.value = html  # first: the plots' redraw is the slower change
        fill(self.figures)

    def _on_change(self, change: dict) -> None:
        if self._adjusting:
            return
        self._adjusting = True
        try:
            self.adjust(self._names[id(change["owner"])], change["new"])
        finally:
            self._adjusting = False
        from_page = bool(getattr(change["owner"], "_property_lock", None))
        self._redraw(throttled=from_page)

    def _redraw(self, throttled: bool) -> None:
        """Refresh now, or (a move from the page within THROTTLE_S of the last redraw) once
        the interval has passed, with the values of that moment."""
        try:
            loop = asyncio.get_running_loop() if throttled else None
        except RuntimeError:
            loop = None
        if loop is None:
            self.refresh()
            return
        if self._pending is not None:
            return  # the scheduled redraw will read the latest values
        wait = self._last + THROTTLE_S - loop.time()
        if wait > 0:
            self._pending = loop.call_later(wait, self._flush)
            return
        self.refresh()
        self._last = loop.time()

    def _flush(self) -> None:
        self._pending = None
        self.refresh()
        self._last = asyncio.get_running_loop().time()

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)
