"""Keys of quiz03_management: computed by the grader at generation, never sent to a kernel."""

from course.assessment.keys import choice, number, text
from course.clinical import cockcroft_gault, mirels_score, sins_score, zoledronic_acid_dose
from course.facts import fact


def _q09_longest_survival():
    _t = fact("median_survival_by_primary").frame()
    return text(_t.loc[_t.low_months.idxmax(), "primary"].lower())


KEYS = {
    "q01_single_fraction": choice("b"),
    "q02_dental": choice("d"),
    "q03_mirels_lesion": choice("c"),
    "q04_sins_category": choice("a"),
    "q05_bma_pain": choice("c"),
    "q06_radium": choice("a"),
    "q07_patchell": choice("d"),
    "q08_dosing_interval": choice("b"),
    "q09_longest_survival": _q09_longest_survival(),
    "q10_mirels_total": number(
        mirels_score("peritrochanteric", "moderate", "lytic", "1/3-2/3").total, abs_tol=0
    ),
    "q11_sins_total": number(
        sins_score("junctional", "mechanical", "lytic", "normal", "<50%", "unilateral").total,
        abs_tol=0,
    ),
    "q12_zoledronic_dose": number(
        zoledronic_acid_dose(cockcroft_gault(70, 60, 1.2, "female")), abs_tol=0.01
    ),
}
