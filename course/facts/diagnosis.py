"""Clinical numbers used by the diagnosis lessons (clinical-facts.md §3, §4, §5, §10, §11).

Incidence, lesion types and sites by primary are in :mod:`course.facts.epidemiology`; this module
holds imaging accuracy, the laboratory formulas and thresholds, and the red flags.
"""

from ._model import Fact, Table

_CREATININE_MOLAR_MASS = 113.12  # g/mol, PubChem CID 588

FACTS: dict[str, Fact | Table] = {
    # Cockcroft–Gault creatinine clearance (clinical-facts.md §5)
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
        evidence="secondary",
        note="Formula as given by clinical references citing Cockcroft & Gault 1976 (the "
        "original abstract states 15 % less in females); derived in 249 mostly male adults "
        "aged 18–92 with serum creatinine in mg/dL (mg/100 mL).",
    ),
    "creatinine_umol_per_mgdl": Fact(
        "Serum creatinine: micromoles per litre in 1 mg/dL",
        round(10_000 / _CREATININE_MOLAR_MASS, 1),
        "µmol/L per mg/dL",
        "pubchem_creatinine",
        note="Derived, not quoted: 1 mg/dL = 10 mg/L ÷ 113.12 g/mol = 0.08840 mmol/L = "
        "88.4 µmol/L (creatinine C4H7N3O, molar mass 113.12 g/mol).",
    ),
    # Corrected calcium and hypercalcaemia (clinical-facts.md §4)
    "corrected_calcium_constants": Table(
        label="Albumin-corrected calcium: Ca + factor × (reference_albumin − albumin)",
        columns=("unit", "factor", "reference_albumin", "albumin_unit"),
        rows=(("mg/dL", 0.8, 4.0, "g/dL"), ("mmol/L", 0.02, 40.0, "g/L")),
        source="statpearls_hypercalcemia",
        note="Inaccurate in chronic kidney disease and with abnormal pH; measure ionised calcium "
        "when in doubt.",
    ),
    "hypercalcaemia_severity_thresholds": Table(
        label="Severity of hypercalcaemia by corrected total calcium (lower bound of each band)",
        columns=("unit", "mild_above", "moderate_from", "severe_from", "source"),
        rows=(
            ("mg/dL", 10.5, 12.0, 14.0, "statpearls_hypercalcemia"),
            ("mmol/L", 2.62, 3.0, 3.5, "bmj_bp_hypercalcaemia"),
        ),
        source="statpearls_hypercalcemia",
        units={"mild_above": "unit", "moderate_from": "unit", "severe_from": "unit"},
        evidence="secondary",
        note="Mild starts above the upper limit of normal. StatPearls defines hypercalcaemia as "
        "total calcium > 10.5 mg/dL (normal about 9.0–10.5, laboratories vary); the mmol/L "
        "value 2.62 is 10.5 mg/dL converted with calcium's molar mass (40.08 g/mol), not a "
        "quoted figure. BMJ Best Practice gives 3.0 and 3.5 mmol/L and notes there is no "
        "universally accepted classification.",
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
        evidence="secondary",
        note="NCI CTCAE version 5.0 as reproduced by BMJ Best Practice (the NCI document itself "
        "was not read). Grade 1 starts at the laboratory's upper limit of normal.",
    ),
    "hcm_fda_threshold": Fact(
        "Hypercalcaemia of malignancy as defined in the zoledronic acid label (corrected calcium)",
        12,
        "mg/dL",
        "fda_zoledronic",
        note="12 mg/dL = 3.0 mmol/L",
    ),
    "hcm_frequency": Fact(
        "Cancer patients affected by hypercalcaemia of malignancy",
        20,
        "%",
        "sternlicht2015",
        note="up to about 1 in 5",
    ),
    "hcm_from_bone_metastases": Fact(
        "Share of hypercalcaemia of malignancy caused by bone metastases (most is PTHrP-driven)",
        20,
        "%",
        "sternlicht2015",
        note="about 20 %",
    ),
    "alp_prostate_os_hr": Fact(
        "High baseline alkaline phosphatase in prostate cancer: hazard ratio for death",
        1.74,
        "HR",
        "li2018alp",
        note="95 % CI 1.47–2.06 (meta-analysis)",
    ),
    # Imaging (clinical-facts.md §3)
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
        "(1,170 patients), Front Med 2024 (PSMA-PET vs bone scan, 9 studies, 702 patients; the "
        "analysis level is not stated in the abstract, shown as 'pooled'). Studies differ in "
        "populations and reference standards, so compare within one meta-analysis first.",
    ),
    "xray_lesion_diameter": Fact(
        "Lesion diameter needed before a bone metastasis shows on a plain radiograph",
        1,
        "cm",
        "xray2009",
        note="about 1 cm",
    ),
    "xray_mineral_loss": Fact(
        "Loss of bone mineral needed before a lesion shows on a plain radiograph",
        50,
        "%",
        "xray2009",
        note="at least 50 %",
    ),
    "xray_missed_lesions": Fact(
        "Bone metastases missed by plain radiographs", 40, "%", "xray2009", note="up to 40 %"
    ),
    "ct_lead_over_xray": Fact(
        "How much earlier CT can show a lesion than a plain radiograph",
        6,
        "months",
        "xray2009",
        note="up to 6 months",
    ),
    # Spinal metastases and MSCC (clinical-facts.md §10)
    "mscc_mri_within": Fact(
        "Whole-spine MRI for suspected metastatic spinal cord compression: within",
        24,
        "hours",
        "nice_ng234",
        evidence="secondary",
    ),
    "mscc_coordinator_within": Fact(
        "Contact the MSCC coordinator about pain suggesting spinal metastases: within",
        24,
        "hours",
        "nice_cg75",
        note="CG75 wording ('urgently, within 24 hours'); NG234 keeps the 24-hour advice in "
        "secondary summaries.",
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
        "list) but still needs assessment. NG234 was read through NICE CG75's text and "
        "secondary summaries of NG234. "
        "Hypercalcaemia features: MSD Manual (polyuria, constipation, muscle weakness, "
        "confusion, coma).",
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
        source="stopeck2010",
        note="Same definition in Fizazi 2011 and CALGB 70604; some analyses add hypercalcaemia "
        "of malignancy.",
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
        evidence="secondary",
        note="The sources describe the pattern for bone metastases in general; they give no "
        "site frequencies per primary cancer, so none are shown. Explained by red marrow and "
        "Batson's valveless vertebral venous plexus (Coleman 2006).",
    ),
}
