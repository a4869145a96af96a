"""Root pytest hooks: they apply to every run, including ``pytest notebooks/NN.ipynb`` alone.

Every test belongs to exactly one tier (a marker), given here by its file's path so that a new
test file needs no marker of its own (see CONTRIBUTING.md, "Tests in tiers"):

- ``unit``: the functions, figures and widgets of ``course/``, in this process;
- ``content``: the course's data and files read without running them (facts, questions,
  notebooks' JSON, pins, docs, layers);
- ``notebooks``: runs notebooks in a kernel (nbval);
- ``integration``: external programs (the nbgrader CLI, a fresh venv, JupyterHub, PostgreSQL);
- ``browser``: Chromium driving JupyterLab or the static site.

``make test-fast`` runs ``unit or content``. A file may instead declare its tier itself
(``pytestmark = pytest.mark.unit``). A test file that matches no rule and declares no tier stops
the run with a usage error that names it: an untiered file would silently fall out of the fast
tier, or slow it down.

``make test`` distributes the tests over two workers with ``--dist loadgroup``, scheduled here
(:class:`PathGroups`) by ``XDIST_GROUPS``: a browser server or a notebook's kernel is never
split between workers. xdist's own loadgroup reads ``xdist_group`` marks by appending them to
the node id, which pytest 9.2 no longer reads (pytest-xdist issue #1386), so it silently
ignored them; a mark that disagrees with ``XDIST_GROUPS`` is a usage error.
"""

import os
import shutil
import tempfile
from fnmatch import fnmatch
from pathlib import Path

import pytest
from xdist.scheduler import LoadScopeScheduling

from course.questions.progress import ENV_VAR

ROOT = Path(__file__).resolve().parent
TIER_NAMES = ("unit", "content", "notebooks", "integration", "browser")
# (glob on the path from the repository root, tier): the first match wins.
TIERS: tuple[tuple[str, str], ...] = (
    ("tests/browser/*", "browser"),
    ("tests/lite/*", "browser"),
    ("notebooks/*.ipynb", "notebooks"),
    ("tests/test_nbval*.py", "notebooks"),
    ("tests/test_nbgrader*.py", "integration"),
    ("tests/test_assessments.py", "integration"),
    ("tests/test_binder.py", "integration"),
    ("tests/test_*hub*.py", "integration"),
    ("tests/test_*postgres*.py", "integration"),
    ("tests/test_*classgrade*.py", "integration"),
    ("tests/test_lms*.py", "integration"),  # a real nbgrader gradebook
    ("tests/test_item_analysis*.py", "integration"),  # a real nbgrader gradebook
    ("tests/test_clinical_*.py", "unit"),
    ("tests/test_plots_*.py", "unit"),
    ("tests/test_widgets_*.py", "unit"),
    ("tests/test_app*.py", "unit"),
    ("tests/test_remodeling*.py", "unit"),
    ("tests/test_registry.py", "unit"),
    ("tests/test_grading.py", "unit"),
    ("tests/test_assessment.py", "unit"),
    ("tests/test_selfcheck.py", "unit"),
    ("tests/test_question_widget.py", "unit"),
    ("tests/test_validat*.py", "unit"),
    ("tests/test_cycle*.py", "unit"),
    ("tests/test_display*.py", "unit"),
    ("tests/test_fact*.py", "content"),
    ("tests/test_references.py", "content"),
    ("tests/test_question_bank.py", "content"),
    ("tests/test_cases*.py", "content"),
    ("tests/test_grading_quizzes.py", "content"),
    ("tests/test_notebook_hygiene.py", "content"),
    ("tests/test_syllabus.py", "content"),
    ("tests/test_cross_references.py", "content"),
    ("tests/test_seed_topics.py", "content"),
    ("tests/test_environment.py", "content"),
    ("tests/test_dependencies.py", "content"),
    ("tests/test_layers.py", "content"),
    ("tests/test_no_outside_refs.py", "content"),
)

