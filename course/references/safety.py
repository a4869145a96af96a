"""Sources of the safety-critical rules in :mod:`course.facts.safety` (labels, regulators'
restrictions, trials and current guidelines)."""

from ._model import Reference

REFERENCES: dict[str, Reference] = {
    "zometa_label_hcm": Reference(
        "Novartis Pharmaceuticals Corporation",
        "Zometa (zoledronic acid) injection: US prescribing information, section 2.1 "
        "(hypercalcemia of malignancy)",
        "US prescribing information (label text as reproduced by GlobalRPh)",
        2011,
        url="http://www.globalrph.com/zoledronic_acid_renal.htm",
    ),
    "chen2013": Reference(
        "Chen S",
        "Retooling the creatinine clearance equation to estimate kinetic GFR when the plasma "
        "creatinine is changing acutely",
        "J Am Soc Nephrol",
        2013,
        doi="10.1681/ASN.2012070653",
    ),
    "ema2018_xofigo": Reference(
        "European Medicines Agency",
        "Xofigo: EMA restricts use of prostate cancer medicine Xofigo (referral procedure)",
        "European Medicines Agency, referral procedures",
        2018,
        url="https://www.ema.europa.eu/en/medicines/human/referrals/xofigo",
    ),
    "mhra2018_xofigo": Reference(
        "Medicines and Healthcare products Regulatory Agency",
        "Xofigo (radium-223-dichloride): new restrictions on use due to increased risk of "
        "fracture and trend for increased mortality seen in clinical trial",
        "Drug Safety Update",
        2018,
        url="https://www.gov.uk/drug-safety-update/xofigo-radium-223-dichloride-new-"
        "restrictions-on-use-due-to-increased-risk-of-fracture-and-trend-for-increased-"
        "mortality-seen-in-clinical-trial",
    ),
    "era223_ctgov": Reference(
        "Bayer",
        "Radium-223 dichloride and abiraterone acetate compared to placebo and abiraterone "
        "acetate for men with cancer of the prostate when medical or surgical castration does "
        "not work and when the cancer has spread to the bone, has not been treated with "
        "chemotherapy and is causing no or only mild symptoms (ERA 223, NCT02043678): results",
        "ClinicalTrials.gov",
        2019,
        url="https://classic.clinicaltrials.gov/ct2/show/results/NCT02043678",
    ),
    "poeppel2018": Reference(
        "Poeppel TD, Handkiewicz-Junak D, Andreeff M, et al.",
        "EANM guideline for radionuclide therapy with radium-223 of metastatic "
        "castration-resistant prostate cancer",
        "Eur J Nucl Med Mol Imaging",
        2018,
        doi="10.1007/s00259-017-3900-4",
    ),
    "downie2021": Reference(
        "Downie S, Bryden E, Perks F, Simpson AHRW",
        "Diagnosis and referral of adults with suspected bony metastases",
        "BMJ",
        2021,
        doi="10.1136/bmj.n98",
    ),
    "soutome2018": Reference(
        authors="Soutome S, Hayashida S, Funahara M, Sakamoto Y, Kojima Y, Yanamoto S, Umeda M",
        title="Factors affecting development of medication-related osteonecrosis of the jaw in "
        "cancer patients receiving high-dose bisphosphonate or denosumab therapy: is tooth "
        "extraction a risk factor?",
        journal="PLoS One",
        year=2018,
        doi="10.1371/journal.pone.0201343",
    ),
}
