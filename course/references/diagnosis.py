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
        "National Institute for Health and Care Excellence",
        "Metastatic spinal cord compression in adults: risk assessment, diagnosis and management "
        "(CG75, replaced by NG234 in 2023)",
        "NICE clinical guideline",
        2008,
        url="https://www.nice.org.uk/guidance/cg75",
    ),
    "statpearls_hypercalcemia": Reference(
        "Sadiq NM, Naganathan S, Badireddy M",
        "Hypercalcemia",
        "StatPearls",
        2023,
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
}
