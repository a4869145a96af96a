"""The one browser test collected without Chromium: it is skipped then, and says why."""

import subprocess

import pytest

from .conftest import CHROMIUM, SKIP_REASON

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.mark.skipif(not CHROMIUM.exists(), reason=SKIP_REASON)
def test_chromium_reports_its_version():
    out = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=60)
    assert out.stdout.startswith("Chromium "), out.stdout + out.stderr
