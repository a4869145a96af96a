"""Case 1: prostate cancer with metastatic spinal cord compression.

The learner first triages his symptoms with the course's red-flag calculator, then acts,
scores the spine with SINS and decides on local and systemic treatment. Numbers are computed by
the course calculators or read from :mod:`course.facts`, so the case cannot drift from the
lessons.
"""

from ..clinical import sins_score
from ..clinical.diagnosis import TriageResult, triage
from ..facts import fact
from ._text import SINS_REFERRAL, pct, row, sins_slip, slip_choices
from .engine import Case, Choice, Step

SYMPTOMS = (
    "mechanical spinal pain",
    "spinal pain at night",
    "limb weakness",
    "difficulty walking",
    "sensory loss",
)
"""His symptoms in the triage vocabulary (:data:`course.clinical.diagnosis.SYMPTOMS`)."""
TRIAGE_SLIPS = {
    "heavy legs taken for the muscle weakness of hypercalcaemia, the sensory loss left out": (
        "mechanical spinal pain",
        "spinal pain at night",
        "muscle weakness",
    ),
    "only the back pain entered": ("mechanical spinal pain", "spinal pain at night"),
    "the back pain entered as limb bone pain, the legs left out": ("limb bone pain",),
}
SPINE = ("junctional", "mechanical", "blastic", "normal", "<50%", "bilateral")
"""The T11 lesion as the MRI shows it (SINS categories)."""
SINS_SLIPS = {
    "T11 scored as semi-rigid, pedicles as uninvolved": sins_slip(
        SPINE, location="semirigid", posterolateral="none"
    ),
    "lesion read as lytic, collapse as more than half": sins_slip(
        SPINE, lesion="lytic", collapse=">50%"
    ),
    "collapse scored as none": sins_slip(SPINE, collapse="none"),
}
_TRIAGE = triage(SYMPTOMS)
_TRIAGE_SLIPS = {slip: triage(values) for slip, values in TRIAGE_SLIPS.items()}
_SINS_MSCC = sins_score(*SPINE)
_SINS_MSCC_LOW, _SINS_MSCC_HIGH, _SINS_NO_COLLAPSE = (sins_score(*v) for v in SINS_SLIPS.values())
_DEXAMETHASONE = fact("mscc_dexamethasone_dose")
_RT_WITH_DEX = fact("mscc_dexamethasone_with_rt").rows[0][0]
_SURGERY_THEN_RT = fact("mscc_surgery_preferred").rows[0][0]
_RT_MIN_LIFE = fact("rt_min_life_expectancy")
_MULTILEVEL = fact("mscc_multilevel")
_XRAY_MISSED = fact("xray_missed_lesions")
_RT_FOR_PAIN = fact("rt_for_bone_pain").rows[0][0]
_MRI_WITHIN = fact("mscc_mri_within").text()
_PATCHELL_WALK = row("patchell2005", "ambulatory after treatment")
_PATCHELL_PARAPLEGIA = fact("patchell2005_paraplegia_exclusion")
_SCORAD = dict(fact("scorad3").rows)
_ASTRO_MSCC = ", ".join(f"{d:g} Gy/{n}" for d, n in fact("astro2024_mscc_fractionation").rows)
_ERA223_FRACTURES = row("era223_harms", "patients with a fracture")
_RADIUM_LINES = fact("radium223_min_prior_lines").value


def _triage_text(result: TriageResult) -> str:
    """An option of the triage step: the urgency and the red flags that set it."""
    return f"{result.urgency} ({', '.join(result.flags) or 'no red flag'})"


