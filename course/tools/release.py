"""Generate the student versions, the keys and the gradebook entries of every assignment.

``python -m course.tools.release`` (``make release``) runs ``nbgrader generate_assignment "*"
--force`` in ``assessments/``: it rewrites ``release/``, computes ``keys/<assignment>.json`` and
records each assignment, its cells and points in the gradebook that ``nbgrader autograde`` uses.
"""

import sys
from pathlib import Path

from .nbgrader_course import copy_course, nbgrader

ROOT = Path(__file__).resolve().parents[2] / "assessments"


def assignments(root: Path) -> list[str]:
    """Return the names of the assignments in ``root/source``."""
    return sorted(p.name for p in (root / "source").iterdir() if p.is_dir())


def generate(course: Path) -> Path:
    """Generate every assignment of the course at ``course`` in place; return its release/.

    One ``generate_assignment "*"`` call does them all (each nbgrader start costs seconds).
    """
    nbgrader(course, "generate_assignment", "*", "--force")
    return course / "release"


def generate_all(root: Path, dest: Path) -> Path:
    """Generate every assignment of ``root`` in a course copy at ``dest``; return its release/."""
    return generate(copy_course(root, dest))


def main() -> int:
    """Regenerate ``assessments/release``, the keys and the gradebook entries."""
    generate(ROOT)
    print(f"released and recorded in the gradebook: {', '.join(assignments(ROOT))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
