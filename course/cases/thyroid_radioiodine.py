"""Case 6: follicular thyroid cancer with iodine-avid bone metastases.

The learner first scores the spine with the revised Tokuhashi score, then chooses radioiodine,
the bone-modifying agent at the oncology dose (not the osteoporosis one) and how to answer the
patient. Numbers are computed by the course calculators or read from :mod:`course.facts`.
"""

from ..clinical.prognosis import tokuhashi_score
from ..facts import fact
from ._text import slip_choices
from .engine import Case, Choice, Step

FINDINGS = ("good", "1-2", "1", "none", "thyroid", "none")
"""General condition good, 1–2 extraspinal bone foci, one vertebra, no visceral metastasis,
thyroid primary, no palsy (revised Tokuhashi categories)."""
SLIPS = {
    "primary scored as lung": ("good", "1-2", "1", "none", "lung", "none"),
    "extraspinal foci counted as three or more": ("good", ">=3", "1", "none", "thyroid", "none"),
    "palsy scored as complete": ("good", "1-2", "1", "none", "thyroid", "complete"),
}
_TOKUHASHI = tokuhashi_score(*FINDINGS)
_SLIPS = {slip: tokuhashi_score(*values) for slip, values in SLIPS.items()}
_XGEVA = fact("xgeva_dose")
_PROLIA = fact("prolia_dose")
_FOLLICULAR_OR = fact("thyroid_follicular_bone_or").value

THYROID_RADIOIODINE = Case(
    key="thyroid_radioiodine",
    title="Case 6: follicular thyroid cancer in the spine and pelvis",
    presentation=(
        "A 48-year-old woman has a thyroid nodule and back pain. Biopsy shows follicular "
        "carcinoma; imaging finds a lytic metastasis in one lumbar vertebra and two in the "
        "pelvis, no lung or liver metastases, and no neurological deficit. She is fully active."
    ),
    steps=(
        Step(
            "tokuhashi",
            "Calculate before you decide: general condition good (fully active), two extraspinal "
            "bone metastases, "
            "one vertebra involved, no visceral metastasis, thyroid primary, no palsy.",
            "What is her revised Tokuhashi total and predicted survival?",
            (
                Choice(
                    f"{_TOKUHASHI.total}: {_TOKUHASHI.predicted_survival}",
                    "best",
                    " + ".join(f"{k.replace('_', ' ')} {v}" for k, v in _TOKUHASHI.points.items())
                    + f" = {_TOKUHASHI.total}. Thyroid is one of the primaries with the most "
                    "points: the outlook is long, which justifies treatment aimed at control.",
                ),
                *slip_choices(
                    {slip: f"{r.total}: {r.predicted_survival}" for slip, r in _SLIPS.items()}
                ),
            ),
            next="radioiodine",
            lessons=("08", "10"),
        ),
        Step(
            "radioiodine",
            "After total thyroidectomy, a diagnostic scan shows that the bone metastases take "
            "up iodine.",
            "Which treatment does this primary offer that others do not?",
            (
                Choice(
                    "Radioiodine (131I), with local treatment of the painful vertebra",
                    "best",
                    "Iodine-avid metastases can be treated with 131I; most patients in a series "
                    "of bone metastases received it after surgery or radiotherapy (Kallel et al. "
                    "2014).",
                ),
                Choice(
                    "Radium-223",
                    "poor",
                    "Radium-223 is licensed for castration-resistant prostate cancer, not "
                    "thyroid cancer.",
                ),
                Choice(
                    "Chemotherapy first",
                    "poor",
                    "Differentiated thyroid cancer is treated first with surgery and "
                    "radioiodine; chemotherapy has little place.",
                ),
                Choice(
                    "Observation: thyroid cancer is slow",
                    "poor",
                    "Slow is not harmless: bone metastases cause fractures and cord compression, "
                    f"and follicular cancer carries them more often (odds ratio {_FOLLICULAR_OR:g} "
                    "against papillary).",
                ),
            ),
            next="bma",
            lessons=("02", "06", "10"),
        ),
        Step(
            "bma",
            "The team adds a bone-modifying agent. Her GP notices that her mother receives "
            "'denosumab' too, for osteoporosis.",
            "Which regimen is right for her?",
            (
                Choice(
                    f"Denosumab {_XGEVA.value:g} mg every 4 weeks (Xgeva), or zoledronic acid, "
                    "after a dental check, with calcium and vitamin D",
                    "best",
                    f"The oncology product and dose: {_XGEVA.value:g} mg every 4 weeks. Her "
                    f"mother's product (Prolia) is {_PROLIA.value:g} mg every 6 months, for "
                    "osteoporosis.",
                ),
                Choice(
                    f"Denosumab {_PROLIA.value:g} mg every 6 months (Prolia), like her mother",
                    "poor",
                    "That is the osteoporosis dose: the same drug, a much smaller exposure, not "
                    "the dose studied for bone metastases.",
                ),
                Choice(
                    "Calcium and vitamin D alone",
                    "poor",
                    "Supplements support an antiresorptive; they do not prevent skeletal events.",
                ),
                Choice(
                    "No bone-modifying agent: radioiodine is enough",
                    "acceptable",
                    "Radioiodine treats the tumour; a bone-modifying agent protects the skeleton "
                    "against skeletal events, and the team may still offer one.",
                ),
            ),
            next="talk",
            lessons=("06", "10"),
        ),
        Step(
            "talk",
            "At the end of the visit she asks: 'Does cancer in my bones mean I'm dying?'",
            "What is the best answer?",
            (
                Choice(
                    "Ask what she has understood, then explain that it is serious but treatable, "
                    "and that many people live for years",
                    "best",
                    "Check understanding first, give honest information in plain words, and "
                    "leave room for hope without misleading (ASCO 2017).",
                ),
                Choice(
                    "'It's stage IV, so there's no cure.'",
                    "poor",
                    "It frightens without informing, and stage alone does not predict her course.",
                ),
                Choice(
                    "'Don't worry, thyroid cancer is the good kind.'",
                    "poor",
                    "False reassurance: bone metastases change her outlook, and she deserves an "
                    "honest answer.",
                ),
                Choice(
                    "Give her a survival curve to read at home",
                    "acceptable",
                    "Written information helps, but not instead of a conversation about what "
                    "matters to her.",
                ),
            ),
            lessons=("08", "10"),
        ),
    ),
    mdt_plan=(
        f"Revised Tokuhashi {_TOKUHASHI.total} ({_TOKUHASHI.predicted_survival}): treat for "
        "long-term control.",
        "Total thyroidectomy, then radioiodine for the iodine-avid bone metastases; local "
        "radiotherapy or surgery for the painful vertebra as the spine team advises.",
        f"Bone-modifying agent at the oncology dose (denosumab {_XGEVA.value:g} mg every 4 "
        "weeks, or zoledronic acid) after a dental check, with calcium and vitamin D.",
        "An honest conversation about goals and prognosis, revisited as treatment proceeds.",
    ),
    references=(
        "tokuhashi2005",
        "kallel2014",
        "choksi2017",
        "xgeva_label",
        "prolia_label",
        "gilligan2017",
    ),
)
