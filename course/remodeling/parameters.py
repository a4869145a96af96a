"""Parameter sets of the remodelling models, validated on construction: Komarova 2003, Ayati 2010,
and the course's lesion presets and therapies (teaching assumptions, labelled as such)."""

from dataclasses import dataclass, fields, replace
from typing import Literal

import pandas as pd

from ..validate import choice, number


@dataclass(frozen=True)
class Parameters:
    """Komarova 2003 parameters: production ``alpha``, removal ``beta`` (1/day), exponents ``g``
    and bone turnover ``k1`` (resorption), ``k2`` (formation) in %/(cell·day).

    Rates must be finite and positive (``k1``, ``k2`` may be 0); exponents finite, within ±5.
    """

    alpha1: float
    alpha2: float
    beta1: float
    beta2: float
    g11: float
    g12: float
    g21: float
    g22: float
    k1: float
    k2: float

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            field = f"Parameters.{f.name}"
            if f.name.startswith("g"):
                number(field, value, -5.0, 5.0)
            else:  # rates must be > 0; the turnover constants k1, k2 may be 0
                number(field, value, 0.0, above=not f.name.startswith("k"))

    @property
    def gamma(self) -> float:
        """γ = g12·g21 − (1 − g11)(1 − g22); a stable steady state needs γ < 0."""
        return self.g12 * self.g21 - (1 - self.g11) * (1 - self.g22)


KOMAROVA_2003 = Parameters(
    alpha1=3.0, alpha2=4.0, beta1=0.2, beta2=0.02,
    g11=0.5, g12=1.0, g21=-0.5, g22=0.0, k1=0.24, k2=0.0017,
)  # fmt: skip
"""Komarova 2003 standard set: one damped remodelling cycle after a perturbation."""

KOMAROVA_2003_CYCLING = replace(KOMAROVA_2003, g11=1.1, k1=0.0748, k2=0.0006395)
"""Komarova 2003 cycling set (g11 = 1.1): sustained remodelling cycles (Ayati 2010's base)."""


@dataclass(frozen=True)
class TumourParameters:
    """Ayati 2010 tumour effects on the exponents plus the course's resorption feedback.

    ``r11`` strengthens osteoclast autocrine signalling, ``r12`` weakens osteoclast → osteoblast
    coupling (negative values strengthen it), ``r21`` strengthens osteoblast → osteoclast
    signalling, ``r22`` suppresses osteoblast autocrine signalling (negative values boost it).
    ``gamma_t`` (1/day) and ``capacity`` (``L_T``, % of the site) define Gompertz growth.
    ``rho`` is the course's teaching assumption: resorption (C above C̄, times the fraction of k1
    a drug leaves) speeds tumour growth by ``1 + rho·(k1_treated/k1)·(C − C̄)/C̄``; ``rho = 0``
    reproduces Ayati 2010.
    """

    r11: float
    r12: float
    r21: float
    r22: float
    gamma_t: float
    capacity: float
    rho: float = 0.0

    def __post_init__(self) -> None:
        for name in ("r11", "r12", "r21", "r22"):
            number(f"TumourParameters.{name}", getattr(self, name), -0.9, 2.0)
        number("TumourParameters.gamma_t", self.gamma_t, 0.0, 1.0)
        number("TumourParameters.capacity", self.capacity, 0.0, above=True)
        number("TumourParameters.rho", self.rho, 0.0, 50.0)


AYATI_2010_TUMOUR = TumourParameters(
    r11=0.005, r12=0.0, r21=0.0, r22=0.2, gamma_t=0.005, capacity=100.0
)
"""Ayati 2010 tumour set (their Figures 5-10), used with :data:`KOMAROVA_2003_CYCLING`."""

LESIONS: dict[str, TumourParameters] = {
    "osteolytic": AYATI_2010_TUMOUR,
    "mixed": replace(AYATI_2010_TUMOUR, r12=-0.2),
    "osteoblastic": replace(AYATI_2010_TUMOUR, r11=0.0, r12=-0.2, r22=0.0),
}
"""Lesion presets. Osteolytic is Ayati 2010's set. **Teaching assumption:** the osteoblastic
preset (the tumour strengthens osteoclast → osteoblast coupling, ``r12 = −0.2``, standing in for
ET-1, BMPs and Wnt; no lytic push) and the mixed one (both pushes at once) were chosen for the
course, not fitted to data. Over 10 years: osteolytic loses all bone by about day 1500, mixed
loses it slowly, osteoblastic gains bone through large, irregular osteoblast bursts."""


def lesion(kind: str, rho: float = 0.0) -> TumourParameters:
    """Return the lesion preset ``kind`` ("osteolytic", "osteoblastic" or "mixed") with ``rho``.

    The osteoblastic and mixed presets and ``rho`` are teaching assumptions (see :data:`LESIONS`).
    """
    return replace(LESIONS[choice("lesion kind", kind, sorted(LESIONS))], rho=rho)


