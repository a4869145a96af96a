"""Interactive apps: labelled ipywidgets controls wired to ``course`` functions and figures.

Every app is an :class:`~course.widgets.app.App`: it declares its controls and one
``compute(values) -> (fill, html)``; the base class draws the first state before the figures are
wrapped in ``FigureWidget``s, refills them in place with one message per figure and move
(:func:`course.plots.update.update_figure`), and turns a ``ValueError`` into one notice while the
figures keep their last valid state. The self-check question widget lives beside them.
"""

from .app import App, notice, registered_apps
from .selfcheck import Option, SelfCheck, self_check

__all__ = ["App", "Option", "SelfCheck", "notice", "registered_apps", "self_check"]
