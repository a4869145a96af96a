"""Case 2: breast cancer with an impending fracture of the femur.

The learner first scores the lesion with Mirels, then decides on fixation, calculates the
zoledronic acid dose from her creatinine clearance, and completes the plan. Numbers are computed
by the course calculators or read from :mod:`course.facts`, so the case cannot drift from the
lessons.
"""

from ..clinical import cockcroft_gault, mirels_score, zoledronic_acid_dose
from ..clinical.diagnosis import constants
from ..facts import fact
from ._text import GUIDE, NOT_FOR_PAIN, row, slip_choices
from .engine import Case, Choice, Step

LESION = ("peritrochanteric", "functional", "lytic", "1/3-2/3")
"""The lesion as the radiograph and the history show it (Mirels categories)."""
SLIPS = {
    "site scored as lower limb, pain as moderate": ("lower limb", "moderate", "lytic", "1/3-2/3"),
    "size read as more than two thirds": ("peritrochanteric", "functional", "lytic", ">2/3"),
    "lesion read as mixed": ("peritrochanteric", "functional", "mixed", "1/3-2/3"),
}
KIDNEY = (62, 58, 1.1, "female")
"""Age (years), weight (kg), stable serum creatinine (mg/dL) and sex, for Cockcroft–Gault."""
KIDNEY_SLIP = (62, 58, 1.1, "male")
"""The same numbers with the female factor left out."""

_MIRELS_FEMUR = mirels_score(*LESION)
_SLIPS = {slip: mirels_score(*values) for slip, values in SLIPS.items()}
_MIRELS_FIX_COMMON = min(
    r[0] for r in fact("mirels_risk_by_total").rows if r[4] == "prophylactic fixation"
)
_MIRELS_FIX_ORIGINAL = fact("mirels_original_fixation_threshold").value
_CRCL_BREAST = cockcroft_gault(*KIDNEY)
_DOSE_BREAST = zoledronic_acid_dose(_CRCL_BREAST, indication="bone_metastases")
_CRCL_SLIP = cockcroft_gault(*KIDNEY_SLIP)
_DOSE_SLIP = zoledronic_acid_dose(_CRCL_SLIP, indication="bone_metastases")
_ZOL_BANDS = {dose: band for *_, dose, band in fact("zoledronic_renal_dosing").rows}
_POSTOP_RT = fact("postop_rt_after_fixation").rows[0][0]
_PROPHYLACTIC = "prophylactic fixation preferred to fixation after fracture"
_START_BMA = (
    "breast cancer or CRPC with bone metastases: start zoledronic acid or denosumab, "
    "symptomatic or not"
)
_ONJ_3Y = row("onj_zoledronic_cumulative", 3)[1]
_MRONJ = [r[0] for r in fact("mronj_risk_factors").rows]
_CG = constants("cockcroft_gault_constants")
_AGE, _WEIGHT, _CREATININE, _ = KIDNEY


