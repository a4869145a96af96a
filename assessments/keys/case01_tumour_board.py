"""Keys of case01_tumour_board: computed by the grader at generation, never sent to a kernel."""

from course.assessment.keys import bone_mass_on_day, choice, number, table_value
from course.clinical import corrected_calcium, sins_score
from course.remodeling import Therapy

KEYS = {
    "q01_emergency": choice("b"),
    "q02_first_imaging": choice("d"),
    "q03_steroid": choice("a"),
    "q04_lesion_type": choice("c"),
    "q05_breast_incidence": number(
        table_value("incidence_by_primary", "Breast", "low_pct"), abs_tol=0.5
    ),
    "q06_bone_agent": choice("a"),
    "q07_post_test": number(0.18 / (0.18 + 0.08), abs_tol=0.005),
    "q08_one_year_survival": number(
        table_value("one_year_survival_danish", "Breast", "one_year_pct"), abs_tol=0.5
    ),
    "q09_corrected_calcium": number(corrected_calcium(12.8, 3.0, unit="mg/dL"), abs_tol=0.05),
    "q10_sins_total": number(
        sins_score(
            "mobile", "mechanical", "lytic", "normal", "none with >50% involved", "none"
        ).total,
        abs_tol=0,
    ),
    "q11_model_denosumab": number(
        bone_mass_on_day(365, therapy=Therapy("denosumab", 90, 1.0)), abs_tol=0.5
    ),
}
