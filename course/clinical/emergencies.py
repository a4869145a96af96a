"""The three emergencies of bone metastases as ordered pathways: hypercalcaemia of malignancy,
metastatic spinal cord compression and pathological fracture.

Each function takes a patient's findings and returns the steps in order, each with the key of
the ``course.facts`` record that supports it. The steps say what the guideline or label
recommends, for teaching; they are not orders for a real patient.
"""

from dataclasses import dataclass

from ..facts import fact, source_note
from ..validate import flags, number
from .management import mirels_score

__all__ = [
    "Step",
    "cord_compression_steps",
    "fracture_steps",
    "hypercalcaemia_steps",
]


@dataclass(frozen=True)
class Step:
    """One step of a pathway: what is recommended, and the fact record behind it."""

    action: str
    evidence: str

    def source(self) -> str:
        """Return the citation line of the step's evidence (flags secondary evidence)."""
        return source_note(self.evidence)


def _weeks(months: float) -> float:
    """Months as weeks (52 weeks in 12 months): 3 months is 13 weeks."""
    return months * 52 / 12


def hypercalcaemia_steps(
    corrected_calcium_mg_dl: float,
    serum_creatinine_mg_dl: float,
    symptomatic: bool,
    takes_calcium_or_vitamin_d: bool = False,
    takes_thiazide: bool = False,
    takes_lithium: bool = False,
) -> tuple[Step, ...]:
    """Ordered steps for hypercalcaemia of malignancy (Endocrine Society 2023; zoledronic acid
    label, section 2.1).

    Fluids first; stop drugs that raise calcium; calcitonin with the antiresorptive when severe
    (≥ 14 mg/dL); denosumab or an IV bisphosphonate, with the label's serum-creatinine rule for
    this indication, not the creatinine-clearance table of bone metastases. The corrected
    calcium must be above the upper limit of normal (10.5 mg/dL).
    """
    calcium = number("corrected_calcium_mg_dl", corrected_calcium_mg_dl, 0, above=True)
    creatinine = number("serum_creatinine_mg_dl", serum_creatinine_mg_dl, 0, above=True)
    flags(
        symptomatic=symptomatic,
        takes_calcium_or_vitamin_d=takes_calcium_or_vitamin_d,
        takes_thiazide=takes_thiazide,
        takes_lithium=takes_lithium,
    )
    normal_upper = fact("hypercalcaemia_severity_thresholds").rows[0][1]
    if calcium <= normal_upper:
        raise ValueError(
            f"corrected_calcium_mg_dl must be above {normal_upper:g} mg/dL (hypercalcaemia), "
            f"not {calcium:g}"
        )
    steps = [
        Step(
            "Give IV fluids first (saline): the label asks for rehydration before any "
            "bisphosphonate.",
            "hcm_fluids_first",
        )
    ]
    drugs = [
        name
        for name, taken in (
            ("calcium and vitamin D supplements", takes_calcium_or_vitamin_d),
            ("thiazide diuretics", takes_thiazide),
            ("lithium", takes_lithium),
        )
        if taken
    ]
    if drugs:
        steps.append(
            Step(f"Stop drugs that raise calcium: {', '.join(drugs)}.", "hcm_drugs_to_stop")
        )
    severe = fact("hcm_calcitonin_severe").value
    if calcium > severe:
        steps.append(
            Step(
                f"Severe (> {severe:g} mg/dL): the guideline suggests calcitonin together with "
                "the antiresorptive as initial treatment.",
                "hcm_calcitonin_severe",
            )
        )
    indication = fact("zoledronic_hcm_indication").value
    if calcium < indication and not symptomatic:
        steps.append(
            Step(
                f"Mild and asymptomatic (< {indication:g} mg/dL): the label allows conservative "
                "measures (saline hydration, with or without loop diuretics).",
                "zoledronic_hcm_indication",
            )
        )
        return tuple(steps)
    steps.append(
        Step(
            "Start an antiresorptive: the guideline suggests denosumab rather than an IV "
            "bisphosphonate.",
            "hcm_denosumab_preferred",
        )
    )
    limit = dict(fact("zoledronic_hcm_creatinine_limit").rows)["mg/dL"]
    if creatinine < limit:
        zoledronic = (
            f"If zoledronic acid is chosen: serum creatinine {creatinine:g} mg/dL is below "
            f"{limit:g} mg/dL, so the label needs no dose change for this indication (its "
            "creatinine-clearance table is for bone metastases and myeloma)."
        )
    else:
        zoledronic = (
            f"If zoledronic acid is considered: serum creatinine {creatinine:g} mg/dL is at or "
            f"above {limit:g} mg/dL, outside the label's trials: use it only after weighing "
            "risks and benefits."
        )
    if calcium < indication:
        zoledronic += (
            f" Note: the label's HCM indication starts at {indication:g} mg/dL; this patient "
            "is treated for symptoms below it."
        )
    steps.append(Step(zoledronic, "zoledronic_hcm_creatinine_limit"))
    return tuple(steps)


