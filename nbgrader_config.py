"""Lets nbgrader (formgrader, Validate) find the course root when JupyterLab runs from here."""

import os

c = get_config()  # noqa: F821  (injected by traitlets)
load_subconfig(os.path.join(os.path.dirname(__file__), "assessments", "nbgrader_config.py"))  # noqa: F821
