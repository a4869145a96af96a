"""Numbers for the seed-article topics taught in lessons 10 and 11: how common bone metastases
are, Xgeva against Prolia, adjuvant bisphosphonates, surgery for the proximal femur and
embolisation before it, thyroid specifics, nutrition and talking with patients."""

from ._model import Fact, Table

FACTS: dict[str, Fact | Table] = {
    "seer_de_novo_bone_mets": Fact(
        "SEER 2010–2015: patients with cancer diagnosed with a bone metastasis at presentation",
        5.1,
        "%",
        "ryan2022",
        quote="Of patients with cancer in the SEER database, 5.1% were diagnosed with "
        "metastasis to bone, equaling ~18.8 per 100,000 bone metastasis diagnoses in the US per "
        "year (2010-2015).",
        locator="Abstract (Results)",
        note="De novo bone metastases only (present at diagnosis); those found later are not "
        "counted, so the yearly number of people living with bone metastases is larger.",
    ),
    "xgeva_dose": Fact(
        "Xgeva (denosumab) to prevent skeletal-related events with bone metastases: dose every "
        "4 weeks",
        120,
        "mg",
        "xgeva_label",
        evidence="secondary",
        quote="The recommended dose of Xgeva is 120 mg administered as a subcutaneous injection "
        "every 4 weeks in the upper arm, upper thigh, or abdomen.",
        locator="Section 2.2",
        note="Label text read in fda.report's reproduction of the DailyMed label; NICE TA265 "
        "gives the same dose ('120 mg every 4 weeks').",
    ),
    "prolia_dose": Fact(
        "Prolia (denosumab) for osteoporosis and treatment-induced bone loss: dose every 6 months",
        60,
        "mg",
        "prolia_label",
        evidence="secondary",
        quote="The recommended dose of Prolia is 60 mg administered as a single subcutaneous "
        "injection once every 6 months.",
        locator="Section 2 (Dosage and administration)",
        note="The sentence was read in a summary page that quotes the label (droracle.ai), "
        "not in the FDA label itself.",
    ),
    "ebctcg_adjuvant_bisphosphonates": Table(
        label="EBCTCG 2015: adjuvant bisphosphonates in early breast cancer (rate ratios)",
        columns=("women", "outcome", "rate_ratio"),
        rows=(("all", "bone recurrence", 0.83), ("postmenopausal", "any recurrence", 0.86)),
        source="ebctcg2015",
        quote="the reduction in bone recurrence was more definite (0·83, 0·73–0·94; 2p=0·004). "
        "Among premenopausal women, treatment had no apparent effect on any outcome, but among "
        "11 767 postmenopausal women it produced highly significant reductions in recurrence "
        "(RR 0·86, 95% CI 0·78–0·94; 2p=0·002)",
        locator="Summary (Findings)",
    ),
    "proximal_femur_reconstruction": Table(
        label="Surgical options for proximal femoral metastases",
        columns=("option",),
        rows=(
            ("intramedullary nailing",),
            ("hemiarthroplasty or total hip arthroplasty",),
            ("endoprosthetic reconstruction",),
        ),
        source="axelrod2021",
        quote="Current surgical treatment options include intramedullary nailing, "
        "hemiarthroplasty or total hip arthroplasty and endoprosthetic reconstructions. "
        "Oligometastatic renal cell carcinoma must be given special consideration as tumor "
        "resection and reconstruction has survival benefit.",
        locator="Abstract",
    ),
    "rcc_embolisation_evidence": Table(
        label="Embolisation before surgery for renal-cell long-bone metastases: level III studies",
        columns=("finding", "studies"),
        rows=(("less blood loss or transfusion", 3), ("no reduction", 3)),
        source="geraets2020",
        quote="Three out of six level III evidence studies showed a reduction in perioperative "
        "blood loss and/orblood transfusion requirement after preoperative embolization of "
        "renal cell carcinoma metastasis in long bones; three out of six studies did not.",
        locator="Abstract (Results), as shown in the Erasmus University repository",
    ),
    "thyroid_bone_events": Table(
        label="Thyroid cancer (SEER–Medicare 1991–2011): bone metastases and skeletal-related "
        "events",
        columns=("event", "patients", "pct"),
        rows=(("bone metastases", 1173, 3.9), ("skeletal-related event", 1661, 5.5)),
        source="choksi2017",
        units={"pct": "%"},
        quote="Of the 30,063 patients with thyroid cancer, 1173 (3.9%) developed bone "
        "metastases and 1661 patients (5.5%) developed an SRE.",
        locator="Abstract (Results)",
    ),
    "thyroid_follicular_bone_or": Fact(
        "Thyroid cancer: odds ratio of bone metastases or an SRE, follicular against papillary",
        2.25,
        "",
        "choksi2017",
        quote="Compared with papillary thyroid cancer, the likelihood of developing bone "
        "metastases or an SRE was higher in follicular thyroid cancer [odds ratio (OR), 2.25",
        locator="Abstract (Results)",
    ),
    "thyroid_radioiodine_axial": Table(
        label="Differentiated thyroid cancer with bone metastases (21 patients): where and how "
        "treated",
        columns=("finding",),
        rows=(
            ("bone metastases often multiple, in the axial skeleton",),
            ("most patients received 131I after surgery or palliative external radiotherapy",),
        ),
        source="kallel2014",
        quote="Bone metastases were often multiple and located at the axial skeleton. They were "
        "associated with other types of metastases, especially lung metastasis. A majority of "
        "patients received 131I treatment, following surgery or external beam radiotherapy for "
        "a palliative purpose.",
        locator="Abstract (Results)",
    ),
    "espen_protein": Fact(
        "ESPEN: protein intake for patients with cancer",
        (1, 1.5),
        "g/kg/day",
        "arends2017",
        evidence="secondary",
        quote="a protein intake of 1 to 1.5 g/kg/day",
        locator="Key messages (energy and protein requirements)",
        note="Read in a society's summary of the guideline (society-scwd.org), which also "
        "gives energy 'roughly 25-30 kcal/kg/day' and advises against high-dose micronutrient "
        "supplements without a deficiency; the guideline itself was not read.",
    ),
    "asco_prognosis_information": Table(
        label="ASCO 2017 communication guideline: discussing goals of care and prognosis",
        columns=("recommendation",),
        rows=(
            ("tailor prognostic information to the patient; give hope without misleading",),
            ("use simple and direct terms",),
            ("reassess goals when a significant change in care is considered",),
        ),
        source="gilligan2017",
        evidence="secondary",
        quote="Clinicians should provide diagnostic and prognostic information that is "
        "tailored to the patient's needs and that provides hope and reassurance without "
        "misleading the patient.",
        locator="Recommendations, 'Discussing goals of care and prognosis'",
        note="Recommendations read in a clinical summary that reproduces them (UpToDate), "
        "not in the journal article.",
    ),
    "thyroid_bone_sites": Table(
        label="Differentiated thyroid cancer: where bone metastases occur (share of 616 sites "
        "in 317 patients from 14 case series; systematic review)",
        columns=("region", "share_pct"),
        rows=(
            ("spine", 34.6),
            ("pelvis", 25.5),
            ("sternum and ribs", 18.3),
            ("extremities", 10.2),
            ("shoulder girdle", 5.4),
            ("craniomaxillofacial", 5.4),
        ),
        source="osorio2017",
        units={"share_pct": "%"},
        quote="A total of 616 bone metastases sites in 317 patients were identified in 14 case "
        "series. … The most common sites of metastases are spine (34.6%), pelvis (25.5%), "
        "sternum and ribs (18.3%), extremities (10.2%), shoulder girdle (5.4%), and "
        "craniomaxillofacial (5.4%).",
        locator="Abstract (Results), PubMed record PMID 28079945",
        note="The abstract concludes: 'The axial skeleton is the primary target of bone "
        "metastases in DTC.' The skull (craniomaxillofacial) is among the least common regions, "
        "so no source here supports thyroid cancer favouring the skull.",
    ),
}
