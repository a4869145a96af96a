"""Clinical numbers of the prognosis scores (new Katagiri, revised Tokuhashi) and of the
emergency pathways (hypercalcaemia of malignancy, cord compression, pathological fracture).

Each record carries ``quote`` (the source's own words) and ``locator``. A record marked
``secondary`` was not read in its named source; ``note`` says what was read instead. The
published survival of the two scores is reused from :mod:`course.facts.management`
(``katagiri_survival``, ``tokuhashi_survival``), not copied.
"""

from ._model import Fact, Table

_KATAGIRI_ABSTRACT = (
    "With a prognostic score of ≥7, the survival rate was 27% at 6 months, and only 6% at 1 "
    "year. In contrast, patients with a prognostic score of ≤3 had a survival rate of 91% at 1 "
    "year, and 78% at 2 years."
)
_ASTRO_PAGE = (
    "Recommendation as reproduced by Guideline Central (guidelinecentral.com/guideline/3802027)"
)


def _recommendation(
    label: str, recommendation: str, strength: str, source: str, **kw: str
) -> Table:
    """A one-row table holding a guideline's (or label's) recommendation and its strength."""
    return Table(
        label=label,
        columns=("recommendation", "strength"),
        rows=((recommendation, strength),),
        source=source,
        **kw,
    )


