"""Fixtures of the static-site tests: the site built by lite/build.py (rebuilt only when its
inputs changed), served on 127.0.0.1, and Debian's Chromium with every other host blocked.

All the site's tests are in the xdist group "lite" (one worker builds and serves). When a part
is missing (Chromium, npm, the JupyterLite build tools) every such test is skipped with the same
one-line reason; .ci/run installs them all.
"""

import importlib.util
import shutil
from pathlib import Path

import pytest

from ..browser.conftest import CHROMIUM, VIEWPORT
from ..conftest import ROOT

ARTIFACTS = ROOT / "test-artifacts" / "lite"


def missing_part() -> str | None:
    """Why the site cannot be built and driven here, or None."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found (apt-get install chromium)"
    if not shutil.which("npm"):
        return "npm not found (apt-get install npm): it fetches the Pyodide runtime"
    if not importlib.util.find_spec("jupyterlite_core"):
        return "jupyterlite-core not installed (make setup installs requirements-lite.txt)"
    return None


@pytest.fixture(scope="session")
def site() -> Path:
    """build/lite-site/, built (or found up to date) once per session."""
    reason = missing_part()
    if reason:
        pytest.skip(f"static-site tests skipped: {reason}")
    from lite import build

    build.main([])
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    return build.SITE


@pytest.fixture(scope="session")
def lite_artifacts(site) -> Path:
    """test-artifacts/lite/ (gitignored), emptied once per session by the site fixture."""
    return ARTIFACTS


@pytest.fixture(scope="session")
def server(site):
    from .site import StaticServer

    server = StaticServer(site)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def lite_browser(site, chromium_browser):
    """Debian's Chromium (the worker's one, tests/conftest.py), once the site is built."""
    return chromium_browser


@pytest.fixture(scope="session")
def lite_context(lite_browser):
    """One browser context for the lessons, so that its HTTP cache keeps the runtime (about
    60 MB) after the first lesson, as a learner's browser does; requests to any host but
    127.0.0.1 are aborted and listed."""
    from .site import block_outside

    context = lite_browser.new_context(viewport=VIEWPORT)
    outside = block_outside(context)
    yield context, outside
    context.close()


@pytest.fixture
def lite_page(lite_context):
    """A new tab in the shared context; yields (page, the URLs aborted while it was open)."""
    context, outside = lite_context
    outside.clear()
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page, outside
    page.close()


@pytest.fixture
def fresh_page(lite_browser):
    """A page in a context of its own (empty cache and storage), other hosts blocked."""
    from .site import block_outside

    context = lite_browser.new_context(viewport=VIEWPORT)
    outside = block_outside(context)
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page, outside
    context.close()
