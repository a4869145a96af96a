"""Shared test fixtures and paths."""

import os
import shutil
import tempfile
from pathlib import Path

from course.questions.progress import ENV_VAR

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
ASSESSMENTS = ROOT / "assessments"


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
