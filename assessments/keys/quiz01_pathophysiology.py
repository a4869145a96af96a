"""Keys of quiz01_pathophysiology: computed by the grader at generation, never sent to a kernel."""

from course.assessment.keys import bone_mass_on_day, choice, number, table_value, text
from course.facts import fact
from course.remodeling import KOMAROVA_2003, Therapy, steady_state


def _lowest_incidence() -> str:
    table = fact("incidence_by_primary").frame()
    return table.loc[table.low_pct.idxmin(), "primary"]


KEYS = {
    "q01_pthrp": choice("b"),
    "q02_opg": choice("c"),
    "q03_matrix_factor": choice("a"),
    "q04_batson": choice("b"),
    "q05_blastic_drivers": choice("d"),
    "q06_lung_mixed_pct": number(
        table_value("lesion_type_by_primary", "Lung", "mixed_pct"), abs_tol=0.5
    ),
    "q07_survival_ratio": number(
        table_value("one_year_survival_danish", "Breast", "one_year_pct")
        / table_value("one_year_survival_danish", "Lung", "one_year_pct"),
        abs_tol=0.05,
    ),
    "q08_lowest_incidence": text(_lowest_incidence()),
    "q09_steady_osteoclasts": number(steady_state(KOMAROVA_2003)[0], abs_tol=0.001),
    "q10_bone_untreated": number(bone_mass_on_day(730), abs_tol=0.5),
    "q11_bone_denosumab": number(
        bone_mass_on_day(730, therapy=Therapy("denosumab", 180, 1.0)), abs_tol=0.5
    ),
}
