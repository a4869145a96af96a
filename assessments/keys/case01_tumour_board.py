"""Keys of case01_tumour_board: computed by the grader at generation, never sent to a kernel."""

from course.assessment.keys import choice, number
from course.clinical import corrected_calcium, sins_score
from course.facts import fact
from course.remodeling import (
    AYATI_2010_TUMOUR,
    KOMAROVA_2003_CYCLING,
    Therapy,
    simulate,
)


def _q05_breast_incidence():
    _table = fact("incidence_by_primary").frame()
    return number(_table.loc[_table.primary == "Breast", "low_pct"].iloc[0], abs_tol=0.5)


def _q08_one_year_survival():
    _table = fact("one_year_survival_danish").frame()
    return number(_table.loc[_table.primary == "Breast", "one_year_pct"].iloc[0], abs_tol=0.5)


def _q11_model_denosumab():
    _run = simulate(
        KOMAROVA_2003_CYCLING, 365, tumour=AYATI_2010_TUMOUR, therapy=Therapy("denosumab", 90, 1.0)
    )
    _expected = float(_run.loc[(_run.day - 365).abs().idxmin(), "bone_mass"])
    return number(_expected, abs_tol=0.5)


KEYS = {
    "q01_emergency": choice("b"),
    "q02_first_imaging": choice("d"),
    "q03_steroid": choice("a"),
    "q04_lesion_type": choice("c"),
    "q05_breast_incidence": _q05_breast_incidence(),
    "q06_bone_agent": choice("a"),
    "q07_post_test": number(0.18 / (0.18 + 0.08), abs_tol=0.005),
    "q08_one_year_survival": _q08_one_year_survival(),
    "q09_corrected_calcium": number(corrected_calcium(12.8, 3.0, unit="mg/dL"), abs_tol=0.05),
    "q10_sins_total": number(
        sins_score(
            "mobile", "mechanical", "lytic", "normal", "none with >50% involved", "none"
        ).total,
        abs_tol=0,
    ),
    "q11_model_denosumab": _q11_model_denosumab(),
}
