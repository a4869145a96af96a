"""Sources of the prognosis scores and the emergency pathways (:mod:`course.facts.prognosis`).

The Katagiri and Tokuhashi papers themselves are keyed in :mod:`course.references.core`
(``katagiri2014``, ``tokuhashi2005``); this module holds the guidelines and labels that the
emergency pathways quote. Each entry links to the page that was read.
"""

from ._model import Reference

REFERENCES: dict[str, Reference] = {
    "astro2024_spine": Reference(
        "Alcorn S, Cortés ÁA, Bradfield L, Brennan M, Dennis K, Diaz DA, et al.",
        "External beam radiation therapy for palliation of symptomatic bone metastases: an "
        "ASTRO clinical practice guideline",
        "Pract Radiat Oncol",
        2024,
        url="https://scholars.duke.edu/publication/1634048",
    ),
    "endocrine2023_hcm": Reference(
        "El-Hajj Fuleihan G, Clines GA, Hu MI, Marcocci C, Murad MH, Piggott T, et al.",
        "Treatment of hypercalcemia of malignancy in adults: an Endocrine Society clinical "
        "practice guideline",
        "J Clin Endocrinol Metab",
        2023,
        doi="10.1210/clinem/dgac621",
    ),
    "nice_ng234_mscc": Reference(
        "National Institute for Health and Care Excellence",
        "Spinal metastases and metastatic spinal cord compression (NICE guideline NG234), "
        "recommendations",
        "NICE guideline",
        2023,
        url="https://www.nice.org.uk/guidance/NG234/chapter/recommendations",
    ),
    "zoledronic_label_hcm": Reference(
        "US Food and Drug Administration",
        "Zoledronic acid injection: prescribing information (sections 1.1 and 2.1, "
        "hypercalcemia of malignancy)",
        "US prescribing information, reproduced by MedLibrary.org",
        2023,
        url="https://medlibrary.org/lib/rx/meds/zoledronic-acid-20/",
    ),
    "utsw_hypercalcaemia_guide": Reference(
        "UT Southwestern Internal Medicine Residency",
        "Guide to hypercalcemia",
        "UTSW Internal Medicine blog",
        2015,
        url="https://utswim.wordpress.com/2015/01/05/guide-to-hypercalcemia/",
    ),
}
