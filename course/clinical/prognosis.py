"""Survival scores for patients with bone metastases: the new Katagiri score (Katagiri et al.
2014) and the revised Tokuhashi score (Tokuhashi et al. 2005), and the "is surgery worth it?"
comparison of Mirels' fracture risk with the Katagiri cohort's survival.

Points, cut-offs and survival figures are read from :mod:`course.facts`. Bad input raises
``ValueError`` naming the field and its allowed values; flags must be real booleans.
"""

from dataclasses import dataclass

from ..facts import fact
from ..validate import choice, flag
from .management import MirelsResult

__all__ = [
    "MIRELS_WINDOW_MONTHS",
    "KatagiriResult",
    "SurgeryBalance",
    "TokuhashiResult",
    "katagiri_score",
    "katagiri_survival",
    "surgery_balance",
    "tokuhashi_score",
]


def _points(name: str) -> dict[str, dict[str, int]]:
    """{factor: {category: points}} from a long-form points table in ``course.facts``."""
    table: dict[str, dict[str, int]] = {}
    for factor, category, points in fact(name).rows:
        table.setdefault(factor, {})[category] = points
    return table


def _choose(table: dict[str, dict[str, int]], field: str, value: object) -> int:
    return table[field][choice(field, value, table[field])]


def _flag(table: dict[str, dict[str, int]], field: str, value: bool) -> int:
    return table[field]["yes"] if flag(field, value) else 0


@dataclass(frozen=True)
class KatagiriResult:
    """A new Katagiri total, its risk group and the derivation cohort's survival for the group.

    ``survival`` maps months after presentation to the published fraction alive; the abstract
    gives no figure for the intermediate group, so its mapping is empty. ``points_verified``
    is ``False`` while the point values await checking against the paper's table.
    """

    total: int
    points: dict[str, int]
    risk_group: str
    survival: dict[int, float]
    points_verified: bool


def katagiri_score(
    primary_growth: str,
    visceral: str,
    labs: str,
    ecog_3_or_4: bool,
    prior_chemotherapy: bool,
    multiple_bone: bool,
) -> KatagiriResult:
    """Score survival with skeletal metastases by the new Katagiri system (Katagiri et al.
    2014, Cancer Med; 808 patients).

    primary_growth: "slow", "moderate", "rapid"; visceral: "none", "nodular", "disseminated";
    labs: "normal", "abnormal", "critical"; ecog_3_or_4, prior_chemotherapy, multiple_bone:
    booleans. Groups: low 0–3, intermediate 4–6, high 7–10.
    """
    table = _points("katagiri_points")
    points = {
        "primary_growth": _choose(table, "primary_growth", primary_growth),
        "visceral": _choose(table, "visceral", visceral),
        "labs": _choose(table, "labs", labs),
        "ecog_3_or_4": _flag(table, "ecog_3_or_4", ecog_3_or_4),
        "prior_chemotherapy": _flag(table, "prior_chemotherapy", prior_chemotherapy),
        "multiple_bone": _flag(table, "multiple_bone", multiple_bone),
    }
    total = sum(points.values())
    group = next(g for lo, hi, g in fact("katagiri_groups").rows if lo <= total <= hi)
    verified = fact("katagiri_points").evidence == "confirmed"
    return KatagiriResult(total, points, group, katagiri_survival(group), verified)


def katagiri_survival(risk_group: str) -> dict[int, float]:
    """Published survival (months → fraction alive) of a Katagiri risk group, from the
    abstract of Katagiri et al. 2014: low ≤ 3, high ≥ 7; none is given for intermediate."""
    labels = {"low": "score ≤ 3", "high": "score ≥ 7", "intermediate": None}
    choice("risk_group", risk_group, labels)
    record = fact("katagiri_survival")
    months = {"survival_6m_pct": 6, "survival_1y_pct": 12, "survival_2y_pct": 24}
    for row in record.rows:
        if row[0] == labels[risk_group]:
            values = dict(zip(record.columns, row, strict=True))
            return {m: values[c] / 100 for c, m in months.items() if values[c] is not None}
    return {}


@dataclass(frozen=True)
class TokuhashiResult:
    """A revised Tokuhashi total (0–15) with the predicted survival band of its range."""

    total: int
    points: dict[str, int]
    predicted_survival: str


