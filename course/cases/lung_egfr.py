"""Case 3: EGFR-mutant lung cancer with bone metastases.

The learner first scores the painful vertebra with SINS, then decides on testing, first-line
treatment, local treatment, progression and support. Numbers are computed by the course
calculators or read from :mod:`course.facts`, so the case cannot drift from the lessons.
"""

from ..clinical import sins_score
from ..facts import fact
from ._text import NOT_FOR_PAIN, SINS_REFERRAL, row, sins_slip, slip_choices
from .engine import Case, Choice, Step

SPINE = ("semirigid", "occasional", "lytic", "normal", "none", "unilateral")
"""The T7 lesion as the CT and the history show it (SINS categories)."""
SLIPS = {
    "T7 scored as junctional": sins_slip(SPINE, location="junctional"),
    "pain scored as mechanical and both pedicles as involved": sins_slip(
        SPINE, pain="mechanical", posterolateral="bilateral"
    ),
    "lesion read as mixed": sins_slip(SPINE, lesion="mixed"),
}
_SINS_LUNG = sins_score(*SPINE)
_SLIPS = {slip: sins_score(*values) for slip, values in SLIPS.items()}
_FLAURA = row("flaura", "median progression-free survival")
_AURA3 = dict(fact("aura3_pfs").rows)
_ALEX = row("first_line_targeted_pfs", "ALEX (ALK), final PFS")
_FLAURA2 = row("egfr_first_line_combinations", "FLAURA2")
_MARIPOSA = row("egfr_first_line_combinations", "MARIPOSA")
_SCHEDULES = ", ".join(r[0] for r in fact("astro_equivalent_schedules").rows)
_DUTCH = dict((r[0], r[2]) for r in fact("dutch_fractionation").rows)
_ICI = dict(fact("lee2017_ici_egfr").rows)
_TEMEL = dict(fact("temel2010_survival").rows)


