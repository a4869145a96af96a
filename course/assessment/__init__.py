"""The grader's side of the nbgrader course: keys outside the student's kernel, a sandbox, feedback.

The student's side, the checks that the released notebooks import, is :mod:`course.grading`:
it stays light (no nbgrader) because it runs in every student's kernel.

- :mod:`course.assessment.markers`: nbgrader's region markers (``BEGIN SOLUTION`` …), read from
  nbgrader itself;
- :mod:`course.assessment.keys`: answer keys, computed in the grader's process when an assignment
  is generated, and the comparison of a recorded answer with its key;
- :mod:`course.assessment.sandbox`: the bubblewrap sandbox that runs a submission's kernel;
- :mod:`course.assessment.preprocessors`: the nbgrader preprocessors that wire both into
  ``generate_assignment``, ``autograde`` and ``generate_feedback``;
- :mod:`course.assessment.feedback`: what feedback shows a student (no hidden test, no key);
- :mod:`course.assessment.release`: ``make release`` (student versions, keys, gradebook);
- :mod:`course.assessment.collect`: file-name collection of LMS archives for ``zip_collect``.
"""
