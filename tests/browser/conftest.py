"""Fixtures of the browser tests: one JupyterLab on a temporary copy of the repository, one
Chromium (Debian's, driven by Playwright), and a fresh page per test.

`make test` runs with -n 2 --dist loadgroup, and the root conftest.py's scheduler keeps every
browser test in one group on one worker, so one server and one browser serve them all; the
artifacts folder is still emptied only once per run (see ``artifacts``). Without
/usr/bin/chromium the browser tests are not collected, and the one test of chromium_test.py is
skipped with the reason: a single line in pytest's -ra summary.
"""

import fcntl
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from ..conftest import ROOT
from .server import copy_repository, start_lab

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1280, "height": 800}  # a common laptop screen


@contextmanager
def chromium() -> Iterator["Browser"]:
    """Debian's Chromium, headless, through Playwright; closed on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


ARTIFACTS = ROOT / "test-artifacts" / "browser"
SKIP_REASON = (
    f"browser tests skipped: {CHROMIUM} not found (install it with `apt-get install chromium`)"
)
if not CHROMIUM.exists():
    collect_ignore_glob = ["test_*.py"]


@pytest.fixture(scope="session")
def artifacts(request) -> Path:
    """test-artifacts/browser/ (gitignored), emptied once per test run.

    Under xdist every worker has its own session, so "once per session" let one worker wipe
    what another had written. The workers of one run share a run id (``testrunuid``); the first
    worker to take the lock with a new id empties the folder and writes the id into it.
    """
    run = getattr(request.config, "workerinput", {}).get("testrunuid") or uuid.uuid4().hex
    ARTIFACTS.parent.mkdir(parents=True, exist_ok=True)
    with (ARTIFACTS.parent / ".browser.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        stamp = ARTIFACTS / ".run-id"
        if not stamp.exists() or stamp.read_text() != run:
            shutil.rmtree(ARTIFACTS, ignore_errors=True)
            ARTIFACTS.mkdir(parents=True)
            stamp.write_text(run)
    return ARTIFACTS


@pytest.fixture(scope="session")
def lab(tmp_path_factory, artifacts, request):
    """A JupyterLab serving a temporary copy of the repository; stopped at the end. Its log
    is lab-<xdist worker>.log."""
    tmp = tmp_path_factory.mktemp("lab")
    worker = getattr(request.config, "workerinput", {}).get("workerid", "main")
    log = artifacts / f"lab-{worker}.log"
    server = start_lab(copy_repository(ROOT, tmp / "repo"), tmp / "state", log)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser(lab, chromium_browser):
    """Debian's Chromium (the worker's one, tests/conftest.py), once the server is up."""
    return chromium_browser


@pytest.fixture
def page(browser, lab, artifacts, request):
    """A fresh browser page (its errors go to console.log); afterwards every kernel of the
    server is shut down."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.set_default_timeout(30_000)
    with (artifacts / "console.log").open("a") as log:
        page.on("pageerror", lambda error: log.write(f"{request.node.name}: {error}\n"))
        page.on(
            "console",
            lambda msg: msg.type == "error" and log.write(f"{request.node.name}: {msg.text}\n"),
        )
        yield page
    context.close()
    lab.shutdown_kernels()
