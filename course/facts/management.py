"""Clinical numbers used by the management lessons (clinical-facts.md §§1, 2, 5–7, 10).

Survival by primary cancer is in :mod:`course.facts.epidemiology`; it is reused, not copied.
"""

from ._model import Fact, Table

_PCT = {"denosumab_pct": "%", "zoledronic_pct": "%"}

FACTS: dict[str, Fact | Table] = {
    # --- Mirels (clinical-facts.md §1) -------------------------------------------------------
    "mirels_points": Table(
        label="Mirels score: points per component (total 4–12)",
        columns=("component", "one_point", "two_points", "three_points"),
        rows=(
            ("site", "upper limb", "lower limb", "peritrochanteric"),
            ("pain", "mild", "moderate", "functional"),
            ("lesion", "blastic", "mixed", "lytic"),
            ("size", "<1/3", "1/3-2/3", ">2/3"),
        ),
        source="jawad2010",
        evidence="secondary",
        note="Size: sources disagree whether the fraction is of cortical thickness or of bone "
        "diameter; Mirels' original wording was not verified.",
    ),
    "mirels_risk_by_total": Table(
        label="Mirels score: fracture risk and recommendation by total (commonly quoted table)",
        columns=("total_low", "total_high", "risk_pct", "risk_kind", "recommendation"),
        rows=(
            (4, 7, 4, "upper bound", "radiotherapy and observation"),
            (8, 8, 15, "point", "clinical judgement"),
            (9, 9, 33, "point", "prophylactic fixation"),
            (10, 12, 33, "lower bound", "prophylactic fixation"),
        ),
        source="jawad2010",
        units={"risk_pct": "%"},
        evidence="secondary",
        note="'< 4 %' at 7 or less, 15 % at 8, 33 % at 9 'rising to 100 %'. The risks quoted "
        "for totals 10–12 were not found in a primary source, so only the lower bound (the "
        "33 % at 9) is kept.",
    ),
    "mirels_original_cohort": Table(
        label="Mirels' derivation cohort: 78 irradiated long-bone lesions, 6-month follow-up",
        columns=("group", "lesions", "mean_score"),
        rows=(("fractured", 27, 10), ("did not fracture", 51, 7)),
        source="mirels1989",
        units={"mean_score": "points"},
        note="The abstract recommends prophylactic fixation at 8 or more (the commonly quoted "
        "table: 8 = judgement, fixation at 9 or more).",
    ),
    "mirels_original_fixation_threshold": Fact(
        "Mirels' abstract: prophylactic fixation before irradiation at a total of",
        8,
        "points",
        "mirels1989",
    ),
    "mirels_performance": Table(
        label="Mirels score: sensitivity and specificity in validation studies",
        columns=("study", "bones", "cutoff", "sensitivity_pct", "specificity_pct", "source"),
        rows=(
            ("Damron 2003 (12 cases, 53 raters)", "femur", "not stated", 91, 35, "damron2003"),
            ("Evans 2008", "humerus", ">= 7", 81, 32, "evans2008"),
            ("Evans 2008", "humerus", ">= 9", 14.5, 82.9, "evans2008"),
            ("Humerus cohort 2023 (188 patients)", "humerus", ">= 8", 83.6, 79.5, "humerus2023"),
        ),
        source="ramsey2020",
        units={"sensitivity_pct": "%", "specificity_pct": "%"},
        note="Ramsey 2020 summarises long-bone performance at >= 9 as sensitivity > 91 %, "
        "specificity 35 %; Damron's abstract does not state the cutoff.",
    ),
    # --- SINS (§2) -----------------------------------------------------------------------------
    "sins_points": Table(
        label="Spinal Instability Neoplastic Score (SINS): points per component (total 0–18)",
        columns=("component", "category", "points"),
        rows=(
            ("location", "junctional", 3),
            ("location", "mobile", 2),
            ("location", "semirigid", 1),
            ("location", "rigid", 0),
            ("pain", "mechanical", 3),
            ("pain", "occasional", 1),
            ("pain", "none", 0),
            ("lesion", "lytic", 2),
            ("lesion", "mixed", 1),
            ("lesion", "blastic", 0),
            ("alignment", "subluxation", 4),
            ("alignment", "deformity", 2),
            ("alignment", "normal", 0),
            ("collapse", ">50%", 3),
            ("collapse", "<50%", 2),
            ("collapse", "none with >50% involved", 1),
            ("collapse", "none", 0),
            ("posterolateral", "bilateral", 3),
            ("posterolateral", "unilateral", 1),
            ("posterolateral", "none", 0),
        ),
        source="fisher2010",
        units={"points": "points"},
        evidence="secondary",
        note="Three calculator pages citing Fisher 2010 give identical points.",
    ),
    "sins_categories": Table(
        label="SINS categories",
        columns=("total_low", "total_high", "category"),
        rows=((0, 6, "stable"), (7, 12, "potentially unstable"), (13, 18, "unstable")),
        source="fisher2010",
        evidence="secondary",
    ),
    "sins_referral_threshold": Fact(
        "SINS total at which surgical consultation is advised before radiotherapy",
        7,
        "points",
        "fisher2010",
        evidence="secondary",
    ),
    "sins_sensitivity": Fact(
        "SINS sensitivity for a potentially unstable or unstable spine",
        95.7,
        "%",
        "fourney2011",
        evidence="secondary",
    ),
    "sins_specificity": Fact(
        "SINS specificity for a potentially unstable or unstable spine",
        79.5,
        "%",
        "fourney2011",
        evidence="secondary",
    ),
    # --- Bone-modifying agents (§5) ------------------------------------------------------------
    "denosumab_vs_zoledronic_trials": Table(
        label="Denosumab vs zoledronic acid: time to first skeletal-related event",
        columns=("trial", "population", "patients", "hr", "ci_low", "ci_high", "source"),
        rows=(
            ("Stopeck 2010", "breast cancer", 2046, 0.82, 0.71, 0.95, "stopeck2010"),
            (
                "Fizazi 2011",
                "castration-resistant prostate cancer",
                1904,
                0.82,
                0.71,
                0.95,
                "fizazi2011",
            ),
            ("Henry 2011", "other solid tumours and myeloma", 1776, 0.84, 0.71, 0.98, "henry2011"),
            ("Lipton 2012 (pooled)", "all three trials", 5723, 0.83, 0.76, 0.90, "lipton2012"),
        ),
        source="lipton2012",
        units={"hr": "hazard ratio", "patients": "patients"},
        note="Hazard ratio < 1 favours denosumab. Stopeck, Henry and Lipton confirmed in their "
        "abstracts; Fizazi's HR (superiority p = 0.008) from a secondary summary.",
    ),
    "fizazi_median_time_to_sre": Table(
        label="Fizazi 2011: median time to first skeletal-related event",
        columns=("arm", "months"),
        rows=(("denosumab", 20.7), ("zoledronic acid", 17.1)),
        source="fizazi2011",
        units={"months": "months"},
        evidence="secondary",
    ),
    "pooled_sre_delay": Fact(
        "Pooled analysis: first skeletal-related event delayed by denosumab by",
        8.21,
        "months",
        "lipton2012",
    ),
    "bma_safety": Table(
        label="Adverse events, denosumab vs zoledronic acid",
        columns=("event", "setting", "denosumab_pct", "zoledronic_pct", "source"),
        rows=(
            ("osteonecrosis of the jaw", "Stopeck 2010 (breast)", 2.0, 1.4, "stopeck2010"),
            ("osteonecrosis of the jaw", "Fizazi 2011 (prostate)", 2, 1, "fizazi2011"),
            ("osteonecrosis of the jaw", "pooled (2,841 vs 2,836)", 1.8, 1.3, "lipton2012"),
            ("hypocalcaemia", "Fizazi 2011 (prostate)", 13, 6, "fizazi2011"),
            ("hypocalcaemia", "pooled (2,841 vs 2,836)", 9.6, 5.0, "lipton2012"),
            ("acute-phase reaction", "pooled (2,841 vs 2,836)", 8.7, 20.2, "lipton2012"),
        ),
        source="lipton2012",
        units=_PCT,
        note="Fizazi's ONJ figures are 22 vs 12 patients.",
    ),
    "onj_zoledronic_cumulative": Table(
        label="Cumulative incidence of osteonecrosis of the jaw on zoledronic acid (SWOG S0702)",
        columns=("years", "cumulative_pct"),
        rows=((1, 0.8), (2, 2.0), (3, 2.8)),
        source="swog_s0702",
        units={"years": "years", "cumulative_pct": "%"},
    ),
    "zoledronic_renal_dosing": Table(
        label="Zoledronic acid dose by creatinine clearance",
        columns=("min_crcl", "comparison", "dose_mg", "band"),
        rows=(
            (60, ">", 4.0, "> 60 mL/min"),
            (50, ">=", 3.5, "50–60 mL/min"),
            (40, ">=", 3.3, "40–49 mL/min"),
            (30, ">=", 3.0, "30–39 mL/min"),
            (0, ">=", None, "< 30 mL/min: not recommended"),
        ),
        source="aapro2008",
        units={"min_crcl": "mL/min", "dose_mg": "mg"},
        evidence="secondary",
        note="Read top-down: the first row whose threshold the clearance meets gives the dose "
        "(so 60 → 3.5 mg and 49.5 → 3.3 mg). Check creatinine before every dose.",
    ),
    "zoledronic_standard_dose": Fact(
        "Zoledronic acid standard dose (normal renal function), IV over at least 15 min",
        4,
        "mg",
        "elhajj2023",
    ),
    "denosumab_dose": Fact(
        "Denosumab dose for bone metastases, subcutaneously every 4 weeks",
        120,
        "mg",
        "vanpoznak2017",
    ),
    "calgb70604": Table(
        label="CALGB 70604: zoledronic acid every 4 vs every 12 weeks for 2 years (1,822 patients)",
        columns=("schedule", "patients_with_sre_pct"),
        rows=(("every 4 weeks", 29.5), ("every 12 weeks", 28.6)),
        source="himelstein2017",
        units={"patients_with_sre_pct": "%"},
        note="Non-inferiority margin 7 percentage points.",
    ),
    "zoom_smr": Table(
        label="ZOOM: skeletal morbidity rate after 12–15 months of monthly zoledronic acid",
        columns=("schedule", "events_per_patient_year"),
        rows=(("every 4 weeks", 0.22), ("every 12 weeks", 0.26)),
        source="amadori2013",
        units={"events_per_patient_year": "events per patient-year"},
        note="12-weekly dosing non-inferior.",
    ),
    # --- Radiotherapy (§6) ---------------------------------------------------------------------
    "ebrt_pain_reduction": Fact(
        "Pain reduction after external-beam radiotherapy for symptomatic bone metastases",
        (50, 80),
        "%",
        "gupta_icliniq",
        evidence="approximate",
        note="A range quoted in a clinical review page; consistent with the 71–73 % response "
        "in the Dutch Bone Metastasis Study, but not a pooled trial figure.",
    ),
    "dutch_fractionation": Table(
        label="Dutch Bone Metastasis Study: 8 Gy × 1 vs 24 Gy in 6 fractions",
        columns=("schedule", "response_pct", "retreatment_pct"),
        rows=(("8 Gy × 1", 71, 24), ("24 Gy / 6 fractions", 73, 6)),
        source="dutch2004",
        units={"response_pct": "%", "retreatment_pct": "%"},
    ),
    "astro_equivalent_schedules": Table(
        label="Schedules with equivalent pain relief (ASTRO 2017)",
        columns=("schedule", "dose_gy", "fractions"),
        rows=(
            ("8 Gy × 1", 8, 1),
            ("20 Gy / 5", 20, 5),
            ("24 Gy / 6", 24, 6),
            ("30 Gy / 10", 30, 10),
        ),
        source="lutz2017",
        units={"dose_gy": "Gy", "fractions": "fractions"},
        note="Retreatment is more frequent after a single fraction; consider re-irradiation "
        "if pain persists beyond 1 month.",
    ),
    "sc24": Table(
        label="SC.24: complete pain response at 3 months (spinal metastases, SINS < 12, n = 229)",
        columns=("arm", "complete_response_pct"),
        rows=(("SBRT 24 Gy / 2", 35), ("conventional 20 Gy / 5", 14)),
        source="sahgal2021",
        units={"complete_response_pct": "%"},
    ),
    "scorad3": Table(
        label="SCORAD III: ambulatory at 8 weeks (spinal canal compression, 686 patients)",
        columns=("arm", "ambulatory_pct"),
        rows=(("8 Gy × 1", 69.3), ("20 Gy / 5", 72.7)),
        source="hoskin2019",
        units={"ambulatory_pct": "%"},
        note="Non-inferiority not shown: lower confidence limit −11.5 % vs margin −11 %.",
    ),
    "rtog7810": Table(
        label="RTOG 78-10: single-dose hemibody irradiation",
        columns=("measure", "value_pct"),
        rows=(
            ("any pain relief", 73),
            ("complete pain relief", 20),
            ("responses within 1 week", 80),
        ),
        source="salazar1986",
        units={"value_pct": "%"},
        note="Recommended doses: 6 Gy upper half-body, 8 Gy lower or mid half-body.",
    ),
    "patchell2005": Table(
        label="Patchell 2005: decompressive surgery + 30 Gy/10 vs 30 Gy/10 alone (n = 101)",
        columns=("outcome", "surgery_plus_rt", "rt_alone", "unit"),
        rows=(
            ("ambulatory after treatment", 84, 57, "%"),
            ("regained the ability to walk", 62, 19, "%"),
            ("median time walking", 122, 13, "days"),
        ),
        source="patchell2005",
        note="Odds ratio 6.2 for walking. Eligible: one area of compression, expected survival "
        "≥ 3 months, not radiosensitive, not paraplegic > 48 h.",
    ),
    # --- Radiopharmaceuticals (§7) -------------------------------------------------------------
    "alsympca_os": Table(
        label="ALSYMPCA (radium-223, 921 men with CRPC, 2:1): overall survival",
        columns=("analysis", "radium_months", "placebo_months", "hr", "ci_low", "ci_high"),
        rows=(
            ("updated", 14.9, 11.3, 0.695, 0.581, 0.832),
            ("interim (809 patients)", 14.0, 11.2, 0.695, 0.552, 0.875),
        ),
        source="parker2013",
        units={"radium_months": "months", "placebo_months": "months"},
        evidence="secondary",
        note="From the sponsor/FDA release and the ASCO abstract; the NEJM rounding was not read.",
    ),
    "vision": Table(
        label="VISION (177Lu-PSMA-617, 831 patients with PSMA-positive mCRPC)",
        columns=("outcome", "lutetium", "control", "unit", "hr"),
        rows=(
            ("imaging-based progression-free survival", 8.7, 3.4, "months", 0.40),
            ("overall survival", 15.3, 11.3, "months", 0.62),
            ("grade ≥ 3 adverse events", 52.7, 38.0, "%", None),
        ),
        source="sartor2021",
        note="OS HR 0.62 (0.52–0.74). 7.4 GBq every 6 weeks, up to 6 cycles, after an "
        "androgen-receptor pathway inhibitor and a taxane.",
    ),
    "radiopharm_min_life_expectancy": Fact(
        "Radiopharmaceutical therapy: minimum life expectancy",
        3,
        "months",
        "gupta_icliniq",
        evidence="secondary",
        note="Same criteria in the EANM 2018 guideline (not checked line by line).",
    ),
    "radiopharm_washout": Fact(
        "Radiopharmaceutical therapy: no chemotherapy or bisphosphonate in the previous",
        6,
        "weeks",
        "gupta_icliniq",
        evidence="secondary",
    ),
    "ablation_neural_margin": Fact(
        "Thermal ablation of a vertebral lesion: minimum distance from neural structures",
        10,
        "mm",
        "gupta_icliniq",
        evidence="secondary",
        note="See CIRSE 2022 for thermal protection techniques when the margin is smaller.",
    ),
    # --- Lung cancer treatment lines (seed 000, checked in the trials) -------------------------
    "aura3_pfs": Table(
        label="AURA3: osimertinib after progression on a first-line EGFR inhibitor (T790M)",
        columns=("arm", "median_pfs_months"),
        rows=(("osimertinib", 10.1), ("platinum–pemetrexed", 4.4)),
        source="mok2017",
        units={"median_pfs_months": "months"},
        note="HR 0.30 (0.23–0.41); 419 patients.",
    ),
    "flaura": Table(
        label="FLAURA: first-line osimertinib vs gefitinib or erlotinib (556 patients)",
        columns=("outcome", "osimertinib_months", "standard_tki_months", "source"),
        rows=(
            ("median progression-free survival", 18.9, 10.2, "soria2018"),
            ("median overall survival", 38.6, 31.8, "ramalingam2020"),
        ),
        source="soria2018",
        units={"osimertinib_months": "months", "standard_tki_months": "months"},
    ),
    "targeted_honeymoon": Fact(
        "Typical 'honeymoon period' of disease control on a first targeted therapy",
        (1, 3),
        "years",
        "gupta_icliniq",
        evidence="approximate",
        note="A round figure from patient-facing sources, not a trial result: the median PFS "
        "on a first-generation EGFR inhibitor in FLAURA's control arm was 10.2 months and on "
        "osimertinib 18.9 months; some patients stay controlled much longer.",
    ),
    # --- Supportive care and prognosis (§10) ---------------------------------------------------
    "who_ladder": Table(
        label="WHO analgesic ladder",
        columns=("step", "drug_class", "example"),
        rows=(
            (1, "non-opioid", "aspirin, paracetamol"),
            (2, "mild opioid", "codeine"),
            (3, "strong opioid", "morphine"),
        ),
        source="who1986",
        note="Adjuvants may be added at every step; analgesics are given 'by the clock' every "
        "3–6 hours.",
    ),
    "who_ladder_effective": Fact(
        "Share of patients whose cancer pain the WHO ladder relieves (WHO's estimate)",
        (80, 90),
        "%",
        "who1986",
    ),
    "tokuhashi_survival": Table(
        label="Revised Tokuhashi score: predicted survival by total (0–15)",
        columns=("total_low", "total_high", "predicted_survival"),
        rows=((0, 8, "< 6 months"), (9, 11, "≥ 6 months"), (12, 15, "≥ 1 year")),
        source="tokuhashi2005",
    ),
    "katagiri_survival": Table(
        label="New Katagiri score (808 patients): published survival",
        columns=("group", "survival_6m_pct", "survival_1y_pct", "survival_2y_pct"),
        rows=(("score ≥ 7", 27, 6, None), ("score ≤ 3", None, 91, 78)),
        source="katagiri2014",
        units={"survival_6m_pct": "%", "survival_1y_pct": "%", "survival_2y_pct": "%"},
        note="Factors: primary lesion, visceral or cerebral metastases, abnormal laboratory "
        "values, ECOG 3–4, previous chemotherapy, multiple skeletal metastases. The point "
        "values are not shown: they were not verified.",
    ),
    "sorg_mortality": Table(
        label="SORG machine-learning model cohort (732 patients with spinal metastases)",
        columns=("outcome", "pct"),
        rows=(("90-day mortality", 25.1), ("1-year mortality", 54.3)),
        source="karhade2019",
        units={"pct": "%"},
        note="Top predictors: albumin, primary histology, performance status.",
    ),
    "guideline_recommendations": Table(
        label="Guideline recommendations on bone metastases (ESMO 2020; ASCO–CCO 2017)",
        columns=("topic", "recommendation", "grade", "source"),
        rows=(
            (
                "bone-modifying agent",
                "breast cancer or CRPC with bone metastases: start "
                "zoledronic acid or denosumab, symptomatic or not",
                "I, A",
                "esmo2020",
            ),
            (
                "bone-modifying agent",
                "other solid tumours: start if life expectancy ≥ 3 months "
                "and bone metastases are significant",
                "I, B",
                "esmo2020",
            ),
            (
                "radiotherapy",
                "external-beam RT is first choice for localised pain",
                "I, A",
                "esmo2020",
            ),
            (
                "radiotherapy",
                "single 8 Gy fraction for uncomplicated painful metastases",
                "I, A",
                "esmo2020",
            ),
            ("radiotherapy", "give RT after fixation or decompression", "III, B", "esmo2020"),
            (
                "surgery",
                "prophylactic fixation preferred to fixation after fracture",
                "III, B",
                "esmo2020",
            ),
            (
                "radium-223",
                "mCRPC with symptomatic bone metastases as the dominant disease",
                "I, A",
                "esmo2020",
            ),
            (
                "bone-modifying agent",
                "breast cancer: denosumab 4-weekly, pamidronate 3–4-weekly "
                "or zoledronic acid 12-weekly or 3–4-weekly; none preferred",
                "—",
                "vanpoznak2017",
            ),
            ("pain", "do not use a bone-modifying agent alone for pain", "—", "vanpoznak2017"),
            (
                "dental",
                "dental examination before starting a bone-modifying agent",
                "—",
                "vanpoznak2017",
            ),
        ),
        source="esmo2020",
        evidence="secondary",
        note="ESMO items read in a secondary summary; ASCO–CCO items confirmed.",
    ),
}
