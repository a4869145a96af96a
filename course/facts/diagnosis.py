"""Clinical numbers used by the diagnosis lessons.

Incidence, lesion types and sites by primary are in :mod:`course.facts.epidemiology`; this module
holds imaging accuracy, the laboratory formulas and thresholds, and the red flags.
"""

from ._model import Fact, Table

_CREATININE_MOLAR_MASS = 113.12  # g/mol, PubChem CID 588

FACTS: dict[str, Fact | Table] = {
    # Cockcroft–Gault creatinine clearance
    "cockcroft_gault_constants": Table(
        label="Cockcroft–Gault formula: CrCl = (age_offset − age) × weight / (divisor × SCr), "
        "× female_factor for women",
        columns=("constant", "value", "unit"),
        rows=(
            ("age_offset", 140, "years"),
            ("divisor", 72, "none"),
            ("female_factor", 0.85, "ratio"),
        ),
        source="cockcroft1976",
        note="Derived in 249 patients aged 18–92 (96 % men); serum creatinine in mg/dL "
        "(mg/100 mL). The female factor 0.85 is the paper's '15% less in females'.",
        quote="A formula has been developed to predict creatinine clearance (Ccr) from serum "
        "creatinine (Scr) in adult males: (140 − age) (wt kg) / 72 × Scr (mg/100 ml) (15% less "
        "in females).",
        locator="Abstract (p. 31)",
    ),
    "creatinine_umol_per_mgdl": Fact(
        "Serum creatinine: micromoles per litre in 1 mg/dL",
        round(10_000 / _CREATININE_MOLAR_MASS, 1),
        "µmol/L per mg/dL",
        "pubchem_creatinine",
        evidence="approximate",
        note="Derived, not quoted: 1 mg/dL = 10 mg/L ÷ 113.12 g/mol = 0.08840 mmol/L = "
        "88.4 µmol/L (creatinine C4H7N3O, molar mass 113.12 g/mol as listed in chemical "
        "databases; the PubChem page itself was not re-read in this audit).",
    ),
    # Corrected calcium and hypercalcaemia
    "corrected_calcium_constants": Table(
        label="Albumin-corrected calcium: Ca + factor × (reference_albumin − albumin)",
        columns=("unit", "factor", "reference_albumin", "albumin_unit"),
        rows=(("mg/dL", 0.8, 4.0, "g/dL"), ("mmol/L", 0.02, 40.0, "g/L")),
        source="statpearls_hcm",
        note="Inaccurate in chronic kidney disease and with abnormal pH; measure ionised calcium "
        "when in doubt.",
        quote="This can be calculated as the measured total serum calcium (Mg/dL) + [4.0 - "
        "serum albumin (g/dL) X 0.8] or measured total serum + [40 - serum albumin (g/L) X "
        "0.02].",
        locator="Introduction, second paragraph",
    ),
    "hypercalcaemia_severity_thresholds": Table(
        label="Severity of hypercalcaemia by corrected total calcium (lower bound of each band)",
        columns=("unit", "mild_above", "moderate_from", "severe_from", "source"),
        rows=(
            ("mg/dL", 10.5, 12.0, 14.0, "statpearls_hcm"),
            ("mmol/L", 2.62, 3.0, 3.5, "bmj_bp_hypercalcaemia"),
        ),
        source="statpearls_hcm",
        units={"mild_above": "unit", "moderate_from": "unit", "severe_from": "unit"},
        note="Mild starts above the upper limit of normal (laboratories vary). The mmol/L value "
        "2.62 is 10.5 mg/dL converted with calcium's molar mass (40.08 g/mol), not a quoted "
        "figure: BMJ Best Practice gives no lower bound for mild ('less than 3 mmol/L') and "
        "notes there is no universally accepted classification.",
        quote="Mild hypercalcemia, which is total serum calcium ranging between 10.5 mg/dL and "
        "11.9 mg/dL. Moderate hypercalcemia, which is a total serum calcium level ranging "
        "between 12 mg/dL and 13.9 mg/dL. Hypercalcemic crisis which is total serum calcium "
        "above 14 mg/dL.",
        locator="Introduction, severity list",
        source_quotes={
            "bmj_bp_hypercalcaemia": (
                "Moderate hypercalcaemia: total calcium of 3.0 to 3.5 mmol/L (12.0 to 13.9 "
                "mg/dL) … Severe hypercalcaemia: 3.5 mmol/L or greater (≥14 mg/dL)",
                "Criteria: Severity",
            )
        },
    ),
    "ctcae_hypercalcaemia_grades": Table(
        label="CTCAE grade of hypercalcaemia by corrected calcium (grade applies above 'above')",
        columns=("grade", "mg_dl_above", "mmol_l_above", "meaning"),
        rows=(
            (1, None, None, "above the upper limit of normal"),
            (2, 11.5, 2.9, "symptomatic"),
            (3, 12.5, 3.1, "hospitalisation indicated"),
            (4, 13.5, 3.4, "life-threatening consequences"),
        ),
        source="bmj_bp_hypercalcaemia",
        units={"mg_dl_above": "mg/dL", "mmol_l_above": "mmol/L"},
        note="NCI CTCAE grades as reproduced by BMJ Best Practice, which does not state the "
        "CTCAE version (the NCI document itself was not read). Grade 1 starts at the "
        "laboratory's upper limit of normal.",
        quote="Grade 2: corrected SCa of >2.9 to 3.1 mmol/L (>11.5 to 12.5 mg/dL) … symptomatic "
        "Grade 3: corrected SCa of >3.1 to 3.4 mmol/L (>12.5 to 13.5 mg/dL) … hospitalisation "
        "indicated Grade 4: corrected SCa of >3.4 mmol/L (>13.5 mg/dL) … life-threatening "
        "consequences.",
        locator="Criteria: CTCAE grades",
    ),
    "hcm_fda_threshold": Fact(
        "Hypercalcaemia of malignancy as defined in the zoledronic acid label (corrected calcium)",
        12,
        "mg/dL",
        "fda_zoledronic",
        note="12 mg/dL = 3.0 mmol/L",
        quote="Zometa is indicated for the treatment of hypercalcemia of malignancy defined as "
        "an albumin-corrected calcium (cCa) of greater than or equal to 12 mg/dL [3.0 mmol/L]",
        locator="Section 1.1, Hypercalcemia of Malignancy",
    ),
    "hcm_frequency": Fact(
        "Cancer patients affected by hypercalcaemia of malignancy",
        20,
        "%",
        "sternlicht2015",
        note="up to 1 in 5",
        quote="Hypercalcemia of malignancy affects up to one in five cancer patients during the "
        "course of their disease.",
        locator="Abstract",
    ),
    "hcm_from_bone_metastases": Fact(
        "Share of hypercalcaemia of malignancy caused by bone metastases (most is PTHrP-driven)",
        20,
        "%",
        "sternlicht2015",
        note="about 20 %",
        quote="The majority of cases are humoral in etiology and related to parathyroid "
        "hormone-related protein (PTHrP). Approximately 20% of cases are the result of direct "
        "bone metastasis",
        locator="Abstract",
    ),
    "alp_prostate_os_hr": Fact(
        "High baseline alkaline phosphatase in prostate cancer: hazard ratio for death",
        1.74,
        "HR",
        "li2018alp",
        note="95 % CI 1.47–2.06 (meta-analysis of 63 studies, 16,135 patients)",
        quote="The pooled results indicated that high baseline ALP was associated with obviously "
        "poor OS (HR=1.74, 95% CI: 1.47–2.06)",
        locator="Abstract, Results",
    ),
    # Imaging
    "imaging_accuracy": Table(
        label="Accuracy of imaging for bone metastases, per patient and per lesion",
        columns=(
            "modality",
            "level",
            "sensitivity_pct",
            "specificity_pct",
            "population",
            "source",
        ),
        rows=(
            ("FDG-PET", "patient", 89.7, 96.8, "mixed primaries", "yang2011"),
            ("CT", "patient", 72.9, 94.8, "mixed primaries", "yang2011"),
            ("MRI", "patient", 90.6, 95.4, "mixed primaries", "yang2011"),
            ("Bone scan", "patient", 86.0, 81.4, "mixed primaries", "yang2011"),
            ("FDG-PET", "lesion", 86.9, 97.0, "mixed primaries", "yang2011"),
            ("CT", "lesion", 77.1, 83.2, "mixed primaries", "yang2011"),
            ("MRI", "lesion", 90.4, 96.0, "mixed primaries", "yang2011"),
            ("Bone scan", "lesion", 75.1, 93.6, "mixed primaries", "yang2011"),
            ("NaF-PET", "patient", 92.0, 93.0, "mixed primaries", "shen2015"),
            ("NaF-PET", "lesion", 87.0, 95.0, "mixed primaries", "shen2015"),
            ("PSMA-PET", "pooled", 98.0, 97.0, "prostate cancer", "psma2024"),
            ("Bone scan (prostate)", "pooled", 85.0, 70.0, "prostate cancer", "psma2024"),
        ),
        source="yang2011",
        units={"sensitivity_pct": "%", "specificity_pct": "%"},
        note="Pooled meta-analysis estimates: Yang 2011 (67 articles, 145 studies), Shen 2015 "
        "(20 articles, 1,170 patients), Wang 2024 (PSMA-PET vs bone scan, 9 articles, 702 "
        "patients; the analysis level is not stated in the abstract, shown as 'pooled'). "
        "Studies differ in populations and reference standards, so compare within one "
        "meta-analysis first.",
        quote="On per-patient basis, the pooled sensitivity estimates for PET, CT, MRI and BS "
        "were 89.7%, 72.9%, 90.6% and 86.0% … specificity estimates … 96.8%, 94.8%, 95.4% and "
        "81.4% … On per-lesion basis … sensitivity … 86.9%, 77.1%, 90.4% and 75.1% … "
        "specificity … 97.0%, 83.2%, 96.0% and 93.6%",
        locator="Abstract, Results",
        source_quotes={
            "shen2015": (
                "On a patient basis, the pooled sensitivity, specificity … of F-18-fluoride PET "
                "or PET/CT were 92% (95% confidence interval [CI], 89%-95%), 93% (95% CI, "
                "91%-95%) … On a lesion basis … were 87% (95% CI, 85%-88%), 95% (95% CI, "
                "94%-96%)",
                "Abstract, Results",
            ),
            "psma2024": (
                "The sensitivity of PSMA PET/CT was higher compared to [99mTc]Tc-MDP BS (0.98 "
                "vs. 0.85, P < 0.01), while the specificity of PSMA PET/CT was also higher than "
                "[99mTc]Tc-MDP BS (0.97 vs. 0.70,P < 0.01).",
                "Abstract, Results",
            ),
        },
    ),
    "xray_lesion_diameter": Fact(
        "Lesion diameter needed before a bone metastasis shows on a plain radiograph",
        1,
        "cm",
        "xray2009",
        note="about 1 cm",
        quote="X-rays necessitate a 1-cm diameter mass and 50% bone mineral loss at minimum for "
        "detection.",
        locator="Abstract",
    ),
    "xray_mineral_loss": Fact(
        "Loss of bone mineral needed before a lesion shows on a plain radiograph",
        50,
        "%",
        "xray2009",
        note="at least 50 %",
        quote="X-rays necessitate a 1-cm diameter mass and 50% bone mineral loss at minimum for "
        "detection.",
        locator="Abstract",
    ),
    "xray_missed_lesions": Fact(
        "Bone metastases missed by plain radiographs",
        40,
        "%",
        "xray2009",
        note="up to 40 %",
        quote="Up to 40% of lesions will be unidentified by x-rays, presenting false-negative "
        "results.",
        locator="Abstract",
    ),
    "ct_lead_over_xray": Fact(
        "How much earlier CT can show a lesion than a plain radiograph",
        6,
        "months",
        "xray2009",
        note="up to 6 months",
        quote="Computed tomography (CT) scans can recognize a bony metastatic lesion up to 6 "
        "months earlier than an x-ray.",
        locator="Abstract",
    ),
    # Spinal metastases and MSCC
    "mscc_mri_within": Fact(
        "Whole-spine MRI for suspected metastatic spinal cord compression with neurological "
        "symptoms or signs: within",
        24,
        "hours",
        "nice_ng234",
        evidence="secondary",
        note="Seen in NICE quality standard QS56, statement 3 ('Adults with suspected metastatic "
        "spinal cord compression (MSCC) who present with neurological symptoms or signs have "
        "an MRI of the whole spine and any necessary treatment plan agreed within 24 hours of "
        "the suspected diagnosis'); NG234's own recommendation text was not read.",
    ),
    "mscc_coordinator_within": Fact(
        "Contact the MSCC coordinator about pain suggesting spinal metastases: within",
        24,
        "hours",
        "nice_cg75",
        evidence="secondary",
        note="The 24-hour contact rule is CG75's (2008) as summarised in secondary sources; it "
        "was not found in the CG75 or NG234 text available to this audit.",
    ),
    "triage_red_flags": Table(
        label="Red flags in a person with cancer: symptom, what it suggests, source",
        columns=("symptom", "suggests", "source"),
        rows=(
            ("thoracic or cervical spinal pain", "spinal metastases", "nice_cg75"),
            ("progressive lumbar spinal pain", "spinal metastases", "nice_cg75"),
            ("severe unremitting spinal pain", "spinal metastases", "nice_ng234"),
            ("mechanical spinal pain", "spinal metastases", "nice_ng234"),
            ("spinal pain on straining", "spinal metastases", "nice_ng234"),
            ("spinal pain at night", "spinal metastases", "nice_ng234"),
            ("localised spinal tenderness", "spinal metastases", "nice_ng234"),
            ("radicular pain", "spinal cord compression", "nice_ng234"),
            ("limb weakness", "spinal cord compression", "nice_ng234"),
            ("difficulty walking", "spinal cord compression", "nice_ng234"),
            ("sensory loss", "spinal cord compression", "nice_ng234"),
            ("bladder or bowel dysfunction", "spinal cord compression", "nice_ng234"),
            ("polyuria", "hypercalcaemia", "msd_hypercalcemia"),
            ("constipation", "hypercalcaemia", "msd_hypercalcemia"),
            ("muscle weakness", "hypercalcaemia", "msd_hypercalcemia"),
            ("confusion", "severe hypercalcaemia", "msd_hypercalcemia"),
            ("reduced consciousness", "severe hypercalcaemia", "msd_hypercalcemia"),
            ("limb bone pain", "no red flag", "nice_ng234"),
        ),
        source="nice_ng234",
        evidence="secondary",
        note="'limb bone pain' is not a red flag for cord compression (it is on neither NICE "
        "list) but still needs assessment. The spinal lists follow secondary summaries of NICE "
        "NG234 and CG75; the guideline text was not read in this audit. Hypercalcaemia "
        "features are quoted from the MSD Manual ('Clinical features include polyuria, "
        "constipation, muscle weakness, confusion, and coma.').",
    ),
    "sre_definition": Table(
        label="Skeletal-related event (SRE): the components counted in the pivotal trials",
        columns=("component",),
        rows=(
            ("pathological fracture",),
            ("radiation to bone",),
            ("surgery to bone",),
            ("spinal cord compression",),
        ),
        source="himelstein2017",
        note="CALGB 70604's definition; secondary summaries give the same four components for "
        "the denosumab trials (Stopeck 2010, Fizazi 2011). Some analyses add hypercalcaemia of "
        "malignancy.",
        quote="at least 1 skeletal-related event (defined as clinical fracture, spinal cord "
        "compression, radiation to bone, or surgery involving bone)",
        locator="Abstract, Main outcomes and measures",
    ),
    # Response assessment and the flare phenomenon
    "flare_window": Fact(
        "Time after starting effective therapy in which a bone-scan flare is typically seen",
        (0.5, 3),
        "months",
        "radiopaedia_flare",
        evidence="secondary",
        note="2 weeks to 3 months, rarely up to 6 months",
    ),
    "flare_breast_responders": Table(
        label="Bone-scan flare at 3 months in breast cancer patients whose lytic metastases "
        "healed on X-ray",
        columns=("responders", "with_flare"),
        rows=((16, 12),),
        source="coleman1988",
        note="53 patients on systemic therapy; the flare scans improved by 6 months. New lesions "
        "in the first 3 months were as likely to herald response as progression.",
        quote="In 12/16 patients with healing of lytic disease on x-ray a paradoxical "
        "deterioration in the bone scan appearances after 3 mo treatment was seen.",
        locator="Abstract",
    ),
    "pcwg_confirmatory_scan": Fact(
        "Interval to a confirmatory bone scan when new lesions appear on the first follow-up scan "
        "(prostate cancer trials: progression needs ≥ 2 further new lesions)",
        6,
        "weeks",
        "scher2016",
        evidence="secondary",
        note="Rule as described in a trial abstract citing the Prostate Cancer Working Group; "
        "the PCWG3 paper itself was not read.",
    ),
    "unknown_primary_share": Fact(
        "Patients whose bone metastases present with the primary tumour not yet identified",
        30,
        "%",
        "piccioli2015",
        note="up to 30 %",
        quote="However, up to 30 % of patients present with bone metastases of unknown origin, "
        "where the site of the primary neoplasm cannot be identified at the time of diagnosis",
        locator="Abstract",
    ),
    "skeletal_site_pattern": Table(
        label="Where bone metastases usually occur (qualitative; no per-primary frequencies)",
        columns=("site", "pattern", "source"),
        rows=(
            ("spine", "common (axial)", "jacofsky_review"),
            ("pelvis", "common (axial)", "jacofsky_review"),
            ("ribs", "common (axial)", "jacofsky_review"),
            ("skull", "common (axial)", "jacofsky_review"),
            ("proximal femur", "common", "jacofsky_review"),
            ("hands and feet", "rare (acral); most often from lung cancer", "jacofsky_review"),
        ),
        source="jacofsky_review",
        note="The source describes the pattern for bone metastases in general; it gives no "
        "site frequencies per primary cancer, so none are shown.",
        quote="Overall, the most common sites of bony metastases are the spine, pelvis, ribs, "
        "skull, and proximal femur. When rare acral (ie, distal) metastases to the hands and "
        "feet occur, they most commonly originate from a lung primary.",
        locator="Opening paragraph",
    ),
    "mscc_multilevel": Fact(
        "Suspected acute cord compression, MRI of the spine: patients with spinal involvement in "
        "whom more than one level was involved",
        49,
        "%",
        "heldmann1997",
        quote="In 65 (27%) of the 240 patients, involvement of at least one level was found. Of "
        "these patients, 32 (49%) showed involvement of more than one level. This high rate was "
        "surprising, since only 14 (44%) of the 32 multiple lesions had been clinically "
        "suspected.",
        locator="Abstract (Results), PubMed record PMID 9191426",
        note="One series of 240 patients on a low-field (0.1 T) scanner; the cervical spine was "
        "imaged only when compression above T1 was suspected.",
    ),
}
