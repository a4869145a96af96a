"""The course's colours, for figures, notices and HTML alike: the Okabe–Ito palette, the notice
colours and the few named greys. It imports nothing, so every layer may use it; the plot theme
(:mod:`course.plots.theme`) builds on it."""

OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
}
"""Okabe & Ito (2008) palette, distinguishable with the common colour-vision deficiencies."""

NOTICE: dict[str, str] = {
    "ok": OKABE_ITO["bluish green"],
    "info": OKABE_ITO["blue"],
    "warn": OKABE_ITO["orange"],
    "stop": OKABE_ITO["vermillion"],
}
"""Border colour of an app's notice by kind: fine, information, caution, stop or refused."""

GREY: dict[str, str] = {
    "text": "#222222",
    "mark": "#333333",
    "axis": "#444444",
    "caption": "#555555",
    "guide": "#777777",
    "reference": "#888888",
    "bone": "#9A9A9A",
    "rule": "#999999",
    "missing": "#BBBBBB",
    "border": "#CCCCCC",
    "grid": "#E5E5E5",
    "panel": "#EEEEEE",
}
"""Neutral greys by use, darkest first: text, marks, axis lines, captions, guide and reference
lines, drawn bone, table rules, "not stated" categories, box borders, grid lines, table cells."""

TINT: dict[str, str] = {
    "bluish green": "#E6F5EF",
    "vermillion": "#FBE3D6",
    "blue": "#D6E8F5",
}
"""Light tints of palette colours, for backgrounds behind text."""

SHADE: dict[str, str] = {"bluish green": "#00563F"}
"""Dark shades of palette colours, for text on their tint (contrast above 4.5:1)."""