def tokuhashi_score(
    general_condition: str,
    extraspinal_bone_foci: str,
    vertebral_metastases: str,
    visceral: str,
    primary: str,
    palsy: str,
) -> TokuhashiResult:
    """Score a metastatic spine tumour's prognosis by the revised Tokuhashi system (Tokuhashi
    et al. 2005, Spine; table as reproduced in NICE CG75).

    general_condition (Karnofsky): "poor" 10–40 %, "moderate" 50–70 %, "good" 80–100 %;
    extraspinal_bone_foci: ">=3", "1-2", "0"; vertebral_metastases: ">=3", "2", "1";
    visceral: "unremovable", "removable", "none"; primary: e.g. "lung", "kidney", "breast",
    "other" (see ``allowed``); palsy (Frankel): "complete" A–B, "incomplete" C–D, "none" E.
    Bands: 0–8 < 6 months, 9–11 ≥ 6 months, 12–15 ≥ 1 year.
    """
    table = _points("tokuhashi_points")
    values = {
        "general_condition": general_condition,
        "extraspinal_bone_foci": extraspinal_bone_foci,
        "vertebral_metastases": vertebral_metastases,
        "visceral": visceral,
        "primary": primary,
        "palsy": palsy,
    }
    points = {field: _choose(table, field, value) for field, value in values.items()}
    total = sum(points.values())
    band = next(s for lo, hi, s in fact("tokuhashi_survival").rows if lo <= total <= hi)
    return TokuhashiResult(total, points, band)


MIRELS_WINDOW_MONTHS = 6
"""Mirels followed each irradiated lesion for six months (``mirels_original_cohort``): his
fracture risk is a 6-month risk and is compared with survival only within that window."""


@dataclass(frozen=True)
class SurgeryBalance:
    """Mirels' 6-month fracture risk set beside the Katagiri cohort's published survival.

    ``crossing_month`` is the first published time point within Mirels' 6-month window at
    which the fraction alive is at or below the fracture risk (``None`` if there is none).
    Neither number is an individual prediction: Mirels' cohort was 78 irradiated lesions
    followed for 6 months, Katagiri's 808 patients mostly treated without surgery.
    """

    fracture_risk: float
    risk_text: str
    survival: dict[int, float]
    crossing_month: int | None
    message: str


def surgery_balance(mirels: MirelsResult, katagiri: KatagiriResult) -> SurgeryBalance:
    """Compare a lesion's Mirels fracture risk with the patient's Katagiri group survival.

    A Mirels total in the "radiotherapy and observation" band is not an indication to fix,
    whatever the survival; otherwise the message says whether the group's survival stays above
    the 6-month fracture risk within that window.
    """
    risk = mirels.fracture_risk
    window = {m: s for m, s in sorted(katagiri.survival.items()) if m <= MIRELS_WINDOW_MONTHS}
    crossing = next((m for m, s in window.items() if s <= risk), None)
    risk_text = f"{mirels.risk_text()} within 6 months"
    if mirels.recommendation == "radiotherapy and observation":
        message = (
            f"Mirels {mirels.total}: fracture risk {risk_text}. The score advises radiotherapy "
            "and observation, not fixation, whatever the expected survival."
        )
    elif not katagiri.survival:
        message = (
            f"No survival figure is published for the {katagiri.risk_group} Katagiri group "
            "in the abstract: weigh the fracture risk against the clinical picture."
        )
    elif crossing is None:
        first = min(katagiri.survival)
        message = (
            f"Within Mirels' 6-month window the {katagiri.risk_group} group's survival stays "
            f"above the fracture risk ({risk_text}; {katagiri.survival[first] * 100:g} % "
            f"alive at month {first}): a fracture would likely be lived with, so fixing it "
            "first may be worth its burden."
        )
    else:
        message = (
            f"By month {crossing} the {katagiri.risk_group} group's survival "
            f"({katagiri.survival[crossing] * 100:g} %) is at or below the fracture risk "
            f"({risk_text}): many patients would not live to benefit, and the operation's "
            "burden may outweigh its benefit."
        )
    if mirels.recommendation == "clinical judgement":
        message = f"Mirels {mirels.total} is borderline. " + message
    return SurgeryBalance(risk, mirels.risk_text(), katagiri.survival, crossing, message)