BREAST_FEMUR = Case(
    key="breast_femur",
    title="Case 2: breast cancer with a lytic femoral lesion",
    presentation=(
        "A 62-year-old woman with oestrogen-receptor-positive, HER2-negative breast cancer "
        "has groin pain that is worse on walking and climbing stairs. A radiograph shows a "
        "lytic lesion in the peritrochanteric femur involving about half of the bone's width."
    ),
    steps=(
        Step(
            "score",
            "Calculate before you decide: the lesion is peritrochanteric and lytic, takes about "
            "half of the bone's width, and the pain now stops her from walking to the shops "
            "(functional pain).",
            "What is her Mirels total, and its fracture risk?",
            (
                Choice(
                    f"{_MIRELS_FEMUR.total}: {_MIRELS_FEMUR.risk_text()}",
                    "best",
                    f"Peritrochanteric {_MIRELS_FEMUR.points['site']} + functional pain "
                    f"{_MIRELS_FEMUR.points['pain']} + lytic {_MIRELS_FEMUR.points['lesion']} "
                    f"+ one to two thirds {_MIRELS_FEMUR.points['size']} = "
                    f"{_MIRELS_FEMUR.total}; risk {_MIRELS_FEMUR.risk_text()} by the "
                    "commonly quoted table (values above 9 are a lower bound only).",
                ),
                *slip_choices(
                    {slip: f"{r.total}: {r.risk_text()}" for slip, r in _SLIPS.items()},
                    "The peritrochanteric femur scores highest of all sites, pain that stops "
                    "walking is functional, and half the width is one to two thirds.",
                ),
            ),
            next="local",
            lessons=("07",),
        ),
        Step(
            "local",
            "She is otherwise well, with bone-only disease.",
            "Which local treatment?",
            (
                Choice(
                    "Prophylactic fixation, then postoperative radiotherapy",
                    "best",
                    f"At {_MIRELS_FEMUR.total}, both the commonly quoted table "
                    f"(≥ {_MIRELS_FIX_COMMON:g}) and Mirels' own abstract "
                    f"(≥ {_MIRELS_FIX_ORIGINAL:g}) advise fixation; ESMO: "
                    f"{_PROPHYLACTIC} (grade {GUIDE[_PROPHYLACTIC]}); ASTRO 2024: "
                    f"{_POSTOP_RT}.",
                ),
                Choice(
                    "Prophylactic fixation alone: the nail protects the bone, so no radiotherapy",
                    "acceptable",
                    "The fixation is right, but it treats the bone, not the tumour in it: ASTRO "
                    f"2024 recommends {_POSTOP_RT}.",
                ),
                Choice(
                    "Radiotherapy alone and crutches",
                    "poor",
                    f"At a Mirels total of {_MIRELS_FEMUR.total} a fracture is likely; "
                    "radiotherapy relieves pain but does not restore strength quickly.",
                ),
                Choice(
                    "Radiotherapy first, and fixation only if the pain persists",
                    "poor",
                    "Pain relief does not mean the bone is strong: the risk comes from the "
                    f"lesion's size and site. ESMO: {_PROPHYLACTIC}.",
                ),
                Choice(
                    "Wait for a fracture, then fix it",
                    "poor",
                    f"ESMO: {_PROPHYLACTIC}; fixing a fracture means more surgery and a slower "
                    "recovery.",
                ),
            ),
            next="bma",
            lessons=("07",),
        ),
        Step(
            "bma",
            f"Calculate before you decide: she is {_AGE}, weighs {_WEIGHT} kg and her "
            f"creatinine is {_CREATININE:g} mg/dL (stable). The team chooses zoledronic acid.",
            "What is her Cockcroft–Gault clearance, and the dose the renal table gives?",
            (
                Choice(
                    f"{_CRCL_BREAST:.0f} mL/min: {_DOSE_BREAST:g} mg, with creatinine checked "
                    "before every dose",
                    "best",
                    f"({_CG['age_offset']:g} − {_AGE}) × {_WEIGHT} / ({_CG['divisor']:g} × "
                    f"{_CREATININE:g}) × {_CG['female_factor']:g} = {_CRCL_BREAST:.0f} mL/min, "
                    f"in the {_ZOL_BANDS[_DOSE_BREAST]} band of the bone-metastases table.",
                ),
                Choice(
                    f"{_CRCL_SLIP:.0f} mL/min: {_DOSE_SLIP:g} mg",
                    "poor",
                    f"That clearance leaves out the factor {_CG['female_factor']:g} for a woman: "
                    "her clearance is "
                    f"{_CRCL_BREAST:.0f} mL/min, which calls for {_DOSE_BREAST:g} mg.",
                ),
                Choice(
                    f"{_CRCL_BREAST:.0f} mL/min: 4 mg, the standard dose",
                    "poor",
                    f"The clearance is right, but 4 mg is for a clearance of {_ZOL_BANDS[4.0]}.",
                ),
                Choice(
                    f"{_CRCL_BREAST:.0f} mL/min: none, zoledronic acid is contraindicated",
                    "poor",
                    "The bone-metastases table withholds it only at "
                    f"{_ZOL_BANDS[None].split(':')[0]}.",
                ),
            ),
            next="systemic",
            lessons=("06",),
        ),
        Step(
            "systemic",
            "Before the first infusion she mentions a loose, painful molar.",
            "What else belongs in the plan?",
            (
                Choice(
                    "Dental assessment before starting, calcium and vitamin D, and "
                    "endocrine therapy (with a CDK4/6 inhibitor where available)",
                    "best",
                    "A dental check before the first dose lowers the risk of osteonecrosis of "
                    f"the jaw (on zoledronic acid {_ONJ_3Y:g} % by 3 years in SWOG S0702); the "
                    "cancer itself is treated with endocrine therapy as it is hormone "
                    "receptor positive.",
                ),
                Choice(
                    "Start zoledronic acid today and extract the tooth next month",
                    "poor",
                    f"A tooth with symptoms is the risk: in one series, '{_MRONJ[0]}' predicted "
                    "osteonecrosis of the jaw on high-dose bisphosphonate or denosumab (Soutome "
                    "2018). Treat the tooth first, then start.",
                ),
                Choice("HER2-targeted therapy", "poor", "Her tumour is HER2-negative."),
                Choice(
                    "Calcium and vitamin D now, and a bone-modifying agent only if a second "
                    "lesion appears",
                    "poor",
                    f"ESMO: {_START_BMA} (grade {GUIDE[_START_BMA]}). Supplements support the "
                    "agent; they do not replace it.",
                ),
                Choice(
                    "Dental check, then zoledronic acid as her treatment for the groin pain",
                    "poor",
                    f"ASCO–CCO: {NOT_FOR_PAIN}. The pain is treated with fixation, radiotherapy "
                    "and analgesia; the agent protects the skeleton.",
                ),
            ),
            lessons=("06", "08"),
        ),
    ),
    mdt_plan=(
        f"Mirels {_MIRELS_FEMUR.total}: prophylactic fixation of the femur, then radiotherapy.",
        f"Zoledronic acid {_DOSE_BREAST:g} mg for a clearance of {_CRCL_BREAST:.0f} mL/min "
        "(or denosumab), after dental treatment; calcium and vitamin D.",
        "Endocrine-based systemic therapy, reviewed by the oncology team.",
        "Physiotherapy with bone-safe exercise; psychological support for scan anxiety.",
    ),
    references=(
        "mirels1989",
        "jawad2010",
        "esmo2020",
        "astro2024",
        "vanpoznak2017",
        "swog_s0702",
        "soutome2018",
        "fda_zoledronic",
        "cockcroft1976",
    ),
)
