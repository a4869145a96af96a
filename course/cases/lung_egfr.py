"""Case 3: EGFR-mutant lung cancer with bone metastases.

Numbers are computed by the course calculators or read from :mod:`course.facts`, so the
case cannot drift from the lessons.
"""

from ..clinical import sins_score
from ..facts import fact
from ._text import SINS_REFERRAL, row
from .engine import Case, Choice, Step

_SINS_LUNG = sins_score("semirigid", "occasional", "lytic", "normal", "none", "unilateral")
_FLAURA = row("flaura", "median progression-free survival")
_AURA3 = dict(fact("aura3_pfs").rows)


LUNG_EGFR = Case(
    key="lung_egfr",
    title="Case 3: EGFR-mutant lung adenocarcinoma with spinal metastases",
    presentation=(
        "A 54-year-old non-smoker, a teacher, has lung adenocarcinoma with metastases in "
        "the thoracic spine and pelvis. Occasional back pain; no neurological signs."
    ),
    steps=(
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
                    "Immunotherapy alone",
                    "poor",
                    "Immunotherapy alone works poorly in EGFR-driven tumours.",
                ),
            ),
            next="spine",
            lessons=("06",),
        ),
        Step(
            "spine",
            "A painful T7 lytic metastasis: no collapse, normal alignment, one pedicle "
            "involved, occasional non-mechanical pain.",
            f"SINS is {_SINS_LUNG.total} ({_SINS_LUNG.category}). What local treatment?",
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
                    "Nothing: osimertinib will treat it",
                    "acceptable",
                    "Systemic therapy may help, but painful bone disease deserves local "
                    "treatment and skeletal protection too.",
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
                    "and treatable, and palliative care early improves symptom control.",
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
        "Molecular profiling; first-line osimertinib.",
        f"SINS {_SINS_LUNG.total}: radiotherapy to T7; bone-modifying agent after dental check.",
        "At progression: tissue or liquid biopsy, then platinum-based chemotherapy.",
        "Work adaptations, psychological support, early palliative care.",
    ),
    references=("soria2018", "mok2017", "fisher2010", "sahgal2021", "astro2024", "esmo2020"),
)
