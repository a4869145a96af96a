"""Interactive apps: ipywidgets controls wired to ``course`` functions and figures.

Each app draws its first state on plain figures, wraps them in ``FigureWidget``s, and then
updates them in place with :func:`course.plots.update.update_figure` (one message per
figure and move; never ``batch_update()``, whose placeholders can cost a trace its ``x`` in the
browser), after its status line (:class:`DrawQueue`); a callback turns a ``ValueError`` into a
visible message instead of a traceback.
"""

from collections.abc import Mapping

import plotly.graph_objects as go

from ..plots.update import update_figure
from .selfcheck import Option, SelfCheck, self_check

__all__ = ["DrawQueue", "Option", "SelfCheck", "self_check"]


class DrawQueue:
    """Figure updates an app queues while it computes, sent after its status line: the line is
    a quick change and the redraw a slow one, so the text does not wait for the plot and the
    plot is the last thing that changes. Call it like :func:`update_figure`."""

    def __init__(self) -> None:
        self._queued: list[tuple[go.Figure, Mapping, Mapping | None]] = []

    def __call__(
        self, figure: go.Figure, traces: Mapping[int, Mapping], layout: Mapping | None = None
    ) -> None:
        self._queued.append((figure, traces, layout))

    def send(self) -> None:
        """Apply the queued updates, in order, and empty the queue."""
        queued, self._queued = self._queued, []
        for figure, traces, layout in queued:
            update_figure(figure, traces, layout)

    def drop(self) -> None:
        """Forget the queued updates (the input was refused: the figures keep their state)."""
        self._queued = []
