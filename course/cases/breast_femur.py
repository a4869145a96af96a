"""Case 2: breast cancer with an impending fracture of the femur.

Numbers are computed by the course calculators or read from :mod:`course.facts`, so the
case cannot drift from the lessons.
"""

from ..clinical import cockcroft_gault, mirels_score, zoledronic_acid_dose
from ..facts import fact
from .engine import Case, Choice, Step

_MIRELS_FEMUR = mirels_score("peritrochanteric", "functional", "lytic", "1/3-2/3")
_MIRELS_SLIPS = mirels_score("lower limb", "moderate", "lytic", "1/3-2/3")
_MIRELS_TOO_BIG = mirels_score("peritrochanteric", "functional", "lytic", ">2/3")
_MIRELS_FIX_COMMON = min(
    row[0] for row in fact("mirels_risk_by_total").rows if row[4] == "prophylactic fixation"
)
_MIRELS_FIX_ORIGINAL = fact("mirels_original_fixation_threshold").value
_CRCL_BREAST = cockcroft_gault(62, 58, 1.1, "female")
_DOSE_BREAST = zoledronic_acid_dose(_CRCL_BREAST, indication="bone_metastases")
_ZOL_BANDS = {dose: band for *_, dose, band in fact("zoledronic_renal_dosing").rows}


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
            "The pain now stops her from walking to the shops (functional pain).",
            "What is her Mirels score?",
            (
                Choice(
                    f"{_MIRELS_FEMUR.total}",
                    "best",
                    f"Peritrochanteric {_MIRELS_FEMUR.points['site']} + functional pain "
                    f"{_MIRELS_FEMUR.points['pain']} + lytic {_MIRELS_FEMUR.points['lesion']} "
                    f"+ one to two thirds {_MIRELS_FEMUR.points['size']} = "
                    f"{_MIRELS_FEMUR.total}; risk {_MIRELS_FEMUR.risk_text()} by the "
                    "commonly quoted table (values above 9 are a lower bound only).",
                ),
                Choice(
                    f"{_MIRELS_SLIPS.total}",
                    "poor",
                    f"That scores the site as lower limb ({_MIRELS_SLIPS.points['site']}, not "
                    f"{_MIRELS_FEMUR.points['site']} for peritrochanteric) and the pain as "
                    f"moderate ({_MIRELS_SLIPS.points['pain']}, not "
                    f"{_MIRELS_FEMUR.points['pain']}): pain that stops her walking is "
                    "functional.",
                ),
                Choice(
                    f"{_MIRELS_TOO_BIG.total}",
                    "poor",
                    "Close, but the lesion involves one to two thirds of the bone, not more "
                    f"than two thirds: {_MIRELS_FEMUR.points['size']} points for size, not "
                    f"{_MIRELS_TOO_BIG.points['size']}.",
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
                    f"(≥ {_MIRELS_FIX_ORIGINAL:g}) advise fixation; ESMO prefers prophylactic "
                    "fixation to fixing a fracture, and radiotherapy after fixation.",
                ),
                Choice(
                    "Radiotherapy alone and crutches",
                    "poor",
                    "At this score a fracture is likely; radiotherapy does not restore "
                    "strength quickly, and fixing a fracture is worse than preventing it.",
                ),
                Choice(
                    "Wait for a fracture, then fix it",
                    "poor",
                    "Fixing after a fracture means more surgery and a slower recovery.",
                ),
            ),
            next="bma",
            lessons=("07",),
        ),
        Step(
            "bma",
            "Creatinine 1.1 mg/dL (stable), weight 58 kg. Cockcroft–Gault gives "
            f"{_CRCL_BREAST:.0f} mL/min.",
            "The team chooses zoledronic acid. Which dose does the renal table give?",
            (
                Choice(
                    f"{_DOSE_BREAST:g} mg, with creatinine checked before every dose",
                    "best",
                    f"{_CRCL_BREAST:.0f} mL/min falls in the {_ZOL_BANDS[_DOSE_BREAST]} band "
                    "of the bone-metastases table. Denosumab needs no renal adjustment but "
                    "causes more hypocalcaemia.",
                ),
                Choice(
                    "4 mg: the standard dose",
                    "poor",
                    f"4 mg is for a clearance of {_ZOL_BANDS[4.0]}.",
                ),
                Choice(
                    "None: zoledronic acid is contraindicated",
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
                    "A dental check lowers the risk of osteonecrosis of the jaw; the "
                    "cancer itself is treated with endocrine therapy as it is hormone "
                    "receptor positive.",
                ),
                Choice(
                    "Start zoledronic acid today and extract the tooth next month",
                    "poor",
                    "Dental extraction after starting a bone-modifying agent is a classic "
                    "trigger of osteonecrosis of the jaw: treat the tooth first.",
                ),
                Choice("HER2-targeted therapy", "poor", "Her tumour is HER2-negative."),
            ),
            lessons=("06", "08"),
        ),
    ),
    mdt_plan=(
        f"Mirels {_MIRELS_FEMUR.total}: prophylactic fixation of the femur, then radiotherapy.",
        f"Zoledronic acid {_DOSE_BREAST:g} mg for a clearance of {_CRCL_BREAST:.0f} mL/min "
        "(or denosumab), after dental treatment; calcium and vitamin D.",
        "Endocrine-based systemic therapy; restaging every 3–6 months.",
        "Physiotherapy with bone-safe exercise; psychological support for scan anxiety.",
    ),
    references=("mirels1989", "jawad2010", "esmo2020", "fda_zoledronic", "cockcroft1976"),
)