# (glob, xdist group): tests that must share one worker. Any other test is grouped with its file,
# as --dist loadfile did: a notebook's cells share one kernel (nbval), module-scoped fixtures
# are built once.
XDIST_GROUPS: tuple[tuple[str, str], ...] = (
    ("tests/browser/*", "browser"),  # one JupyterLab and one Chromium
    ("tests/lite/*", "lite"),  # one static-site build and server
    ("tests/test_nbgrader*.py", "nbgrader"),
    ("tests/test_jupyterhub*.py", "jupyterhub"),  # one hub and its Unix accounts
)


LONG_FIRST = ("browser", "nbgrader", "jupyterhub", "lite")
"""The groups that take minutes, longest first: each goes to the next free worker before any
single file does."""


def _relative(path: Path) -> str | None:
    """``path`` from the repository root, in POSIX form; ``None`` outside the repository."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return None


def tier_of(relative: str) -> str | None:
    """The tier that ``TIERS`` gives a test file (path from the repository root), or ``None``
    if no rule matches it."""
    return next((tier for pattern, tier in TIERS if fnmatch(relative, pattern)), None)


def group_of(relative: str) -> str:
    """The xdist group of a test file (path from the repository root): ``XDIST_GROUPS`` or
    the file itself."""
    return next((group for pattern, group in XDIST_GROUPS if fnmatch(relative, pattern)), relative)


class PathGroups(LoadScopeScheduling):
    """``--dist loadgroup`` by ``XDIST_GROUPS``: one work unit per group, read from the node id's
    path (the controller sees node ids only, not marks)."""

    def _split_scope(self, nodeid: str) -> str:
        return group_of(nodeid.split("::", 1)[0])

    def _assign_work_unit(self, node) -> None:
        """Hand out the long groups first (in ``LONG_FIRST`` order), so that the browser tests
        run beside the rest instead of alone at the end."""
        for group in LONG_FIRST:
            if group in self.workqueue:
                self.workqueue.move_to_end(group, last=False)
                break
        super()._assign_work_unit(node)


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log) -> LoadScopeScheduling | None:
    """Schedule ``--dist loadgroup`` with :class:`PathGroups`; other modes as xdist does."""
    return PathGroups(config, log) if config.getvalue("dist") == "loadgroup" else None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Give each test its file's tier; refuse an untiered file and a mark that disagrees with
    the xdist group that :class:`PathGroups` gives it."""
    untiered = set()
    for item in items:
        relative = _relative(item.path) or str(item.path)
        for mark in item.iter_markers("xdist_group"):
            name = mark.args[0] if mark.args else mark.kwargs.get("name")
            if name != group_of(relative):
                raise pytest.UsageError(
                    f"{item.nodeid} is marked xdist_group({name!r}) but scheduled in "
                    f"{group_of(relative)!r}: add its path to XDIST_GROUPS in conftest.py"
                )
        declared = [m.name for m in item.iter_markers() if m.name in TIER_NAMES]
        if len(set(declared)) > 1:
            raise pytest.UsageError(f"{item.nodeid} has more than one tier: {declared}")
        if not declared:
            tier = tier_of(relative)
            if tier is None:
                untiered.add(str(item.path))
                continue
            item.add_marker(tier)
    if untiered:
        raise pytest.UsageError(
            "no test tier for "
            + ", ".join(sorted(untiered))
            + ": add a rule to TIERS in conftest.py or `pytestmark = pytest.mark.<tier>` "
            + f"to the file (tiers: {', '.join(TIER_NAMES)})"
        )


def pytest_configure(config: pytest.Config) -> None:
    """Send every learner-progress write of the session (nbval kernels, JupyterLab servers and
    widgets under test inherit the environment) to a temporary folder, never the real home."""
    folder = tempfile.mkdtemp(prefix="course-progress-")
    config._course_progress_dir = folder
    os.environ[ENV_VAR] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the session's temporary progress folder."""
    folder = getattr(config, "_course_progress_dir", None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)
