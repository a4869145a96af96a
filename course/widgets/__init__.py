"""Interactive apps: ipywidgets controls wired to ``course`` functions and figures.

Each app updates a plotly ``FigureWidget`` in place inside ``batch_update()``; a callback turns
a ``ValueError`` into a visible message instead of a traceback.
"""

from .selfcheck import Option, SelfCheck, self_check

__all__ = ["Option", "SelfCheck", "self_check"]
