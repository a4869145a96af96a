"""Sources for the seed-article topics taught in lessons 10 and 11: epidemiology, the two
denosumab labels, adjuvant bisphosphonates, surgery and embolisation, thyroid specifics,
nutrition and communication with patients."""

from ._model import Reference

REFERENCES: dict[str, Reference] = {
    "ryan2022": Reference(
        authors="Ryan C, Stoltzfus KC, Horn S, Chen H, Louie AV, Lehrer EJ, Trifiletti DM, "
        "Fox EJ, Abraham JA, Zaorsky NG",
        title="Epidemiology of bone metastases",
        journal="Bone",
        year=2022,
        doi="10.1016/j.bone.2020.115783",
    ),
    "xgeva_label": Reference(
        authors="Amgen Inc",
        title="Xgeva (denosumab) injection, for subcutaneous use: US prescribing information "
        "(revised 2/2020), section 2.2",
        journal="US prescribing information, reproduced from DailyMed by fda.report",
        year=2020,
        url="https://fda.report/DailyMed/628f0998-1206-4001-aeee-18133aa9f3bf",
    ),
    "prolia_label": Reference(
        authors="Amgen Inc",
        title="Prolia (denosumab) injection, for subcutaneous use: US prescribing information, "
        "section 2",
        journal="US prescribing information (FDA Label database)",
        year=2026,
        url="https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/"
        "49e5afe9-a0c7-40c4-af9f-f287a80c5c88/spl-doc",
    ),
    "ebctcg2015": Reference(
        authors="Early Breast Cancer Trialists' Collaborative Group (EBCTCG)",
        title="Adjuvant bisphosphonate treatment in early breast cancer: meta-analyses of "
        "individual patient data from randomised trials",
        journal="Lancet",
        year=2015,
        doi="10.1016/S0140-6736(15)60908-4",
    ),
    "axelrod2021": Reference(
        authors="Axelrod D, Gazendam AM, Ghert M",
        title="The surgical management of proximal femoral metastases: a narrative review",
        journal="Current Oncology",
        year=2021,
        doi="10.3390/curroncol28050320",
    ),
    "geraets2020": Reference(
        authors="Geraets SEW, Bos PK, van der Stok J",
        title="Preoperative embolization in surgical treatment of long bone metastasis: a "
        "systematic literature review",
        journal="EFORT Open Reviews",
        year=2020,
        doi="10.1302/2058-5241.5.190013",
    ),
    "choksi2017": Reference(
        authors="Choksi P, Papaleontiou M, Guo C, Worden F, Banerjee M, Haymart M",
        title="Skeletal complications and mortality in thyroid cancer: a population-based study",
        journal="Journal of Clinical Endocrinology and Metabolism",
        year=2017,
        doi="10.1210/jc.2016-3906",
    ),
    "kallel2014": Reference(
        authors="Kallel F et al.",
        title="Clinical features of bone metastasis for differentiated thyroid carcinoma: a "
        "study of 21 patients from a Tunisian center",
        journal="Indian Journal of Endocrinology and Metabolism",
        year=2014,
        doi="10.4103/2230-8210.129109",
    ),
    "arends2017": Reference(
        authors="Arends J, Bachmann P, Baracos V, Barthelemy N, Bertz H, Bozzetti F, Fearon K, "
        "Hütterer E, Isenring E, Kaasa S, Krznaric Z, Laird B, Larsson M, Laviano A, "
        "Mühlebach S, Muscaritoli M, Oldervoll L, Ravasco P, Solheim T, Strasser F, "
        "de van der Schueren M, Preiser JC",
        title="ESPEN guidelines on nutrition in cancer patients",
        journal="Clinical Nutrition",
        year=2017,
        url="https://ouci.dntb.gov.ua/en/works/lDojKJG4",
        unchecked="the DOI",
    ),
    "gilligan2017": Reference(
        authors="Gilligan T, Coyle N, Frankel RM, Berry DL, Bohlke K, Epstein RM, Finlay E, "
        "Jackson VA, Lathan CS, Loprinzi CL, Nguyen LH, Seigel C, Baile WF",
        title="Patient-clinician communication: American Society of Clinical Oncology "
        "consensus guideline",
        journal="Journal of Clinical Oncology",
        year=2017,
        doi="10.1200/JCO.2017.75.2311",
    ),
    "osorio2017": Reference(
        authors="Osorio M, Moubayed SP, Su H, Urken ML",
        title="Systematic review of site distribution of bone metastases in differentiated "
        "thyroid cancer",
        journal="Head & Neck",
        year=2017,
        doi="10.1002/hed.24655",
    ),
}
