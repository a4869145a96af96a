"""Clinical calculators for the management lessons: Mirels, SINS, zoledronic acid dosing by
indication, and eligibility checks for radiopharmaceutical therapy (beta emitters and
radium-223) and thermal ablation.

Every threshold is read from :mod:`course.facts` so that the numbers shown in the lessons and the
numbers used by the calculators cannot drift apart. Category values are plain lower-case words;
anything else raises ``ValueError`` listing the allowed values.
"""

from dataclasses import dataclass

from ..facts import fact
from ..validate import choice, flags, number, whole

__all__ = [
    "AblationCheck",
    "MirelsResult",
    "RadiopharmaceuticalCheck",
    "SinsResult",
    "ablation_eligibility",
    "allowed_values",
    "mirels_score",
    "radiopharmaceutical_eligibility",
    "sins_score",
    "zoledronic_acid_dose",
    "BONE_SYMPTOMS",
    "ZOLEDRONIC_INDICATIONS",
    "Radium223Check",
    "radium223_eligibility",
]


def _points_table(name: str) -> dict[str, dict[str, int]]:
    """Turn a points table from ``course.facts`` into {component: {category: points}}."""
    record = fact(name)
    table: dict[str, dict[str, int]] = {}
    if "points" in record.columns:  # long form: (component, category, points)
        for component, category, points in record.rows:
            table.setdefault(component, {})[category] = points
    else:  # wide form: (component, 1-point category, 2-point category, 3-point category)
        for component, *categories in record.rows:
            table[component] = {c: i for i, c in enumerate(categories, 1)}
    return table


MIRELS_POINTS = _points_table("mirels_points")
SINS_POINTS = _points_table("sins_points")
SCORES = {"mirels": MIRELS_POINTS, "sins": SINS_POINTS}


def allowed_values(score: str, component: str) -> tuple[str, ...]:
    """Return the allowed category values of one component of a score ("mirels" or "sins")."""
    choice("score", score, sorted(SCORES))
    choice(f"{score} component", component, SCORES[score])
    return tuple(SCORES[score][component])


def _score(table: dict[str, dict[str, int]], values: dict[str, str]) -> dict[str, int]:
    """Points per component; an unknown category raises ``ValueError`` naming the field."""
    return {
        component: table[component][choice(component, value, table[component])]
        for component, value in values.items()
    }


@dataclass(frozen=True)
class MirelsResult:
    """A Mirels score with the fracture risk that its published table supports.

    ``fracture_risk`` is a fraction whose meaning is given by ``risk_kind``: an "upper bound"
    (totals ≤ 7: < 4 %), a "point" value (8: 15 %, 9: 33 %) or a "lower bound" (10–12: at least
    the 33 % quoted at 9; the higher per-total risks in circulation are unverified).
    """

    total: int
    points: dict[str, int]
    fracture_risk: float
    risk_kind: str
    recommendation: str
    original_recommendation: str

    def risk_text(self) -> str:
        """Return the risk as it may honestly be stated, e.g. ``'< 4 %'`` or ``'≥ 33 %'``."""
        prefix = {"upper bound": "< ", "point": "", "lower bound": "≥ "}[self.risk_kind]
        return f"{prefix}{self.fracture_risk * 100:g} %"


def mirels_score(site: str, pain: str, lesion: str, size: str) -> MirelsResult:
    """Score an impending pathological fracture of a long bone (Mirels 1989; table from Jawad &
    Scully 2010).

    site: "upper limb", "lower limb", "peritrochanteric"; pain: "mild", "moderate",
    "functional"; lesion: "blastic", "mixed", "lytic"; size (fraction of the bone on the plain
    radiograph): "<1/3", "1/3-2/3", ">2/3". The recommendation follows the commonly quoted table
    (≥ 9 fixation, 8 judgement, ≤ 7 radiotherapy); ``original_recommendation`` follows Mirels'
    own abstract (fixation at ≥ 8).
    """
    points = _score(MIRELS_POINTS, {"site": site, "pain": pain, "lesion": lesion, "size": size})
    total = sum(points.values())
    risk_pct, kind, recommendation = next(
        row[2:] for row in fact("mirels_risk_by_total").rows if row[0] <= total <= row[1]
    )
    threshold = fact("mirels_original_fixation_threshold").value
    original = (
        "prophylactic fixation before irradiation"
        if total >= threshold
        else "irradiation without fixation"
    )
    return MirelsResult(total, points, risk_pct / 100, kind, recommendation, original)


