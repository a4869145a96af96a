"""Clinical calculators for the diagnosis lessons: kidney function, calcium, Bayes, triage.

Every constant comes from :mod:`course.facts` (the record names are given in each docstring), so
a number shown in a notebook and the number used in a calculation are the same record.
"""

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ..facts import Table, fact
from ..validate import choice, number

__all__ = [
    "CALCIUM_UNITS",
    "SEVERITIES",
    "SYMPTOMS",
    "URGENCIES",
    "TriageResult",
    "cockcroft_gault",
    "corrected_calcium",
    "ctcae_calcium_grade",
    "hypercalcaemia_severity",
    "likelihood_ratios",
    "post_test_probability",
    "sequential_post_test",
    "triage",
]

SEXES = ("female", "male")
CREATININE_UNITS = ("mg/dL", "umol/L")
CALCIUM_UNITS = ("mg/dL", "mmol/L")
SEVERITIES = ("normal", "mild", "moderate", "severe")
RESULTS = ("positive", "negative")
URGENCIES = ("emergency today", "urgent", "routine")

# Plausible input ranges per unit (to catch a value typed in the other unit system).
_CALCIUM_MAX = {"mg/dL": 30.0, "mmol/L": 7.5}
_ALBUMIN_MAX = {"mg/dL": 10.0, "mmol/L": 100.0}


def constants(name: str) -> dict[str, float]:
    """Return a ``constant -> value`` table from ``course.facts`` as a dict."""
    record = fact(name)
    assert isinstance(record, Table)
    return {row[0]: row[1] for row in record.rows}


def cockcroft_gault(
    age: float, weight_kg: float, creatinine: float, sex: str, unit: str = "mg/dL"
) -> float:
    """Estimated creatinine clearance in mL/min by the Cockcroft–Gault formula.

    CrCl = (140 − age) × weight / (72 × SCr in mg/dL), × 0.85 for women (Cockcroft & Gault,
    *Nephron* 1976; constants in fact ``cockcroft_gault_constants``). ``unit`` is ``"mg/dL"`` or
    ``"umol/L"``; µmol/L is converted with 88.4 µmol/L per mg/dL (fact
    ``creatinine_umol_per_mgdl``, derived from creatinine's molar mass). ``sex`` is ``"female"``
    or ``"male"``. Accepted ranges: age in (0, 120] years, weight in (0, 400] kg, creatinine in
    (0, 20] mg/dL (or the µmol/L equivalent).
    """
    choice("sex", sex, SEXES)
    choice("unit", unit, CREATININE_UNITS)
    age = number("age", age, 0, 120, above=True)
    weight_kg = number("weight_kg", weight_kg, 0, 400, above=True)
    factor = fact("creatinine_umol_per_mgdl").value if unit == "umol/L" else 1.0
    creatinine = number("creatinine", creatinine, 0, 20 * factor, above=True)
    c = constants("cockcroft_gault_constants")
    clearance = (c["age_offset"] - age) * weight_kg / (c["divisor"] * creatinine / factor)
    return clearance * (c["female_factor"] if sex == "female" else 1.0)


def corrected_calcium(calcium: float, albumin: float, unit: str = "mg/dL") -> float:
    """Albumin-corrected total calcium, in the unit of ``calcium``.

    ``unit="mg/dL"``: Ca (mg/dL) + 0.8 × (4.0 − albumin in g/dL); ``unit="mmol/L"``:
    Ca (mmol/L) + 0.02 × (40 − albumin in g/L) (StatPearls, fact
    ``corrected_calcium_constants``). Albumin goes in g/dL with mg/dL and in g/L with mmol/L.
    Accepted: calcium in (0, 30] mg/dL or (0, 7.5] mmol/L; albumin in [0, 10] g/dL or
    [0, 100] g/L. The correction is unreliable in chronic kidney disease.
    """
    choice("unit", unit, CALCIUM_UNITS)
    calcium = number("calcium", calcium, 0, _CALCIUM_MAX[unit], above=True)
    albumin_unit = "g/dL" if unit == "mg/dL" else "g/L"
    albumin = number(f"albumin ({albumin_unit})", albumin, 0, _ALBUMIN_MAX[unit])
    table = fact("corrected_calcium_constants")
    assert isinstance(table, Table)
    _, factor, reference, _ = next(row for row in table.rows if row[0] == unit)
    return calcium + factor * (reference - albumin)


def _severity_bounds(unit: str) -> tuple[float, float, float]:
    table = fact("hypercalcaemia_severity_thresholds")
    assert isinstance(table, Table)
    row = next(row for row in table.rows if row[0] == unit)
    return row[1], row[2], row[3]


