"""The first minute in the static site: a start page that lists the lessons and shows Python
downloading, and work that survives a reload (JupyterLite keeps files in the browser)."""

import re
import time

import pytest

from ..conftest import NOTEBOOKS

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("lite")]

LESSONS = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
NOTE = "my answer: 42 (written in the browser)"


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


def test_saved_work_survives_a_reload(fresh_page, server):
    page, outside = fresh_page
    url = server.lesson_url(LESSONS[0])
    page.goto(url)
    cell = page.locator(".jp-NotebookPanel .jp-Notebook .jp-Cell").first
    cell.click()
    page.keyboard.press("Escape")
    page.keyboard.press("b")  # a new code cell below, as a learner adds one
    page.keyboard.press("Enter")
    page.keyboard.type(f"# {NOTE}")
    page.keyboard.press("Escape")
    page.keyboard.press("Control+s")
    page.wait_for_function(
        "() => !document.querySelector('.jp-NotebookPanel-toolbar .jp-mod-dirty, "
        ".lm-TabBar-tab.jp-mod-dirty')"
    )
    page.reload()
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell")
    texts = page.locator(".jp-NotebookPanel .jp-Cell .cm-content").all_inner_texts()
    assert any(re.search(re.escape(NOTE), t) for t in texts), texts[:3]
    assert not outside, outside
