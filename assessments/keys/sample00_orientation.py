"""Keys of sample00_orientation: computed by the grader at generation, never sent to a kernel."""

from course.assessment.keys import choice, number
from course.facts import fact


def _q2_check():
    _t = fact("incidence_by_primary").frame()
    return number(_t.loc[_t.primary == "Thyroid", "high_pct"].iloc[0], abs_tol=0.5)


KEYS = {
    "q1_check": choice("b"),
    "q2_check": _q2_check(),
}
