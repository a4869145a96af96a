"""Apps for the prognosis section: the new Katagiri score, the revised Tokuhashi score, and the
"is surgery worth it?" panel that sets Mirels' fracture risk beside Katagiri survival.

The figure of the panel is built complete by :func:`course.plots.prognosis.surgery_balance_figure`
and then updated in place inside ``batch_update()``, each trace's ``x`` sent with its ``y``. A
``ValueError`` becomes a visible message, never a traceback.
"""

from html import escape

import ipywidgets as widgets
import plotly.graph_objects as go

from ..clinical import allowed_values, mirels_score
from ..clinical.prognosis import (
    KatagiriResult,
    SurgeryBalance,
    katagiri_score,
    surgery_balance,
    tokuhashi_score,
)
from ..facts import fact, source_note
from ..plots.prognosis import surgery_balance_figure
from .diagnosis import STYLE, WIDTH, _App, _box

TOP_MARGIN = 170
"""Pixels above the plot for the title and a legend wrapped onto up to three rows."""

__all__ = ["KatagiriApp", "SurgeryBalanceApp", "TokuhashiApp", "katagiri_html", "redraw"]


def _categories(table: str, field: str) -> tuple[str, ...]:
    return tuple(row[1] for row in fact(table).rows if row[0] == field)


def _dropdown(label: str, options: tuple[str, ...], value: str) -> widgets.Dropdown:
    return widgets.Dropdown(
        options=options, value=value, description=label, style=STYLE, layout=WIDTH
    )


def _katagiri_controls() -> dict[str, widgets.Widget]:
    def check(label: str) -> widgets.Checkbox:
        return widgets.Checkbox(value=False, description=label, style=STYLE, layout=WIDTH)

    return {
        "primary_growth": _dropdown(
            "Primary growth", _categories("katagiri_points", "primary_growth"), "moderate"
        ),
        "visceral": _dropdown(
            "Visceral/cerebral mets", _categories("katagiri_points", "visceral"), "none"
        ),
        "labs": _dropdown("Laboratory data", _categories("katagiri_points", "labs"), "normal"),
        "ecog_3_or_4": check("ECOG 3 or 4"),
        "prior_chemotherapy": check("Previous chemotherapy"),
        "multiple_bone": check("Multiple bone mets"),
    }


def katagiri_html(result: KatagiriResult) -> str:
    """The Katagiri total with its points, group and published survival, flagged if unverified."""
    points = ", ".join(f"{name.replace('_', ' ')} {p}" for name, p in result.points.items())
    survival = (
        "; ".join(f"{m} months: {100 * s:g} % alive" for m, s in result.survival.items())
        or "no survival figure published in the abstract for this group"
    )
    warning = (
        ""
        if result.points_verified
        else "<br><small><b>Point values unverified</b> against the paper's table "
        f"({escape(source_note('katagiri_points'))}).</small>"
    )
    return (
        f"New Katagiri total <b>{result.total}</b> ({escape(points)}): "
        f"<b>{escape(result.risk_group)} risk</b> group. Cohort survival: {escape(survival)}."
        f"<br><small>{escape(source_note('katagiri_survival'))}</small>{warning}"
    )


def redraw(target: go.Figure, fresh: go.Figure) -> None:
    """Copy ``fresh`` into ``target`` (same traces) in one ``batch_update``: every trace gets its
    ``x`` together with its ``y`` and style; shapes and annotations are replaced."""
    if len(target.data) != len(fresh.data):
        raise ValueError("redraw needs figures with the same number of traces")
    with target.batch_update():
        for old, new in zip(target.data, fresh.data, strict=True):
            props = new.to_plotly_json()
            props.pop("type", None)
            props.pop("uid", None)
            old.update(props)
        target.layout.shapes = fresh.layout.shapes
        target.layout.annotations = fresh.layout.annotations


class KatagiriApp(_App):
    """The six Katagiri factors -> total, risk group and the cohort's survival."""

    FIGURES = ()

    def __init__(self) -> None:
        super().__init__(_katagiri_controls())

    def update(self) -> str:
        values = {name: c.value for name, c in self.controls.items()}
        return _box("info", katagiri_html(katagiri_score(**values)))


class TokuhashiApp(_App):
    """The six revised Tokuhashi items -> total and predicted survival band."""

    FIGURES = ()
    LABELS = {
        "general_condition": "General condition (KPS)",
        "extraspinal_bone_foci": "Extraspinal bone foci",
        "vertebral_metastases": "Vertebral metastases",
        "visceral": "Visceral metastases",
        "primary": "Primary",
        "palsy": "Palsy (Frankel)",
    }
    DEFAULTS = {
        "general_condition": "moderate",
        "extraspinal_bone_foci": "1-2",
        "vertebral_metastases": "2",
        "visceral": "removable",
        "primary": "breast",
        "palsy": "incomplete",
    }
    """An illustrative patient whose every item can move up or down."""

    def __init__(self) -> None:
        controls = {
            name: _dropdown(label, _categories("tokuhashi_points", name), self.DEFAULTS[name])
            for name, label in self.LABELS.items()
        }
        super().__init__(controls)

    def update(self) -> str:
        values = {name: c.value for name, c in self.controls.items()}
        result = tokuhashi_score(**values)
        points = ", ".join(f"{name.replace('_', ' ')} {p}" for name, p in result.points.items())
        return _box(
            "info",
            f"Revised Tokuhashi total <b>{result.total}</b> ({escape(points)}): predicted "
            f"survival <b>{escape(result.predicted_survival)}</b>."
            f"<br><small>{escape(source_note('tokuhashi_points'))}</small>",
        )


class SurgeryBalanceApp(_App):
    """ "Is surgery worth it?": a lesion's Mirels items and the patient's Katagiri factors ->
    fracture risk beside the group's survival, with the first crossing marked."""

    def __init__(self) -> None:
        mirels = {
            name: _dropdown(f"Mirels {name}", allowed_values("mirels", name), value)
            for name, value in (
                ("site", "lower limb"),
                ("pain", "functional"),
                ("lesion", "lytic"),
                ("size", "1/3-2/3"),
            )
        }
        self._mirels = tuple(mirels)
        controls = {**mirels, **_katagiri_controls()}
        balance, katagiri = self._balance(controls)
        self.figure = surgery_balance_figure(balance, katagiri.risk_group)
        # In a notebook's output area the legend wraps onto the title: more room above.
        self.figure.update_layout(margin={"t": TOP_MARGIN})
        super().__init__(controls)

    def _balance(
        self, controls: dict[str, widgets.Widget]
    ) -> tuple[SurgeryBalance, KatagiriResult]:
        values = {name: c.value for name, c in controls.items()}
        mirels = mirels_score(**{k: values.pop(k) for k in self._mirels})
        katagiri = katagiri_score(**values)
        return surgery_balance(mirels, katagiri), katagiri

    def update(self) -> str:
        balance, katagiri = self._balance(self.controls)
        redraw(self.figure, surgery_balance_figure(balance, katagiri.risk_group))
        return _box(
            "info",
            f"Mirels fracture risk {escape(balance.risk_text)} within 6 months. "
            f"{katagiri_html(katagiri)}<br><b>{escape(balance.message)}</b>",
        )
