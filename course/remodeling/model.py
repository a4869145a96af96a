"""The equations and the solver: steady state, stability regime and :func:`simulate`."""

import itertools
import math
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import numpy as np
import pandas as pd
from scipy.integrate import odeint

from ..validate import choice, number
from .parameters import Parameters, Therapy, TumourParameters

RTOL = 1e-6
"""Relative tolerance: at 1e-3 the cycling set drifts by ~12 % bone mass over 3000 days."""
ATOL = 1e-8
"""Absolute tolerance on ln C, ln B and ln(T / L_T), i.e. a relative error on the cell counts."""


def _exponents(params: Parameters, tumour: TumourParameters | None, x: float) -> tuple:
    """Exponents (g11, g21, g12, g22) at tumour fraction ``x = T / L_T`` (Ayati 2010)."""
    if tumour is None:
        return params.g11, params.g21, params.g12, params.g22
    return (
        params.g11 * (1 + tumour.r11 * x),
        params.g21 * (1 + tumour.r21 * x),
        params.g12 / (1 + tumour.r12 * x),
        params.g22 - tumour.r22 * x,
    )


def steady_state(params: Parameters, tumour: TumourParameters | None = None) -> tuple[float, float]:
    """Return the non-trivial steady state ``(C̄, B̄)`` (Komarova 2003; Ayati 2010 at T = L_T).

    Uses the corrected B̄ formula (BioModels BIOMD0000000148): B̄'s first factor is β1/α1.
    Raises ``ValueError`` when γ ≥ 0 (no stable steady state exists).
    """
    g11, g21, g12, g22 = _exponents(params, tumour, 1.0)
    gamma = g12 * g21 - (1 - g11) * (1 - g22)
    if gamma >= 0:
        raise ValueError(
            f"the exponents give gamma = g12·g21 − (1 − g11)(1 − g22) = {gamma:.3g}; it must be "
            "negative for a steady state (lower g11 or g22, or make g21 more negative)"
        )
    c_ratio = params.beta1 / params.alpha1
    b_ratio = params.beta2 / params.alpha2
    c_bar = c_ratio ** ((1 - g22) / gamma) * b_ratio ** (g21 / gamma)
    b_bar = c_ratio ** (g12 / gamma) * b_ratio ** ((1 - g11) / gamma)
    return c_bar, b_bar


Regime = Literal["damped", "sustained", "growing"]


@dataclass(frozen=True)
class Stability:
    """Trace Ψ and determinant of the Jacobian at the steady state, and the regime they imply."""

    trace: float
    determinant: float
    regime: Regime


def stability(params: Parameters) -> Stability:
    """Classify the normal model's steady state (Komarova 2003).

    Determinant −β1β2γ (positive when γ < 0); trace Ψ = β1(g11 − 1) + β2(g22 − 1). Ψ < 0:
    damped cycles; Ψ = 0 (within 1e-12 of the rates): sustained; Ψ > 0: growing.
    """
    steady_state(params)  # refuses γ >= 0
    trace = params.beta1 * (params.g11 - 1) + params.beta2 * (params.g22 - 1)
    determinant = -params.beta1 * params.beta2 * params.gamma
    tolerance = 1e-12 * (params.beta1 + params.beta2)
    regime: Regime = (
        "sustained" if abs(trace) <= tolerance else ("damped" if trace < 0 else "growing")
    )
    return Stability(trace, determinant, regime)


def critical_g11(params: Parameters) -> float:
    """Return g11* = 1 + β2(1 − g22)/β1, where cycles neither damp nor grow (Komarova 2003)."""
    return 1 + params.beta2 * (1 - params.g22) / params.beta1


def _rhs(
    y, _t, a1, a2, b1, b2, g11, g12, g21, g22, r11, r12, r21, r22, gamma_t, rho, c_bar, v1, v2,
    resorption,
):  # fmt: skip
    """Right-hand side in log variables ``(ln C, ln B, u = ln(T / L_T))``.

    In logs the power laws become exponentials (no negative or zero cell counts, and the deep
    troughs of large oscillations cost few steps); Gompertz growth is linear in ``u``.
    ``resorption`` is the fraction of k1 an antiresorptive leaves (1 untreated): the feedback
    ``rho`` follows resorption, not the osteoclast count.
    """
    lc, lb, u = y.tolist()
    x = math.exp(u)
    excess_c = math.exp(lc) - c_bar
    growth = gamma_t * (1 + rho * resorption * excess_c / c_bar) if excess_c > 0 else gamma_t
    return (
        a1 * math.exp((g11 * (1 + r11 * x) - 1) * lc + g21 * (1 + r21 * x) * lb) - b1,
        a2 * math.exp(g12 / (1 + r12 * x) * lc + (g22 - r22 * x - 1) * lb) - (b2 - v1),
        (v2 - growth) * u,
    )


