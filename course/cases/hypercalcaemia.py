"""Case 4: hypercalcaemia of malignancy.

The learner first corrects the calcium for albumin, then judges the renal rule, the treatment
and the cause. Numbers are computed by the course calculators or read from
:mod:`course.facts`, so the case cannot drift from the lessons.
"""

from ..clinical import (
    cockcroft_gault,
    corrected_calcium,
    hypercalcaemia_severity,
    zoledronic_acid_dose,
)
from ..facts import fact
from ._text import row, slip_choices
from .engine import Case, Choice, Step

CALCIUM, ALBUMIN = 3.2, 24
"""Measured total calcium (mmol/L) and albumin (g/L)."""
_CA_TOTAL, _ALBUMIN = CALCIUM, ALBUMIN
_CA = corrected_calcium(_CA_TOTAL, _ALBUMIN, unit="mmol/L")
_CA_SEVERITY = hypercalcaemia_severity(_CA, unit="mmol/L")
_CA_TOTAL_SEVERITY = hypercalcaemia_severity(_CA_TOTAL, unit="mmol/L")  # the uncorrected trap
_CA_BACKWARDS = 2 * _CA_TOTAL - _CA  # the correction subtracted instead of added
_CA_MG_FORMULA = corrected_calcium(_CA_TOTAL, _ALBUMIN / 10, unit="mg/dL")  # g/dL formula
SLIPS = {
    "correction subtracted": _CA_BACKWARDS,
    "the mg/dL formula, with albumin in g/dL, applied to a calcium in mmol/L": _CA_MG_FORMULA,
}
"""Corrected calcium (mmol/L) that a slip in the formula gives."""
_CA_FACTOR, _CA_REFERENCE = row("corrected_calcium_constants", "mmol/L")[1:3]
_CALCITONIN = fact("hcm_calcitonin_severe")
_CREATININE_HCM = 2.0  # mg/dL, case 4 (acute, dehydration-driven kidney injury)
_CRCL_HCM = cockcroft_gault(74, 60, _CREATININE_HCM, "male")  # the invalid estimate
_DOSE_HCM = zoledronic_acid_dose(indication="hypercalcaemia", serum_creatinine=_CREATININE_HCM)
_DOSE_HCM_WRONG_TABLE = zoledronic_acid_dose(_CRCL_HCM, indication="bone_metastases")
_HCM_LIMIT = dict(fact("zoledronic_hcm_creatinine_limit").rows)["mg/dL"]
_STOP = ", ".join(d for (d,) in fact("hcm_drugs_to_stop").rows)
_FROM_BONE = fact("hcm_from_bone_metastases").text()


