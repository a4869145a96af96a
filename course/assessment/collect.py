"""Collect LMS (Canvas, Moodle) submission archives with ``nbgrader zip_collect``.

Canvas names a file ``<name>_[LATE_]<user id>_<submission id>_<file>``; Moodle
``<Full Name>_<participant id>_assignsubmission_file_<file>`` (or a folder of that name). A
resubmission gets ``-1`` and a browser's second download `` (1)`` before ``.ipynb``. The
collector files each under ``submitted/<id>/<assignment>/<assignment>.ipynb``.

``python -m course.assessment.collect ASSIGNMENT`` runs ``nbgrader zip_collect`` in the current
course folder and exits with an error when it collected nothing.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

from nbgrader.plugins import FileNameCollectorPlugin

__all__ = ["LMS_FILENAME", "LmsFileNameCollector", "collected_count", "main", "parse_lms_name"]

LMS_FILENAME = (
    r"(?:.*/)?[^/]*?_(?:LATE_)?(?P<student_id>\d+)_(?:\d+_|assignsubmission_file_/?)"
    r"(?P<file_id>[^/]+?)(?:-\d+| \(\d+\))?\.ipynb$"
)


def parse_lms_name(path: str) -> dict[str, str] | None:
    """Return ``{"student_id", "file_id"}`` for a Canvas/Moodle file name, else ``None``.

    ``file_id`` is the notebook's own name, e.g. ``quiz01_pathophysiology.ipynb``.
    """
    match = re.match(LMS_FILENAME, path)
    if match is None:
        return None
    return {"student_id": match["student_id"], "file_id": f"{match['file_id']}.ipynb"}


class LmsFileNameCollector(FileNameCollectorPlugin):
    """``zip_collect`` plugin that reads Canvas and Moodle names (see :func:`parse_lms_name`)."""

    def collect(self, submitted_file: str) -> dict | None:
        if not submitted_file.endswith(".ipynb"):
            return None
        found = parse_lms_name(submitted_file)
        if found is None:
            self.log.warning("Not a Canvas or Moodle submission name, skipped: %s", submitted_file)
        return found


def collected_count(log: str) -> int:
    """The number in nbgrader's "N files collected" log line (0 when it is absent)."""
    found = re.findall(r"(\d+) files collected", log)
    return int(found[-1]) if found else 0


def main(argv: list[str]) -> int:
    """Run ``nbgrader zip_collect ARGV`` here; exit 1 when no file was collected."""
    bindir = str(Path(sys.executable).parent)  # nbgrader runs `alembic` from PATH
    env = {**os.environ, "PATH": os.pathsep.join([bindir, os.environ.get("PATH", "")])}
    cmd = [sys.executable, "-m", "nbgrader", "zip_collect", *argv]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    sys.stderr.write(done.stderr)
    count = collected_count(done.stdout + done.stderr)
    if done.returncode != 0:
        return done.returncode
    if count == 0:
        print("error: 0 files collected (check downloaded/<assignment>/archive/)", file=sys.stderr)
        return 1
    print(f"{count} files collected")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
