"""Keys of quiz01_pathophysiology: computed by the grader at generation, never sent to a kernel."""

from course.assessment.keys import choice, number, text
from course.facts import fact
from course.remodeling import (
    AYATI_2010_TUMOUR,
    KOMAROVA_2003,
    KOMAROVA_2003_CYCLING,
    Therapy,
    simulate,
    steady_state,
)


def _q06_lung_mixed_pct():
    _table = fact("lesion_type_by_primary").frame()
    return number(_table.loc[_table.primary == "Lung", "mixed_pct"].iloc[0], abs_tol=0.5)


def _q07_survival_ratio():
    _t = fact("one_year_survival_danish").frame().set_index("primary").one_year_pct
    return number(_t["Breast"] / _t["Lung"], abs_tol=0.05)


def _q08_lowest_incidence():
    _t = fact("incidence_by_primary").frame()
    return text(_t.loc[_t.low_pct.idxmin(), "primary"].lower())


def _q10_bone_untreated():
    _run = simulate(KOMAROVA_2003_CYCLING, 730, tumour=AYATI_2010_TUMOUR)
    _expected = float(_run.loc[(_run.day - 730).abs().idxmin(), "bone_mass"])
    return number(_expected, abs_tol=0.5)


def _q11_bone_denosumab():
    _run = simulate(
        KOMAROVA_2003_CYCLING, 730, tumour=AYATI_2010_TUMOUR, therapy=Therapy("denosumab", 180, 1.0)
    )
    _expected = float(_run.loc[(_run.day - 730).abs().idxmin(), "bone_mass"])
    return number(_expected, abs_tol=0.5)


KEYS = {
    "q01_pthrp": choice("b"),
    "q02_opg": choice("c"),
    "q03_matrix_factor": choice("a"),
    "q04_batson": choice("b"),
    "q05_blastic_drivers": choice("d"),
    "q06_lung_mixed_pct": _q06_lung_mixed_pct(),
    "q07_survival_ratio": _q07_survival_ratio(),
    "q08_lowest_incidence": _q08_lowest_incidence(),
    "q09_steady_osteoclasts": number(steady_state(KOMAROVA_2003)[0], abs_tol=0.001),
    "q10_bone_untreated": _q10_bone_untreated(),
    "q11_bone_denosumab": _q11_bone_denosumab(),
}