def cord_compression_steps(
    neurological_deficit: bool,
    suspected_instability: bool,
    fit_for_surgery: bool,
    expected_survival_weeks: float,
) -> tuple[Step, ...]:
    """Ordered steps for metastatic spinal cord compression (NICE NG234; ASTRO 2024).

    Spinal precautions while stability is unknown; dexamethasone for neurological symptoms or
    signs; then surgery with postoperative radiotherapy if fit and expected to live at least
    the 3 months (13 weeks) of the Patchell trial's eligibility, radiotherapy (8 Gy × 1,
    16 Gy / 2, 20 Gy / 5 or 30 Gy / 10) if not, or best supportive care when the expected
    survival is under the 4 weeks below which ASTRO makes no quality-of-life recommendation.
    """
    flags(
        neurological_deficit=neurological_deficit,
        suspected_instability=suspected_instability,
        fit_for_surgery=fit_for_surgery,
    )
    weeks = number("expected_survival_weeks", expected_survival_weeks, 0, above=True)
    steps = []
    if suspected_instability:
        steps.append(
            Step(
                "Spinal precautions (neutral alignment, log-roll) until a specialist has "
                "assessed spinal stability.",
                "mscc_spinal_precautions",
            )
        )
    if neurological_deficit:
        dose = fact("mscc_dexamethasone_dose").value
        steps.append(
            Step(
                f"NICE NG234 recommends oral dexamethasone {dose:g} mg as soon as possible, "
                "then daily until surgery or radiotherapy.",
                "mscc_dexamethasone_dose",
            )
        )
    minimum = fact("rt_min_life_expectancy").value
    if weeks < minimum:
        steps.append(
            Step(
                f"Expected survival under {minimum:g} weeks: best supportive care leads "
                "(analgesia, nursing, goals of care); radiotherapy only for pain.",
                "rt_min_life_expectancy",
            )
        )
    elif fit_for_surgery and weeks >= _weeks(fact("mscc_surgery_min_survival").value):
        steps.append(
            Step(
                "Surgical decompression and stabilisation, then postoperative radiotherapy.",
                "mscc_surgery_preferred",
            )
        )
    else:
        if fit_for_surgery:
            steps.append(
                Step(
                    "Fit, but expected survival under 3 months: the trial that showed surgery's "
                    "benefit enrolled only patients expected to live at least 3 months.",
                    "mscc_surgery_min_survival",
                )
            )
        schedules = ", ".join(
            f"{dose:g} Gy in {n}" for dose, n in fact("astro2024_mscc_fractionation").rows
        )
        steps.append(
            Step(
                f"Not a surgical candidate: conventional radiotherapy ({schedules}) with "
                "dexamethasone.",
                "astro2024_mscc_fractionation",
            )
        )
    if neurological_deficit and weeks >= minimum:
        steps.append(
            Step(
                "Reduce the dexamethasone dose after surgery or once radiotherapy starts, as "
                "NG234 asks.",
                "mscc_dexamethasone_dose",
            )
        )
    return tuple(steps)


def fracture_steps(
    established_fracture: bool,
    site: str,
    pain: str,
    lesion: str,
    size: str,
    fit_for_surgery: bool,
    expected_survival_weeks: float,
) -> tuple[Step, ...]:
    """Ordered steps for a pathological or impending fracture of a long bone (Mirels 1989;
    ASTRO 2024).

    An established fracture in a fit patient expected to live at least 4 weeks is fixed, then
    irradiated; an impending one is fixed when its Mirels total reaches the fixation band
    (≥ 9; 8 is clinical judgement), else irradiated. ``site``, ``pain``, ``lesion`` and ``size``
    take the Mirels categories.
    """
    flags(established_fracture=established_fracture, fit_for_surgery=fit_for_surgery)
    weeks = number("expected_survival_weeks", expected_survival_weeks, 0, above=True)
    mirels = mirels_score(site, pain, lesion, size)
    steps = [
        Step(
            "Control pain with analgesia now. Radiotherapy is recommended to reduce pain from "
            "bone metastases: after fixation if the bone is fixed, in place of it if not.",
            "rt_for_bone_pain",
        )
    ]
    minimum = fact("rt_min_life_expectancy").value
    if weeks < minimum or not fit_for_surgery:
        reason = (
            f"expected survival under {minimum:g} weeks"
            if weeks < minimum
            else "not fit for surgery"
        )
        steps.append(
            Step(
                f"No fixation ({reason}): analgesia and radiotherapy for pain.",
                "rt_for_bone_pain",
            )
        )
        return tuple(steps)
    if established_fracture:
        fix = True
        why = "an established pathological fracture in a fit patient"
    else:
        fix = mirels.recommendation == "prophylactic fixation"
        why = f"Mirels {mirels.total} ({mirels.risk_text()} risk within 6 months)"
    if not established_fracture and mirels.recommendation == "clinical judgement":
        steps.append(
            Step(
                f"Mirels {mirels.total}: borderline; decide with the patient and the team "
                "(Mirels' own abstract advised fixation from 8).",
                "mirels_risk_by_total",
            )
        )
    elif fix:
        steps.append(Step(f"Surgical fixation: {why}.", "mirels_risk_by_total"))
        steps.append(
            Step("Postoperative radiotherapy to the operated bone.", "postop_rt_after_fixation")
        )
    else:
        steps.append(Step(f"Radiotherapy and observation: {why}.", "mirels_risk_by_total"))
    return tuple(steps)
