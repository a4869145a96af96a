"""The course bibliography: the sources shared by several lessons.

Each lesson's topic module (``pathophysiology``, ``diagnosis``, ``management``) adds the extra
sources only its lesson needs; keys are unique across all modules.
"""

from ._model import Reference

REFERENCES: dict[str, Reference] = {
    # Models
    "komarova2003": Reference(
        "Komarova SV, Smith RJ, Dixon SJ, Sims SM, Wahl LM",
        "Mathematical model predicts a critical role for osteoclast autocrine regulation in the "
        "control of bone remodeling",
        "Bone",
        2003,
        doi="10.1016/S8756-3282(03)00157-1",
    ),
    "ayati2010": Reference(
        "Ayati BP, Edwards CM, Webb GF, Wikswo JP",
        "A mathematical model of bone remodeling dynamics for normal bone cell populations and "
        "myeloma bone disease",
        "Biology Direct",
        2010,
        doi="10.1186/1745-6150-5-28",
    ),
    # Pathophysiology and overviews
    "weilbaecher2011": Reference(
        "Weilbaecher KN, Guise TA, McCauley LK",
        "Cancer to bone: a fatal attraction",
        "Nat Rev Cancer",
        2011,
        doi="10.1038/nrc3055",
    ),
    "mundy2002": Reference(
        "Mundy GR",
        "Metastasis to bone: causes, consequences and therapeutic opportunities",
        "Nat Rev Cancer",
        2002,
        doi="10.1038/nrc867",
    ),
    "guise2005": Reference(
        "Clines GA, Guise TA",
        "Hypercalcaemia of malignancy and basic research on mechanisms responsible for osteolytic "
        "and osteoblastic metastasis to bone",
        "Endocr Relat Cancer",
        2005,
        url="https://www.uptodate.com/contents/hypercalcemia-of-malignancy-mechanisms/abstract/2",
    ),
    "coleman2006": Reference(
        "Coleman RE",
        "Clinical features of metastatic bone disease and risk of skeletal morbidity",
        "Clin Cancer Res",
        2006,
        doi="10.1158/1078-0432.CCR-06-0931",
    ),
    "coleman2020": Reference(
        "Coleman RE, Croucher PI, Padhani AR, Clézardin P, Chow E, Fallon M, Guise T, Colangeli S, "
        "Capanna R, Costa L",
        "Bone metastases",
        "Nat Rev Dis Primers",
        2020,
        doi="10.1038/s41572-020-00216-3",
    ),
    # Epidemiology
    "battafarano2018": Reference(
        "Battafarano G, Rossi M, Marampon F, Del Fattore A",
        "Cellular and molecular mediators of bone metastatic lesions",
        "Int J Mol Sci",
        2018,
        doi="10.3390/ijms19061709",
    ),
    "macedo2017": Reference(
        "Macedo F, Ladeira K, Pinho F, Saraiva N, Bonito N, Pinto L, Gonçalves F",
        "Bone metastases: an overview",
        "Oncol Rev",
        2017,
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC5444408",
    ),
    "karim2013": Reference(
        "Karim SM, Brown J, Zekri J",
        "Efficacy of bisphosphonates and other bone-targeted agents in metastatic bone disease "
        "from solid tumors other than breast and prostate cancers",
        "Clin Adv Hematol Oncol",
        2013,
        url="https://www.hematologyandoncology.net/archives/may-2013/efficacy-of-bisphosphonates-"
        "and-other-bone-targeted-agents-in-metastatic-bone-disease-from-solid-tumors-other-than-"
        "breast-and-prostate-cancers/",
    ),
    "svensson2017": Reference(
        "Svensson E, Christiansen CF, Ulrichsen SP, Rørth MR, Sørensen HT",
        "Survival after bone metastasis by primary cancer type: a Danish population-based cohort "
        "study",
        "BMJ Open",
        2017,
        doi="10.1136/bmjopen-2017-016022",
    ),
    "jacofsky_review": Reference(
        "Jacofsky DJ, Frassica DA, Frassica FJ",
        "Metastatic disease to bone",
        "Hospital Physician",
        2004,
        url="https://studylib.net/doc/8179203/metastatic-disease-to-bone",
    ),
    "radiopaedia_mets": Reference(
        "Radiopaedia.org contributors",
        "Bone metastases",
        "Radiopaedia.org",
        2024,
        url="https://radiopaedia.org/articles/bone-metastases",
    ),
    "radiopaedia_mixed_mets": Reference(
        "Radiopaedia.org contributors",
        "Mixed lytic and sclerotic bone metastases",
        "Radiopaedia.org",
        2024,
        url="https://radiopaedia.org/articles/mixed-lytic-and-sclerotic-bone-metastases",
    ),
    # Diagnosis
    "yang2011": Reference(
        "Yang HL, Liu T, Wang XM, Xu Y, Deng SM",
        "Diagnosis of bone metastases: a meta-analysis comparing 18FDG PET, CT, MRI and bone "
        "scintigraphy",
        "Eur Radiol",
        2011,
        doi="10.1007/s00330-011-2221-4",
    ),
    "shen2015": Reference(
        "Shen CT, Qiu ZL, Han TT, Luo QY",
        "Performance of 18F-fluoride PET or PET/CT for the detection of bone metastases: a "
        "meta-analysis",
        "Clin Nucl Med",
        2015,
        doi="10.1097/RLU.0000000000000592",
    ),
    "psma2024": Reference(
        "Wang Y, Qiu Y, Yan X",
        "Prostate-specific membrane antigen PET versus [99mTc]Tc-MDP bone scan for diagnosing "
        "bone metastasis in prostate cancer: a head-to-head comparative meta-analysis",
        "Front Med",
        2024,
        doi="10.3389/fmed.2024.1451565",
    ),
    "xray2009": Reference(
        "Salvo N, Christakis M, Rubenstein J, de Sa E, Napolskikh J, Sinclair E, Ford M, Goh P, "
        "Chow E",
        "The role of plain radiographs in management of bone metastases",
        "J Palliat Med",
        2009,
        doi="10.1089/jpm.2008.0055",
    ),
    "statpearls_hcm": Reference(
        "StatPearls Publishing",
        "Resistant hypercalcemia",
        "StatPearls [Internet], article editor Farah Zahra",
        2023,
        url="https://www.statpearls.com/point-of-care/131067",
    ),
    "sternlicht2015": Reference(
        "Sternlicht H, Glezerman IG",
        "Hypercalcemia of malignancy and new treatment options",
        "Ther Clin Risk Manag",
        2015,
        doi="10.2147/TCRM.S83681",
    ),
    "elhajj2023": Reference(
        "El-Hajj Fuleihan G, Clines GA, Hu MI, Marcocci C, Murad MH, Piggott T, Van Poznak C, Wu "
        "JY, Drake MT",
        "Treatment of hypercalcemia of malignancy in adults: an Endocrine Society clinical "
        "practice guideline",
        "J Clin Endocrinol Metab",
        2023,
        doi="10.1210/clinem/dgac621",
    ),
    "li2018alp": Reference(
        "Li D, Lv H, Hao X, Hu B, Song Y",
        "Prognostic value of serum alkaline phosphatase in the survival of prostate cancer: "
        "evidence from a meta-analysis",
        "Cancer Manag Res",
        2018,
        doi="10.2147/CMAR.S174237",
    ),
    "nice_ng234": Reference(
        "National Institute for Health and Care Excellence (NICE)",
        "Spinal metastases and metastatic spinal cord compression. NICE guideline NG234 (2023; "
        "replaces CG75)",
        "NICE guideline",
        2023,
        url="https://www.nice.org.uk/guidance/ng234/chapter/recommendations",
    ),
    "who2018_pain": Reference(
        "World Health Organization",
        "WHO guidelines for the pharmacological and radiotherapeutic management of cancer pain in "
        "adults and adolescents (2018; ISBN 978-92-4-155039-0)",
        "World Health Organization, Geneva",
        2018,
        url="https://www.ncbi.nlm.nih.gov/books/n/who279700/ch3/",
    ),
    "cockcroft1976": Reference(
        "Cockcroft DW, Gault MH",
        "Prediction of creatinine clearance from serum creatinine",
        "Nephron",
        1976,
        doi="10.1159/000180580",
    ),
    # Scores
    "mirels1989": Reference(
        "Mirels H",
        "Metastatic disease in long bones: a proposed scoring system for diagnosing "
        "impending pathologic fractures",
        "Clin Orthop Relat Res 249:256–264",
        1989,
        url="https://pubmed.ncbi.nlm.nih.gov/2684463/",
    ),
    "jawad2010": Reference(
        "Jawad MU, Scully SP",
        "In brief: classifications in brief: Mirels' classification",
        "Clin Orthop Relat Res",
        2010,
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC3049613",
    ),
    "damron2003": Reference(
        "Damron TA, Morgan H, Prakash D, Grant W, Aronowitz J, Heiner J",
        "Critical evaluation of Mirels' rating system for impending pathologic fractures",
        "Clin Orthop Relat Res",
        2003,
        url="https://pubmed.ncbi.nlm.nih.gov/14600611",
    ),
    "ramsey2020": Reference(
        "Ramsey DC, Lam PW, Hayden JB, Doung YC, Gundle KR",
        "Mirels scores in patients undergoing prophylactic stabilization for femoral metastatic "
        "bone disease in the Veterans Administration Healthcare System",
        "JAAOS Glob Res Rev",
        2021,
        url="https://ohsu.elsevierpure.com/en/publications/mirels-scores-in-patients-undergoing-"
        "prophylactic-stabilization-f",
    ),
    "evans2008": Reference(
        "Evans AR, Bottros J, Grant W, Chen BY, Damron TA",
        "Mirels' rating for humerus lesions is both reproducible and valid",
        "Clin Orthop Relat Res",
        2008,
        doi="10.1007/s11999-008-0200-0",
    ),
    "humerus2023": Reference(
        "Tat J, Bodansky D, Sheth U, Ung Y, Whyne C, Nam D",
        "Predicting pathological fractures at metastatic humeral lesions",
        "JBJS Open Access",
        2023,
        doi="10.2106/JBJS.OA.22.00070",
    ),
    "fisher2010": Reference(
        "Fisher CG, DiPaola CP, Ryken TC, et al.",
        "A novel classification system for spinal instability in neoplastic disease: an "
        "evidence-based approach and expert consensus from the Spine Oncology Study Group",
        "Spine",
        2010,
        doi="10.1097/BRS.0b013e3181e16ae2",
    ),
    "fourney2011": Reference(
        "Fourney DR, Frangou EM, Ryken TC, et al.",
        "Spinal instability neoplastic score: an analysis of reliability and validity from the "
        "Spine Oncology Study Group",
        "J Clin Oncol",
        2011,
        doi="10.1200/JCO.2010.34.3897",
    ),
    "tokuhashi2005": Reference(
        "Tokuhashi Y, Matsuzaki H, Oda H, Oshima M, Ryu J",
        "A revised scoring system for preoperative evaluation of metastatic spine tumor prognosis",
        "Spine",
        2005,
        doi="10.1097/01.brs.0000180401.06919.a5",
        unchecked="the DOI",
    ),
    "katagiri2014": Reference(
        "Katagiri H, Okada R, Takagi T, et al.",
        "New prognostic factors and scoring system for patients with skeletal metastasis",
        "Cancer Med",
        2014,
        doi="10.1002/cam4.292",
    ),
    "kubota2019": Reference(
        "Kubota H, Soejima T, Sulaiman NS, Sekii S, Matsumoto Y, Ota Y, Tsujino K, Fujita I, "
        "Fujimoto T, Morishita M, Ikegaki J, Matsumoto K, Sasaki R",
        "Predicting the survival of patients with bone metastases treated with radiation therapy: "
        "a validation study of the Katagiri scoring system",
        "Radiat Oncol",
        2019,
        doi="10.1186/s13014-019-1218-z",
    ),
    "karhade2019": Reference(
        "Karhade AV, Thio QCBS, Ogink PT, Bono CM, Ferrone ML, Oh KS, Saylor PJ, Schoenfeld AJ, "
        "Shin JH, Harris MB, Schwab JH",
        "Predicting 90-day and 1-year mortality in spinal metastatic disease: development and "
        "internal validation",
        "Neurosurgery",
        2019,
        doi="10.1093/neuros/nyz070",
    ),
    # Bone-modifying agents
    "stopeck2010": Reference(
        "Stopeck AT, Lipton A, Body JJ, et al.",
        "Denosumab compared with zoledronic acid for the treatment of bone metastases in "
        "patients with advanced breast cancer",
        "J Clin Oncol",
        2010,
        doi="10.1200/JCO.2010.29.7101",
        unchecked="the DOI",
    ),
    "fizazi2011": Reference(
        "Fizazi K, Carducci M, Smith M, et al.",
        "Denosumab versus zoledronic acid for treatment of bone metastases in men with "
        "castration-resistant prostate cancer: a randomised, double-blind study",
        "Lancet",
        2011,
        doi="10.1016/S0140-6736(10)62344-6",
    ),
    "henry2011": Reference(
        "Henry DH, Costa L, Goldwasser F, et al.",
        "Randomized, double-blind study of denosumab versus zoledronic acid in the treatment of "
        "bone metastases in patients with advanced cancer (excluding breast and prostate cancer) "
        "or multiple myeloma",
        "J Clin Oncol",
        2011,
        doi="10.1200/JCO.2010.31.3304",
        unchecked="the DOI",
    ),
    "lipton2012": Reference(
        "Lipton A, Fizazi K, Stopeck AT, et al.",
        "Superiority of denosumab to zoledronic acid for prevention of skeletal-related events: "
        "a combined analysis of 3 pivotal, randomised, phase 3 trials",
        "Eur J Cancer",
        2012,
        doi="10.1016/j.ejca.2012.08.002",
    ),
    "swog_s0702": Reference(
        "Van Poznak CH, Unger JM, Darke AK, et al.",
        "Association of osteonecrosis of the jaw with zoledronic acid treatment for bone "
        "metastases in patients with cancer",
        "JAMA Oncol",
        2021,
        doi="10.1001/jamaoncol.2020.6353",
    ),
    "himelstein2017": Reference(
        "Himelstein AL, Foster JC, Khatcheressian JL, et al.",
        "Effect of longer-interval vs standard dosing of zoledronic acid on skeletal events in "
        "patients with bone metastases: a randomized clinical trial",
        "JAMA",
        2017,
        doi="10.1001/jama.2016.19425",
    ),
    "amadori2013": Reference(
        "Amadori D, Aglietta M, Alessi B, et al.",
        "Efficacy and safety of 12-weekly versus 4-weekly zoledronic acid for prolonged "
        "treatment of patients with bone metastases from breast cancer (ZOOM): a phase 3, "
        "open-label, randomised, non-inferiority trial",
        "Lancet Oncol",
        2013,
        doi="10.1016/S1470-2045(13)70174-8",
    ),
    "vanpoznak2017": Reference(
        "Van Poznak C, Somerfield MR, Barlow WE, et al.",
        "Role of bone-modifying agents in metastatic breast cancer: an American Society of "
        "Clinical Oncology-Cancer Care Ontario focused guideline update",
        "J Clin Oncol",
        2017,
        doi="10.1200/JCO.2017.75.4614",
    ),
    "esmo2020": Reference(
        "Coleman R, Hadji P, Body JJ, et al.",
        "Bone health in cancer: ESMO Clinical Practice Guidelines",
        "Ann Oncol",
        2020,
        doi="10.1016/j.annonc.2020.07.019",
    ),
    "fda_zoledronic": Reference(
        "Novartis Pharmaceuticals Corporation",
        "Zometa (zoledronic acid) injection: US prescribing information (package insert)",
        "US FDA-approved drug label",
        2018,
        url="https://druginserts.com/lib/rx/meds/zometa/",
    ),
    "msd_hcm": Reference(
        "Lewis JL",
        "Hypercalcemia (treatment)",
        "MSD Manual Professional Version",
        2023,
        url="https://www.msdmanuals.com/professional/endocrine-and-metabolic-disorders/electrolyte-"
        "disorders/hypercalcemia",
    ),
    # Radiotherapy and radiopharmaceuticals
    "lutz2017": Reference(
        "Lutz S, Balboni T, Jones J, Lo S, Petit J, Rich SE, Wong R, Hahn C",
        "Palliative radiation therapy for bone metastases: update of an ASTRO evidence-based "
        "guideline (2017; replaced by the 2024 guideline)",
        "Pract Radiat Oncol",
        2017,
        doi="10.1016/j.prro.2016.08.001",
    ),
    "astro2024": Reference(
        "Alcorn S, Cortés ÁA, Bradfield L, Brennan M, Dennis K, Diaz DA, Doung YC, Elmore S, "
        "Hertan L, Johnstone C, Jones J, Larrier N, et al.",
        "External beam radiation therapy for palliation of symptomatic bone metastases: an ASTRO "
        "clinical practice guideline (2024; replaces the 2017 update)",
        "Pract Radiat Oncol",
        2024,
        doi="10.1016/j.prro.2024.04.018",
    ),
    "dutch2004": Reference(
        "van der Linden YM, Lok JJ, Steenland E, et al.",
        "Single fraction radiotherapy is efficacious: a further analysis of the Dutch Bone "
        "Metastasis Study controlling for the influence of retreatment",
        "Int J Radiat Oncol Biol Phys",
        2004,
        url="https://pubmed.ncbi.nlm.nih.gov/15145173",
    ),
    "sahgal2021": Reference(
        "Sahgal A, Myrehaug SD, Siva S, et al.",
        "Stereotactic body radiotherapy versus conventional external beam radiotherapy in patients "
        "with painful spinal metastases: an open-label, multicentre, randomised, controlled, phase "
        "2/3 trial",
        "Lancet Oncol",
        2021,
        doi="10.1016/S1470-2045(21)00196-0",
    ),
    "hoskin2019": Reference(
        "Hoskin PJ, Hopkins K, Misra V, et al.",
        "Effect of single-fraction vs multifraction radiotherapy on ambulatory status among "
        "patients with spinal canal compression from metastatic cancer: the SCORAD randomized "
        "clinical trial",
        "JAMA",
        2019,
        doi="10.1001/jama.2019.17913",
    ),
    "salazar1986": Reference(
        "Salazar OM, Rubin P, Hendrickson FR, et al.",
        "Single-dose half-body irradiation for palliation of multiple bone metastases from solid "
        "tumors. Final Radiation Therapy Oncology Group report",
        "Cancer",
        1986,
        url="https://pubmed.ncbi.nlm.nih.gov/2423225/",
    ),
    "parker2013": Reference(
        "Parker C, Nilsson S, Heinrich D, et al.",
        "Alpha emitter radium-223 and survival in metastatic prostate cancer",
        "N Engl J Med",
        2013,
        doi="10.1056/NEJMoa1213755",
    ),
    "sartor2021": Reference(
        "Sartor O, de Bono J, Chi KN, et al.",
        "Lutetium-177-PSMA-617 for metastatic castration-resistant prostate cancer",
        "N Engl J Med",
        2021,
        doi="10.1056/NEJMoa2107322",
    ),
    "goyal2012": Reference(
        "Goyal J, Antonarakis ES",
        "Bone-targeting radiopharmaceuticals for the treatment of prostate cancer with bone "
        "metastases",
        "Cancer Lett",
        2012,
        url="https://jhu.pure.elsevier.com/en/publications/bone-targeting-radiopharmaceuticals-for-"
        "the-treatment-of-prostate-3",
    ),
    "patchell2005": Reference(
        "Patchell RA, Tibbs PA, Regine WF, Payne R, Saris S, Kryscio RJ, Mohiuddin M, Young B",
        "Direct decompressive surgical resection in the treatment of spinal cord compression "
        "caused by metastatic cancer: a randomised trial",
        "Lancet",
        2005,
        doi="10.1016/S0140-6736(05)66954-1",
    ),
    "who1986": Reference(
        "World Health Organization",
        "Cancer pain relief",
        "World Health Organization, Geneva",
        1986,
        url="https://www.scribd.com/document/501730787/WHO-Cancer-Pain-Guidelines",
    ),
}
