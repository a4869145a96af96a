"""Apps for the prognosis section: the new Katagiri score, the revised Tokuhashi score, and the
"is surgery worth it?" panel that sets Mirels' fracture risk beside Katagiri survival.

Each is an :class:`~course.widgets.app.App`. The panel's figure is built complete by
:func:`course.plots.prognosis.surgery_balance_figure` for each move and copied into the shown
figure in one message (:func:`course.plots.update.refill`).
"""

from html import escape

import ipywidgets as widgets
import plotly.graph_objects as go

from ..clinical import mirels_score
from ..clinical.prognosis import (
    KatagiriResult,
    SurgeryBalance,
    katagiri_score,
    surgery_balance,
    tokuhashi_score,
)
from ..facts import fact, source_note
from ..plots.prognosis import surgery_balance_figure
from ..plots.update import refill
from .app import App, Fill, checkbox, dropdown, notice, score_dropdowns, updates

TOP_MARGIN = 170
"""Pixels above the plot for the title and a legend wrapped onto up to three rows."""

__all__ = ["KatagiriApp", "SurgeryBalanceApp", "TokuhashiApp", "katagiri_html"]


def _categories(table: str, field: str) -> tuple[str, ...]:
    return tuple(row[1] for row in fact(table).rows if row[0] == field)


def _katagiri_controls() -> dict[str, widgets.Widget]:
    return {
        "primary_growth": dropdown(
            "Primary growth", _categories("katagiri_points", "primary_growth"), "moderate"
        ),
        "visceral": dropdown(
            "Visceral/cerebral mets", _categories("katagiri_points", "visceral"), "none"
        ),
        "labs": dropdown("Laboratory data", _categories("katagiri_points", "labs"), "normal"),
        "ecog_3_or_4": checkbox("ECOG 3 or 4"),
        "prior_chemotherapy": checkbox("Previous chemotherapy"),
        "multiple_bone": checkbox("Multiple bone mets"),
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


class KatagiriApp(App):
    """The six Katagiri factors -> total, risk group and the cohort's survival."""

    def __init__(self) -> None:
        super().__init__(_katagiri_controls())

    def compute(self, values: dict) -> tuple[Fill, str]:
        return updates(), notice("info", katagiri_html(katagiri_score(**values)))


class TokuhashiApp(App):
    """The six revised Tokuhashi items -> total and predicted survival band."""

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
            name: dropdown(label, _categories("tokuhashi_points", name), self.DEFAULTS[name])
            for name, label in self.LABELS.items()
        }
        super().__init__(controls)

    def compute(self, values: dict) -> tuple[Fill, str]:
        result = tokuhashi_score(**values)
        points = ", ".join(f"{name.replace('_', ' ')} {p}" for name, p in result.points.items())
        return updates(), notice(
            "info",
            f"Revised Tokuhashi total <b>{result.total}</b> ({escape(points)}): predicted "
            f"survival <b>{escape(result.predicted_survival)}</b>."
            f"<br><small>{escape(source_note('tokuhashi_points'))}</small>",
        )


class SurgeryBalanceApp(App):
    """ "Is surgery worth it?": a lesion's Mirels items and the patient's Katagiri factors ->
    fracture risk beside the group's survival, with the first crossing marked."""

    def __init__(self) -> None:
        mirels = score_dropdowns(
            "mirels",
            {"site": "lower limb", "pain": "functional", "lesion": "lytic", "size": "1/3-2/3"},
            "Mirels ",
        )
        self._mirels = tuple(mirels)
        controls = {**mirels, **_katagiri_controls()}
        super().__init__(controls, [self._figure({n: c.value for n, c in controls.items()})[0]])

    def _balance(self, values: dict) -> tuple[SurgeryBalance, KatagiriResult]:
        values = dict(values)
        mirels = mirels_score(**{k: values.pop(k) for k in self._mirels})
        katagiri = katagiri_score(**values)
        return surgery_balance(mirels, katagiri), katagiri

    def _figure(self, values: dict) -> tuple[go.Figure, SurgeryBalance, KatagiriResult]:
        balance, katagiri = self._balance(values)
        figure = surgery_balance_figure(balance, katagiri.risk_group)
        # In a notebook's output area the legend wraps onto the title: more room above.
        figure.update_layout(margin={"t": TOP_MARGIN})
        return figure, balance, katagiri

    def compute(self, values: dict) -> tuple[Fill, str]:
        fresh, balance, katagiri = self._figure(values)

        def fill(figures: list[go.Figure]) -> None:
            refill(figures[0], fresh)

        return fill, notice(
            "info",
            f"Mirels fracture risk {escape(balance.risk_text)} within 6 months. "
            f"{katagiri_html(katagiri)}<br><b>{escape(balance.message)}</b>",
        )
