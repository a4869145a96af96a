"""Generate the student versions, the keys and the gradebook entries of every assignment.

``python -m course.assessment.release`` (``make release``) runs ``nbgrader generate_assignment
"*" --force`` in ``assessments/``: it rewrites ``release/``, computes ``keys/<assignment>.json``
and records each assignment, its cells and points in the gradebook that ``nbgrader autograde``
uses.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "assessments"


def nbgrader(
    course: Path, *args: str, timeout: float = 600, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """Run ``nbgrader ARGS`` in ``course`` with this interpreter; raise if it exits non-zero.

    ``env`` adds environment variables (e.g. ``NBGRADER_DB_URL``).
    """
    cmd = [sys.executable, "-m", "nbgrader", *args]
    # nbgrader runs `alembic` from PATH: put this interpreter's scripts first.
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    full_env = {**os.environ, **(env or {}), "PATH": path}
    done = subprocess.run(
        cmd, cwd=course, capture_output=True, text=True, timeout=timeout, env=full_env
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done


def assignments(root: Path) -> list[str]:
    """Return the names of the assignments in ``root/source``."""
    return sorted(p.name for p in (root / "source").iterdir() if p.is_dir())


def generate(course: Path) -> Path:
    """Generate every assignment of the course at ``course`` in place; return its release/.

    One ``generate_assignment "*"`` call does them all (each nbgrader start costs seconds).
    """
    nbgrader(course, "generate_assignment", "*", "--force")
    return course / "release"


def main() -> int:
    """Regenerate ``assessments/release``, the keys and the gradebook entries."""
    generate(ROOT)
    print(f"released and recorded in the gradebook: {', '.join(assignments(ROOT))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
