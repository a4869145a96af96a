"""The first minute in the static site: a start page that lists the lessons and shows Python
downloading while the learner reads."""

import time

import pytest

from ..conftest import NOTEBOOKS

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("lite")]

LESSONS = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))


def test_start_page_lists_every_lesson_and_shows_the_download(fresh_page, server, lite_artifacts):
    page, outside = fresh_page
    page.goto(server.url)
    status = page.locator("#status")
    assert "Downloading" in status.inner_text() or "Downloaded" in status.inner_text()
    links = page.locator("a[href*='lab/index.html?path=notebooks/']")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert [h.split("notebooks/")[1] for h in hrefs] == LESSONS
    assert all(links.nth(i).inner_text().strip() for i in range(links.count()))
    deadline = time.monotonic() + 120
    while not status.inner_text().startswith("Python is ready"):
        assert time.monotonic() < deadline, status.inner_text()
        time.sleep(0.2)
    progress = page.locator("#progress")
    assert progress.evaluate("p => p.value === p.max && p.max > 1e7")  # tens of MB fetched
    page.screenshot(path=lite_artifacts / "start-page.png", full_page=True)
    assert not outside, outside
