"""Extra references used only by the management lessons (the shared ones are in ``core``)."""

from ._model import Reference

REFERENCES: dict[str, Reference] = {
    "gupta_icliniq": Reference(
        "Gupta A",
        "Bone metastasis: what are the therapeutic approaches? (clinical review page)",
        "iCliniq",
        2023,
        url="https://www.icliniq.com",
    ),
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
    "mok2017": Reference(
        "Mok TS, Wu YL, Ahn MJ, et al.",
        "Osimertinib or platinum-pemetrexed in EGFR T790M-positive lung cancer (AURA3)",
        "N Engl J Med",
        2017,
        doi="10.1056/NEJMoa1612674",
    ),
    "soria2018": Reference(
        "Soria JC, Ohe Y, Vansteenkiste J, et al.",
        "Osimertinib in untreated EGFR-mutated advanced non-small-cell lung cancer (FLAURA)",
        "N Engl J Med",
        2018,
        doi="10.1056/NEJMoa1713137",
    ),
    "ramalingam2020": Reference(
        "Ramalingam SS, Vansteenkiste J, Planchard D, et al.",
        "Overall survival with osimertinib in untreated, EGFR-mutated advanced NSCLC (FLAURA)",
        "N Engl J Med",
        2020,
        doi="10.1056/NEJMoa1913662",
    ),
}
