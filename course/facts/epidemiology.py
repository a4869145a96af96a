"""Who gets bone metastases, which lesions and where, and survival (clinical-facts.md §8)."""

from ._model import Fact, Table

FACTS: dict[str, Fact | Table] = {
    "incidence_by_primary": Table(
        label="Relative incidence of bone metastases in advanced disease, by primary cancer",
        columns=("primary", "low_pct", "high_pct", "source"),
        rows=(
            ("Breast", 65, 75, "battafarano2018"),
            ("Prostate", 65, 75, "battafarano2018"),
            ("Thyroid", 60, 60, "battafarano2018"),
            ("Bladder", 40, 40, "battafarano2018"),
            ("Lung", 30, 40, "macedo2017"),
            ("Renal", 20, 25, "battafarano2018"),
            ("Melanoma", 14, 45, "macedo2017"),
        ),
        source="battafarano2018",
        units={"low_pct": "%", "high_pct": "%"},
        evidence="secondary",
        note="Battafarano 2018 and Macedo 2017 both reproduce Coleman's table; Coleman's own "
        "table was not read. A single figure is shown as low = high.",
    ),
    "autopsy_breast_prostate": Fact(
        "Breast and prostate cancer deaths with bone metastases at post-mortem",
        70,
        "%",
        "coleman2006",
        note="about 70 %",
    ),
    "incidence_lung_thyroid_kidney": Fact(
        "Lung, thyroid and kidney cancer: share with bone metastases", (20, 50), "%", "coleman2006"
    ),
    "incidence_melanoma_stage_iv": Fact(
        "Stage IV melanoma with bone metastases", 18, "%", "karim2013"
    ),
    "sre_interval": Fact(
        "Average interval between major skeletal events in randomised trials (untreated arms)",
        (3, 6),
        "months",
        "coleman2006",
    ),
    "five_primaries_share": Fact(
        "Share of skeletal metastases from prostate, breast, lung, kidney and thyroid cancer",
        80,
        "%",
        "jacofsky_review",
        evidence="secondary",
        note="about 80 %",
    ),
    "lesion_type_by_primary": Table(
        label="Typical radiographic lesion type by primary cancer",
        columns=("primary", "dominant", "mixed_pct", "comment"),
        rows=(
            ("Prostate", "blastic", 15, "about 15 % mixed"),
            ("Breast", "lytic", 10, "about 10 % mixed"),
            ("Lung", "lytic", 15, "about 15 % mixed"),
            ("Kidney", "lytic", None, "purely lytic, often expansile"),
            ("Thyroid", "lytic", None, "purely lytic, often expansile"),
            ("Melanoma", "lytic", None, ""),
            ("Myeloma", "lytic", None, "'cold' on bone scan"),
        ),
        source="radiopaedia_mets",
        units={"mixed_pct": "%"},
        evidence="secondary",
    ),
    "median_survival_by_primary": Table(
        label="Median survival from diagnosis of bone metastasis, by primary cancer",
        columns=("primary", "low_months", "high_months"),
        rows=(
            ("Breast", 19, 25),
            ("Prostate", 12, 53),
            ("Lung", 6, 7),
            ("Bladder", 6, 9),
            ("Kidney", 12, 12),
            ("Thyroid", 48, 48),
            ("Melanoma", 6, 6),
        ),
        source="macedo2017",
        units={"low_months": "months", "high_months": "months"},
        evidence="secondary",
        note="Single figures (kidney, thyroid, melanoma) are approximate ('about'). Attribution "
        "to Coleman's original table is unverified; myeloma is left out (slide-deck only).",
    ),
    "one_year_survival_danish": Table(
        label="One-year survival after a bone metastasis (Danish registry, 17,251 patients)",
        columns=("primary", "one_year_pct"),
        rows=(("Lung", 10), ("Breast", 51)),
        source="svensson2017",
        units={"one_year_pct": "%"},
    ),
    "five_year_survival_breast_danish": Fact(
        "Five-year survival after a bone metastasis from breast cancer (the only primary above "
        "10 %)",
        13,
        "%",
        "svensson2017",
    ),
}
