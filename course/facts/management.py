"""Clinical numbers used by the management lessons: fracture-risk and instability scores,
bone-modifying agents, radiotherapy, radiopharmaceuticals, lung-cancer treatment lines,
supportive care and prognosis.

Each record carries ``quote`` (the source's own words) and ``locator`` (where they are). A record
marked ``secondary`` was not read in its named source; ``note`` says where the number was seen.
Survival by primary cancer is in :mod:`course.facts.epidemiology`; it is reused, not copied.
"""

from ._model import Fact, Table

_PCT = {"denosumab_pct": "%", "zoledronic_pct": "%"}
_SEED = "A claim of a patient-facing source article of the course, not of a guideline or trial"

FACTS: dict[str, Fact | Table] = {
    # --- Mirels ---------------------------------------------------------------------------------
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
        note="Categories as tabulated by Jawad & Scully 2010; their table was not read here. "
        "Ramsey et al. 2020 confirm the frame: 'This system incorporates lesion size, location, "
        "type, and pain characteristics. Each of these four subcategories are evaluated on a 1 "
        "to 3 scale and summed.' Size: sources disagree whether the fraction is of cortical "
        "thickness or of bone diameter; Mirels' original wording was not read.",
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
        note="Risks ('< 4 %' at 7 or less, 15 % at 8, 33 % at 9 'rising to 100 %') as commonly "
        "tabulated from Mirels 1989 (Jawad & Scully 2010); neither table was read here, and no "
        "primary source gives the risks at 10–12, so only the lower bound is kept. Ramsey et "
        "al. 2020 state the same recommendations: 'Total scores above an eight are considered "
        "at high risk of fracture, therefore warranting stabilization. A score of exactly 8 is "
        "considered borderline, and clinical judgment is used to make a final treatment "
        "decision.'",
    ),
    "mirels_original_cohort": Table(
        label="Mirels' derivation cohort: 78 irradiated long-bone lesions, 6-month follow-up",
        columns=("group", "lesions", "mean_score"),
        rows=(("fractured", 27, 10), ("did not fracture", 51, 7)),
        source="mirels1989",
        units={"mean_score": "points"},
        quote="The outcome identified 51 lesions that did not fracture during the subsequent "
        "six months and 27 lesions that fractured within six months. A mean score of 7 was "
        "found in the nonfracture group, whereas the fracture group had a mean score of 10.",
        locator="Abstract",
        note="The abstract recommends prophylactic fixation at 8 or more (the commonly quoted "
        "table: 8 = judgement, fixation at 9 or more).",
    ),
    "mirels_original_fixation_threshold": Fact(
        "Mirels' abstract: prophylactic fixation before irradiation at a total of",
        8,
        "points",
        "mirels1989",
        quote="Lesions with scores of 7 or lower can be safely irradiated without risk of "
        "fracture, while lesions with scores of 8 or higher require prophylactic internal "
        "fixation prior to irradiation.",
        locator="Abstract, last sentence",
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
        quote="When a hard score cutoff of ≥9 is used, it has been shown to be highly sensitive "
        "(>91%) but significantly less specific (35%) for predicting fracture.",
        locator="Introduction, third paragraph",
        source_quotes={
            "damron2003": ("Overall sensitivity was 91% and specificity was 35%", "Abstract"),
            "evans2008": (
                "sensitivity and specificity ... were 14.5% and 82.9% … sensitivity improved to "
                "81% but specificity was reduced to 32%",
                "Abstract (cut-offs of nine or greater, then seven or greater)",
            ),
            "humerus2023": (
                "A Mirels score of ≥8 points had the best predictive profile, with sensitivity "
                "of 83.6%, specificity of 79.5%",
                "Abstract",
            ),
        },
        note="Each row is quoted from its own study's abstract; Damron 2003 gives no cut-off.",
    ),
    # --- SINS -----------------------------------------------------------------------------------
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
        note="Fisher 2010's table was not read here. The same points appear on teaching and "
        "calculator pages that cite it (e.g. Oxford Medical Education's SINS page); Fourney "
        "2011's abstract confirms the six components (location, pain, bone quality, "
        "alignment, vertebral body collapse, posterolateral involvement).",
    ),
    "sins_categories": Table(
        label="SINS categories",
        columns=("total_low", "total_high", "category"),
        rows=((0, 6, "stable"), (7, 12, "potentially unstable"), (13, 18, "unstable")),
        source="fourney2011",
        quote="Each total score was converted into a three-category data field, with 0 to 6 as "
        "stable, 7 to 12 as potentially unstable, and 13 to 18 as unstable.",
        locator="Abstract (Methods)",
    ),
    "sins_referral_threshold": Fact(
        "SINS total from which surgical consultation is recommended",
        7,
        "points",
        "fisher2014",
        quote="a binary scale (stable: 0-6 points and current or possible instability; surgical "
        "consultation recommended: 7-18 points)",
        locator="Abstract (Methods)",
    ),
    "sins_sensitivity": Fact(
        "SINS sensitivity for a potentially unstable or unstable spine",
        95.7,
        "%",
        "fourney2011",
        evidence="secondary",
        note="Seen on a teaching page that quotes Fourney 2011 (Oxford Medical Education, SINS "
        "page); the part of the abstract that reports it was not read here.",
    ),
    "sins_specificity": Fact(
        "SINS specificity for a potentially unstable or unstable spine",
        79.5,
        "%",
        "fourney2011",
        evidence="secondary",
        note="Seen on a teaching page that quotes Fourney 2011 (Oxford Medical Education, SINS "
        "page); the part of the abstract that reports it was not read here.",
    ),
    # --- Bone-modifying agents ------------------------------------------------------------------
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
        evidence="secondary",
        quote="Denosumab was superior to zoledronic acid in delaying time to first on-study SRE "
        "by a median 8.21 months, reducing the risk of a first SRE by 17% (hazard ratio, 0.83 "
        "[95% confidence interval (CI): 0.76–0.90]; P < 0.001).",
        locator="Lipton 2012, Abstract (Findings)",
        note="Hazard ratio < 1 favours denosumab. Only the pooled row was read in its source. "
        "Stopeck 2010 and Henry 2011: abstracts not read here. Fizazi 2011: 'hazard ratio 0·82, "
        "95% CI 0·71–0·95' read only in a garbled third-party copy of the abstract; 1,904 "
        "randomised is in the Lancet abstract.",
    ),
    "fizazi_median_time_to_sre": Table(
        label="Fizazi 2011: median time to first skeletal-related event",
        columns=("arm", "months"),
        rows=(("denosumab", 20.7), ("zoledronic acid", 17.1)),
        source="fizazi2011",
        units={"months": "months"},
        evidence="secondary",
        note="The abstract's Findings sentence (20·7 vs 17·1 months) was read only in a garbled "
        "third-party copy; the stored Lancet page stops before it.",
    ),
    "pooled_sre_delay": Fact(
        "Pooled analysis of the three trials: median time to first skeletal-related event "
        "longer on denosumab than on zoledronic acid by",
        8.21,
        "months",
        "lipton2012",
        quote="Denosumab was superior to zoledronic acid in delaying time to first on-study SRE "
        "by a median 8.21 months, reducing the risk of a first SRE by 17%",
        locator="Abstract (Findings)",
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
        evidence="secondary",
        note="Fizazi rows: Table 4 of a PMC full text that appears to be the trial report's "
        "author manuscript (PMC3090685) gives osteonecrosis of the jaw 22 (2%) vs 12 (1%) and "
        "hypocalcaemia 121 (13%) vs 55 (6%). Pooled rows: "
        "read in Table 1 of a review of the pooled safety data (Brown-Glaberman & Stopeck, "
        "Biologics 2012), not in Lipton 2012 itself. Stopeck row: not read here.",
    ),
    "onj_zoledronic_cumulative": Table(
        label="Cumulative incidence of osteonecrosis of the jaw on zoledronic acid (SWOG S0702)",
        columns=("years", "cumulative_pct"),
        rows=((1, 0.8), (2, 2.0), (3, 2.8)),
        source="swog_s0702",
        units={"years": "years", "cumulative_pct": "%"},
        quote="In this cohort study of 3491 participants initiating zoledronic acid treatment "
        "for bone metastases, the cumulative incidence of ONJ was 0.8% at year 1, 2.0% at year "
        "2, and 2.8% at year 3",
        locator="Key Points (Findings)",
    ),
    "zoledronic_renal_dosing": Table(
        label="Zoledronic acid dose by creatinine clearance in multiple myeloma and bone "
        "metastases (not for hypercalcaemia of malignancy)",
        columns=("min_crcl", "comparison", "dose_mg", "band"),
        rows=(
            (60, ">", 4.0, "> 60 mL/min"),
            (50, ">=", 3.5, "50–60 mL/min"),
            (40, ">=", 3.3, "40–49 mL/min"),
            (30, ">=", 3.0, "30–39 mL/min"),
            (0, ">=", None, "< 30 mL/min: not recommended"),
        ),
        source="fda_zoledronic",
        units={"min_crcl": "mL/min", "dose_mg": "mg"},
        quote="Table 1: Reduced Doses for Patients with Baseline CrCl <60 mL/min Baseline "
        "Creatinine Clearance (mL/min) Zometa Recommended Dose* >60 4 mg 50 - 60 3.5 mg 40 - 49 "
        "3.3 mg 30 - 39 3 mg",
        locator="US prescribing information (revised 06/2011), section 2.2, Table 1; read in a "
        "reproduced copy of the label text",
        note="Below 30 mL/min: 'Zometa treatment is not recommended in patients with bone "
        "metastases with severe renal impairment' (section 5.3); the EU summary of product "
        "characteristics defines severe impairment 'for this population as CLcr < 30 ml/min'. "
        "This table is not for hypercalcaemia of malignancy: 'Dose adjustments of Zometa are "
        "not necessary in treating patients for hypercalcemia of malignancy presenting with "
        "mild-to-moderate renal impairment prior to initiation of therapy (serum creatinine "
        "<400 µmol/L or <4.5 mg/dL)' and 'Patients should be adequately rehydrated prior to "
        "administration of Zometa' (section 2.1). Read top-down: the first row whose threshold "
        "the clearance meets gives the dose (so 60 → 3.5 mg and 49.5 → 3.3 mg). The label "
        "asks that 'serum creatinine should be measured before each Zometa dose and treatment "
        "should be withheld for renal deterioration' (section 2.2).",
    ),
    "zoledronic_standard_dose": Fact(
        "Zoledronic acid dose in myeloma and bone metastases with creatinine clearance "
        "> 60 mL/min, IV over at least 15 min every 3–4 weeks",
        4,
        "mg",
        "fda_zoledronic",
        quote="4 mg as a single-use intravenous infusion over no less than 15 minutes every 3-4 "
        "weeks for patients with creatinine clearance of greater than 60 mL/min",
        locator="Highlights of prescribing information (revised 06/2011), Dosage and "
        "administration (2.2); read in a reproduced copy of the label text",
    ),
    "denosumab_dose": Fact(
        "Denosumab dose for bone metastases (ASCO–CCO breast cancer guideline), subcutaneously "
        "every 4 weeks",
        120,
        "mg",
        "vanpoznak2017",
        quote="Options include denosumab, 120 mg subcutaneously, every 4 weeks; pamidronate, 90 "
        "mg intravenously, every 3 to 4 weeks; or zoledronic acid, 4 mg intravenously every 12 "
        "weeks or every 3 to 4 weeks.",
        locator="Abstract (Recommendations)",
    ),
    "calgb70604": Table(
        label="CALGB 70604: zoledronic acid every 4 vs every 12 weeks for 2 years (1,822 patients)",
        columns=("schedule", "patients_with_sre_pct"),
        rows=(("every 4 weeks", 29.5), ("every 12 weeks", 28.6)),
        source="himelstein2017",
        units={"patients_with_sre_pct": "%"},
        quote="a between-group absolute difference of 7% as the noninferiority margin. … A "
        "total of 260 patients (29.5%) in the zoledronic acid every 4-week dosing group and 253 "
        "patients (28.6%) in the every 12…",
        locator="Abstract (Main outcomes and measures; Results)",
        note="Non-inferiority margin 7 percentage points; outcome: at least one skeletal-related "
        "event within 2 years.",
    ),
    "zoom_smr": Table(
        label="ZOOM: skeletal morbidity rate after 12–15 months of monthly zoledronic acid",
        columns=("schedule", "events_per_patient_year"),
        rows=(("every 4 weeks", 0.22), ("every 12 weeks", 0.26)),
        source="amadori2013",
        units={"events_per_patient_year": "events per patient-year"},
        quote="The skeletal morbidity rate was 0·26 (95% CI 0·15—0·37) in the 12-week group "
        "versus 0·22 (0·14—0·29) in the 4-week group.",
        locator="Summary (Findings)",
        note="12-weekly dosing non-inferior: the upper limit of the one-tailed 97·5% CI of the "
        "difference (0·17) was below the margin of 0·19.",
    ),
    # --- Radiotherapy ---------------------------------------------------------------------------
    "ebrt_pain_reduction": Fact(
        "Overall pain response after palliative radiotherapy for painful bone metastases, "
        "single vs multiple fractions (9 non-randomised studies, pooled)",
        (67, 70),
        "%",
        "saito2019",
        quote="In the 9 studies, the overall response rate was 67% (884 of 1321 patients) for "
        "patients in the single-fraction arm and 70% (953 of 1360 patients) for those in the "
        "multiple-fraction arm",
        locator="Abstract (Results)",
        note="Replaces a 50–80 % range that rested only on a patient-facing web article. The "
        "randomised Dutch Bone Metastasis Study found 71 % vs 73 % (see dutch_fractionation); "
        "Chow's 2012 meta-analysis of randomised trials could not be read here.",
    ),
    "dutch_fractionation": Table(
        label="Dutch Bone Metastasis Study: 8 Gy × 1 vs 24 Gy in 6 fractions",
        columns=("schedule", "response_pct", "retreatment_pct"),
        rows=(("8 Gy × 1", 71, 24), ("24 Gy / 6 fractions", 73, 6)),
        source="dutch2004",
        units={"response_pct": "%", "retreatment_pct": "%"},
        quote="The Dutch Bone Metastasis Study on the effect on painful bone metastases of 8 Gy "
        "single fraction (SF) vs. 24 Gy in multiple fractions (MF) showed 24% retreatment after "
        "SF vs. 6% after MF (p < 0.001). … Response to initial treatment was 71% after SF vs. "
        "73% after MF (p = 0.84).",
        locator="Abstract",
    ),
    "astro_equivalent_schedules": Table(
        label="Schedules with equivalent pain relief (ASTRO 2017; kept by the ASTRO 2024 "
        "guideline that replaced it)",
        columns=("schedule", "dose_gy", "fractions"),
        rows=(
            ("8 Gy × 1", 8, 1),
            ("20 Gy / 5", 20, 5),
            ("24 Gy / 6", 24, 6),
            ("30 Gy / 10", 30, 10),
        ),
        source="lutz2017",
        units={"dose_gy": "Gy", "fractions": "fractions"},
        quote="An updated review of high-quality data continues to show pain relief equivalency "
        "following a single 8 Gy fraction, 20 Gy in 5 fractions, 24 Gy in 6 fractions, and 30 "
        "Gy in 10 fractions for patients with previously unirradiated painful bone metastases.",
        locator="Key question 1, guideline statement 1",
        note="Superseded by ASTRO 2024 (Alcorn et al., Pract Radiat Oncol 2024), which "
        "recommends the same four schedules ('800 cGy in 1 fraction (800 cGy/1 fx), 2000 cGy/5 "
        "fx, 2400 cGy/6 fx, or 3000 cGy/10 fx'), adds 1600 cGy/2 fx for cord or cauda equina "
        "compression in patients not eligible for surgery, and conditionally recommends SBRT "
        "for selected patients. Retreatment is more frequent after a single fraction.",
    ),
    "sc24": Table(
        label="SC.24: complete pain response at 3 months (spinal metastases, SINS < 12, n = 229)",
        columns=("arm", "complete_response_pct"),
        rows=(("SBRT 24 Gy / 2", 35), ("conventional 20 Gy / 5", 14)),
        source="sahgal2021",
        units={"complete_response_pct": "%"},
        evidence="secondary",
        note="Design read in the abstract (SINS below 12; 24 Gy in two daily fractions vs 20 Gy "
        "in five). The response rates were read only in a news report of the paper (Cancer "
        "Therapy Advisor: 'At 3 months, the CR rate was 35% in the SBRT arm and 14% in the "
        "EBRT arm').",
    ),
    "scorad3": Table(
        label="SCORAD III: ambulatory at 8 weeks (spinal canal compression, 686 patients)",
        columns=("arm", "ambulatory_pct"),
        rows=(("8 Gy × 1", 69.3), ("20 Gy / 5", 72.7)),
        source="hoskin2019",
        units={"ambulatory_pct": "%"},
        quote="In a clinical trial of 686 patients, the percentage who were ambulatory at 8 "
        "weeks was 69.3% in the single-fraction group vs 72.7% in the multifraction "
        "radiotherapy group. The lower CI limit for the risk difference (−11.5%) did not meet "
        "the predefined noninferiority margin of −11.0%.",
        locator="Key Points (Findings)",
        note="Non-inferiority not shown: lower confidence limit −11.5 % vs margin −11 %.",
    ),
    "rtog7810": Table(
        label="RTOG 78-10: single-dose hemibody irradiation",
        columns=("measure", "value_pct"),
        rows=(
            ("any pain relief", 73),
            ("complete pain relief", 20),
            ("of responders, relief within 1 week", 80),
        ),
        source="salazar1986",
        units={"value_pct": "%"},
        quote="HBI was found to relieve pain in 73% of the patients. In 20% of the patients the "
        "pain relief was complete; … nearly 50% of all responding patients doing so within 48 "
        "hours and 80% within one week … 600 rad for the upper HBI and 800 rad for the lower or "
        "mid-HBI.",
        locator="Abstract",
        note="The doses the trial found 'most effective and safest': 600 rad (6 Gy) upper "
        "half-body, 800 rad (8 Gy) lower or mid half-body.",
    ),
    "patchell2005": Table(
        label="Patchell 2005: decompressive surgery + 30 Gy/10 vs 30 Gy/10 alone (n = 101)",
        columns=("outcome", "surgery_plus_rt", "rt_alone", "unit"),
        rows=(
            ("ambulatory after treatment", 84, 57, "%"),
            ("regained walking (of 32 unable to walk at entry)", 62, 19, "%"),
            ("median time walking", 122, 13, "days"),
        ),
        source="patchell2005",
        quote="Significantly more patients in the surgery group (42/50, 84%) than in the "
        "radiotherapy group (29/51, 57%) were able to walk after treatment … (median 122 days "
        "vs 13 days, p=0.003). … significantly more patients in the surgery group regained the "
        "ability to walk than patients in the radiation group (10/16 [62%] vs 3/16 [19%]",
        locator="Abstract (Findings)",
        note="Odds ratio 6.2 for walking. Eligible: one area of compression, expected survival "
        "≥ 3 months, not radiosensitive; patients paraplegic for more than 48 h were excluded.",
    ),
    # --- Radiopharmaceuticals -------------------------------------------------------------------
    "alsympca_os": Table(
        label="ALSYMPCA (radium-223 vs placebo, 921 men with CRPC and bone metastases, 2:1): "
        "overall survival",
        columns=("analysis", "radium_months", "placebo_months", "hr", "ci_low", "ci_high"),
        rows=(
            ("updated", 14.9, 11.3, 0.695, 0.581, 0.832),
            ("interim (809 patients)", 14.0, 11.2, 0.695, 0.552, 0.875),
        ),
        source="parker2013",
        units={"radium_months": "months", "placebo_months": "months"},
        evidence="secondary",
        note="Hazard ratios with three decimals from the sponsor's FDA-approval announcement; "
        "news reports of the NEJM paper give HR 0.70 for both analyses. The NEJM abstract's "
        "results were not read here; its methods confirm 921 patients, 2:1, six injections of "
        "50 kBq per kilogram every 4 weeks, in men with 'castration-resistant prostate cancer "
        "and bone metastases' 'who had received, were not eligible to receive, or declined "
        "docetaxel'.",
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
        evidence="secondary",
        quote="177Lu-PSMA-617 plus standard care significantly prolonged, as compared with "
        "standard care, both imaging-based progression-free survival (median, 8.7 vs. 3.4 "
        "months; hazard ratio for progression or death, 0.40; 99.2% confidence interval [CI], "
        "0.29 to 0.57; P<0.001) and overall survival",
        locator="Abstract (Results)",
        note="The first row was read in the abstract. Overall survival (15.3 vs 11.3 months, HR "
        "0.62, 95% CI 0.52–0.74) and grade ≥ 3 adverse events (52.7 % vs 38.0 %) were read in "
        "summaries of the paper, not in its abstract. 7.4 GBq every 6 weeks for four to six "
        "cycles, after an androgen-receptor pathway inhibitor and one or two taxane regimens.",
    ),
    "radiopharm_min_life_expectancy": Fact(
        "Source article's claim, not a guideline criterion: radiopharmaceutical therapy needs a "
        "life expectancy of more than",
        3,
        "months",
        "gupta_icliniq",
        evidence="secondary",
        locator="Section 'Bone-targeted Radiopharmaceutical Therapy'",
        note=f"{_SEED}. Not found in a primary source: the EANM 2018 guidelines (beta emitters; "
        "radium-223) were read only as abstracts, which give no minimum life expectancy.",
    ),
    "radiopharm_washout": Fact(
        "Source article's claim, not supported by any guideline found: no chemotherapy or "
        "bisphosphonate in the previous",
        6,
        "weeks",
        "gupta_icliniq",
        evidence="secondary",
        locator="Section 'Bone-targeted Radiopharmaceutical Therapy'",
        note=f"{_SEED}. No guideline read here asks for a bisphosphonate-free interval; ESMO "
        "2020, as summarised by Univadis, advises radium-223 'as a single agent (with "
        "luteinising hormone-releasing hormone [LHRH] analogues) following previous use and/or "
        "in combination with bone-targeted agents'. A wait after myelosuppressive chemotherapy "
        "is a separate question, not checked here.",
    ),
    "ablation_neural_margin": Fact(
        "Source article's claim: keep thermal ablation of a vertebral lesion at least this far "
        "from neural structures",
        10,
        "mm",
        "gupta_icliniq",
        evidence="secondary",
        locator="Section 'Surgical Management', paragraph on thermal ablation",
        note=f"{_SEED}. No distance rule was found in the parts of the CIRSE 2022 standards of "
        "practice read here (abstract and introduction); they were not read in full.",
    ),
    # --- Lung cancer treatment lines ------------------------------------------------------------
    "aura3_pfs": Table(
        label="AURA3: osimertinib after progression on a first-line EGFR inhibitor (T790M)",
        columns=("arm", "median_pfs_months"),
        rows=(("osimertinib", 10.1), ("platinum–pemetrexed", 4.4)),
        source="mok2017",
        units={"median_pfs_months": "months"},
        quote="The median duration of progression-free survival was significantly longer with "
        "osimertinib than with platinum therapy plus pemetrexed (10.1 months vs. 4.4 months; "
        "hazard ratio; 0.30; 95% confidence interval [CI], 0.23 to 0.41; P<0.001).",
        locator="Abstract (Results)",
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
        evidence="secondary",
        quote="The median progression-free survival was significantly longer with osimertinib "
        "than with standard EGFR-TKIs (18.9 months vs. 10.2 months; hazard ratio for disease "
        "progression or death, 0.46; 95% confidence interval [CI], 0.37 to 0.57; P<0.001).",
        locator="Soria 2018, Abstract (Results)",
        note="The progression-free survival row was read in Soria 2018's abstract. The overall "
        "survival row (38.6 vs 31.8 months, HR 0.80) was read in news summaries of Ramalingam "
        "2020, not in the paper.",
    ),
    "first_line_targeted_pfs": Table(
        label="First-line targeted therapy in advanced NSCLC: median progression-free survival",
        columns=(
            "trial",
            "drug",
            "comparator",
            "median_on_drug",
            "median_on_comparator",
            "source",
        ),
        rows=(
            ("FLAURA (EGFR)", "osimertinib", "gefitinib or erlotinib", 18.9, 10.2, "soria2018"),
            ("ALEX (ALK), final PFS", "alectinib", "crizotinib", 34.8, 10.9, "mok2020"),
            ("CROWN (ALK), 5 years", "lorlatinib", "crizotinib", None, 9.1, "solomon2024"),
        ),
        source="mok2020",
        units={"median_on_drug": "months", "median_on_comparator": "months"},
        quote="Mature PFS data showed significantly prolonged investigator-assessed PFS with "
        "alectinib [hazard ratio (HR) 0.43, 95% confidence interval (CI) 0.32-0.58; median PFS "
        "34.8 versus 10.9 months crizotinib].",
        locator="Mok 2020, Abstract (Results)",
        source_quotes={
            "soria2018": ("18.9 months vs. 10.2 months", "Soria 2018, Abstract (Results)"),
            "solomon2024": (
                "median PFS was not reached (NR [95% CI, 64.3 to NR]) with lorlatinib and 9.1 "
                "months (95% CI, 7.4 to 10.9) with crizotinib",
                "Solomon 2024, Abstract (Results)",
            ),
        },
        note="An empty cell means the median was not reached (CROWN, lorlatinib).",
    ),
    "egfr_first_line_combinations": Table(
        label="First-line EGFR-mutated advanced NSCLC after FLAURA: two combinations against "
        "osimertinib alone",
        columns=(
            "trial",
            "regimen",
            "comparator",
            "endpoint",
            "median_on_regimen",
            "median_on_comparator",
            "source",
        ),
        rows=(
            (
                "FLAURA2",
                "osimertinib + platinum-pemetrexed",
                "osimertinib",
                "overall survival",
                47.5,
                37.6,
                "planchard2025",
            ),
            (
                "MARIPOSA",
                "amivantamab + lazertinib",
                "osimertinib",
                "progression-free survival (blinded independent central review)",
                23.7,
                16.6,
                "esmo_mariposa2024",
            ),
        ),
        source="esmo_mariposa2024",
        units={"median_on_regimen": "months", "median_on_comparator": "months"},
        evidence="secondary",
        quote="The median PFS was 23.7 months (95% CI 19.1, 27.7) in the lazertinib with "
        "amivantamab arm and 16.6 months (95% CI 14.8, 18.5) in the osimertinib arm.",
        locator="ESMO news of the FDA approval, 19 August 2024, efficacy paragraph",
        note="MARIPOSA is quoted from ESMO's report of the FDA review, not the trial paper. "
        "FLAURA2's final analysis (N Engl J Med 2025) was read in a reproduction of its abstract: "
        "'The median overall survival was 47.5 months in the osimertinib plus platinum-pemetrexed "
        "group and 37.6 months in the osimertinib monotherapy group'. Both combinations added "
        "toxicity: grade 3 or higher adverse events of any cause 70 % vs 34 % in FLAURA2 (same "
        "abstract). MARIPOSA's toxicity is not compared in ESMO's report, which lists the "
        "combination's common adverse reactions (≥20 %: rash, nail toxicity, infusion-related "
        "reactions, venous thromboembolism among others); a secondary summary of the trial paper "
        "(Cho et al., N Engl J Med 2024; journaljams.org) reports discontinuation of all agents "
        "for treatment-related adverse events in 10 % vs 3 % on osimertinib (trial paper not "
        "read).",
    ),
    "who2018_pain_prevalence": Table(
        label="WHO 2018 cancer-pain guideline: share of patients with pain",
        columns=("setting", "patients_with_pain"),
        rows=(
            ("undergoing anti-cancer treatment", 55),
            ("advanced, metastatic or terminal disease", 66),
        ),
        source="who2018_pain_record",
        units={"patients_with_pain": "%"},
        quote="Pain is experienced by 55% of patients undergoing anti-cancer treatment and by 66% "
        "of patients who have advanced, metastatic, or terminal disease. The goal of cancer pain "
        "management is to relieve pain to a level that allows for an acceptable quality of life.",
        locator="Summary record, first and second paragraphs",
    ),
    "targeted_honeymoon": Fact(
        "Source article's claim, not a trial result: a 'honeymoon period' of disease control on "
        "a first targeted therapy lasting",
        (1, 3),
        "years",
        "ytrove_lung_bone",
        evidence="secondary",
        locator="Section 'The Role of Targeted Therapy and Resistance'",
        note=f"{_SEED}. Trial medians for comparison (first_line_targeted_pfs): 10.2 months on "
        "gefitinib or erlotinib and 18.9 months on osimertinib (FLAURA), 34.8 months on "
        "alectinib (ALEX); on lorlatinib the median was not reached after 5 years (CROWN).",
    ),
    # --- Supportive care and prognosis ----------------------------------------------------------
    "who_ladder": Table(
        label="WHO analgesic ladder",
        columns=("step", "drug_class", "example"),
        rows=(
            (1, "non-opioid", "aspirin, paracetamol"),
            (2, "mild opioid", "codeine"),
            (3, "strong opioid", "morphine"),
        ),
        source="who1986",
        quote="If pain occurs, there should be prompt oral administration of drugs in the "
        "following order: nonopioids (aspirin and paracetamol); then, as necessary, mild "
        "opioids (codeine); then strong opioids such as morphine, until the patient is free of "
        "pain.",
        locator="WHO web page 'WHO's cancer pain ladder for adults', second paragraph",
        note="Same page: 'To calm fears and anxiety, additional drugs – “adjuvants” – "
        "should be used' and drugs are given 'by the clock', that is every 3-6 hours, rather "
        "than on demand. This is the ladder WHO published in 1986, as shown on an older WHO "
        "page; WHO's current cancer-pain guidance is its 2018 guideline for adults and "
        "adolescents (not read here).",
    ),
    "who_ladder_effective": Fact(
        "WHO's estimate of how effective its three-step ladder is against cancer pain",
        (80, 90),
        "%",
        "who1986",
        quote="This three-step approach of administering the right drug in the right dose at "
        "the right time is inexpensive and 80-90% effective.",
        locator="WHO web page 'WHO's cancer pain ladder for adults', third paragraph",
    ),
    "tokuhashi_survival": Table(
        label="Revised Tokuhashi score: predicted survival by total (0–15)",
        columns=("total_low", "total_high", "predicted_survival"),
        rows=((0, 8, "< 6 months"), (9, 11, "≥ 6 months"), (12, 15, "≥ 1 year")),
        source="tokuhashi2005",
        quote="Criteria of predicted prognosis: Total Score (TS) 0–8 < 6 months, TS 9–11 ≥ 6 "
        "months, TS 12–15 ≥ 1 year",
        locator="Scoring table, read as reproduced with permission in NICE CG75 (2008), Appendix 3",
    ),
    "katagiri_survival": Table(
        label="New Katagiri score (808 patients): published survival",
        columns=("group", "survival_6m_pct", "survival_1y_pct", "survival_2y_pct"),
        rows=(("score ≥ 7", 27, 6, None), ("score ≤ 3", None, 91, 78)),
        source="katagiri2014",
        units={"survival_6m_pct": "%", "survival_1y_pct": "%", "survival_2y_pct": "%"},
        quote="With a prognostic score of ≥7, the survival rate was 27% at 6 months, and only "
        "6% at 1 year. In contrast, patients with a prognostic score of ≤3 had a survival rate "
        "of 91% at 1 year, and 78% at 2 years.",
        locator="Abstract",
        note="Factors: the primary lesion, visceral or cerebral metastases, abnormal laboratory "
        "data, poor performance status, previous chemotherapy and multiple skeletal "
        "metastases. The point values are not shown: they were not read here.",
    ),
    "sorg_mortality": Table(
        label="SORG machine-learning model cohort (732 patients operated on for spinal metastases)",
        columns=("outcome", "pct"),
        rows=(("90-day mortality", 25.1), ("1-year mortality", 54.3)),
        source="karhade2019",
        units={"pct": "%"},
        quote="Overall, 732 patients were identified with 90-d and 1-yr mortality rates of 181 "
        "(25.1%) and 385 (54.3%), respectively.",
        locator="Abstract (Results)",
        note="Top predictors of 90-day mortality: albumin, primary tumour histology and "
        "performance status.",
    ),
    "guideline_recommendations": Table(
        label="Guideline recommendations on bone metastases (ESMO 2020; ASCO–CCO 2017; EMA 2018)",
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
                "radium-223",
                "EU restriction since 2018: only after two previous treatments for metastatic "
                "prostate cancer or when no other treatment can be given; never with "
                "abiraterone and prednisone/prednisolone; not without symptoms; not "
                "recommended with a low number of osteoblastic bone metastases",
                "—",
                "ema2018_xofigo",
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
        note="ESMO items and grades read in a news summary of the guideline (Univadis), not in "
        "the guideline. ASCO–CCO 2017 abstract: 'Options include denosumab, 120 mg "
        "subcutaneously, every 4 weeks; pamidronate, 90 mg intravenously, every 3 to 4 weeks; "
        "or zoledronic acid, 4 mg intravenously every 12 weeks or every 3 to 4 weeks. The "
        "analgesic effects of BMAs are modest, and they should not be used alone for bone "
        "pain.' The dental examination is a 2011 ASCO recommendation kept in 2017 (guideline "
        "summary page), not in the 2017 abstract. EMA row, from the EMA referral page for "
        "Xofigo (26 July 2018), after a trial of radium-223 added to abiraterone and "
        "prednisone/prednisolone: EMA 'recommended restricting its use to patients who have "
        "had two previous treatments for metastatic prostate cancer ... or who cannot receive "
        "other treatments. Xofigo must also not be used with the medicines Zytiga (abiraterone "
        "acetate) and the corticosteroid prednisone or prednisolone.'",
    ),
    "temel2010_survival": Table(
        label="Early palliative care with standard oncology care vs standard care alone "
        "(151 patients, newly diagnosed metastatic non-small-cell lung cancer): median survival",
        columns=("arm", "median_survival_months"),
        rows=(("early palliative care", 11.6), ("standard care", 8.9)),
        source="temel2010",
        units={"median_survival_months": "months"},
        evidence="secondary",
        quote="median survival was longer among patients receiving early palliative care (11.6 "
        "months vs. 8.9 months, P=0.02). CONCLUSIONS Among patients with metastatic "
        "non-small-cell lung cancer, early palliative care led to significant improvements in "
        "both quality of life and mood.",
        locator="Abstract (Results, Conclusions)",
        note="The abstract was read in reproductions (paperexplained.cn; a hospice blog that "
        "quotes it), not on the journal's page. Survival was a secondary outcome; quality of "
        "life at 12 weeks was the primary one.",
    ),
    "lee2017_ici_egfr": Table(
        label="Checkpoint inhibitors vs docetaxel after first-line treatment (3 trials): hazard "
        "ratio for death by EGFR status",
        columns=("subgroup", "os_hazard_ratio"),
        rows=(("EGFR wild-type", 0.66), ("EGFR-mutant", 1.05)),
        source="lee2017_ici_egfr",
        units={"os_hazard_ratio": "HR"},
        quote="immune checkpoint inhibitors significantly prolonged OS over that with docetaxel "
        "overall (n = 1903, HR = 0.68 …) and in the EGFR wild-type subgroup (n = 1362, HR = "
        "0.66, 95% CI: 0.58-0.76, p < 0.0001) but not in the EGFR-mutant subgroup (n = 186, HR "
        "= 1.05, 95% CI: 0.70-1.55",
        locator="Abstract (Results), PubMed record PMID 27765535",
    ),
}
