"""Extra references used only by the pathophysiology lessons (the shared ones are in ``core``)."""

from ._model import Reference

REFERENCES: dict[str, Reference] = {
    "batson1940": Reference(
        "Batson OV",
        "The function of the vertebral veins and their role in the spread of metastases",
        "Ann Surg",
        1940,
        doi="10.1097/00000658-194007000-00016",
    ),
    "datta2009": Reference(
        "Datta NS, Abou-Samra AB",
        "PTH and PTHrP signaling in osteoblasts",
        "Cell Signal",
        2009,
        doi="10.1016/j.cellsig.2009.02.012",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC2723940/",
    ),
    "silva2011": Reference(
        "Silva BC, Costa AG, Cusano NE, Kousteni S, Bilezikian JP",
        "Catabolic and anabolic actions of parathyroid hormone on the skeleton",
        "J Endocrinol Invest",
        2011,
        doi="10.3275/7925",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC4315330/",
    ),
    "clines2011": Reference(
        "Clines GA, Mohammad KS, et al.",
        "Regulation of postnatal trabecular bone formation by the osteoblast endothelin A receptor",
        "J Bone Miner Res",
        2011,
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC3183222",
    ),
    "dai2008": Reference(
        "Dai J, Hall CL, Escara-Wilke J, Mizokami A, Keller JM, Keller ET",
        "Prostate cancer induces bone metastasis through Wnt-induced bone morphogenetic "
        "protein-dependent and independent mechanisms",
        "Cancer Res",
        2008,
        doi="10.1158/0008-5472.CAN-07-6541",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC4432935/",
    ),
    "hall2008": Reference(
        "Hall CL, Daignault SD, et al.",
        "Dickkopf-1 expression increases early in prostate cancer development and decreases during "
        "progression from primary tumor to metastasis",
        "Prostate",
        2008,
        doi="10.1002/pros.20805",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC3260942/",
    ),
    "joeckel2014": Reference(
        "Joeckel E, Haber T, Prawitt D, Junker K, Hampel C, Thüroff JW, Roos FC, Brenner W",
        "High calcium concentration in bones promotes bone metastasis in renal cell carcinomas "
        "expressing calcium-sensing receptor",
        "Mol Cancer",
        2014,
        doi="10.1186/1476-4598-13-42",
    ),
}
