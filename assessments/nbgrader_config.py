"""nbgrader configuration for the bone metastases course (this folder is the course root).

Deployment settings come from environment variables, so the same file serves a laptop, a
JupyterHub and a CI run:

- ``NBGRADER_EXCHANGE``: the exchange folder shared by instructor and students
  (default ``/srv/nbgrader/exchange``);
- ``NBGRADER_DB_URL``: the gradebook, e.g. ``postgresql://nbgrader@db/bone_metastases`` for a
  big class (default: SQLite ``gradebook.db`` in this folder).
"""

import os

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import GetGrades, NbGraderPreprocessor

from course.grading import redact_feedback

c = get_config()  # noqa: F821  (injected by nbgrader)

HERE = os.path.dirname(os.path.abspath(__file__))

c.CourseDirectory.course_id = "bone-metastases"
c.CourseDirectory.root = HERE
if os.environ.get("NBGRADER_DB_URL"):
    c.CourseDirectory.db_url = os.environ["NBGRADER_DB_URL"]

# A cell that runs longer than this is stopped; a stuck cell costs this much, per cell.
c.Execute.timeout = 10
c.Execute.interrupt_on_timeout = True

# Where `nbgrader release_assignment` / `collect` exchange files; set it per deployment.
c.Exchange.root = os.environ.get("NBGRADER_EXCHANGE", "/srv/nbgrader/exchange")


class HideHiddenTests(NbGraderPreprocessor):
    """Feedback without the hidden tests' source or tracebacks (see course.grading)."""

    def preprocess(self, nb, resources):
        return redact_feedback(nb), resources


# nbgrader's default feedback shows students every hidden assertion and its traceback.
c.GenerateFeedback.preprocessors = [GetGrades, HideHiddenTests, CSSHTMLHeaderPreprocessor]
