"""nbgrader configuration for the bone metastases course (this folder is the course root).

Deployment settings come from environment variables, so the same file serves a laptop, a
JupyterHub and a CI run:

- ``NBGRADER_EXCHANGE``: the exchange folder shared by instructor and students
  (default ``/srv/nbgrader/exchange``);
- ``NBGRADER_DB_URL``: the gradebook, e.g.
  ``postgresql+psycopg2://nbgrader:<password>@db/bone_metastases`` for a big class (default:
  SQLite ``gradebook.db`` in this folder).

Grading (see README.md, "How grading resists cheating"): keys are computed from ``keys/*.py``
when an assignment is generated and compared outside the student's kernel; ``autograde`` runs
each submission in a bubblewrap sandbox that sees none of this folder but its own files.
"""

import os

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.converters import Autograde, GenerateAssignment
from nbgrader.preprocessors import Execute, GetGrades

from course.assessment.collect import LMS_FILENAME
from course.assessment.preprocessors import (
    CompareAnswers,
    ComputeKeys,
    HideHiddenTests,
    InjectNonce,
    RefuseLinks,
    SandboxedExecute,
    ShowRubric,
)

c = get_config()  # noqa: F821  (injected by nbgrader)

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = os.path.join(HERE, "keys")

c.CourseDirectory.course_id = "bone-metastases"
c.CourseDirectory.root = HERE
if os.environ.get("NBGRADER_DB_URL"):
    c.CourseDirectory.db_url = os.environ["NBGRADER_DB_URL"]

# A cell that runs longer than this is interrupted (killed if it ignores the interrupt).
c.Execute.timeout = 10
c.Execute.interrupt_on_timeout = True

# Where `nbgrader release_assignment` / `collect` exchange files; set it per deployment.
c.Exchange.root = os.environ.get("NBGRADER_EXCHANGE", "/srv/nbgrader/exchange")

# Keys: computed in this process when an assignment is generated, never sent to a kernel.
c.ComputeKeys.keys_dir = KEYS
c.CompareAnswers.keys_dir = KEYS
c.ShowRubric.source_dir = os.path.join(HERE, "source")
c.GenerateAssignment.preprocessors = [
    *GenerateAssignment.class_traits()["preprocessors"].default(),
    ComputeKeys,
]

# Autograde: no symbolic links, nonce, sandboxed kernel, comparison with the keys, rubric for
# formgrader.
c.Autograde.autograde_preprocessors = [
    step
    for default in Autograde.class_traits()["autograde_preprocessors"].default()
    for step in (
        [RefuseLinks, InjectNonce, SandboxedExecute, CompareAnswers, ShowRubric]
        if default is Execute
        else [default]
    )
]
# What the sandboxed kernel must not see (its own working folder stays readable).
_db = c.CourseDirectory.db_url if "db_url" in c.CourseDirectory else ""
c.SandboxKernelManager.hidden_paths = [HERE, c.Exchange.root] + (
    [os.path.dirname(_db.removeprefix("sqlite:///"))] if _db.startswith("sqlite:///") else []
)

# Canvas and Moodle archive names, resubmissions "-1" and browser copies " (1)" included.
c.ZipCollectApp.collector_plugin = "course.assessment.collect.LmsFileNameCollector"
c.FileNameCollectorPlugin.named_regexp = LMS_FILENAME

# nbgrader's default feedback shows students every hidden assertion and its traceback.
c.GenerateFeedback.preprocessors = [GetGrades, HideHiddenTests, CSSHTMLHeaderPreprocessor]
