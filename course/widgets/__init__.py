"""Interactive apps: ipywidgets controls wired to ``course`` functions and figures.

Each app draws its first state on plain figures, wraps them in plotly ``FigureWidget``s, and
then updates them in place with :func:`course.plots.update.update_figure` (one message per
figure and move; never ``batch_update()``, whose placeholders can cost a trace its ``x`` in the
browser); a callback turns a ``ValueError`` into a visible message instead of a traceback.
"""

from .selfcheck import Option, SelfCheck, self_check

__all__ = ["Option", "SelfCheck", "self_check"]
