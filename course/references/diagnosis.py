"""Extra references used only by the diagnosis lessons (the shared ones are in ``core``)."""

from ._model import Reference

REFERENCES: dict[str, Reference] = {
    "pubchem_creatinine": Reference(
        "National Center for Biotechnology Information",
        "PubChem compound summary for CID 588, creatinine (molecular weight 113.12 g/mol)",
        "PubChem",
        2024,
        url="https://pubchem.ncbi.nlm.nih.gov/compound/588",
    ),
    "nice_cg75": Reference(
        "NICE",
        "Metastatic spinal cord compression in adults: risk assessment, diagnosis and management "
        "(CG75, replaced by NG234 in 2023)",
        "NICE clinical guideline",
        2008,
        url="https://www.nice.org.uk/guidance/cg75",
    ),
    "statpearls_hypercalcemia": Reference(
        "Sadiq NM, Naganathan S, Badireddy M",
        "Hypercalcemia",
        "StatPearls [Internet]",
        2024,
        url="https://www.ncbi.nlm.nih.gov/books/NBK430714/",
    ),
    "bmj_bp_hypercalcaemia": Reference(
        "BMJ Best Practice",
        "Hypercalcaemia: criteria (severity bands and CTCAE grades)",
        "BMJ Best Practice",
        2024,
        url="https://bestpractice.bmj.com/topics/en-gb/1204/criteria",
    ),
    "msd_hypercalcemia": Reference(
        "Lewis JL",
        "Hypercalcemia",
        "MSD Manual Professional Version",
        2023,
        url="https://www.msdmanuals.com/professional/endocrine-and-metabolic-disorders/"
        "electrolyte-disorders/hypercalcemia",
    ),
    "coleman1988": Reference(
        "Coleman RE, Mashiter G, Whitaker KB, Moss DW, Rubens RD, Fogelman I",
        "Bone scan flare predicts successful systemic therapy for bone metastases",
        "J Nucl Med",
        1988,
        url="https://pubmed.ncbi.nlm.nih.gov/3404255",
    ),
    "radiopaedia_flare": Reference(
        "Radiopaedia contributors",
        "Flare phenomenon (bone scintigraphy)",
        "Radiopaedia.org",
        2024,
        url="https://radiopaedia.org/articles/flare-phenomenon-bone-scintigraphy",
    ),
    "scher2016": Reference(
        "Scher HI, Morris MJ, Stadler WM, et al.",
        "Trial design and objectives for castration-resistant prostate cancer: updated "
        "recommendations from the Prostate Cancer Clinical Trials Working Group 3 (PCWG3)",
        "J Clin Oncol",
        2016,
        doi="10.1200/JCO.2015.64.2702",
    ),
    "piccioli2015": Reference(
        "Piccioli A, Maccauro G, Spinelli MS, Biagini R, Rossi B",
        "Bone metastases of unknown origin: epidemiology and principles of management",
        "J Orthop Traumatol",
        2015,
        doi="10.1007/s10195-015-0344-0",
    ),
    "icd10cm": Reference(
        "Centers for Disease Control and Prevention, National Center for Health Statistics",
        "ICD-10-CM: C79.51 secondary malignant neoplasm of bone (C79.52: of bone marrow)",
        "ICD-10-CM",
        2025,
        url="https://www.cdc.gov/nchs/icd/icd-10-cm/",
    ),
    "heldmann1997": Reference(
        authors="Heldmann U, et al.",
        title="Frequency of unexpected multifocal metastasis in patients with acute spinal cord "
        "compression. Evaluation by low-field MR imaging in cancer patients",
        journal="Acta Radiologica",
        year=1997,
        doi="10.1080/02841859709172086",
        unchecked="only the first author was read (PubMed record PMID 9191426)",
    ),
}