@dataclass(frozen=True)
class SinsResult:
    """A SINS total, its category, and whether a surgical opinion is advised (total ≥ 7)."""

    total: int
    points: dict[str, int]
    category: str
    surgical_referral: bool


def sins_score(
    location: str, pain: str, lesion: str, alignment: str, collapse: str, posterolateral: str
) -> SinsResult:
    """Score spinal instability from a metastasis (SINS; Fisher et al. 2010).

    location: "junctional", "mobile", "semirigid", "rigid"; pain: "mechanical", "occasional",
    "none"; lesion: "lytic", "mixed", "blastic"; alignment: "subluxation", "deformity",
    "normal"; collapse: ">50%", "<50%", "none with >50% involved", "none"; posterolateral:
    "bilateral", "unilateral", "none". Categories: stable 0–6, potentially unstable 7–12,
    unstable 13–18; a total of 7 or more warrants surgical consultation.
    """
    values = {
        "location": location,
        "pain": pain,
        "lesion": lesion,
        "alignment": alignment,
        "collapse": collapse,
        "posterolateral": posterolateral,
    }
    points = _score(SINS_POINTS, values)
    total = sum(points.values())
    category = next(c for lo, hi, c in fact("sins_categories").rows if lo <= total <= hi)
    referral = total >= fact("sins_referral_threshold").value
    return SinsResult(total, points, category, referral)


ZOLEDRONIC_INDICATIONS = ("bone_metastases", "hypercalcaemia")
"""Indications :func:`zoledronic_acid_dose` covers; each has its own renal rule."""


def zoledronic_acid_dose(
    creatinine_clearance: float | None = None,
    *,
    indication: str = "bone_metastases",
    serum_creatinine: float | None = None,
    creatinine_unit: str = "mg/dL",
) -> float | None:
    """Return the zoledronic acid dose in mg for one indication, or ``None`` when the label
    gives no dose. For teaching only: not a prescription.

    ``indication="bone_metastases"`` (default; bone metastases and myeloma) reads the
    creatinine-clearance table (fact ``zoledronic_renal_dosing``): > 60 mL/min → 4.0;
    50–60 → 3.5; 40–49 → 3.3; 30–39 → 3.0; < 30 → ``None`` (not recommended). A non-integer
    clearance such as 49.5 falls in the band below 50. It needs ``creatinine_clearance``.

    ``indication="hypercalcaemia"`` (hypercalcaemia of malignancy) follows the label's own rule,
    which uses the serum creatinine, not a clearance: 4 mg with no dose change while serum
    creatinine is below 4.5 mg/dL (400 µmol/L), after rehydration; at or above it ``None`` (the
    label gives no dose: weigh risks and benefits). It needs ``serum_creatinine`` (in
    ``creatinine_unit``, "mg/dL" or "umol/L") and refuses ``creatinine_clearance``: a
    Cockcroft–Gault estimate is not valid while creatinine is changing in acute,
    dehydration-driven kidney injury (facts ``zoledronic_hcm_creatinine_limit``,
    ``zoledronic_hcm_dose``, ``creatinine_non_steady_state``).
    """
    choice("indication", indication, ZOLEDRONIC_INDICATIONS)
    if indication == "hypercalcaemia":
        return _zoledronic_hcm_dose(creatinine_clearance, serum_creatinine, creatinine_unit)
    if creatinine_clearance is None:
        raise ValueError("creatinine_clearance (mL/min) is required for bone_metastases")
    number("creatinine_clearance (mL/min)", creatinine_clearance, 0)
    for threshold, comparison, dose, _band in fact("zoledronic_renal_dosing").rows:
        if creatinine_clearance > threshold or (
            comparison == ">=" and creatinine_clearance == threshold
        ):
            return dose
    raise AssertionError("the dosing table must end with a row at 0 mL/min")  # pragma: no cover


