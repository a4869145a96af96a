"""Regenerate ``assessments/release/`` (the student versions) from ``assessments/source/``.

``python -m course.tools.release`` runs ``nbgrader generate_assignment`` for every assignment in
a temporary copy of the course and replaces the committed release with the result.
"""

import shutil
import sys
import tempfile
from pathlib import Path

from .nbgrader_course import copy_course, nbgrader

ROOT = Path(__file__).resolve().parents[2] / "assessments"


def assignments(root: Path) -> list[str]:
    """Return the names of the assignments in ``root/source``."""
    return sorted(p.name for p in (root / "source").iterdir() if p.is_dir())


def generate_all(root: Path, dest: Path) -> Path:
    """Generate every assignment of ``root`` in a course copy at ``dest``; return its release/.

    One ``generate_assignment "*"`` call does them all (each nbgrader start costs seconds).
    """
    course = copy_course(root, dest)
    nbgrader(course, "generate_assignment", "*", "--force")
    return course / "release"


def main() -> int:
    """Replace ``assessments/release`` with freshly generated student versions."""
    with tempfile.TemporaryDirectory() as tmp:
        release = generate_all(ROOT, Path(tmp) / "course")
        shutil.rmtree(ROOT / "release", ignore_errors=True)
        shutil.copytree(release, ROOT / "release")
    print(f"released: {', '.join(assignments(ROOT))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
