"""Apps for the three emergencies: hypercalcaemia of malignancy, metastatic spinal cord
compression and pathological fracture.

Each app takes a patient's findings, calls the pathway in :mod:`course.clinical.emergencies` and
shows the steps in order, each with its source and the source's own words (or a flag when the
evidence is secondary). A ``ValueError`` becomes a visible message, never a traceback.
"""

from collections.abc import Sequence
from html import escape

import ipywidgets as widgets

from ..clinical import allowed_values
from ..clinical.emergencies import (
    Step,
    cord_compression_steps,
    fracture_steps,
    hypercalcaemia_steps,
)
from ..facts import fact
from .diagnosis import STYLE, WIDTH, _App, _box

__all__ = ["CordCompressionApp", "FractureApp", "HypercalcaemiaApp", "steps_html"]


def _evidence_html(step: Step) -> str:
    """The source line of a step and, collapsed, the source's words or why they are missing."""
    record = fact(step.evidence)
    if record.evidence == "confirmed":
        words = f"“{escape(record.quote)}” ({escape(record.locator)})"
    else:
        words = f"Not read in the primary source: {escape(record.note)}"
    return (
        f"<br><small>{escape(step.source())}</small>"
        f"<details><summary><small>Source's words</small></summary><small>{words}</small>"
        "</details>"
    )


def steps_html(title: str, steps: Sequence[Step]) -> str:
    """An ordered list of the steps of a pathway, each with its evidence."""
    items = "".join(
        f'<li style="margin-bottom:6px">{escape(s.action)}{_evidence_html(s)}</li>' for s in steps
    )
    return _box(
        "urgent",
        f"<b>{escape(title)}</b> (for teaching, not orders for a real patient)<ol>{items}</ol>",
    )


class _PathwayApp(_App):
    """An app whose ``update`` runs one pathway; ``steps`` holds its last result (or ``()``)."""

    FIGURES = ()
    TITLE = ""
    steps: tuple[Step, ...] = ()

    def pathway(self, **values) -> tuple[Step, ...]:
        """Return the ordered steps for the findings in ``values``."""
        raise NotImplementedError

    def title(self, **values) -> str:
        """The heading of the steps shown for ``values``."""
        return self.TITLE

    def update(self) -> str:
        values = {name: c.value for name, c in self.controls.items()}
        self.steps = ()
        self.steps = self.pathway(**values)
        return steps_html(self.title(**values), self.steps)


def _check(label: str, value: bool = False) -> widgets.Checkbox:
    return widgets.Checkbox(value=value, description=label, style=STYLE, layout=WIDTH)


def _number(label: str, value: float) -> widgets.FloatText:
    return widgets.FloatText(value=value, description=label, style=STYLE, layout=WIDTH)


class HypercalcaemiaApp(_PathwayApp):
    """Corrected calcium, creatinine, symptoms and drugs -> the ordered steps for hypercalcaemia
    of malignancy (Endocrine Society 2023; zoledronic acid label)."""

    TITLE = "Hypercalcaemia of malignancy"

    def __init__(self) -> None:
        controls = {
            "corrected_calcium_mg_dl": _number("Corrected Ca (mg/dL)", 13.0),
            "serum_creatinine_mg_dl": _number("Creatinine (mg/dL)", 1.8),
            "symptomatic": _check("Symptomatic", True),
            "takes_calcium_or_vitamin_d": _check("Takes calcium/vitamin D"),
            "takes_thiazide": _check("Takes a thiazide"),
            "takes_lithium": _check("Takes lithium"),
        }
        super().__init__(controls)

    def pathway(self, **values) -> tuple[Step, ...]:
        return hypercalcaemia_steps(**values)


class CordCompressionApp(_PathwayApp):
    """Deficit, stability, fitness and expected survival -> the ordered steps for metastatic
    spinal cord compression (NICE NG234; ASTRO 2024)."""

    TITLE = "Metastatic spinal cord compression"

    def __init__(self) -> None:
        controls = {
            "neurological_deficit": _check("Neurological deficit", True),
            "suspected_instability": _check("Instability suspected", True),
            "fit_for_surgery": _check("Fit for surgery", True),
            "expected_survival_weeks": _number("Expected survival (weeks)", 26.0),
        }
        super().__init__(controls)

    def pathway(self, **values) -> tuple[Step, ...]:
        return cord_compression_steps(**values)


class FractureApp(_PathwayApp):
    """Established or impending fracture, the Mirels items, fitness and expected survival ->
    the ordered steps (Mirels 1989; ASTRO 2024)."""

    def __init__(self) -> None:
        mirels = {
            name: widgets.Dropdown(
                options=allowed_values("mirels", name),
                value=value,
                description=f"Mirels {name}",
                style=STYLE,
                layout=WIDTH,
            )
            for name, value in (
                ("site", "peritrochanteric"),
                ("pain", "functional"),
                ("lesion", "lytic"),
                ("size", "1/3-2/3"),
            )
        }
        controls = {
            "established_fracture": _check("Fracture already present"),
            **mirels,
            "fit_for_surgery": _check("Fit for surgery", True),
            "expected_survival_weeks": _number("Expected survival (weeks)", 26.0),
        }
        super().__init__(controls)

    def pathway(self, **values) -> tuple[Step, ...]:
        return fracture_steps(**values)

    def title(self, **values) -> str:
        kind = "Established" if values["established_fracture"] else "Impending"
        return f"{kind} pathological fracture"