def hypercalcaemia_severity(
    corrected: float, unit: str = "mg/dL", upper_limit_normal: float | None = None
) -> str:
    """Severity band of a corrected calcium: "normal", "mild", "moderate" or "severe".

    mg/dL: normal ≤ upper limit of normal (ULN) < mild < 12 ≤ moderate < 14 ≤ severe; mmol/L:
    ULN < mild < 3.0 ≤ moderate < 3.5 ≤ severe (StatPearls; BMJ Best Practice; fact
    ``hypercalcaemia_severity_thresholds``). The ULN defaults to 10.5 mg/dL, StatPearls'
    definition of hypercalcaemia (> 10.5 mg/dL), or its conversion 2.62 mmol/L; pass your
    laboratory's ULN instead (it must lie below the moderate threshold).
    """
    choice("unit", unit, CALCIUM_UNITS)
    corrected = number("corrected calcium", corrected, 0, _CALCIUM_MAX[unit], above=True)
    default_uln, moderate, severe = _severity_bounds(unit)
    uln = default_uln
    if upper_limit_normal is not None:
        uln = number("upper_limit_normal", upper_limit_normal, 0, moderate, above=True)
    if corrected >= severe:
        return "severe"
    if corrected >= moderate:
        return "moderate"
    return "mild" if corrected > uln else "normal"


def ctcae_calcium_grade(
    corrected: float, unit: str = "mg/dL", upper_limit_normal: float | None = None
) -> int:
    """CTCAE grade (0–4) of hypercalcaemia from the corrected calcium.

    Grade 1 above the ULN up to 11.5 mg/dL (2.9 mmol/L), 2 up to 12.5 (3.1), 3 up to 13.5
    (3.4), 4 above (CTCAE v5.0 as reproduced by BMJ Best Practice; fact
    ``ctcae_hypercalcaemia_grades``). Grade 0 means not above the ULN, which defaults to the
    value used by :func:`hypercalcaemia_severity`.
    """
    choice("unit", unit, CALCIUM_UNITS)
    corrected = number("corrected calcium", corrected, 0, _CALCIUM_MAX[unit], above=True)
    table = fact("ctcae_hypercalcaemia_grades")
    assert isinstance(table, Table)
    column = 1 if unit == "mg/dL" else 2
    cuts = [row[column] for row in table.rows[1:]]  # lower (exclusive) bounds of grades 2–4
    uln = _severity_bounds(unit)[0]
    if upper_limit_normal is not None:
        uln = number("upper_limit_normal", upper_limit_normal, 0, cuts[0], above=True)
    if corrected <= uln:
        return 0
    return 1 + sum(corrected > cut for cut in cuts)


def _probability(field: str, value: float) -> float:
    return number(field, value, 0, 1)


def likelihood_ratios(sensitivity: float, specificity: float) -> tuple[float, float]:
    """Return (LR+, LR−) = (sens / (1 − spec), (1 − sens) / spec).

    Sensitivity and specificity are fractions in [0, 1]; LR+ is ``inf`` when specificity is 1,
    and a specificity of 0 is refused (LR− undefined).
    """
    sensitivity = _probability("sensitivity", sensitivity)
    specificity = number("specificity", specificity, 0, 1, above=True)
    positive = sensitivity / (1 - specificity) if specificity < 1 else float("inf")
    return positive, (1 - sensitivity) / specificity


def post_test_probability(
    pretest: float, sensitivity: float, specificity: float, result: str = "positive"
) -> float:
    """Probability of disease after a test result, by Bayes' theorem.

    Positive: sens·p / (sens·p + (1 − spec)(1 − p)); negative: (1 − sens)p / ((1 − sens)p +
    spec(1 − p)). Equivalent to post-test odds = pre-test odds × likelihood ratio. All inputs
    are fractions in [0, 1]; ``result`` is "positive" or "negative". A result the test cannot
    give (e.g. positive with p = 0 and specificity 1) raises ``ValueError``.
    """
    p = _probability("pretest", pretest)
    sens = _probability("sensitivity", sensitivity)
    spec = _probability("specificity", specificity)
    choice("result", result, RESULTS)
    if result == "positive":
        diseased, healthy = sens * p, (1 - spec) * (1 - p)
    else:
        diseased, healthy = (1 - sens) * p, spec * (1 - p)
    if diseased + healthy == 0:
        raise ValueError(f"result {result!r} is impossible with these pretest/test values")
    return diseased / (diseased + healthy)


def sequential_post_test(pretest: float, tests: Sequence[tuple[float, float, str]]) -> list[float]:
    """Probabilities after each of several tests, each post-test becoming the next pre-test.

    ``tests`` holds (sensitivity, specificity, result) triples. Chaining assumes the tests err
    independently given disease status, which overstates certainty when they share a mechanism
    (e.g. two tracers that both image osteoblastic activity). Returns one value per test.
    """
    if not tests:
        raise ValueError("tests must hold at least one (sensitivity, specificity, result)")
    probabilities = []
    p = pretest
    for sensitivity, specificity, result in tests:
        p = post_test_probability(p, sensitivity, specificity, result)
        probabilities.append(p)
    return probabilities