FACTS: dict[str, Fact | Table] = {
    # --- New Katagiri score --------------------------------------------------------------------
    "katagiri_points": Table(
        label="New Katagiri score: points per factor (total 0–10)",
        columns=("factor", "category", "points"),
        rows=(
            ("primary_growth", "slow", 0),
            ("primary_growth", "moderate", 2),
            ("primary_growth", "rapid", 3),
            ("visceral", "none", 0),
            ("visceral", "nodular", 1),
            ("visceral", "disseminated", 2),
            ("labs", "normal", 0),
            ("labs", "abnormal", 1),
            ("labs", "critical", 2),
            ("ecog_3_or_4", "yes", 1),
            ("prior_chemotherapy", "yes", 1),
            ("multiple_bone", "yes", 1),
        ),
        source="katagiri2014",
        units={"points": "points"},
        evidence="secondary",
        quote="We identified six significant prognostic factors for survival, namely, the "
        "primary lesion, visceral or cerebral metastases, abnormal laboratory data, poor "
        "performance status, previous chemotherapy, and multiple skeletal metastases. The first "
        "three factors had a larger impact than the remaining three.",
        locator="Abstract (the factors); the point values are in the paper's scoring table",
        note="UNVERIFIED POINT VALUES: the abstract names the six factors and says the first "
        "three weigh more, but the scoring table itself was not read here, nor a page "
        "reproducing it. The values are the widely circulated ones; they agree with the "
        "abstract (first three factors larger) and with the 0–10 range used by Kubota et al. "
        "2019 ('score 7–10'). Check them against the paper's table before teaching them as "
        "fact.",
    ),
    "katagiri_groups": Table(
        label="New Katagiri score: risk groups by total",
        columns=("total_low", "total_high", "risk_group"),
        rows=((0, 3, "low"), (4, 6, "intermediate"), (7, 10, "high")),
        source="katagiri2014",
        quote=_KATAGIRI_ABSTRACT,
        locator="Abstract (the ≤ 3 and ≥ 7 cut-offs)",
        note="The abstract gives the low (≤ 3) and high (≥ 7) groups; the intermediate band 4–6 "
        "is the rest of the 0–10 range and is the band used by the validation study of Kubota "
        "et al. 2019 ('score 0–3 … score 4–6 … score 7–10', abstract).",
    ),
    # --- Revised Tokuhashi score ---------------------------------------------------------------
    "tokuhashi_points": Table(
        label="Revised Tokuhashi score: points per item (total 0–15)",
        columns=("item", "category", "points"),
        rows=(
            ("general_condition", "poor", 0),
            ("general_condition", "moderate", 1),
            ("general_condition", "good", 2),
            ("extraspinal_bone_foci", ">=3", 0),
            ("extraspinal_bone_foci", "1-2", 1),
            ("extraspinal_bone_foci", "0", 2),
            ("vertebral_metastases", ">=3", 0),
            ("vertebral_metastases", "2", 1),
            ("vertebral_metastases", "1", 2),
            ("visceral", "unremovable", 0),
            ("visceral", "removable", 1),
            ("visceral", "none", 2),
            ("primary", "lung", 0),
            ("primary", "osteosarcoma", 0),
            ("primary", "stomach", 0),
            ("primary", "bladder", 0),
            ("primary", "oesophagus", 0),
            ("primary", "pancreas", 0),
            ("primary", "liver", 1),
            ("primary", "gallbladder", 1),
            ("primary", "unidentified", 1),
            ("primary", "other", 2),
            ("primary", "kidney", 3),
            ("primary", "uterus", 3),
            ("primary", "rectum", 4),
            ("primary", "thyroid", 5),
            ("primary", "breast", 5),
            ("primary", "prostate", 5),
            ("primary", "carcinoid", 5),
            ("palsy", "complete", 0),
            ("palsy", "incomplete", 1),
            ("palsy", "none", 2),
        ),
        source="tokuhashi2005",
        units={"points": "points"},
        evidence="secondary",
        quote="General condition (performance status) Poor (PS 10–40%)0 Moderate (PS 50–70%)1 "
        "Good (PS 80–100%)2 … Lung, osteosarcoma, stomach, bladder, esophagus, pancreas0 Liver, "
        "gall bladder, unidentified1 Kidney, uterus3 Thyroid, breast, prostate, carcinoid "
        "tumor5 Complete (Frankel A, B)0 Incomplete (Frankel C, D)1 None (Frankel E)2",
        locator="Table 2, reproduced with permission in NICE CG75 (2008), Appendix 3 "
        "(ncbi.nlm.nih.gov/pubmedhealth/PMH0032986/table/app3.t1)",
        note="Read in NICE's reproduction, whose text lost some rows: 'Others 2' and 'Rectum 4' "
        "(primary), the 1-2 and 0 rows of extraspinal foci, the 2 and 1 rows of vertebral "
        "metastases, and the unremovable/removable rows of visceral metastases were read only "
        "in a secondary teaching page (neurosurgerynotes). They complete the table to the "
        "published maximum of 15. That page's own prognosis column is inverted ('0 – 8 > 6 "
        "months', '12 – 15 ≤ 1 year'), so the survival bands are taken from NICE's "
        "reproduction ('TS 0–8 < 6 months … TS 12–15 ≥ 1 year'), not from it. Palsy is graded "
        "by Frankel: complete = A–B, incomplete = C–D, "
        "none = E; general condition by Karnofsky: poor 10–40 %, moderate 50–70 %, good "
        "80–100 %.",
    ),
    # --- Hypercalcaemia of malignancy ----------------------------------------------------------
    "hcm_fluids_first": _recommendation(
        "Zoledronic acid label: rehydrate before the bisphosphonate",
        "rehydrate (saline) before zoledronic acid",
        "label instruction",
        "zoledronic_label_hcm",
        quote="Patients should be adequately rehydrated prior to administration of zoledronic "
        "acid injection",
        locator="Section 2.1 (Hypercalcemia of Malignancy)",
        note="The label also says: 'Vigorous saline hydration, an integral part of "
        "hypercalcemia therapy, should be initiated promptly' (same section, read in a "
        "reproduction on globalrph.com).",
    ),
    "hcm_calcitonin_severe": Fact(
        "Endocrine Society 2023: severe HCM (corrected calcium above) — calcitonin with an IV "
        "bisphosphonate or denosumab as initial treatment",
        14,
        "mg/dL",
        "elhajj2023",
        evidence="secondary",
        quote="(2) in adults with severe HCM, a combination of calcitonin and an IV BP or Dmab "
        "therapy as initial",
        locator="Abstract (Results), conditional recommendation 2",
        note="Severe means ABOVE this value (> 14 mg/dL, not ≥). The threshold was read in two "
        "summaries of the guideline, not in the guideline: Medscape ('Suggested treatment for "
        "adults with severe HCM (serum calcium level >14 mg/dL) is combination therapy with "
        "calcitonin and an IV BP or Dmab') and Doctor News Daily, recommendation 3 ('severe "
        "hypercalcemia of malignancy (serum calcium [SCa] >14 mg/dL)'). That "
        "calcitonin acts within hours and loses effect after about 48 h (tachyphylaxis) is "
        "widely taught but was NOT verified in a source here.",
    ),
    "zoledronic_hcm_indication": Fact(
        "Zoledronic acid label: HCM indication starts at an albumin-corrected calcium of",
        12,
        "mg/dL",
        "zoledronic_label_hcm",
        quote="indicated for the treatment of hypercalcemia of malignancy defined as an "
        "albumin-corrected calcium (cCa) of greater than or equal to 12 mg/dL [3.0 mmol/L]",
        locator="Section 1.1",
        note="The label adds (section 2.1, read in a reproduction): 'Mild or asymptomatic "
        "hypercalcemia may be treated with conservative measures (i.e., saline hydration, "
        "with or without loop diuretics).'",
    ),
    "hcm_drugs_to_stop": Table(
        label="Drugs that raise calcium, to review and stop in hypercalcaemia",
        columns=("drug",),
        rows=(("calcium supplements",), ("vitamin D",), ("thiazide diuretics",), ("lithium",)),
        source="utsw_hypercalcaemia_guide",
        evidence="secondary",
        quote="Drugs: milk-alkali, vitamin D, thiazides, lithium",
        locator="List of causes",
        note="A residents' teaching page, not a guideline: it lists these drugs among the "
        "causes of hypercalcaemia ('milk-alkali' = calcium with absorbable alkali). The "
        "Endocrine Society guideline's own wording on stopping them was not read here.",
    ),
    # --- Metastatic spinal cord compression ----------------------------------------------------
    "mscc_dexamethasone_with_rt": _recommendation(
        "ASTRO 2024: for cord or cauda equina compression, radiotherapy with dexamethasone "
        "(strong recommendation)",
        "radiotherapy combined with dexamethasone over radiotherapy alone",
        "strong",
        "astro2024",
        quote="For patients with spine bone metastases causing compression of the spinal cord "
        "or cauda equina, RT combined with dexamethasone is recommended over RT alone.",
        locator=_ASTRO_PAGE,
        note="The abstract agrees: 'dexamethasone is recommended for spine metastases with "
        "spinal cord or cauda equina compression'.",
    ),
    "mscc_dexamethasone_dose": Fact(
        "NICE NG234: oral dexamethasone for neurological symptoms or signs of MSCC, as soon as "
        "possible, then daily while awaiting surgery or radiotherapy",
        16,
        "mg",
        "nice_ng234",
        evidence="secondary",
        note="Recommendation 1.8.1 itself was not read here; dose and wording were read in a "
        "summary page that cites it ('offer 16 mg of oral dexamethasone (or an equivalent "
        "parenteral dose) as soon as possible … continue 16 mg daily for those awaiting "
        "surgery or radiotherapy'). NG234 also asks that the dose be reduced after surgery or "
        "at the start of radiotherapy; the taper's wording was not read, so no schedule is "
        "given here.",
    ),
    "mscc_spinal_precautions": _recommendation(
        "NICE NG234: spinal precautions until spinal stability has been assessed",
        "spinal precautions until spinal stability is assessed",
        "not verified",
        "nice_ng234",
        evidence="secondary",
        note="NOT READ IN NG234: its section on spinal stability was not read here. A nursing "
        "manual supports the step: the Royal Marsden Manual online (rmmonline.co.uk/manual/"
        "c07-sec-0176, 'Unstable spine') says 'For patients with an unstable spine or severe "
        "mechanical pain suggestive of spinal instability, specific instructions for moving "
        "must be followed until bony and neurological stability is radiologically confirmed' "
        "and, for those nursed flat, 'log rolling must be used. This is a technique used to "
        "maintain neutral spinal alignment.' A Cochrane review (CD007609, 2015 update) calls "
        "guidance on bed rest versus mobilising 'contradictory'.",
    ),
    "mscc_surgery_preferred": _recommendation(
        "ASTRO 2024: surgery with postoperative radiotherapy over radiotherapy alone for cord "
        "or cauda equina compression (conditional)",
        "surgery with postoperative radiotherapy over radiotherapy alone",
        "conditional",
        "astro2024",
        quote="For patients with spine bone metastases causing compression of the spinal cord "
        "or cauda equina, surgery with postoperative RT is conditionally recommended over RT "
        "alone.",
        locator=_ASTRO_PAGE,
    ),
    "mscc_surgery_min_survival": Fact(
        "Patchell 2005 (surgery + radiotherapy vs radiotherapy for MSCC) enrolled only patients "
        "with an expected survival of at least",
        3,
        "months",
        "patchell2005",
        evidence="secondary",
        quote="Estimated survival >= 3 months",
        locator="Trial inclusion criteria, as listed on the neurosurgerywiki page 'Patchell "
        "criteria'",
        note="Read in secondary summaries of the trial's eligibility (neurosurgerywiki, "
        "'Patchell criteria'; an appraisal page gives 'expected survival ≥3 months'), not in "
        "the trial report. The same summaries list the other criteria: one area of "
        "compression, no radiosensitive tumour, not paraplegic for more than 48 h. The course "
        "uses 3 months (13 weeks) as the survival below which the surgical evidence does not "
        "apply, not as a rule that forbids surgery.",
    ),
    "rt_min_life_expectancy": Fact(
        "ASTRO 2024: radiotherapy to improve quality of life for an anticipated life "
        "expectancy of at least",
        4,
        "weeks",
        "astro2024",
        quote="For patients with symptomatic bone metastases and an anticipated life expectancy "
        "of ≥4 weeks, RT is conditionally recommended to improve quality of life (eg, "
        "functional status, mobility).",
        locator=_ASTRO_PAGE,
        note="Below 4 weeks the guideline makes no such recommendation; the course treats that "
        "as the point where best supportive care leads. RT for pain itself is recommended "
        "without this condition.",
    ),
    "rt_for_bone_pain": _recommendation(
        "ASTRO 2024: radiotherapy to reduce pain from bone metastases (strong)",
        "radiotherapy to reduce pain from bone metastases",
        "strong",
        "astro2024",
        quote="For patients with symptomatic bone metastases, RT is recommended to reduce pain "
        "from osseous metastasis.",
        locator=_ASTRO_PAGE,
    ),
    "postop_rt_after_fixation": _recommendation(
        "ASTRO 2024: postoperative radiotherapy after surgery for non-spine bone metastases",
        "postoperative radiotherapy after surgery for non-spine bone metastases",
        "recommended",
        "astro2024",
        quote="Patients with nonspine bone metastases requiring surgery are recommended "
        "postoperative RT.",
        locator="Abstract (Results)",
    ),
}
