"""Keys of quiz02_diagnosis: computed by the grader at generation, never sent to a kernel."""

from course.assessment.keys import choice, number, text
from course.clinical import cockcroft_gault, corrected_calcium, hypercalcaemia_severity

KEYS = {
    "q01_bone_scan": choice("c"),
    "q02_cold_scan": choice("b"),
    "q03_xray_late": choice("c"),
    "q04_cord_red_flag": choice("a"),
    "q05_biopsy": choice("d"),
    "q06_post_test_positive": number(0.27 / (0.27 + 0.14), abs_tol=0.005),
    "q07_post_test_negative": number(0.03 / (0.03 + 0.56), abs_tol=0.005),
    "q08_lr_positive": number(4.5, abs_tol=0.01),
    "q09_corrected_calcium": number(corrected_calcium(11.6, 2.5, unit="mg/dL"), abs_tol=0.05),
    "q10_calcium_severity": text(
        hypercalcaemia_severity(corrected_calcium(11.6, 2.5, unit="mg/dL"), unit="mg/dL")
    ),
    "q11_creatinine_clearance": number(
        cockcroft_gault(70, 60, 1.2, "female", unit="mg/dL"), abs_tol=0.5
    ),
}
