"""nbgrader configuration for the bone metastases course (this folder is the course root)."""

import os

c = get_config()  # noqa: F821  (injected by nbgrader)

c.CourseDirectory.course_id = "bone-metastases"
c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))

# A cell that runs longer than this is stopped; a stuck cell costs this much, per cell.
c.Execute.timeout = 10
c.Execute.interrupt_on_timeout = True

# Where `nbgrader release_assignment` / `collect` exchange files; set it per deployment.
c.Exchange.root = os.environ.get("NBGRADER_EXCHANGE", "/srv/nbgrader/exchange")
