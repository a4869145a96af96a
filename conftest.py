"""Root pytest hooks: they apply to every run, including ``pytest notebooks/NN.ipynb`` alone."""

import os
import shutil
import tempfile

from course.questions.progress import ENV_VAR


def pytest_configure(config) -> None:
    """Send every learner-progress write of the session (nbval kernels, JupyterLab servers and
    widgets under test inherit the environment) to a temporary folder, never the real home."""
    folder = tempfile.mkdtemp(prefix="course-progress-")
    config._course_progress_dir = folder
    os.environ[ENV_VAR] = folder


def pytest_unconfigure(config) -> None:
    """Remove the session's temporary progress folder."""
    folder = getattr(config, "_course_progress_dir", None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)
