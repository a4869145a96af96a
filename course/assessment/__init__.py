"""Grading that a hostile submission cannot game: keys outside the student's kernel, a sandbox.

- :mod:`course.assessment.keys`: answer keys, computed in the grader's process when an assignment
  is generated, and the comparison of a recorded answer with its key;
- :mod:`course.assessment.sandbox`: the bubblewrap sandbox that runs a submission's kernel;
- :mod:`course.assessment.preprocessors`: the nbgrader preprocessors that wire both into
  ``generate_assignment``, ``autograde`` and ``generate_feedback``;
- :mod:`course.assessment.collect`: file-name collection of LMS archives for ``zip_collect``.
"""
