"""Extra references used only by the management lessons (the shared ones are in ``core``)."""

from ._model import Reference

REFERENCES: dict[str, Reference] = {
    # Patient-facing source articles of the course: cited only for claims labelled as theirs.
    "gupta_icliniq": Reference(
        "Gupta A (medical reviewer)",
        "What are the therapeutic approaches for adult patients with bone metastasis from solid "
        "tumors? (patient-information article)",
        "iCliniq",
        2023,
        url="https://www.icliniq.com/articles/cancer/"
        "therapeutic-approaches-for-adult-patients-with-bone-metastasis-from-solid-tumors",
    ),
    "ytrove_lung_bone": Reference(
        "ytrove.com (no author named)",
        "Can lung cancer be treated after bone metastasis occurs? (undated patient-information "
        "page, read in 2026)",
        "ytrove.com",
        2026,
        url="https://www.ytrove.com/topic/29907",
    ),
    # Guidelines and standards
    "eanm2018": Reference(
        "Handkiewicz-Junak D, Poeppel TD, Bodei L, Aktolun C, Ezziddin S, Giammarile F, "
        "Delgado-Bolton RC, Gabriel M",
        "EANM guidelines for radionuclide therapy of bone metastases with beta-emitting "
        "radionuclides",
        "Eur J Nucl Med Mol Imaging",
        2018,
        doi="10.1007/s00259-018-3947-x",
    ),
    "cirse2022": Reference(
        "Ryan A, Byrne C, Pusceddu C, Buy X, Tsoumakidou G, Filippiadis D",
        "CIRSE standards of practice on thermal ablation of bone tumours",
        "Cardiovasc Intervent Radiol",
        2022,
        doi="10.1007/s00270-022-03126-x",
    ),
    "fisher2014": Reference(
        "Fisher CG, Schouten R, Versteeg AL, Boriani S, Varga PP, Rhines LD, Kawahara N, "
        "Fourney D, Weir L, Reynolds JJ, Sahgal A, Fehlings MG, Gokaslan ZL",
        "Reliability of the Spinal Instability Neoplastic Score (SINS) among radiation "
        "oncologists: an assessment of instability secondary to spinal metastases",
        "Radiat Oncol",
        2014,
        doi="10.1186/1748-717X-9-69",
    ),
    "saito2019": Reference(
        "Saito T, Yamaguchi K, Toya R, Oya N",
        "Single- versus multiple-fraction radiation therapy for painful bone metastases: a "
        "systematic review and meta-analysis of nonrandomized studies",
        "Adv Radiat Oncol",
        2019,
        doi="10.1016/j.adro.2019.06.003",
    ),
    # Lung cancer: targeted therapy trials
    "mok2017": Reference(
        "Mok TS, Wu YL, Ahn MJ, et al.",
        "Osimertinib or platinum-pemetrexed in EGFR T790M-positive lung cancer",
        "N Engl J Med",
        2017,
        doi="10.1056/NEJMoa1612674",
    ),
    "soria2018": Reference(
        "Soria JC, Ohe Y, Vansteenkiste J, et al.",
        "Osimertinib in untreated EGFR-mutated advanced non-small-cell lung cancer",
        "N Engl J Med",
        2018,
        doi="10.1056/NEJMoa1713137",
    ),
    "ramalingam2020": Reference(
        "Ramalingam SS, Vansteenkiste J, Planchard D, et al.",
        "Overall survival with osimertinib in untreated, EGFR-mutated advanced NSCLC",
        "N Engl J Med",
        2020,
        doi="10.1056/NEJMoa1913662",
    ),
    "mok2020": Reference(
        "Mok T, Camidge DR, Gadgeel SM, et al.",
        "Updated overall survival and final progression-free survival data for patients with "
        "treatment-naive advanced ALK-positive non-small-cell lung cancer in the ALEX study",
        "Ann Oncol",
        2020,
        doi="10.1016/j.annonc.2020.04.478",
    ),
    "solomon2024": Reference(
        "Solomon BJ, Liu G, Felip E, et al.",
        "Lorlatinib versus crizotinib in patients with advanced ALK-positive non-small cell "
        "lung cancer: 5-year outcomes from the phase III CROWN study",
        "J Clin Oncol",
        2024,
        doi="10.1200/JCO.24.00581",
    ),
    "who2018_pain_record": Reference(
        "World Health Organization",
        "WHO guidelines for the pharmacological and radiotherapeutic management of cancer pain in "
        "adults and adolescents: summary record",
        "WHO Essential Medicines and Health Products Information Portal",
        2018,
        url="http://apps.who.int/medicinedocs/fr/m/abstract/Js23605en/",
    ),
    "planchard2025": Reference(
        "Planchard D, Jänne PA, et al. (FLAURA2 investigators)",
        "Survival with osimertinib plus chemotherapy in EGFR-mutated advanced NSCLC",
        "N Engl J Med",
        2025,
        url="https://www.themednet.org/publications/"
        "survival-with-osimertinib-plus-chemotherapy-in-mutated-advanced-nsclc",
        unchecked="the author list and the DOI (abstract read in a reproduction dated "
        "17 Oct 2025, i.e. online publication; a secondary report cites the print issue as "
        "N Engl J Med 2026;394:27-38, not checked on PubMed or NEJM)",
    ),
    "esmo_mariposa2024": Reference(
        "European Society for Medical Oncology",
        "FDA approves lazertinib with amivantamab-vmjw for locally advanced or metastatic NSCLC "
        "with EGFR exon 19 deletions or exon 21 L858R substitution mutations",
        "ESMO Oncology News",
        2024,
        url="https://esmo.org/oncology-news/fda-approves-lazertinib-with-amivantamab-vmjw-for-"
        "locally-advanced-or-metastatic-nsclc-with-egfr-exon-19-deletions-or-exon-21-l858r-"
        "substitution-mutations",
    ),
    "temel2010": Reference(
        authors="Temel JS, Greer JA, Muzikansky A, Gallagher ER, Admane S, Jackson VA, Dahlin CM, "
        "Blinderman CD, Jacobsen J, Pirl WF, Billings JA, Lynch TJ",
        title="Early palliative care for patients with metastatic non-small-cell lung cancer",
        journal="New England Journal of Medicine",
        year=2010,
        doi="10.1056/NEJMoa1000678",
    ),
    "lee2017_ici_egfr": Reference(
        authors="Lee CK, Man J, Lord S, Links M, Gebski V, Mok T, Yang JC",
        title="Checkpoint inhibitors in metastatic EGFR-mutated non-small cell lung cancer: a "
        "meta-analysis",
        journal="Journal of Thoracic Oncology",
        year=2017,
        doi="10.1016/j.jtho.2016.10.007",
    ),
}