def _zoledronic_hcm_dose(
    creatinine_clearance: float | None, serum_creatinine: float | None, unit: str
) -> float | None:
    """The label's hypercalcaemia rule: full dose below the serum-creatinine limit."""
    if creatinine_clearance is not None:
        raise ValueError(
            "creatinine_clearance is not used for hypercalcaemia: pass serum_creatinine "
            "(a clearance estimate is unreliable in acute kidney injury until rehydration)"
        )
    limits = dict(fact("zoledronic_hcm_creatinine_limit").rows)
    choice("creatinine_unit", unit, limits)
    if serum_creatinine is None:
        raise ValueError("serum_creatinine is required for hypercalcaemia")
    number(f"serum_creatinine ({unit})", serum_creatinine, 0, above=True)
    if serum_creatinine < limits[unit]:
        return float(fact("zoledronic_hcm_dose").value)
    return None


@dataclass(frozen=True)
class RadiopharmaceuticalCheck:
    """Result of the radiopharmaceutical eligibility check: unmet indications, present
    contraindications, and the verdict."""

    unmet_indications: tuple[str, ...]
    contraindications: tuple[str, ...]

    @property
    def eligible(self) -> bool:
        """True when every indication is met and no contraindication is present."""
        return not self.unmet_indications and not self.contraindications


def _listed(pairs: tuple[tuple[bool, str], ...], when: bool) -> tuple[str, ...]:
    """The texts of ``(condition, text)`` pairs whose condition equals ``when``."""
    return tuple(text for condition, text in pairs if condition is when)


def radiopharmaceutical_eligibility(
    *,
    refractory_bone_pain: bool,
    positive_bone_scan: bool,
    life_expectancy_months: float,
    spinal_cord_compression: bool = False,
    renal_failure: bool = False,
    pregnant: bool = False,
    breastfeeding: bool = False,
    myelosuppression: bool = False,
) -> RadiopharmaceuticalCheck:
    """Check the textbook criteria for beta-emitting bone-seeking radiopharmaceuticals
    (strontium-89, samarium-153), as listed in a clinical review (Gupta, iCliniq; secondary)
    for the setting of the EANM 2018 beta-emitter guideline. Radium-223 has its own,
    regulatory criteria: :func:`radium223_eligibility`.

    Indications: bone pain refractory to analgesics, a positive bone scan, life expectancy
    > 3 months. Contraindications: acute spinal cord compression, acute or chronic renal
    failure, pregnancy, breastfeeding, myelosuppression. There is no bisphosphonate washout:
    the course found no guideline that supports one, and the regulators advise a bone-modifying
    agent alongside radium-223.
    """
    flags(
        refractory_bone_pain=refractory_bone_pain,
        positive_bone_scan=positive_bone_scan,
        spinal_cord_compression=spinal_cord_compression,
        renal_failure=renal_failure,
        pregnant=pregnant,
        breastfeeding=breastfeeding,
        myelosuppression=myelosuppression,
    )
    number("life_expectancy_months", life_expectancy_months, 0)
    min_life = fact("radiopharm_min_life_expectancy").value
    unmet = _listed(
        (
            (refractory_bone_pain, "bone pain refractory to analgesics"),
            (positive_bone_scan, "a positive bone scan"),
            (life_expectancy_months > min_life, f"life expectancy > {min_life:g} months"),
        ),
        when=False,
    )
    contra = _listed(
        (
            (spinal_cord_compression, "acute spinal cord compression"),
            (renal_failure, "acute or chronic renal failure"),
            (pregnant, "pregnancy"),
            (breastfeeding, "breastfeeding"),
            (myelosuppression, "myelosuppression"),
        ),
        when=True,
    )
    return RadiopharmaceuticalCheck(unmet, contra)