NO_TUMOUR = TumourParameters(r11=0, r12=0, r21=0, r22=0, gamma_t=0, capacity=1)
"""A tumour with no effect, so the normal model runs through the same right-hand side."""


def _cells(
    params: Parameters, tumour: TumourParameters, c_bar: float, v1: float, v2: float,
    times: np.ndarray, start: list[float], resorption: float = 1.0,
) -> np.ndarray:  # fmt: skip
    p = params
    args = (
        p.alpha1, p.alpha2, p.beta1, p.beta2, p.g11, p.g12, p.g21, p.g22,
        tumour.r11, tumour.r12, tumour.r21, tumour.r22, tumour.gamma_t, tumour.rho, c_bar, v1, v2,
        resorption,
    )  # fmt: skip
    return odeint(_rhs, start, times, args=args, rtol=RTOL, atol=ATOL, mxstep=50_000)


def bone_mass(day: np.ndarray, rate: np.ndarray, start: float = 100.0) -> np.ndarray:
    """Integrate the net formation ``rate`` (%/day) over ``day`` and clamp the result at 0.

    Trapezoid rule, then the running clamp ``z[n+1] = max(z[n] + Δz, 0)`` done in one pass
    (reflection at 0: ``z = S − min(0, min S)``, S the unclamped sum). Ayati 2010's equations
    let bone mass go negative; the paper's curves stop at zero, and so does this.
    """
    steps = (rate[1:] + rate[:-1]) / 2 * np.diff(day)
    unclamped = start + np.concatenate(([0.0], np.cumsum(steps)))
    return unclamped - np.minimum(0.0, np.minimum.accumulate(unclamped))


CELL_LIMIT = 1e6
"""Cells at one remodelling site above which a run is refused as blown up (growing cycles)."""

COLUMNS = ("osteoclasts", "osteoblasts", "bone_mass", "tumour")


def _initial_state(
    params: Parameters, tumour: TumourParameters | None, initial: Mapping[str, float] | None
) -> dict[str, float]:
    c_bar, b_bar = steady_state(params, tumour)
    start = {"osteoclasts": c_bar + 10, "osteoblasts": b_bar, "bone_mass": 100.0, "tumour": 1.0}
    allowed = COLUMNS if tumour is not None else COLUMNS[:3]
    for key, value in (initial or {}).items():
        choice("initial keys", key, allowed)
        start[key] = number(f"initial.{key}", value, 0.0, above=key != "bone_mass")
    return start


def _therapies(
    therapy: Therapy | Sequence[Therapy] | None, tumour: TumourParameters | None, days: float
) -> tuple[Therapy, ...]:
    """Check ``therapy`` (one drug, several, or none) and return it as a tuple."""
    drugs = (
        () if therapy is None else (therapy,) if isinstance(therapy, Therapy) else tuple(therapy)
    )
    if not all(isinstance(drug, Therapy) for drug in drugs):
        raise ValueError("therapy must be a Therapy, a sequence of Therapy, or None")
    if len({drug.kind for drug in drugs}) < len(drugs):
        raise ValueError("therapy: give each drug kind at most once")
    if drugs and tumour is None:
        raise ValueError("a therapy acts on the tumour model: pass tumour=... as well")
    for drug in drugs:
        if drug.start_day >= days:
            raise ValueError(
                f"therapy.start_day ({drug.start_day:g}) must be before the end of the "
                f"simulation (day {days:g})"
            )
    return drugs


def _treated(params: Parameters, drugs: Sequence[Therapy]) -> tuple[Parameters, float, float]:
    """Apply every drug in ``drugs`` to ``params``; Ayati's V1 and V2 add up."""
    v1 = v2 = 0.0
    for drug in drugs:
        params, dv1, dv2 = drug.apply(params)
        v1, v2 = v1 + dv1, v2 + dv2
    return params, v1, v2


