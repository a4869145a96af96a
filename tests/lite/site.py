"""Serve the static site on 127.0.0.1 and drive it in Chromium with every other host blocked."""

from __future__ import annotations

import functools
import http.server
import json
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import BrowserContext

from ..browser.lab_page import NotebookPage

LOCAL_HOSTS = {"127.0.0.1"}
# The kernel's own stdout of a snippet run with run_in_kernel, as JSON text.
RUN_IN_KERNEL_JS = """async code => {
    const panel = window.jupyterapp.shell.currentWidget;
    const kernel = panel.sessionContext.session.kernel;
    const future = kernel.requestExecute({code, store_history: false});
    const out = [];
    future.onIOPub = msg => {
        if (msg.header.msg_type === 'stream') out.push(msg.content.text);
        if (msg.header.msg_type === 'error') out.push('ERROR ' + msg.content.ename + ': '
                                                        + msg.content.evalue);
    };
    await future.done;
    return out.join('');
}"""
NOTEBOOK_JSON_JS = "() => window.jupyterapp.shell.currentWidget.content.model.toJSON()"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # no access log on the test's output
        pass


class StaticServer:
    """``folder`` served over HTTP on 127.0.0.1 at a free port, in a thread."""

    def __init__(self, folder: Path) -> None:
        handler = functools.partial(QuietHandler, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def lesson_url(self, name: str) -> str:
        return f"{self.url}lab/index.html?path=notebooks/{name}"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def block_outside(context: BrowserContext) -> list[str]:
    """Abort every request to a host other than 127.0.0.1; return the (live) list of the
    URLs that were tried."""
    outside: list[str] = []

    def route(route) -> None:
        url = route.request.url
        if urlparse(url).scheme in {"http", "https", "ws", "wss"} and (
            urlparse(url).hostname not in LOCAL_HOSTS
        ):
            outside.append(url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", route)
    return outside


class LitePage(NotebookPage):
    """A lesson open in the JupyterLite build: NotebookPage plus the kernel's side."""

    def open_timed(self, url: str, timeout: float = 120) -> float:
        """Open ``url`` and wait until its kernel is idle; return the seconds taken."""
        start = time.monotonic()
        self.open(url, timeout=timeout)
        return time.monotonic() - start

    def run_all_timed(self, timeout: float = 240) -> tuple[float, float]:
        """Run All; return (seconds until the first code cell finished, seconds in all)."""
        start = time.monotonic()
        self.menu("Run", "runmenu:run-all")
        first = None
        deadline = start + timeout
        while time.monotonic() < deadline:
            prompts = [p.strip() for p in self.prompts()]
            done = [p != "[*]:" and p != "[ ]:" and p.startswith("[") for p in prompts]
            if first is None and done and done[0] and prompts[0] != "[ ]:":
                first = time.monotonic() - start
            if prompts and all(p[1:-2].isdigit() for p in prompts):
                break
            time.sleep(0.1)
        else:
            raise AssertionError(f"Run All not finished after {timeout} s: {prompts}")
        self.wait_idle(timeout=60)
        return first or 0.0, time.monotonic() - start

    def run_in_kernel(self, code: str) -> str:
        """Run ``code`` in the lesson's kernel (not in a cell); return what it printed."""
        return self.page.evaluate(RUN_IN_KERNEL_JS, code)

    def notebook_json(self) -> dict:
        """The open notebook with its outputs, as the page holds it."""
        return self.page.evaluate(NOTEBOOK_JSON_JS)

    def kernel_json(self, code: str) -> object:
        text = self.run_in_kernel(code)
        assert not text.startswith("ERROR"), text
        return json.loads(text)