BONE_SYMPTOMS = ("none", "mild", "moderate or severe")
"""Allowed values of ``bone_symptoms`` in :func:`radium223_eligibility`."""


@dataclass(frozen=True)
class Radium223Check(RadiopharmaceuticalCheck):
    """Result of the radium-223 check: unmet indications, contraindications (including uses
    the regulators advise against), cautions, and advice that applies whenever it is given."""

    cautions: tuple[str, ...] = ()
    advice: tuple[str, ...] = ()


def radium223_eligibility(
    *,
    castration_resistant_prostate_cancer: bool,
    bone_symptoms: str,
    visceral_metastases: bool,
    prior_systemic_lines: int,
    other_systemic_therapy_suitable: bool = True,
    low_osteoblastic_burden: bool = False,
    days_since_abiraterone_prednisone: float | None = None,
    bone_modifying_agent: bool = False,
    other_systemic_cancer_therapy: bool = False,
) -> Radium223Check:
    """Check radium-223 against its licensed setting (EANM 2018, Poeppel) and the 2018
    EMA/MHRA restrictions that followed ERA 223 (more fractures, and a trend to earlier death, when
    radium-223 was added to abiraterone + prednisone/prednisolone).

    Indications: castration-resistant prostate cancer; symptomatic bone metastases
    (``bone_symptoms`` "mild" or "moderate or severe"; "none" is not an indication, and "mild"
    adds a caution to weigh benefit and risk); no known visceral metastases; progression after
    at least 2 prior systemic lines other than LHRH analogues (``prior_systemic_lines``), or no
    other systemic treatment suitable (``other_systemic_therapy_suitable=False``).
    Contraindications: abiraterone + prednisone/prednisolone now or within the last 5 days
    (``days_since_abiraterone_prednisone``: 0 while taking it, ``None`` if not taken); a low
    osteoblastic bone metastatic burden (not recommended). Advice: assess fracture risk before
    and during treatment; without a bone-modifying agent, consider a bisphosphonate or
    denosumab alongside. ``other_systemic_cancer_therapy``: another systemic cancer drug (not an
    LHRH analogue) planned at the same time, which the MHRA does not recommend. Facts
    ``radium223_*``. For teaching only.
    """
    flags(
        castration_resistant_prostate_cancer=castration_resistant_prostate_cancer,
        visceral_metastases=visceral_metastases,
        other_systemic_therapy_suitable=other_systemic_therapy_suitable,
        low_osteoblastic_burden=low_osteoblastic_burden,
        bone_modifying_agent=bone_modifying_agent,
        other_systemic_cancer_therapy=other_systemic_cancer_therapy,
    )
    choice("bone_symptoms", bone_symptoms, BONE_SYMPTOMS)
    whole("prior_systemic_lines", prior_systemic_lines)
    gap = days_since_abiraterone_prednisone
    if gap is not None:
        number("days_since_abiraterone_prednisone", gap, 0)
    lines = fact("radium223_min_prior_lines").value
    gap_days = fact("radium223_abiraterone_gap").value
    pretreated = prior_systemic_lines >= lines or not other_systemic_therapy_suitable
    unmet = _listed(
        (
            (castration_resistant_prostate_cancer, "castration-resistant prostate cancer"),
            (bone_symptoms != "none", "symptomatic bone metastases (not for asymptomatic disease)"),
            (not visceral_metastases, "no known visceral metastases"),
            (
                pretreated,
                f"progression after ≥ {lines:g} prior systemic lines (other than LHRH "
                "analogues), or no other systemic treatment suitable",
            ),
        ),
        when=False,
    )
    contra = _listed(
        (
            (
                gap is not None and gap < gap_days,
                f"abiraterone + prednisone/prednisolone now or within {gap_days:g} days "
                "(ERA 223: more fractures, trend to earlier death)",
            ),
            (low_osteoblastic_burden, "low osteoblastic bone metastatic burden (not recommended)"),
            (
                other_systemic_cancer_therapy,
                "other systemic cancer therapy at the same time, apart from LHRH analogues "
                "(not recommended)",
            ),
        ),
        when=True,
    )
    assess, protect = (row[0] for row in fact("radium223_bone_protection").rows)
    mild = "mild symptoms only: weigh benefit and risk carefully"
    cautions = (mild,) if bone_symptoms == "mild" else ()
    advice = (assess,) if bone_modifying_agent else (assess, protect)
    return Radium223Check(unmet, contra, cautions, advice)


