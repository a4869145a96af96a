"""Who gets bone metastases, which lesions and where, and survival after a bone metastasis."""

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
        note="Both reviews give the same list and cite earlier reviews for it (Battafarano: "
        "ref. 3; Macedo: ref. 5). A single figure is shown as low = high.",
        quote="the relative incidence of bone metastasis by tumor type is 65–75% in breast "
        "cancer, 65–75% in prostate cancer, 60% in thyroid cancer, 40% in bladder cancer, "
        "20–25% in renal cell carcinoma",
        locator="Section 1, Introduction, first paragraph",
        source_quotes={
            "macedo2017": (
                "The relative incidence of bone metastasis by type of tumor, in patients with "
                "advanced metastatic disease, is: 65-75% in BC; 65-75% in prostate; 60% in "
                "thyroid; 30-40% in lung; 40% in bladder; 20-25% in renal cell carcinoma and "
                "14-45% in melanoma.",
                "Introduction, second paragraph",
            )
        },
    ),
    "autopsy_breast_prostate": Fact(
        "Breast and prostate cancer deaths with bone metastases at post-mortem",
        70,
        "%",
        "coleman2006",
        note="about 70 %",
        quote="At postmortem examination, ~70% of patients dying of these cancers have evidence "
        "of metastatic bone disease (Table 1; ref. 1).",
        locator="Incidence of Bone Metastases, first paragraph (p. 6243s)",
    ),
    "incidence_lung_thyroid_kidney": Fact(
        "Lung, thyroid and kidney cancer: share with bone metastases (clinically and at autopsy)",
        (20, 50),
        "%",
        "karim2013",
        quote="For example, clinically and at the time of autopsy, 20–50% of patients with lung, "
        "thyroid, and kidney cancers have bone metastases (Table 1).",
        locator="Introduction, first paragraph",
    ),
    "incidence_melanoma_stage_iv": Fact(
        "Stage IV melanoma with bone metastases",
        18,
        "%",
        "karim2013",
        note="Karim et al. report this figure from a single study they cite (their ref. 9).",
        quote="a recent study reported that 18% of patients with stage IV malignant melanoma had "
        "bone metastases.",
        locator="Introduction, first paragraph",
    ),
    "sre_interval": Fact(
        "Average interval between major skeletal events in randomised trials (untreated arms)",
        (3, 6),
        "months",
        "coleman2006",
        quote="From randomized trials in advanced cancer, it can be seen that one of these major "
        "skeletal events occurs on average every 3 to 6 months.",
        locator="Abstract",
    ),
    "five_primaries_share": Fact(
        "Share of skeletal metastases from prostate, breast, lung, kidney and thyroid cancer",
        80,
        "%",
        "jacofsky_review",
        note="about 80 %",
        quote="Prostate, breast, lung, kidney, and thyroid cancers account for 80% of skeletal "
        "metastases.",
        locator="Opening paragraph",
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
        source="radiopaedia_mixed_mets",
        units={"mixed_pct": "%"},
        evidence="secondary",
        note="Radiopaedia is a reference wiki, not a primary study. Its 'Mixed lytic and "
        "sclerotic bone metastases' article gives the mixed shares ('breast carcinoma: "
        "typically lytic but 10% are mixed; lung carcinoma: typically lytic but 15% are mixed; "
        "prostate carcinoma: typically sclerotic but 15% are mixed'); the kidney, thyroid, "
        "melanoma and myeloma rows are from its 'Bone metastases' article and were not re-read.",
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
        note="Macedo et al. cite an earlier review for these figures (their ref. 5). A single "
        "figure is shown as low = high; myeloma is left out.",
        quote="The median-survival from diagnosis of bone metastasis is: 6months in melanoma; "
        "6-7 months in lung; 6-9 months in bladder; 12 months in renal cells carcinoma; 12-53 "
        "months in prostate; 19-25 months in BC and 48 months in thyroid.",
        locator="Introduction, second paragraph",
    ),
    "one_year_survival_danish": Table(
        label="One-year survival after a bone metastasis (Danish registry, 17,251 patients)",
        columns=("primary", "one_year_pct"),
        rows=(("Lung", 10), ("Breast", 51)),
        source="svensson2017",
        units={"one_year_pct": "%"},
        quote="One-year survival after bone metastasis diagnosis was lowest in patients with lung "
        "cancer (10%, 95% CI 9% to 11%) and highest in patients with breast cancer (51%, 50% to "
        "53%).",
        locator="Abstract, Results",
    ),
    "five_year_survival_breast_danish": Fact(
        "Five-year survival after a bone metastasis from breast cancer (the only primary above "
        "10 %)",
        13,
        "%",
        "svensson2017",
        quote="At 5 years of follow-up, only patients with breast cancer had over 10% survival "
        "(13%, 11% to 14%).",
        locator="Abstract, Results",
    ),
}
