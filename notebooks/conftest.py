"""Keep each notebook's cells on one pytest-xdist worker.

nbval runs a notebook's cells in one kernel, in order. Under ``make test`` (``-n 2 --dist
loadgroup``) ungrouped cells are scheduled one by one across workers, each running only some cells
in its own kernel, so later cells miss earlier imports (``00_start_here`` fails that way too).
xdist 3.8 marks a group by appending ``@group`` to ``item._nodeid``, which pytest 9 no longer
reads (the node id lives in ``item._id``), so ``xdist_group`` marks have no effect here. This hook
writes the ``@notebook-<name>`` suffix where pytest 9 reads it.
"""

import pytest
from _pytest.nodeid import coerce_node_id


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On an xdist worker in loadgroup mode, put each notebook cell in its notebook's group."""
    if not getattr(config.option, "loadgroup", False):
        return
    for item in items:
        if item.path.suffix == ".ipynb" and "@" not in item.nodeid:
            item._id = coerce_node_id(f"{item.nodeid}@notebook-{item.path.stem}")