HYPERCALCAEMIA = Case(
    key="hypercalcaemia",
    title="Case 4: hypercalcaemia with confusion",
    presentation=(
        "A 74-year-old man with squamous lung cancer and bone metastases is brought in "
        "drowsy and confused after a week of thirst, constipation and vomiting."
    ),
    steps=(
        Step(
            "calcium",
            f"Calculate before you decide: total calcium {_CA_TOTAL:g} mmol/L, albumin "
            f"{_ALBUMIN:g} g/L.",
            "What is the corrected calcium and how severe is it?",
            (
                Choice(
                    f"{_CA:.2f} mmol/L: {_CA_SEVERITY}",
                    "best",
                    f"{_CA_TOTAL:g} + {_CA_FACTOR:g} × ({_CA_REFERENCE:g} − {_ALBUMIN:g}) = "
                    f"{_CA:.2f} mmol/L. Low albumin hides part of the calcium.",
                ),
                Choice(
                    f"{_CA_TOTAL:g} mmol/L: {_CA_TOTAL_SEVERITY}",
                    "poor",
                    f"That is the measured total, not corrected for albumin: it would read "
                    f"as {_CA_TOTAL_SEVERITY}, but corrected it is {_CA:.2f} mmol/L "
                    f"({_CA_SEVERITY}). Always correct for albumin (or measure ionised "
                    "calcium).",
                ),
                *slip_choices(
                    {
                        slip: f"{value:.2f} mmol/L: {hypercalcaemia_severity(value, unit='mmol/L')}"
                        for slip, value in SLIPS.items()
                    },
                    f"In mmol/L the correction is + {_CA_FACTOR:g} × ({_CA_REFERENCE:g} − albumin "
                    f"in g/L): low albumin raises the corrected value, to {_CA:.2f} mmol/L "
                    f"({_CA_SEVERITY}).",
                ),
            ),
            next="kidney",
            lessons=("05",),
        ),
        Step(
            "kidney",
            f"Creatinine {_CREATININE_HCM:g} mg/dL (normal a month ago), weight 60 kg; he is dry "
            "and passes little urine. A colleague's Cockcroft–Gault estimate is "
            f"{_CRCL_HCM:.0f} mL/min, and she says zoledronic acid is ruled out below 30 mL/min.",
            "Is she right?",
            (
                Choice(
                    "No: that table is for bone metastases, the hypercalcaemia label rule uses "
                    "serum creatinine, and the estimate is not valid until he is rehydrated",
                    "best",
                    "For hypercalcaemia of malignancy the label needs no dose change while "
                    f"serum creatinine is below {_HCM_LIMIT:g} mg/dL: at {_CREATININE_HCM:g} "
                    f"mg/dL the dose would be {_DOSE_HCM:g} mg, after rehydration. Cockcroft–"
                    "Gault assumes a stable creatinine; in acute, dehydration-driven kidney "
                    "injury it is not, so a clearance is unreliable until he is rehydrated.",
                ),
                Choice(
                    "Yes: below 30 mL/min zoledronic acid is not recommended",
                    "poor",
                    "That is the renal table for bone metastases and myeloma (it would give "
                    f"{'no dose' if _DOSE_HCM_WRONG_TABLE is None else _DOSE_HCM_WRONG_TABLE}), "
                    "applied to the wrong indication and to a creatinine that is still "
                    "changing.",
                ),
                Choice(
                    "Yes, but a reduced dose of 3 mg is safe",
                    "poor",
                    "Reduced doses belong to the bone-metastases table; for hypercalcaemia the "
                    f"label gives {_DOSE_HCM:g} mg without adjustment below "
                    f"{_HCM_LIMIT:g} mg/dL.",
                ),
                Choice(
                    f"No: the creatinine rule applies, so give {_DOSE_HCM:g} mg of zoledronic "
                    "acid now, before the saline",
                    "poor",
                    "The right rule, the wrong order: the label asks for adequate rehydration "
                    "before zoledronic acid is given.",
                ),
            ),
            next="treat",
            lessons=("05", "06"),
        ),
        Step(
            "treat",
            "He is started on IV saline. His usual medicines include calcium and vitamin D "
            "tablets.",
            "Which initial treatment?",
            (
                Choice(
                    "IV fluids, then denosumab (or zoledronic acid once rehydrated); add "
                    "calcitonin as the hypercalcaemia is severe (Endocrine Society: calcium "
                    f"above {_CALCITONIN.value:g} {_CALCITONIN.unit}); stop his calcium and "
                    "vitamin D",
                    "best",
                    "Fluids first, then an antiresorptive. The Endocrine Society suggests "
                    "denosumab rather than an IV bisphosphonate (a conditional recommendation, "
                    "low certainty) and, when hypercalcaemia is severe, calcitonin with "
                    "either; zoledronic acid stays an option at this creatinine. Calcitonin "
                    "acts within hours while the slower drugs take effect. Watch for "
                    "hypocalcaemia afterwards. A dental check must not delay this emergency "
                    "treatment; it belongs before any long-term bone-modifying agent.",
                ),
                Choice(
                    f"Zoledronic acid {_DOSE_HCM:g} mg now, before any fluids",
                    "poor",
                    "The label asks for adequate rehydration before zoledronic acid, and "
                    "fluids are the first treatment of a dehydrated, hypercalcaemic patient.",
                ),
                Choice(
                    "Oral fluids and review tomorrow",
                    "poor",
                    f"Calcium this high with confusion is an emergency ({_CA_SEVERITY}).",
                ),
                Choice(
                    "IV fluids and calcitonin alone; an antiresorptive only if calcium is still "
                    "high next week",
                    "poor",
                    "Calcitonin is not a treatment on its own here: for severe hypercalcaemia "
                    "the Endocrine Society suggests calcitonin together with denosumab or an IV "
                    "bisphosphonate as initial treatment.",
                ),
                Choice(
                    "IV fluids, then denosumab, and carry on with his calcium and vitamin D "
                    "tablets",
                    "poor",
                    "The antiresorptive is right, but in severe hypercalcaemia with confusion "
                    "calcium supplements and vitamin D keep feeding it: review and stop them "
                    f"({_STOP} are the usual culprits).",
                ),
            ),
            next="cause",
            lessons=("05", "06"),
        ),
        Step(
            "cause",
            "His calcium falls and he becomes lucid.",
            "What explains his hypercalcaemia, and what comes next?",
            (
                Choice(
                    "Probably tumour PTHrP (most cases) with a bone contribution; measure "
                    "PTH and PTHrP, treat the cancer and discuss goals of care",
                    "best",
                    "Most hypercalcaemia of malignancy is humoral (PTHrP); about "
                    f"{_FROM_BONE} comes from bone metastases. It often marks advanced disease, "
                    "so goals of care and palliative support matter.",
                ),
                Choice(
                    "Bone metastases alone; no further tests",
                    "acceptable",
                    f"Bone destruction contributes, but only about {_FROM_BONE} of "
                    "hypercalcaemia of malignancy comes from bone metastases: most is humoral "
                    "(PTHrP).",
                ),
                Choice(
                    "Dehydration alone: the fluids fixed it, so no further tests",
                    "poor",
                    "Fluids corrected the dehydration, not its cause: most hypercalcaemia of "
                    "malignancy is humoral (PTHrP), so the calcium can rise again unless the "
                    "cause is found and the cancer treated.",
                ),
                Choice(
                    "Probably primary hyperparathyroidism: refer him for parathyroid surgery",
                    "poor",
                    "Not the likely cause here: most hypercalcaemia of malignancy is humoral "
                    "(PTHrP), and measuring PTH and PTHrP is how the two are told apart. Surgery "
                    "waits for those tests.",
                ),
            ),
            lessons=("03", "08"),
        ),
    ),
    mdt_plan=(
        f"Corrected calcium {_CA:.2f} mmol/L ({_CA_SEVERITY}) with confusion: IV fluids, then "
        "denosumab (Endocrine Society suggestion) or zoledronic acid "
        f"{_DOSE_HCM:g} mg once rehydrated (no dose change while creatinine is below "
        f"{_HCM_LIMIT:g} mg/dL); calcitonin while they take effect.",
        "Re-check creatinine once he is rehydrated; do not dose by a clearance estimated "
        "during acute kidney injury.",
        f"Check PTH, PTHrP and vitamin D metabolites; review and stop {_STOP}.",
        "Oncology review of systemic options; dental assessment before any long-term "
        "bone-modifying agent; palliative care and advance care planning.",
        "Teach the patient and carers the symptoms of recurrence (thirst, confusion, "
        "constipation).",
    ),
    references=(
        "elhajj2023",
        "zometa_label_hcm",
        "chen2013",
        "sternlicht2015",
        "statpearls_hcm",
        "utsw_hypercalcaemia_guide",
    ),
)
