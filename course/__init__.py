"""Models, calculators, data tables, figures and widgets for the bone metastases course.

Data flows one way: ``course.facts`` (every clinical number, each with a citation in
``course.references``) feeds the models and calculators, which feed ``course.plots`` and
``course.widgets``; the notebooks only explain and call.
"""

DISCLAIMER = (
    "**Educational use only.** This course teaches the science of bone metastases to students "
    "and clinicians in training. It is not medical advice: no number, calculator or model here "
    "may be used to diagnose, dose or treat a real patient. Decisions about a patient belong to "
    "their clinical team, using current guidelines and the full primary sources."
)

__all__ = ["DISCLAIMER"]
