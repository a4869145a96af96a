"""Figure builders: data in, :class:`plotly.graph_objects.Figure` out, in one theme.

The theme and the generic builders live in :mod:`course.plots.theme`; each lesson group adds its
figures in a submodule (``remodeling``, ``diagnosis``, ``management``), imported from there.
"""

from .theme import (
    COLORWAY,
    OKABE_ITO,
    TEMPLATE,
    add_caption,
    axis_title,
    range_bar_chart,
    themed,
)

__all__ = [
    "COLORWAY",
    "OKABE_ITO",
    "TEMPLATE",
    "add_caption",
    "axis_title",
    "range_bar_chart",
    "themed",
]
