"""Patient cases: the engine (:mod:`course.cases.engine`, no widgets) and one module per case.

``CASES`` maps a case key to its :class:`Case`, in teaching order; the app that plays a case is
:class:`course.widgets.cases.CaseApp`.
"""

from .breast_femur import BREAST_FEMUR
from .engine import END, RATINGS, Case, CaseRun, Choice, Decision, Step, play
from .hypercalcaemia import HYPERCALCAEMIA
from .lung_egfr import LUNG_EGFR
from .prostate_mscc import PROSTATE_MSCC
from .renal_solitary import RENAL_SOLITARY
from .thyroid_radioiodine import THYROID_RADIOIODINE

__all__ = ["CASES", "END", "RATINGS", "Case", "CaseRun", "Choice", "Decision", "Step", "play"]

CASES: dict[str, Case] = {
    case.key: case
    for case in (
        PROSTATE_MSCC,
        BREAST_FEMUR,
        LUNG_EGFR,
        HYPERCALCAEMIA,
        RENAL_SOLITARY,
        THYROID_RADIOIODINE,
    )
}
