"""Bone remodelling models: Komarova 2003 (normal), Ayati 2010 (tumour) and the course's extension.

* **Komarova et al. 2003** (*Bone* 33:206): osteoclasts ``C``, osteoblasts ``B`` and bone mass
  ``z`` at one remodelling site, coupled by power laws (autocrine ``g11``, ``g22``; paracrine
  ``g12``, ``g21``).
* **Ayati et al. 2010** (*Biology Direct* 5:28): a Gompertz tumour ``T`` that bends the exponents,
  and a proteasome-inhibitor treatment ``V1`` (osteoblast survival), ``V2`` (tumour growth).
* **The course's extension** (teaching assumptions, not from a paper): resorption feeding the
  tumour with strength ``rho``; lesion presets (osteolytic, osteoblastic, mixed); drugs as
  parameter changes from a start day (:class:`Therapy`).

Parameter sets live in :mod:`.parameters`, the equations and solver in :mod:`.model`. The
public API is :func:`steady_state`, :func:`stability`, :func:`simulate` and the check
:func:`tumour_raises_bone` / :func:`bone_rise_warning`.

**Calibration of the drugs (teaching assumption, qualitative, not fitted to trial data).** Both
antiresorptives lower the bone resorbed per osteoclast above C̄ (``k1``): a bisphosphonate by
``1 + s``, denosumab by ``1 + 1.5 s`` (:data:`RESORPTION_CUT`). Chosen so that, at reference
strength, each slows bone loss from any starting state of the osteolytic scenario, and denosumab
is at least as effective as a bisphosphonate, as in the three randomised trials against
zoledronic acid (Stopeck et al. 2010, J Clin Oncol; Fizazi et al. 2011, Lancet; Henry et al.
2011, J Clin Oncol). Modelled through α1 (fewer osteoclasts formed), denosumab shifted the steady
state of this oscillating model and, from some starting states, left less bone than no drug.
"""

from .model import (
    CELL_LIMIT,
    Stability,
    bone_mass,
    bone_rise_warning,
    critical_g11,
    simulate,
    stability,
    steady_state,
    tumour_raises_bone,
)
from .parameters import (
    AYATI_2010_TUMOUR,
    KOMAROVA_2003,
    KOMAROVA_2003_CYCLING,
    LESIONS,
    RESORPTION_CUT,
    THERAPY_KINDS,
    Parameters,
    Therapy,
    TumourParameters,
    lesion,
    parameter_table,
)
from .scenarios import compare_therapies

__all__ = [
    "AYATI_2010_TUMOUR",
    "CELL_LIMIT",
    "KOMAROVA_2003",
    "KOMAROVA_2003_CYCLING",
    "LESIONS",
    "RESORPTION_CUT",
    "THERAPY_KINDS",
    "Parameters",
    "Stability",
    "Therapy",
    "TumourParameters",
    "bone_mass",
    "bone_rise_warning",
    "compare_therapies",
    "critical_g11",
    "lesion",
    "parameter_table",
    "simulate",
    "stability",
    "steady_state",
    "tumour_raises_bone",
]
