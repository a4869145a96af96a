"""Interactive apps: ipywidgets controls wired to ``course`` functions and figures.

Each app draws its first state on plain figures, wraps them with :func:`figure_widget`, and
then updates them in place with :func:`course.plots.update.update_figure` (one message per
figure and move; never ``batch_update()``, whose placeholders can cost a trace its ``x`` in the
browser); a callback turns a ``ValueError`` into a visible message instead of a traceback.
"""

import plotly.graph_objects as go

from .selfcheck import Option, SelfCheck, self_check

__all__ = ["Option", "SelfCheck", "figure_widget", "self_check"]


class _FigureWidget(go.FigureWidget):
    """A FigureWidget whose front-end model is created with its data and layout.

    ``ipywidgets.Widget.__init__`` opens the comm before plotly sets ``_widget_data`` and
    ``_widget_layout``, so plotly's front-end model is born empty and gets the figure in later
    update messages, which its views ignore: a view rendered in between stays blank. Here the
    comm opens only once the figure is complete.
    """

    def __init__(self, figure: go.Figure) -> None:
        self._complete = False
        super().__init__(figure)
        self._complete = True
        self.open()

    def open(self) -> None:
        if self._complete:
            super().open()


def figure_widget(figure: go.Figure) -> go.FigureWidget:
    """``figure`` as a FigureWidget that a front end always draws complete (see above)."""
    return _FigureWidget(figure)
