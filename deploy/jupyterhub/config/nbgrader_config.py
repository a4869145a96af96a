"""nbgrader settings of every single-user server on the course's JupyterHub.

The hub puts this folder on ``JUPYTER_CONFIG_PATH`` for instructors and students alike, so both
sides agree on the course id and on the shared exchange folder (``NBGRADER_EXCHANGE``, set by
``jupyterhub_config.py``). An instructor's server also gets ``NBGRADER_COURSE_ROOT``, the course
folder (a copy of ``assessments/``) in the instructor's home: its ``nbgrader_config.py`` brings
the sandboxed autograde, the keys and the feedback filter to formgrader.

Collect is nbgrader's, made strict (``course.assessment.exchange.OwnedCollect``): it takes a
submission only from the student's own account, and never follows links.
"""

import os

from course.assessment.exchange import OwnedCollect

c = get_config()  # noqa: F821  (injected by traitlets)

c.CourseDirectory.course_id = "bone-metastases"
c.Exchange.root = os.environ.get("NBGRADER_EXCHANGE", "/srv/nbgrader/exchange")

c.ExchangeFactory.collect = OwnedCollect

_course_config = os.path.join(os.environ.get("NBGRADER_COURSE_ROOT", ""), "nbgrader_config.py")
if os.environ.get("NBGRADER_COURSE_ROOT") and os.path.isfile(_course_config):
    load_subconfig(_course_config)  # noqa: F821
