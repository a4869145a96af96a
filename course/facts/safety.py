"""Safety-critical rules found in clinical review: prescribing restrictions, renal rules by
indication, triage of new bone pain and current guideline recommendations."""

from ._model import Fact, Table

FACTS: dict[str, Fact | Table] = {
    # --- Zoledronic acid in hypercalcaemia of malignancy ------------------------------------
    "zoledronic_hcm_creatinine_limit": Table(
        label="Zoledronic acid for hypercalcaemia of malignancy: no dose change below this "
        "serum creatinine",
        columns=("unit", "serum_creatinine"),
        rows=(("mg/dL", 4.5), ("umol/L", 400.0)),
        source="zometa_label_hcm",
        evidence="secondary",
        quote="Dose adjustments of Zometa are not necessary in treating patients for "
        "hypercalcemia of malignancy presenting with mild-to-moderate renal impairment prior "
        "to initiation of therapy (serum creatinine <400 µmol/L or <4.5 mg/dL).",
        locator="Section 2.1, Hypercalcemia of Malignancy",
        note="The creatinine-clearance table (> 60 … < 30 mL/min) is the label's rule for "
        "bone metastases and myeloma, not for hypercalcaemia. Label text read in a verbatim "
        "reproduction, not on the regulator's site.",
    ),
    "zoledronic_hcm_dose": Fact(
        "Zoledronic acid, hypercalcaemia of malignancy: maximum single dose, after rehydration",
        4,
        "mg",
        "zometa_label_hcm",
        evidence="secondary",
        quote="The 4-mg dose must be given as a single-dose intravenous infusion over no less "
        "than 15 minutes.",
        locator="Section 2.1, Hypercalcemia of Malignancy",
        note="The label also says: 'Patients should be adequately rehydrated prior to "
        "administration of Zometa.'",
    ),
    "creatinine_non_steady_state": Table(
        label="Why a clearance estimate from one creatinine misleads in acute kidney injury",
        columns=("point",),
        rows=(
            ("Cockcroft–Gault assumes a steady-state creatinine",),
            ("in acute, dehydration-driven kidney injury creatinine is still changing",),
            ("re-estimate once the patient is rehydrated and creatinine is stable",),
        ),
        source="chen2013",
        quote="Assessing the GFR is problematic while the plasma creatinine is changing quickly.",
        locator="Abstract, first sentence",
    ),
    "hcm_denosumab_preferred": Table(
        label="Endocrine Society 2023: antiresorptive choice in hypercalcaemia of malignancy",
        columns=("recommendation", "strength"),
        rows=(
            ("denosumab or an IV bisphosphonate", "strong"),
            ("denosumab rather than an IV bisphosphonate", "conditional, low certainty"),
            ("severe: calcitonin plus an IV bisphosphonate or denosumab", "conditional"),
        ),
        source="elhajj2023",
        evidence="secondary",
        quote="The panel suggests (conditional recommendation) (1) in adults with HCM, the use "
        "of Dmab rather than an IV BP; (2) in adults with severe HCM, a combination of "
        "calcitonin and an IV BP or Dmab therapy",
        locator="Abstract, Results",
        note="Read in the abstract (PubMed record), not in the full guideline.",
    ),
    # --- Radium-223: ERA 223 and the 2018 restrictions ---------------------------------------
    "era223_harms": Table(
        label="ERA 223: radium-223 or placebo added to abiraterone + prednisone/prednisolone",
        columns=("outcome", "radium_223", "placebo", "unit"),
        rows=(("patients with a fracture", 29, 11, "%"),),
        source="ema2018_xofigo",
        quote="In the study, patients given the combination with Xofigo died on average 2.6 "
        "months earlier than those given the combination with placebo. In addition, 29% of "
        "patients who received the Xofigo combination had fractures, compared with 11% of "
        "patients given the placebo combination.",
        locator="Overview (EMA's summary of the trial)",
        note="Trial record: ERA 223 (NCT02043678), chemotherapy-naive patients with no or mild "
        "symptoms.",
    ),
    "era223_earlier_death": Fact(
        "ERA 223: radium-223 + abiraterone + prednisone/prednisolone, died on average earlier "
        "than with placebo by",
        2.6,
        "months",
        "ema2018_xofigo",
        quote="In the study, patients given the combination with Xofigo died on average 2.6 "
        "months earlier than those given the combination with placebo.",
        locator="Overview",
        note="A trend, not a proven effect: the same EMA page speaks of 'the reasons for a "
        "possible earlier death seen in this study', and the MHRA's Drug Safety Update title "
        "calls it a 'trend for increased mortality'.",
    ),
    "radium223_min_prior_lines": Fact(
        "Radium-223 (EU/UK 2018): progression after at least this many prior systemic lines "
        "(other than LHRH analogues), unless no other systemic treatment is suitable",
        2,
        "lines",
        "mhra2018_xofigo",
        quote="who are in progression after at least 2 prior lines of systemic therapy (other "
        "than LHRH analogues) or who are ineligible for any available systemic treatment",
        locator="Advice for healthcare professionals, first point",
    ),
    "radium223_abiraterone_gap": Fact(
        "Radium-223: not with, or within this time of stopping, abiraterone + "
        "prednisone/prednisolone",
        5,
        "days",
        "mhra2018_xofigo",
        quote="do not use radium-223 in combination with, or within 5 days of discontinuation "
        "of, abiraterone acetate and prednisone/prednisolone",
        locator="Advice for healthcare professionals, fourth point",
    ),
    "radium223_other_systemic_therapy": Fact(
        "Radium-223: not recommended with other systemic cancer therapy (apart from LHRH "
        "analogues); the next systemic treatment starts no sooner than this after the last dose",
        30,
        "days",
        "mhra2018_xofigo",
        quote="the combination of radium-223 with other systemic cancer therapies other than "
        "LHRH analogues is not recommended; subsequent systemic cancer treatment should not be "
        "initiated for at least 30 days after the last administration of radium-223 dichloride",
        locator="Advice for healthcare professionals, fifth point",
    ),
    "radium223_not_recommended": Table(
        label="Radium-223 is not recommended with low osteoblastic burden or asymptomatic "
        "bone metastases",
        columns=("situation",),
        rows=(
            ("asymptomatic bone metastases only",),
            ("a low level of osteoblastic bone metastases",),
        ),
        source="mhra2018_xofigo",
        quote="radium-223 dichloride is not recommended in patients with a low level of "
        "osteoblastic bone metastases or in patients with asymptomatic bone metastases only",
        locator="Advice for healthcare professionals, second point",
    ),
    "radium223_bone_protection": Table(
        label="Radium-223 can cause fractures: assess bone health and consider a "
        "bone-modifying agent",
        columns=("advice",),
        rows=(
            ("assess bone health and fracture risk before and during treatment",),
            ("consider a bisphosphonate or denosumab to reduce fracture risk",),
        ),
        source="mhra2018_xofigo",
        quote="radium-223 dichloride can cause fractures — assess bone health status and risk "
        "of fractures before and during treatment and closely monitor bone health for at least "
        "24 months after discontinuation; consider the use of bisphosphonates or denosumab to "
        "reduce fracture risk",
        locator="Advice for healthcare professionals, sixth point",
    ),
    "radium223_indication": Table(
        label="Radium-223: the licensed setting",
        columns=("criterion",),
        rows=(
            ("castration-resistant prostate cancer",),
            ("symptomatic bone metastases",),
            ("no known visceral metastases",),
        ),
        source="poeppel2018",
        quote="approved for the treatment of castration-resistant prostate cancer (CRPC) with "
        "symptomatic bone metastases and no known visceral metastatic disease",
        locator="Abstract",
    ),
    # --- Triage of limb bone pain -----------------------------------------------------------
    "triage_limb_pain": Table(
        label="Limb bone pain in a person with cancer: symptom and what it suggests",
        columns=("symptom", "suggests", "source"),
        rows=(
            ("limb bone pain", "new bone pain", "downie2021"),
            ("limb pain on weight-bearing", "impending pathological fracture", "downie2021"),
            (
                "cannot bear weight on a painful limb",
                "impending pathological fracture",
                "downie2021",
            ),
        ),
        source="downie2021",
        quote="Red flag symptoms for cancer related bone pain include severe progressive pain "
        "that is worse on movement or at night, inability to bear weight, signs of "
        "hypercalcaemia, and pain on direct palpation",
        locator="What you need to know, first point",
        note="The same article: metastases may not show on radiographs until 50–70 % of the "
        "bone is destroyed, so a normal first film does not exclude one.",
    ),
    # --- Palliative radiotherapy: ASTRO 2024 -------------------------------------------------
    "astro2024_mscc_fractionation": Table(
        label="ASTRO 2024: conventional radiotherapy for cord or cauda equina compression in "
        "patients not eligible for surgery (all recommended)",
        columns=("dose_gy", "fractions"),
        rows=((8, 1), (16, 2), (20, 5), (30, 10)),
        source="astro2024",
        units={"dose_gy": "Gy"},
        quote="Spinal cord or cauda equina compression in patients who are ineligible for "
        "surgery and receiving conventional RT are recommended 800 cGy/1 fx, 1600 cGy/2 fx, "
        "2000 cGy/5 fx, or 3000 cGy/10 fx.",
        locator="Abstract, Results",
    ),
    "astro2024_recommendations": Table(
        label="ASTRO 2024: two conditional recommendations",
        columns=("situation", "recommendation", "strength"),
        rows=(
            (
                "selected patients with good performance status, no surgery, no neurological signs",
                "SBRT over conventional palliative radiotherapy",
                "conditional",
            ),
            (
                "spine metastases compressing the cord or cauda equina",
                "surgery and postoperative radiotherapy over radiotherapy alone",
                "conditional",
            ),
        ),
        source="astro2024",
        quote="Symptomatic bone metastases in selected patients with good performance status "
        "without surgery or neurologic symptoms/signs are conditionally recommended "
        "stereotactic body RT over conventional palliative RT.",
        locator="Abstract, Results",
        note="The abstract also says: 'surgery and postoperative RT are conditionally "
        "recommended over RT alone' for spinal cord or cauda equina compression.",
    ),
    # --- Patchell 2005: who was in the trial -------------------------------------------------
    "patchell2005_paraplegia_exclusion": Fact(
        "Patchell 2005 excluded patients with total paraplegia for longer than",
        48,
        "h",
        "patchell2005",
        evidence="secondary",
        quote="Also, patients could not have had total paraplegia for >48 h prior to study entry.",
        locator="Eligibility criteria, as summarised in a Nat Clin Pract Neurol commentary",
        note="Read in a commentary on the trial, not in the trial report itself.",
    ),
    "mronj_risk_factors": Table(
        label="Osteonecrosis of the jaw in 135 cancer patients on high-dose bisphosphonate or "
        "denosumab: what predicted it",
        columns=("risk_factor",),
        rows=(
            ("a tooth with clinical symptoms",),
            ("a longer time on the drug before the first dental visit",),
        ),
        source="soutome2018",
        quote="The duration of medication before first visit to the dental unit and the presence "
        "of a tooth with clinical symptoms were significantly correlated with the development "
        "of MRONJ.",
        locator="Abstract (PMC6062135)",
        note="The same abstract adds that, by 2 years, MRONJ was more frequent in patients whose "
        "symptomatic teeth were left than in those who had them extracted: the infected tooth, "
        "not the extraction, carried the risk. A retrospective series.",
    ),
}
