"""Shared test fixtures and paths."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
ASSESSMENTS = ROOT / "assessments"


@pytest.fixture(scope="session")
def chromium_browser():
    """Debian's Chromium, headless, through Playwright: one per worker, shared by the browser and
    static-site tests (Playwright's sync API cannot start a second time in a process where it
    runs, and the scheduler may give both groups to one worker)."""
    from .lite.site import chromium

    with chromium() as browser:
        yield browser
