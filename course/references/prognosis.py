"""Sources of the prognosis scores and the emergency pathways (:mod:`course.facts.prognosis`).

The Katagiri and Tokuhashi papers themselves are keyed in :mod:`course.references.core`
(``katagiri2014``, ``tokuhashi2005``); this module holds the guidelines and labels that the
emergency pathways quote. Each entry links to the page that was read.
"""

from ._model import Reference

REFERENCES: dict[str, Reference] = {
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