def _mri_step(step_id: str, next_step: str) -> Step:
    """The MRI and SINS step of case 1 (the same on the prompt and the delayed path)."""
    s, low, high = _SINS_MSCC, _SINS_MSCC_LOW, _SINS_MSCC_HIGH
    return Step(
        step_id,
        "MRI: a blastic T11 metastasis compresses the cord at one level, with "
        "collapse of less than 50 %, both pedicles involved and normal alignment. Pain is "
        "mechanical. Other vertebrae carry small metastases without compression.",
        "What is his SINS score and what does it imply?",
        (
            Choice(
                f"{s.total}, {s.category}: ask a spinal surgeon",
                "best",
                f"Junctional {s.points['location']} + mechanical pain {s.points['pain']} + "
                f"blastic {s.points['lesion']} + normal alignment {s.points['alignment']} + "
                f"collapse < 50 % {s.points['collapse']} + bilateral "
                f"{s.points['posterolateral']} = {s.total}. A total of {SINS_REFERRAL:g} or "
                "more warrants a surgical opinion before radiotherapy.",
            ),
            Choice(
                f"{low.total}, {low.category}: radiotherapy alone",
                "poor",
                f"That scores T11 as semirigid ({low.points['location']} instead of "
                f"{s.points['location']}: T11 is junctional) and the pedicles as uninvolved "
                f"({low.points['posterolateral']} instead of {s.points['posterolateral']} for "
                "bilateral involvement).",
            ),
            Choice(
                f"{high.total}, {high.category}: fixation regardless of anything else",
                "poor",
                "That scores the lesion as lytic and the collapse as more than 50 %: the MRI "
                "shows a blastic lesion and less than 50 % collapse. And even an unstable spine "
                "is operated only if the patient is fit and expected to live long enough to "
                "benefit.",
            ),
            Choice(
                f"{_SINS_NO_COLLAPSE.total}, {_SINS_NO_COLLAPSE.category}: ask a spinal surgeon",
                "acceptable",
                "The right action, but the total misses the collapse: less than 50 % collapse "
                f"scores {s.points['collapse']}, which makes {s.total}.",
            ),
        ),
        next=next_step,
        lessons=("07",),
    )


_RADIUM_223_DISTRACTOR = Choice(
    "Radium-223 for the spine",
    "poor",
    "Radium-223 treats widespread bone disease over months; it does not decompress a cord, "
    "and the cord needs treatment now.",
)

