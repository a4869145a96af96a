"""Case 5: renal-cell carcinoma with a solitary metastasis of the femur.

The learner first scores the lesion with Mirels, then decides on resection and reconstruction,
embolisation before surgery, and what follows. Numbers are computed by the course calculators
or read from :mod:`course.facts`.
"""

from ..clinical import mirels_score
from ..facts import fact
from ._text import row, slip_choices
from .engine import Case, Choice, Step

LESION = ("lower limb", "functional", "lytic", ">2/3")
"""The lesion as the radiograph and the history show it (Mirels categories)."""
SLIPS = {
    "size read as one to two thirds": ("lower limb", "functional", "lytic", "1/3-2/3"),
    "pain taken as mild": ("lower limb", "mild", "lytic", ">2/3"),
    "femur scored as an upper limb, pain as mild": ("upper limb", "mild", "lytic", ">2/3"),
}
_MIRELS = mirels_score(*LESION)
_SLIPS = {slip: mirels_score(*values) for slip, values in SLIPS.items()}
_EMBOLISATION = dict(fact("rcc_embolisation_evidence").rows)
_REDUCED = _EMBOLISATION["less blood loss or transfusion"]
_STUDIES = _REDUCED + _EMBOLISATION["no reduction"]
_FIXED_FROM = min(
    r[0] for r in fact("mirels_risk_by_total").rows if r[4] == "prophylactic fixation"
)
_OPTIONS = ", ".join(o for (o,) in fact("proximal_femur_reconstruction").rows)
_PAIN_RT_STRENGTH = row("rt_for_bone_pain", "radiotherapy to reduce pain from bone metastases")[1]

RENAL_SOLITARY = Case(
    key="renal_solitary",
    title="Case 5: renal-cell carcinoma and a single painful femur",
    presentation=(
        "A 63-year-old man had a nephrectomy for clear-cell renal carcinoma three years ago. He "
        "now has thigh pain that is worst when he stands and walks. Radiographs show one lytic "
        "lesion in the femoral shaft that destroys more than two thirds of the bone's width; "
        "staging CT and a bone scan find no other metastasis. He is fit and works full time."
    ),
    steps=(
        Step(
            "mirels",
            "Calculate before you decide: lower limb, pain on weight-bearing, lytic lesion, "
            "more than two thirds of the width.",
            "What is his Mirels total, and its fracture risk within 6 months?",
            (
                Choice(
                    f"{_MIRELS.total}: {_MIRELS.risk_text()}",
                    "best",
                    f"Lower limb {_MIRELS.points['site']} + functional pain "
                    f"{_MIRELS.points['pain']} + lytic {_MIRELS.points['lesion']} + more than "
                    f"two thirds {_MIRELS.points['size']} = {_MIRELS.total}; fixation is "
                    f"advised from {_FIXED_FROM}.",
                ),
                *slip_choices(
                    {slip: f"{r.total}: {r.risk_text()}" for slip, r in _SLIPS.items()},
                    "Functional pain and the size measured on the film weigh most.",
                ),
            ),
            next="surgery",
            lessons=("07", "10"),
        ),
        Step(
            "surgery",
            "The lesion will fracture without treatment. It is the only metastasis of a "
            "renal-cell cancer, and he is fit.",
            "Which operation fits best?",
            (
                Choice(
                    "Resect the metastasis and reconstruct the femur (endoprosthesis)",
                    "best",
                    "A solitary renal-cell metastasis is the exception where resection and "
                    "reconstruction can prolong survival, not only prevent the fracture "
                    f"(Axelrod et al. 2021; options: {_OPTIONS}).",
                ),
                Choice(
                    "An intramedullary nail through the lesion, leaving the tumour",
                    "acceptable",
                    "It prevents the fracture, but leaves a radioresistant, vascular tumour that "
                    "can grow and loosen the fixation, and gives up the chance that resection "
                    "offers a solitary lesion.",
                ),
                Choice(
                    "Radiotherapy alone and crutches",
                    "poor",
                    f"Radiotherapy treats pain, but with a Mirels total of {_MIRELS.total} the "
                    "bone needs mechanical support.",
                ),
                Choice(
                    "Watch and re-image in three months",
                    "poor",
                    f"With a fracture risk of {_MIRELS.risk_text()} within 6 months, waiting "
                    "invites the fracture.",
                ),
                Choice(
                    "Radium-223 for the bone metastasis",
                    "poor",
                    "Radium-223 is licensed for castration-resistant prostate cancer with bone "
                    "metastases, not for renal-cell cancer, and it does not stabilise a bone.",
                ),
            ),
            next="embolise",
            lessons=("07", "10"),
        ),
        Step(
            "embolise",
            "The surgeon asks interventional radiology about embolising the hypervascular "
            "metastasis the day before the operation.",
            "What does the evidence say about embolisation before surgery?",
            (
                Choice(
                    f"Low-level and split: {_REDUCED} of {_STUDIES} studies found less blood "
                    "loss; many teams still embolise a vascular renal-cell lesion",
                    "best",
                    f"A systematic review found {_REDUCED} of {_STUDIES} level III studies "
                    "showing less blood loss or transfusion, and the rest none (Geraets et al. "
                    "2020). It is a reasonable, not a proven, step.",
                ),
                Choice(
                    "Randomised trials show it always halves the blood loss",
                    "poor",
                    "There are no randomised trials; the studies are retrospective and split.",
                ),
                Choice(
                    "Embolisation alone can replace the operation",
                    "poor",
                    "Embolisation devascularises the tumour for a day or two; it does not "
                    "support the bone.",
                ),
                Choice(
                    "Never embolise: it is known to increase bleeding",
                    "acceptable",
                    "One series did find more bleeding after embolisation, but the evidence as a "
                    "whole is split, not one-sided.",
                ),
            ),
            next="after",
            lessons=("07", "10"),
        ),
        Step(
            "after",
            "The resection and reconstruction went well; the margins are clear.",
            "What comes next?",
            (
                Choice(
                    "Oncology review of systemic therapy and surveillance imaging; discuss a "
                    "bone-modifying agent",
                    "best",
                    "Renal-cell cancer often recurs elsewhere: systemic options and follow-up "
                    "are decided by the oncology team with him.",
                ),
                Choice(
                    "Discharge from follow-up: the only metastasis is gone",
                    "poor",
                    "A solitary metastasis means the cancer has spread once: it can again.",
                ),
                Choice(
                    "Radiotherapy to the whole skeleton",
                    "poor",
                    "There is no other lesion to treat; whole-skeleton irradiation has no place.",
                ),
                Choice(
                    "Radiotherapy to the operated femur only if pain returns",
                    "acceptable",
                    f"Radiotherapy for pain is recommended ({_PAIN_RT_STRENGTH}); whether to "
                    "irradiate after a complete resection is a team decision.",
                ),
            ),
            lessons=("06", "08"),
        ),
    ),
    mdt_plan=(
        f"Mirels {_MIRELS.total} ({_MIRELS.risk_text()} within 6 months): operate before it "
        "fractures.",
        "Solitary renal-cell metastasis in a fit man: resection and endoprosthetic "
        "reconstruction, with embolisation the day before as a reasonable, unproven step.",
        "Oncology review of systemic therapy; surveillance imaging; bone-modifying agent "
        "discussed; physiotherapy to regain walking.",
    ),
    references=("mirels1989", "jawad2010", "axelrod2021", "geraets2020", "astro2024"),
)
