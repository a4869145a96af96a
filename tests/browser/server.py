"""Start and stop a JupyterLab server on a temporary copy of the repository."""

import json
import os
import secrets
import shutil
import subprocess
import sys
import time
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

from course.tools.pgserver import free_port

COPY_IGNORE = shutil.ignore_patterns(
    ".venv",
    ".git",
    "test-artifacts",
    "__pycache__",
    ".ipynb_checkpoints",
    "*.egg-info",
    ".pytest_cache",
    "build",
)
# Server config of the test session: no news feed, no update check (no network).
SERVER_CONFIG = {
    "LabApp": {
        "news_url": None,
        "check_for_updates_class": "jupyterlab.handlers.announcements.NeverCheckForUpdate",
    },
}
# JupyterLab user settings of the test session: no news pop-up, no update check.
SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "checkForUpdates": False,
        "fetchNews": "false",
    },
}


def copy_repository(root: Path, dest: Path) -> Path:
    """Copy the repository at ``root`` to ``dest`` (without venv, git and artifacts)."""
    shutil.copytree(root, dest, ignore=COPY_IGNORE)
    return dest


def write_json(folder: Path, files: dict[str, dict]) -> Path:
    """Write each ``{name: content}`` of ``files`` as JSON under ``folder``; return ``folder``."""
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(content))
    return folder


@dataclass
class LabServer:
    """A running JupyterLab: its base URL, token, served folder and process."""

    url: str
    token: str
    root: Path
    process: subprocess.Popen
    log: Path
    state: Path

    @property
    def runtime(self) -> Path:
        """Where the server writes its kernels' connection files."""
        return self.state / "runtime"

    def api(self, path: str, method: str = "GET") -> object:
        """Call the server's REST API; return the decoded JSON (None when empty)."""
        request = urllib.request.Request(
            f"{self.url}/api/{path}",
            method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def shutdown_kernels(self) -> None:
        """Shut every running kernel down, so each test starts from fresh kernels."""
        for session in self.api("sessions"):
            self.api(f"sessions/{session['id']}", method="DELETE")

    def kernel_figures(self, notebook: str, timeout: float = 60) -> dict:
        """Every plotly figure the kernel of ``notebook`` (path under the served folder) has
        shown, and the placeholders its updates sent, as ``kernel_hook.py`` recorded them.

        Runs one silent line in that kernel through a second client (its connection file).
        """
        from jupyter_client import BlockingKernelClient

        kernel = next(s["kernel"]["id"] for s in self.api("sessions") if s["path"] == notebook)
        out = self.state / f"figures-{uuid.uuid4().hex}.json"
        client = BlockingKernelClient(connection_file=str(self.runtime / f"kernel-{kernel}.json"))
        client.load_connection_file()
        client.start_channels()
        try:
            msg_id = client.execute(f"__course_dump_figures__({str(out)!r})", silent=True)
            while True:
                reply = client.get_shell_msg(timeout=timeout)
                if reply["parent_header"].get("msg_id") == msg_id:
                    break
        finally:
            client.stop_channels()
        content = reply["content"]
        assert content["status"] == "ok", f"figure dump failed in the kernel: {content}"
        figures = json.loads(out.read_text())
        out.unlink()
        return figures

    def lab_url(self, path: str, workspace: str) -> str:
        """URL opening ``path`` (relative to the served folder) in a fresh named workspace."""
        return f"{self.url}/lab/workspaces/{workspace}/tree/{path}?reset&token={self.token}"

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 10 s)."""
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_lab(root: Path, state: Path, log: Path, timeout: float = 90) -> LabServer:
    """Start ``sys.executable -m jupyter lab`` serving ``root``; wait until its API answers.

    ``state`` receives the session's user settings, workspaces, Jupyter config, kernel
    connection files and an IPython profile whose startup file (``kernel_hook.py``) records the
    figures each kernel shows, so nothing from the user's home directory leaks into the test.
    """
    startup = state / "ipython" / "profile_default" / "startup"
    startup.mkdir(parents=True)
    shutil.copy(Path(__file__).with_name("kernel_hook.py"), startup / "00-course-figures.py")
    port, token = free_port(), secrets.token_hex(16)
    env = dict(
        os.environ,
        JUPYTERLAB_SETTINGS_DIR=str(write_json(state / "settings", SETTINGS)),
        JUPYTERLAB_WORKSPACES_DIR=str(state / "workspaces"),
        JUPYTER_CONFIG_DIR=str(
            write_json(state / "config", {"jupyter_server_config.json": SERVER_CONFIG})
        ),
        JUPYTER_RUNTIME_DIR=str(state / "runtime"),
        IPYTHONDIR=str(state / "ipython"),
    )
    args = [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
    ]
    if os.getuid() == 0:
        args.append("--allow-root")
    with log.open("w") as out:
        process = subprocess.Popen(args, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT)
    server = LabServer(f"http://127.0.0.1:{port}", token, root, process, log, state)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"JupyterLab exited ({process.returncode}):\n{log.read_text()}")
        try:
            server.api("status")
            return server
        except OSError:
            time.sleep(0.3)
    server.stop()
    raise RuntimeError(f"JupyterLab did not answer within {timeout} s:\n{log.read_text()}")