PROSTATE_MSCC = Case(
    key="prostate_mscc",
    title="Case 1: prostate cancer, back pain and weak legs",
    presentation=(
        "A 71-year-old man on androgen deprivation for metastatic prostate cancer has had "
        "thoracolumbar back pain for three weeks, worse when he sits up, walks or lifts and "
        "eased by lying down, and it wakes him at night. Since yesterday his legs feel heavy "
        "and he has stumbled twice. He can still walk with a stick."
    ),
    steps=(
        Step(
            "triage",
            "Calculate before you decide: enter his symptoms into the course's triage "
            "(`triage` from `course.clinical`): back pain that is mechanical and wakes him at "
            "night, heavy legs, unsteady walking, and (on examination) reduced sensation.",
            "What urgency does the triage give, and which red flags set it?",
            (
                Choice(
                    _triage_text(_TRIAGE),
                    "best",
                    f"The neurological symptoms decide it: {_TRIAGE.reason}.",
                ),
                *slip_choices(
                    {slip: _triage_text(result) for slip, result in _TRIAGE_SLIPS.items()},
                    "Leg weakness, difficulty walking and sensory loss are neurological red "
                    f"flags of cord compression: the triage then gives '{_TRIAGE.urgency}'.",
                    what="result",
                ),
            ),
            next="first",
            lessons=("04",),
        ),
        Step(
            "first",
            "Power is 4/5 in both legs; sensation is reduced from the groins down; "
            "bladder function is normal.",
            "What do you do first?",
            (
                Choice(
                    f"Dexamethasone now and a whole-spine MRI within {_MRI_WITHIN}",
                    "best",
                    "Leg weakness with back pain in known cancer is metastatic spinal cord "
                    "compression until proved otherwise. NICE NG234 advises dexamethasone "
                    f"without delay and whole-spine MRI within {_MRI_WITHIN} (it often finds "
                    "more than one level).",
                ),
                Choice(
                    f"Whole-spine MRI within {_MRI_WITHIN}; dexamethasone once the MRI confirms "
                    "compression",
                    "acceptable",
                    "The MRI is right, but NICE NG234 offers dexamethasone "
                    f"({_DEXAMETHASONE.text()} by mouth) as soon as possible to anyone with "
                    "neurological symptoms or signs of cord compression, before imaging.",
                ),
                Choice(
                    "Dexamethasone now and an MRI of the thoracolumbar spine, where the pain is",
                    "acceptable",
                    "Dexamethasone is right, but NICE asks for an MRI of the whole spine: in "
                    f"one MRI series {_MULTILEVEL.text()} of patients with spinal involvement "
                    "had more than one level involved, most of them unsuspected (Heldmann 1997).",
                ),
                Choice(
                    "Plain radiograph of the spine and review in clinic in two weeks",
                    "poor",
                    f"A radiograph misses up to {_XRAY_MISSED.text()} of bone metastases and "
                    "shows nothing of the cord; a two-week delay risks paraplegia.",
                    next="delay",
                ),
                Choice(
                    "Increase his analgesia and physiotherapy",
                    "poor",
                    "Treats the pain but not the emergency: neurological function lost "
                    "before treatment is rarely regained.",
                    next="delay",
                ),
            ),
            next="mri",
            lessons=("04", "05"),
        ),
        Step(
            "delay",
            "Three days later he is brought in: he has not been able to move his legs at all for "
            "more than two days, and has urinary retention.",
            "What now?",
            (
                Choice(
                    "Emergency dexamethasone, whole-spine MRI today and same-day "
                    "surgical and oncology opinions",
                    "best",
                    "Still the right pathway, but the delay has cost function: the chance "
                    "of walking again falls once a patient has lost the ability to walk.",
                ),
                Choice(
                    "Emergency dexamethasone and radiotherapy today, without waiting for an MRI",
                    "poor",
                    "Treatment is urgent, but radiotherapy needs the level (or levels) of "
                    "compression that only the whole-spine MRI shows.",
                ),
                Choice(
                    "Best supportive care only: paralysis this long will not recover",
                    "poor",
                    "Recovery of walking is unlikely, but treatment still aims at pain, "
                    f"stability and care: ASTRO 2024 recommends {_RT_FOR_PAIN} (strong), and "
                    f"{_RT_WITH_DEX} when the cord is compressed.",
                ),
                Choice(
                    "Wait for the routine clinic appointment",
                    "poor",
                    "Never: this is an emergency at any stage.",
                ),
            ),
            next="mri_late",
            lessons=("04",),
        ),
        _mri_step("mri", "local"),
        _mri_step("mri_late", "local_late"),
        Step(
            "local",
            "He still walks with a stick, has a single level of compression and is expected "
            "to live well beyond 3 months.",
            "Which local treatment do you recommend to the MDT?",
            (
                Choice(
                    "Decompressive surgery with stabilisation, then radiotherapy",
                    "best",
                    f"He matches Patchell's trial: surgery then 30 Gy/10 kept "
                    f"{pct(_PATCHELL_WALK[1])} of patients walking vs "
                    f"{pct(_PATCHELL_WALK[2])} with radiotherapy alone (Patchell 2005). "
                    "ASTRO 2024 conditionally recommends surgery and postoperative "
                    "radiotherapy over radiotherapy alone for cord compression.",
                ),
                Choice(
                    "Radiotherapy alone, 8 Gy in one fraction",
                    "acceptable",
                    f"Reasonable if he were unfit for surgery: in SCORAD III "
                    f"{pct(_SCORAD['8 Gy × 1'])} vs {pct(_SCORAD['20 Gy / 5'])} walked at "
                    "8 weeks after one vs five fractions, but non-inferiority was not "
                    f"shown (Hoskin 2019). ASTRO 2024 lists {_ASTRO_MSCC} for patients not "
                    "eligible for surgery.",
                ),
                Choice(
                    "Decompressive surgery with stabilisation, and no radiotherapy afterwards",
                    "poor",
                    f"Half of the plan: Patchell's patients had radiotherapy after surgery, and "
                    f"ASTRO 2024 recommends {_SURGERY_THEN_RT}.",
                ),
                _RADIUM_223_DISTRACTOR,
            ),
            next="systemic",
            lessons=("07",),
        ),
        Step(
            "local_late",
            "He has had no movement in his legs (total paraplegia) for longer than "
            f"{_PATCHELL_PARAPLEGIA.value:g} {_PATCHELL_PARAPLEGIA.unit}. One level is compressed.",
            "Which local treatment do you recommend to the MDT?",
            (
                Choice(
                    "Radiotherapy with dexamethasone, and a spinal surgeon's view on "
                    "stabilisation for pain and stability",
                    "best",
                    "With established paraplegia the realistic aims are pain control, stability "
                    f"and care. ASTRO 2024 recommends {_ASTRO_MSCC} "
                    "for cord compression in patients not eligible for surgery, and his SINS still "
                    "calls for a surgical opinion on stability.",
                ),
                Choice(
                    "Decompressive surgery with stabilisation, as in Patchell's trial",
                    "acceptable",
                    "Surgery may still be discussed for stability or pain, but Patchell's "
                    "result does not transfer to him: the trial excluded patients totally "
                    f"paraplegic for more than {_PATCHELL_PARAPLEGIA.value:g} "
                    f"{_PATCHELL_PARAPLEGIA.unit}, so it cannot promise that he walks again.",
                ),
                Choice(
                    "Best supportive care only, without radiotherapy",
                    "poor",
                    "He is expected to live for months: ASTRO 2024 recommends radiotherapy to "
                    "improve quality of life when life expectancy is at least "
                    f"{_RT_MIN_LIFE.text()}, and {_RT_WITH_DEX} for cord compression.",
                ),
                _RADIUM_223_DISTRACTOR,
            ),
            next="systemic",
            lessons=("07",),
        ),
        Step(
            "systemic",
            "After local treatment his PSA is rising despite castrate testosterone.",
            "What should the long-term plan include?",
            (
                Choice(
                    "Add an androgen-receptor pathway inhibitor (abiraterone or "
                    "enzalutamide), start denosumab or zoledronic acid after a dental "
                    "check, with calcium and vitamin D",
                    "best",
                    "Treat the cancer and protect the skeleton: ESMO recommends a "
                    "bone-modifying agent in castration-resistant disease with bone "
                    "metastases, after a dental examination.",
                ),
                Choice(
                    "Abiraterone with prednisone plus radium-223",
                    "poor",
                    "Never together: in ERA 223, adding radium-223 to abiraterone + "
                    f"prednisone/prednisolone gave more fractures ({pct(_ERA223_FRACTURES[1])} "
                    f"vs {pct(_ERA223_FRACTURES[2])}) and a trend to earlier death. In Europe "
                    "and the UK, since 2018, radium-223 is kept for symptomatic bone disease "
                    "after at least "
                    f"{_RADIUM_LINES:g} prior systemic lines (or when nothing else suits), "
                    "with a bone-modifying agent alongside (EMA, MHRA).",
                ),
                Choice(
                    "A bone-modifying agent alone, for pain",
                    "poor",
                    "ASCO–CCO: bone-modifying agents should not be used alone for pain, "
                    "and they do not treat the cancer.",
                ),
                Choice(
                    "Stop all treatment and discharge",
                    "poor",
                    "He has several life-prolonging options; early palliative care runs "
                    "alongside them, not instead.",
                ),
            ),
            lessons=("06", "08"),
        ),
    ),
    mdt_plan=(
        f"Triage: {_TRIAGE.urgency}. Emergency pathway: dexamethasone "
        f"({_DEXAMETHASONE.text()}) and whole-spine MRI within {_MRI_WITHIN}.",
        f"SINS {_SINS_MSCC.total} ({_SINS_MSCC.category}): spinal surgical opinion.",
        "Walking at decision: decompression and stabilisation, then postoperative "
        "radiotherapy. Paraplegic for days: radiotherapy, with surgery only for stability or "
        "pain.",
        "Androgen-receptor pathway inhibitor (never abiraterone with radium-223); denosumab or "
        "zoledronic acid after a dental check; calcium and vitamin D.",
        "Physiotherapy, bladder care, early palliative care, support for him and his carer.",
    ),
    references=(
        "nice_ng234",
        "heldmann1997",
        "xray2009",
        "fisher2010",
        "patchell2005",
        "hoskin2019",
        "astro2024",
        "esmo2020",
        "vanpoznak2017",
        "ema2018_xofigo",
        "mhra2018_xofigo",
    ),
)