class TriageResult(NamedTuple):
    """The urgency ("emergency today", "urgent", "routine"), why, and the symptoms found.

    ``flags`` holds only the chosen symptoms that are red flags; ``noted`` holds the chosen
    symptoms that are not (for example "limb bone pain" without pain on weight-bearing), so a
    routine result never lists a red flag; its reason still says what to do about them.
    """

    urgency: str
    reason: str
    flags: tuple[str, ...]
    noted: tuple[str, ...] = ()


# What each kind of red flag triggers (rank 0 is the most urgent) and why.
_ACTIONS = {
    "spinal cord compression": (
        0,
        "neurological symptoms suggest metastatic spinal cord compression: an oncological "
        "emergency; contact the MSCC team immediately, whole-spine MRI within 24 hours "
        "(NICE NG234)",
    ),
    "severe hypercalcaemia": (
        0,
        "altered mental state may mean severe hypercalcaemia, which can be life-threatening; "
        "same-day assessment and corrected calcium (course rule, CTCAE grade 4)",
    ),
    "spinal metastases": (
        1,
        "pain pattern suggests spinal metastases: discuss with the MSCC coordinator within "
        "24 hours (NICE CG75/NG234)",
    ),
    "hypercalcaemia": (
        1,
        "symptoms compatible with hypercalcaemia: check corrected calcium promptly (course rule)",
    ),
    "impending pathological fracture": (
        1,
        "pain on weight-bearing (functional pain) suggests an impending pathological fracture: "
        "it scores highest for pain in Mirels' score, and a patient who cannot bear weight may "
        "already have a fracture. Protect the limb, arrange prompt imaging of the whole bone "
        "and an orthopaedic opinion (red flags: Downie 2021)",
    ),
    "new bone pain": (
        2,
        "not a red flag for cord compression or hypercalcaemia, but new bone pain in a person "
        "with cancer needs prompt imaging of the whole bone (a normal first radiograph does not "
        "exclude a metastasis) and a question: does it hurt on weight-bearing? If so, it is "
        "urgent (Downie 2021)",
    ),
    "no red flag": (
        2,
        "no red flag for cord compression or hypercalcaemia: assess at a planned visit "
        "(imaging and fracture risk as needed)",
    ),
}


def _red_flags() -> dict[str, str]:
    """Symptom -> what it suggests: the spinal and calcium red flags, then the limb-pain rows
    (fact ``triage_limb_pain``), which take precedence for a symptom in both."""
    flags = {}
    for name in ("triage_red_flags", "triage_limb_pain"):
        table = fact(name)
        assert isinstance(table, Table)
        flags.update({symptom: suggests for symptom, suggests, _ in table.rows})
    return flags


SYMPTOMS: tuple[str, ...] = tuple(_red_flags())
"""The triage vocabulary: plain lower-case symptom strings accepted by :func:`triage`."""


def triage(symptoms: Iterable[str]) -> TriageResult:
    """Map red-flag symptoms in a person with cancer to an urgency and the reason.

    Neurological symptoms of spinal cord compression, or confusion / reduced consciousness
    (possible severe hypercalcaemia), give "emergency today"; pain suggesting spinal metastases,
    limb pain on weight-bearing (impending fracture) or other hypercalcaemia symptoms give
    "urgent"; otherwise "routine", and "limb bone pain" alone is routine only in the sense of
    not an emergency: its reason asks for prompt imaging of the whole bone. Symptoms must come
    from :data:`SYMPTOMS` (red flags from NICE NG234/CG75, the MSD Manual and Downie 2021,
    facts ``triage_red_flags`` and ``triage_limb_pain``). A teaching tool, not a clinical
    decision aid.
    """
    if isinstance(symptoms, str):
        raise ValueError("symptoms must be a list of symptom strings, not one string")
    flags = _red_flags()
    chosen = tuple(dict.fromkeys(s.strip().lower() for s in symptoms))
    for symptom in chosen:
        choice("symptom", symptom, flags)
    if not chosen:
        return TriageResult("routine", _ACTIONS["no red flag"][1], ())
    kinds = sorted({flags[s] for s in chosen}, key=lambda k: (_ACTIONS[k][0], k))
    urgency = URGENCIES[_ACTIONS[kinds[0]][0]]
    reasons = [_ACTIONS[k][1] for k in kinds if _ACTIONS[k][0] == _ACTIONS[kinds[0]][0]]
    routine = _ACTIONS["no red flag"][0]
    red = tuple(s for s in chosen if _ACTIONS[flags[s]][0] < routine)
    noted = tuple(s for s in chosen if _ACTIONS[flags[s]][0] == routine)
    return TriageResult(urgency, "; ".join(reasons), red, noted)