def _run(
    params: Parameters,
    days: float,
    tumour: TumourParameters | None,
    drugs: tuple[Therapy, ...],
    initial: Mapping[str, float] | None,
) -> pd.DataFrame:
    """Solve the model in one segment per distinct drug start day (see :func:`simulate`)."""
    c_bar, b_bar = steady_state(params, tumour)
    start = _initial_state(params, tumour, initial)
    model = tumour or NO_TUMOUR
    t = np.append(np.arange(math.ceil(days), dtype=float), float(days))
    y0 = [
        math.log(start["osteoclasts"]),
        math.log(start["osteoblasts"]),
        math.log(start["tumour"] / model.capacity),
    ]
    bounds = sorted({0.0, float(days)} | {drug.start_day for drug in drugs})
    pieces, k1 = [], np.full(t.shape, params.k1)
    for first, last in itertools.pairwise(bounds):
        rows = t[(t >= first) & (t < last)]
        grid = np.unique(np.concatenate(([first], rows, [last])))
        treated, v1, v2 = _treated(params, [d for d in drugs if d.start_day <= first])
        y = _cells(treated, model, c_bar, v1, v2, grid, y0, treated.k1 / params.k1)
        pieces.append(y[np.isin(grid, rows)])
        y0 = list(y[-1])
        k1[t >= first] = treated.k1
    y = np.vstack([*pieces, [y0]])
    osteoclasts, osteoblasts = np.exp(y[:, 0]), np.exp(y[:, 1])
    if not np.all(osteoclasts < CELL_LIMIT) or not np.all(osteoblasts < CELL_LIMIT):
        raise ValueError(
            f"the cell counts grew beyond {CELL_LIMIT:g} (growing oscillations without bound); "
            "simulate fewer days or move the exponents back towards the published set"
        )
    rate = -k1 * np.maximum(osteoclasts - c_bar, 0.0) + params.k2 * np.maximum(
        osteoblasts - b_bar, 0.0
    )
    frame = pd.DataFrame({"day": t, "osteoclasts": osteoclasts, "osteoblasts": osteoblasts})
    frame["bone_mass"] = bone_mass(t, rate, start["bone_mass"])
    if tumour is not None:
        frame["tumour"] = tumour.capacity * np.exp(y[:, 2])
    return frame


RISE_CHECK_DAYS = 730.0
"""Horizon of :func:`tumour_raises_bone`: two years from the default start, no therapy."""


@lru_cache(maxsize=256)
def tumour_raises_bone(params: Parameters, tumour: TumourParameters) -> bool:
    """Whether ``tumour``, untreated, leaves more bone than it started with after two years.

    Runs the model from its default start (C̄ + 10, B̄, 100 % bone) for :data:`RISE_CHECK_DAYS`
    and compares the final bone mass with 100 %. With Komarova's cycling set (Ayati 2010's base)
    the osteolytic tumour loses bone; with Komarova's standard set the same tumour *gains* bone,
    so a lytic lesion would look blastic. Raises ``ValueError`` as :func:`simulate` does.
    """
    run = _run(params, RISE_CHECK_DAYS, tumour, (), None)
    return bool(run.bone_mass.iloc[-1] > 100.0)


def bone_rise_warning(params: Parameters, tumour: TumourParameters | None) -> str:
    """Return a warning when a tumour with no bone-forming push raises bone mass, else ``""``.

    A tumour "with no bone-forming push" has ``r12 >= 0`` and ``r22 >= 0`` (the osteoblastic and
    mixed presets strengthen coupling with ``r12 < 0`` and are meant to build bone). The text
    is meant for a status line; :func:`simulate` issues it as a ``UserWarning``.
    """
    if tumour is None or tumour.r12 < 0 or tumour.r22 < 0:
        return ""
    try:
        rises = tumour_raises_bone(params, tumour)
    except ValueError:  # no steady state or blow-up: simulate itself reports that
        return ""
    if not rises:
        return ""
    return (
        "With this parameter set the tumour raises bone mass (above 100 % after two years "
        "untreated), although it has no bone-forming effect: the lesion behaves as blastic, not "
        "lytic. Ayati 2010's tumour was built on Komarova's cycling set "
        "(KOMAROVA_2003_CYCLING); use that set for a lytic lesion."
    )


def simulate(
    params: Parameters,
    days: float,
    *,
    tumour: TumourParameters | None = None,
    therapy: Therapy | Sequence[Therapy] | None = None,
    initial: Mapping[str, float] | None = None,
) -> pd.DataFrame:
    """Integrate the model for ``days`` and return one row per day (and the last day).

    Columns ``day, osteoclasts, osteoblasts, bone_mass`` (cells, cells, %), plus ``tumour``
    (same units as ``capacity``) when ``tumour`` is given. ``initial`` overrides the default
    start (C̄ + 10, B̄, bone mass 100 %, tumour 1). A ``therapy`` (one :class:`Therapy` or
    several of different kinds) changes the parameters from its start day (a new solver
    segment, so the step is exact), which must come before ``days``; C̄ and B̄ stay at their
    untreated values; a therapy needs a tumour. Cells and tumour: LSODA
    (``scipy.integrate.odeint``, rtol 1e-6) in log variables. Bone mass does not feed back on
    the cells, so it is integrated afterwards from the daily values (:func:`bone_mass`),
    clamped at 0. Issues a ``UserWarning`` (:func:`bone_rise_warning`) when a tumour with no
    bone-forming push raises bone mass with ``params``.
    """
    number("days", days, 0.0, above=True)
    drugs = _therapies(therapy, tumour, days)
    message = bone_rise_warning(params, tumour)
    if message:
        warnings.warn(message, UserWarning, stacklevel=2)
    return _run(params, days, tumour, drugs, initial)
