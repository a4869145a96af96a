"""Bone remodelling models: Komarova 2003 (normal), Ayati 2010 (tumour) and the course's extension.

* **Komarova et al. 2003** (*Bone* 33:206): osteoclasts ``C``, osteoblasts ``B`` and bone mass
  ``z`` at one remodelling site, coupled by power laws (autocrine ``g11``, ``g22``; paracrine
  ``g12``, ``g21``).
* **Ayati et al. 2010** (*Biology Direct* 5:28): a Gompertz tumour ``T`` that bends the exponents,
  and a proteasome-inhibitor treatment ``V1`` (osteoblast survival), ``V2`` (tumour growth).
* **The course's extension** (teaching assumptions, not from a paper): resorption feeding the
  tumour with strength ``rho``; lesion presets (osteolytic, osteoblastic, mixed); drugs as
  parameter changes from a start day (:class:`Therapy`).

Equations, parameters and numerical notes: ``shared/models.md``. Parameter sets live in
:mod:`.parameters`, the equations and solver in :mod:`.model`. The public API is
:func:`steady_state`, :func:`stability` and :func:`simulate`.
"""

from .model import (
    CELL_LIMIT,
    Stability,
    bone_mass,
    critical_g11,
    simulate,
    stability,
    steady_state,
)
from .parameters import (
    AYATI_2010_TUMOUR,
    KOMAROVA_2003,
    KOMAROVA_2003_CYCLING,
    LESIONS,
    THERAPY_KINDS,
    Parameters,
    Therapy,
    TumourParameters,
    lesion,
    parameter_table,
)

__all__ = [
    "AYATI_2010_TUMOUR",
    "CELL_LIMIT",
    "KOMAROVA_2003",
    "KOMAROVA_2003_CYCLING",
    "LESIONS",
    "THERAPY_KINDS",
    "Parameters",
    "Stability",
    "Therapy",
    "TumourParameters",
    "bone_mass",
    "critical_g11",
    "lesion",
    "parameter_table",
    "simulate",
    "stability",
    "steady_state",
]