TherapyKind = Literal["bisphosphonate", "denosumab", "anti-tumour", "proteasome inhibitor"]
THERAPY_KINDS: tuple[str, ...] = (
    "bisphosphonate",
    "denosumab",
    "anti-tumour",
    "proteasome inhibitor",
)
MAX_STRENGTH = 2.0

RESORPTION_CUT: dict[str, float] = {"bisphosphonate": 1.0, "denosumab": 1.5}
"""**Teaching assumption (calibration), qualitative, not fitted to trial data.** An antiresorptive
of strength ``s`` divides the bone resorbed per osteoclast above C̄ by ``1 + cut·s``. Denosumab's
cut is the larger one so that, at equal strength, it is at least as effective as a
bisphosphonate, as in the three trials against zoledronic acid (Stopeck et al. 2010, J Clin
Oncol; Fizazi et al. 2011, Lancet; Henry et al. 2011, J Clin Oncol)."""


@dataclass(frozen=True)
class Therapy:
    """A drug switched on at ``start_day`` with ``strength`` (0-2, 1 = the reference effect).

    **Teaching assumption** (except the proteasome inhibitor, which is Ayati 2010's V1, V2), each
    drug changes parameters from its start day, with C̄ and B̄ kept at their untreated values:

    * ``bisphosphonate``: each osteoclast resorbs less bone, ``k1 / (1 + s)``.
    * ``denosumab`` (anti-RANKL): fewer osteoclasts form and those left resorb less; both lower
      the resorption, ``k1 / (1 + 1.5 s)`` (:data:`RESORPTION_CUT`).
    * ``anti-tumour`` (systemic therapy): slower tumour growth, ``V2 = 0.008 s``.
    * ``proteasome inhibitor`` (bortezomib, Ayati 2010): ``V1 = 0.001 s``, ``V2 = 0.008 s``.

    Why the antiresorptives act on resorption (k1), not on the cell equations: the tumour model
    oscillates, and any change of α1, β1 or the exponents moves its steady state, so the cells
    swing around the new one in larger cycles. A denosumab modelled as α1 down, or a
    bisphosphonate as β1 up, then left less bone than no drug from some starting states, unlike
    the trials. Lowering k1 removes less bone at every moment, whatever the starting state.
    """

    kind: TherapyKind
    start_day: float
    strength: float = 1.0

    def __post_init__(self) -> None:
        choice("Therapy.kind", self.kind, THERAPY_KINDS)
        number("Therapy.start_day", self.start_day, 0.0)
        number("Therapy.strength", self.strength, 0.0, MAX_STRENGTH)

    def apply(self, params: Parameters) -> tuple[Parameters, float, float]:
        """Return the treated parameters and Ayati's ``(V1, V2)`` for this drug."""
        s = self.strength
        if self.kind in RESORPTION_CUT:
            return replace(params, k1=params.k1 / (1 + RESORPTION_CUT[self.kind] * s)), 0.0, 0.0
        if self.kind == "anti-tumour":
            return params, 0.0, 0.008 * s
        return params, 0.001 * s, 0.008 * s


MEANINGS: dict[str, tuple[str, str]] = {
    "alpha1": ("osteoclast production", "cells^(1−g11−g21)/day"),
    "alpha2": ("osteoblast production", "cells^(1−g12−g22)/day"),
    "beta1": ("osteoclast removal", "1/day"),
    "beta2": ("osteoblast removal", "1/day"),
    "g11": ("osteoclast autocrine", "–"),
    "g12": ("osteoclast → osteoblast paracrine (coupling)", "–"),
    "g21": ("osteoblast → osteoclast paracrine (RANKL/OPG, net inhibitory)", "–"),
    "g22": ("osteoblast autocrine", "–"),
    "k1": ("bone resorbed per osteoclast above C̄", "%/(cell·day)"),
    "k2": ("bone formed per osteoblast above B̄", "%/(cell·day)"),
}


def parameter_table(*sets: Parameters, names: tuple[str, ...] = ()) -> pd.DataFrame:
    """Side-by-side table of parameter sets (columns named by ``names``), with each parameter's
    meaning and unit (Komarova 2003)."""
    if not sets:
        raise ValueError("parameter_table needs at least one parameter set")
    names = names or tuple(f"set {i + 1}" for i in range(len(sets)))
    if len(names) != len(sets):
        raise ValueError("names must give one name per parameter set")
    rows = [
        {"parameter": f.name, "meaning": MEANINGS[f.name][0], "unit": MEANINGS[f.name][1]}
        | {name: getattr(p, f.name) for name, p in zip(names, sets, strict=True)}
        for f in fields(Parameters)
    ]
    return pd.DataFrame(rows).set_index("parameter")
