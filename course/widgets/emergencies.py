"""Apps for the three emergencies: hypercalcaemia of malignancy, metastatic spinal cord
compression and pathological fracture.

Each app takes a patient's findings, calls the pathway in :mod:`course.clinical.emergencies` and
shows the steps in order, each with its source and the source's own words (or a flag when the
evidence is secondary). A ``ValueError`` becomes a visible message, never a traceback.
"""

from collections.abc import Sequence
from html import escape

from ..clinical.emergencies import (
    Step,
    cord_compression_steps,
    fracture_steps,
    hypercalcaemia_steps,
)
from ..facts import fact
from .app import App, Fill, checkbox, notice, number, score_dropdowns, updates

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
    return notice(
        "warn",
        f"<b>{escape(title)}</b> (for teaching, not orders for a real patient)<ol>{items}</ol>",
    )


class _PathwayApp(App):
    """An app whose ``compute`` runs one pathway; ``steps`` holds its last result (or ``()``)."""

    TITLE = ""
    steps: tuple[Step, ...] = ()

    def pathway(self, **values) -> tuple[Step, ...]:
        """Return the ordered steps for the findings in ``values``."""
        raise NotImplementedError

    def title(self, **values) -> str:
        """The heading of the steps shown for ``values``."""
        return self.TITLE

    def compute(self, values: dict) -> tuple[Fill, str]:
        self.steps = ()
        self.steps = self.pathway(**values)
        return updates(), steps_html(self.title(**values), self.steps)


class HypercalcaemiaApp(_PathwayApp):
    """Corrected calcium, creatinine, symptoms and drugs -> the ordered steps for hypercalcaemia
    of malignancy (Endocrine Society 2023; zoledronic acid label)."""

    TITLE = "Hypercalcaemia of malignancy"

    def __init__(self) -> None:
        controls = {
            "corrected_calcium_mg_dl": number("Corrected Ca (mg/dL)", 13.0),
            "serum_creatinine_mg_dl": number("Creatinine (mg/dL)", 1.8),
            "symptomatic": checkbox("Symptomatic", True),
            "takes_calcium_or_vitamin_d": checkbox("Takes calcium/vitamin D"),
            "takes_thiazide": checkbox("Takes a thiazide"),
            "takes_lithium": checkbox("Takes lithium"),
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
            "neurological_deficit": checkbox("Neurological deficit", True),
            "suspected_instability": checkbox("Instability suspected", True),
            "fit_for_surgery": checkbox("Fit for surgery", True),
            "expected_survival_weeks": number("Expected survival (weeks)", 26.0),
        }
        super().__init__(controls)

    def pathway(self, **values) -> tuple[Step, ...]:
        return cord_compression_steps(**values)


class FractureApp(_PathwayApp):
    """Established or impending fracture, the Mirels items, fitness and expected survival ->
    the ordered steps (Mirels 1989; ASTRO 2024)."""

    def __init__(self) -> None:
        mirels = score_dropdowns(
            "mirels",
            dict(site="peritrochanteric", pain="functional", lesion="lytic", size="1/3-2/3"),
            "Mirels ",
        )
        controls = {
            "established_fracture": checkbox("Fracture already present"),
            **mirels,
            "fit_for_surgery": checkbox("Fit for surgery", True),
            "expected_survival_weeks": number("Expected survival (weeks)", 26.0),
        }
        super().__init__(controls)

    def pathway(self, **values) -> tuple[Step, ...]:
        return fracture_steps(**values)

    def title(self, **values) -> str:
        kind = "Established" if values["established_fracture"] else "Impending"
        return f"{kind} pathological fracture"