@dataclass(frozen=True)
class AblationCheck:
    """Result of the thermal-ablation check: absolute and relative contraindications and the
    verdict ("contraindicated", "caution" or "no contraindication found")."""

    absolute: tuple[str, ...]
    relative: tuple[str, ...]

    @property
    def verdict(self) -> str:
        """One phrase summarising the check."""
        if self.absolute:
            return "contraindicated"
        if self.relative:
            return "caution"
        return "no contraindication found"


def ablation_eligibility(
    *,
    tolerates_anaesthesia: bool,
    correctable_bleeding_risk: bool,
    percutaneously_reachable: bool,
    widespread_metastases: bool = False,
    active_infection: bool = False,
    critical_structure_adjacent: bool = False,
    vertebral: bool = False,
    distance_to_neural_mm: float | None = None,
) -> AblationCheck:
    """Check the contraindications to percutaneous thermal ablation (RF, microwave, cryo) of a
    bone metastasis, as listed in a clinical review (Gupta, iCliniq; see also CIRSE 2022).

    Absolute: cannot tolerate the anaesthesia, bleeding that cannot be corrected, lesion not
    reachable percutaneously. Relative: widespread metastases, active infection, tumour next to
    a critical structure that cannot be displaced or monitored. For a vertebral lesion
    (``vertebral=True``) ``distance_to_neural_mm`` is required, and a margin under 10 mm from
    the cord or nerve roots is flagged as a relative contraindication (it needs thermal
    protection or another treatment).
    """
    flags(
        tolerates_anaesthesia=tolerates_anaesthesia,
        correctable_bleeding_risk=correctable_bleeding_risk,
        percutaneously_reachable=percutaneously_reachable,
        widespread_metastases=widespread_metastases,
        active_infection=active_infection,
        critical_structure_adjacent=critical_structure_adjacent,
        vertebral=vertebral,
    )
    margin = fact("ablation_neural_margin").value
    if vertebral:
        if distance_to_neural_mm is None:
            raise ValueError("distance_to_neural_mm is required for a vertebral lesion")
        number("distance_to_neural_mm", distance_to_neural_mm, 0)
    absolute = _listed(
        (
            (tolerates_anaesthesia, "cannot tolerate the anaesthesia"),
            (correctable_bleeding_risk, "uncorrectable bleeding risk"),
            (percutaneously_reachable, "lesion not reachable percutaneously"),
        ),
        when=False,
    )
    too_close = vertebral and distance_to_neural_mm is not None and distance_to_neural_mm < margin
    relative = _listed(
        (
            (widespread_metastases, "widespread skeletal metastases"),
            (active_infection, "active infection"),
            (critical_structure_adjacent, "tumour next to a critical structure"),
            (too_close, f"less than {margin:g} mm from neural structures"),
        ),
        when=True,
    )
    return AblationCheck(absolute, relative)