LUNG_EGFR = Case(
    key="lung_egfr",
    title="Case 3: EGFR-mutant lung adenocarcinoma with spinal metastases",
    presentation=(
        "A 54-year-old non-smoker, a teacher, has lung adenocarcinoma with metastases in "
        "the thoracic spine and pelvis. Occasional back pain; no neurological signs."
    ),
    steps=(
        Step(
            "sins",
            "Calculate before you decide: CT shows a lytic T7 metastasis with no collapse, "
            "normal alignment and one pedicle involved; the pain is occasional and does not "
            "change with movement.",
            "What is her SINS total, and what does it say about stability?",
            (
                Choice(
                    f"{_SINS_LUNG.total}, {_SINS_LUNG.category}",
                    "best",
                    " + ".join(f"{k} {v}" for k, v in _SINS_LUNG.points.items())
                    + f" = {_SINS_LUNG.total}: {_SINS_LUNG.category}, below the "
                    f"{SINS_REFERRAL:g} that calls for a surgical opinion.",
                ),
                *slip_choices(
                    {slip: f"{r.total}, {r.category}" for slip, r in _SLIPS.items()},
                    "T7 lies in the semi-rigid thoracic spine, not at a junction; pain that does "
                    "not change with movement is not mechanical; and a lytic lesion scores more "
                    "than a mixed one.",
                ),
            ),
            next="testing",
            lessons=("07",),
        ),
        Step(
            "testing",
            "The biopsy confirms adenocarcinoma.",
            "What must be known before choosing systemic treatment?",
            (
                Choice(
                    "Molecular tests (EGFR, ALK, ROS1 and others) and PD-L1",
                    "best",
                    "Driver mutations decide first-line treatment in adenocarcinoma.",
                ),
                Choice(
                    "EGFR alone: it is the commonest driver in non-smokers",
                    "acceptable",
                    "EGFR is likely, but not the only driver with a first-line targeted drug: "
                    f"in ALK-positive disease alectinib gave a median progression-free survival "
                    f"of {_ALEX[3]:g} vs {_ALEX[4]:g} months with crizotinib (ALEX).",
                ),
                Choice(
                    "PD-L1 alone, to decide on immunotherapy",
                    "poor",
                    "Driver results come first: with an EGFR mutation, checkpoint inhibitors did "
                    "not improve survival over docetaxel (hazard ratio "
                    f"{_ICI['EGFR-mutant']:g}; Lee 2017), and a targeted drug does.",
                ),
                Choice(
                    "Nothing: start platinum chemotherapy now",
                    "poor",
                    "Chemotherapy first would deny her the targeted drug that works best.",
                ),
            ),
            next="first_line",
            lessons=("06",),
        ),
        Step(
            "first_line",
            "An EGFR exon 19 deletion is found.",
            "Which first-line systemic treatment?",
            (
                Choice(
                    "Osimertinib",
                    "best",
                    f"In FLAURA, first-line osimertinib gave a median progression-free "
                    f"survival of {_FLAURA[1]:g} vs {_FLAURA[2]:g} months with gefitinib or "
                    "erlotinib (Soria 2018).",
                ),
                Choice(
                    "Gefitinib or erlotinib",
                    "acceptable",
                    "Effective, but shorter control than osimertinib; used where "
                    "osimertinib is unavailable.",
                ),
                Choice(
                    "Osimertinib with platinum–pemetrexed chemotherapy",
                    "acceptable",
                    f"Also an option: in {_FLAURA2[0]} median overall survival was "
                    f"{_FLAURA2[4]:g} vs {_FLAURA2[5]:g} months with osimertinib alone, at the "
                    "cost of more toxicity; the choice is made with her.",
                ),
                Choice(
                    "Amivantamab with lazertinib",
                    "acceptable",
                    f"Also an option: in {_MARIPOSA[0]} median progression-free survival was "
                    f"{_MARIPOSA[4]:g} vs {_MARIPOSA[5]:g} months with osimertinib alone, with "
                    "more side effects.",
                ),
                Choice(
                    "Immunotherapy alone",
                    "poor",
                    "Checkpoint inhibitors help little in EGFR-driven tumours: against docetaxel "
                    f"the hazard ratio for death was {_ICI['EGFR-mutant']:g} in EGFR-mutant "
                    f"disease vs {_ICI['EGFR wild-type']:g} in wild-type (Lee 2017).",
                ),
            ),
            next="spine",
            lessons=("06",),
        ),
        Step(
            "spine",
            f"The T7 metastasis still hurts. Its SINS is {_SINS_LUNG.total} "
            f"({_SINS_LUNG.category}).",
            "What local treatment?",
            (
                Choice(
                    "Radiotherapy (8 Gy single fraction; SBRT in selected patients), plus a "
                    "bone-modifying agent",
                    "best",
                    "A stable spine needs no surgery; a single fraction relieves pain as "
                    "well as several, and SBRT gave more complete responses in SC.24. ASTRO "
                    "2024 conditionally recommends SBRT over conventional radiotherapy for "
                    "selected patients in good condition without neurological signs.",
                ),
                Choice(
                    "Spinal fixation",
                    "poor",
                    f"The spine is {_SINS_LUNG.category} (SINS {_SINS_LUNG.total}, below the "
                    f"{SINS_REFERRAL:g} that calls for a surgical opinion).",
                ),
                Choice(
                    "Radiotherapy in 5 to 10 fractions, because one fraction relieves pain less",
                    "acceptable",
                    f"A reasonable schedule, but the reason is wrong: {_SCHEDULES} relieve pain "
                    "equally (ASTRO). One fraction is more convenient; it is retreated more "
                    f"often ({_DUTCH['8 Gy × 1']:g} % vs {_DUTCH['24 Gy / 6 fractions']:g} % in "
                    "the Dutch trial).",
                ),
                Choice(
                    "Nothing: osimertinib will treat it",
                    "acceptable",
                    "Systemic therapy may help, but painful bone disease deserves local "
                    "treatment and skeletal protection too.",
                ),
                Choice(
                    "A bone-modifying agent alone for the pain",
                    "poor",
                    f"ASCO–CCO: {NOT_FOR_PAIN}. The agent protects the skeleton; radiotherapy "
                    "treats the pain.",
                ),
            ),
            next="progression",
            lessons=("07",),
        ),
        Step(
            "progression",
            "After a long 'honeymoon' of good control she progresses in bone and liver.",
            "What next?",
            (
                Choice(
                    "Re-biopsy or liquid biopsy to find the resistance mechanism, then "
                    "platinum-based chemotherapy",
                    "best",
                    "After osimertinib, platinum chemotherapy is standard, and the "
                    "resistance mechanism may open a trial or targeted option. (Had she "
                    "received gefitinib first, a T790M mutation would have pointed to "
                    f"osimertinib: {_AURA3['osimertinib']:g} vs "
                    f"{_AURA3['platinum–pemetrexed']:g} months in AURA3.)",
                ),
                Choice(
                    "Platinum-based chemotherapy at once, without a new biopsy",
                    "acceptable",
                    "Chemotherapy is the usual next step, but without the resistance mechanism "
                    "she may miss a targeted or trial option.",
                ),
                Choice(
                    "Radiotherapy to each new lesion and osimertinib unchanged",
                    "poor",
                    "Radiotherapy can still treat a painful lesion, but progression in bone and "
                    "liver is widespread: it calls for a change of systemic therapy too.",
                ),
                Choice(
                    "Continue osimertinib unchanged",
                    "poor",
                    "Widespread progression calls for a change of systemic therapy.",
                ),
            ),
            next="support",
            lessons=("06",),
        ),
        Step(
            "support",
            "She asks whether she can keep teaching and admits she sleeps badly before each scan.",
            "How do you respond?",
            (
                Choice(
                    "Discuss adapted work, refer to psychological support (CBT or "
                    "mindfulness-based stress reduction) and early palliative care",
                    "best",
                    "Many people keep working with bone metastases; 'scanxiety' is common "
                    "and treatable. Early palliative care alongside oncology care improved "
                    "quality of life and mood in metastatic lung cancer, with a median survival "
                    f"of {_TEMEL['early palliative care']:g} vs {_TEMEL['standard care']:g} "
                    "months (Temel 2010).",
                ),
                Choice(
                    "Discuss adapted work, and offer palliative care once treatment stops",
                    "acceptable",
                    "Work advice is right, but palliative care helps early, alongside "
                    "treatment: in Temel's trial it was started soon after diagnosis. Her "
                    "anxiety before scans deserves its own help.",
                ),
                Choice(
                    "Reassure her that scan anxiety passes by itself",
                    "poor",
                    "'Scanxiety' is common and treatable; dismissing it leaves her without help.",
                ),
                Choice(
                    "Advise her to stop working to avoid fractures",
                    "poor",
                    "Bone-safe activity is encouraged; fear of movement harms more.",
                ),
            ),
            lessons=("08",),
        ),
    ),
    mdt_plan=(
        f"SINS {_SINS_LUNG.total} ({_SINS_LUNG.category}): no surgical opinion needed.",
        "Molecular profiling; first-line osimertinib (or a combination, discussed with her).",
        f"SINS {_SINS_LUNG.total}: radiotherapy to T7; bone-modifying agent after dental check.",
        "At progression: tissue or liquid biopsy, then platinum-based chemotherapy.",
        "Work adaptations, psychological support, early palliative care.",
    ),
    references=(
        "soria2018",
        "mok2017",
        "mok2020",
        "planchard2025",
        "esmo_mariposa2024",
        "fisher2010",
        "sahgal2021",
        "astro2024",
        "lutz2017",
        "dutch2004",
        "esmo2020",
        "vanpoznak2017",
        "lee2017_ici_egfr",
        "temel2010",
    ),
)
