"""Keys of sample00_orientation: computed by the grader at generation, never sent to a kernel."""

from course.assessment.keys import choice, number, table_value

KEYS = {
    "q1_check": choice("b"),
    "q2_check": number(table_value("incidence_by_primary", "Thyroid", "high_pct"), abs_tol=0.5),
}
