"""Local accounts, a JupyterHub process, and HTTP clients that act as its users.

The hub runs ``deploy/jupyterhub/jupyterhub_config.py`` through ``jupyterhub_test_config.py``
(DummyAuthenticator, ports and a driver service's token). Every request goes over HTTP: the
hub's REST API with the driver's token, each user's server with a token issued to that user.
"""

import importlib.util
import json
import os
import pwd
import secrets
import shutil
import signal
import stat
import struct
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import nbformat
import requests
import websocket

from course.assessment.sandbox import bwrap_available
from course.tools.pgserver import free_port

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy" / "jupyterhub"
TEST_CONFIG = Path(__file__).with_name("jupyterhub_test_config.py")
BIN = Path(sys.executable).parent
PROXY = "configurable-http-proxy"
TIMEOUT = 300  # seconds for one request (autograde and feedback run inside it)


def missing_part() -> str | None:
    """One line naming what this machine lacks to run the hub test, or None."""
    if importlib.util.find_spec("jupyterhub") is None:
        return "jupyterhub is not installed (it is pinned in requirements-test.txt)"
    if shutil.which(PROXY) is None:
        return f"{PROXY} is not on PATH (npm install -g, as .ci/run does)"
    if os.name != "posix" or os.geteuid() != 0:
        return "not root: the test creates local accounts with useradd"
    if shutil.which("useradd") is None or shutil.which("userdel") is None:
        return "useradd/userdel are not installed"
    if not bwrap_available():
        return "bubblewrap (bwrap) or prlimit is not installed: autograde would refuse to run"
    return None


def _processes_of(uid: int) -> list[int]:
    """The ids of the processes that run as ``uid``."""
    pids = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            uids = next(line for line in status.read_text().splitlines() if line[:4] == "Uid:")
        except (OSError, StopIteration):
            continue
        if int(uids.split()[1]) == uid:
            pids.append(int(status.parent.name))
    return pids


def end_processes(names: list[str]) -> None:
    """Kill, by id, every process that runs as one of the accounts ``names``."""
    for name in names:
        for pid in _processes_of(pwd.getpwnam(name).pw_uid):
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@contextmanager
def local_accounts(names: list[str]) -> Iterator[dict[str, Path]]:
    """Create Unix accounts ``names`` with private homes (mode 700); remove them afterwards.

    On exit, any process still running as one of them (started by this test's hub) is killed
    by its id, then ``userdel -r`` removes the account and its home.
    """
    created: list[str] = []
    try:
        for name in names:
            subprocess.run(["useradd", "-m", "-s", "/bin/bash", name], check=True)
            created.append(name)
            Path(os.path.expanduser(f"~{name}")).chmod(0o700)
        yield {name: Path(os.path.expanduser(f"~{name}")) for name in names}
    finally:
        end_processes(created)
        for name in created:
            subprocess.run(["userdel", "-r", name], capture_output=True)


ACL = "system.posix_acl_access"
USER_OBJ, USER, GROUP_OBJ, MASK, OTHER = 0x01, 0x02, 0x04, 0x10, 0x20
NO_ID = 0xFFFFFFFF


def _acl(path: Path) -> list[tuple[int, int, int]]:
    """The POSIX access ACL of ``path`` as (tag, permissions, id) entries."""
    try:
        raw = os.getxattr(path, ACL)
    except OSError:
        mode = path.stat().st_mode
        return [(USER_OBJ, mode >> 6 & 7, NO_ID), (GROUP_OBJ, mode >> 3 & 7, NO_ID),
                (OTHER, mode & 7, NO_ID)]  # fmt: skip
    return [struct.unpack_from("<HHI", raw, at) for at in range(4, len(raw), 8)]


def _set_acl(path: Path, entries: list[tuple[int, int, int]]) -> None:
    users = [e for e in entries if e[0] == USER]
    entries = [e for e in entries if e[0] != MASK]
    if users:  # named users need a mask: the owning group's rights plus "x"
        group = next(e[1] for e in entries if e[0] == GROUP_OBJ)
        entries.append((MASK, group | 1, NO_ID))
    packed = b"".join(struct.pack("<HHI", *e) for e in sorted(entries, key=lambda e: (e[0], e[2])))
    os.setxattr(path, ACL, struct.pack("<I", 2) + packed)


@contextmanager
def reachable(paths: list[Path], names: list[str]) -> Iterator[None]:
    """Let the accounts ``names`` traverse every folder above ``paths`` that they could not.

    The course environment must be readable by every account (JupyterHub runs each user's
    server from it); where it sits under a private folder (a Python installed in /root), each
    account gets a POSIX ACL entry "x" on that folder for the duration, removed afterwards.
    """
    uids = [pwd.getpwnam(name).pw_uid for name in names]
    blocked = sorted(
        {d for p in paths for d in p.resolve().parents if not d.stat().st_mode & stat.S_IXOTH}
    )
    for folder in blocked:
        _set_acl(folder, _acl(folder) + [(USER, 1, uid) for uid in uids])
    try:
        yield
    finally:
        for folder in blocked:
            _set_acl(folder, [e for e in _acl(folder) if not (e[0] == USER and e[2] in uids)])


def as_user(name: str, *cmd: str) -> subprocess.CompletedProcess:
    """Run ``cmd`` as the account ``name`` (to check what its rights allow)."""
    return subprocess.run(["runuser", "-u", name, "--", *cmd], capture_output=True, text=True)


class UserServer:
    """One user's single-user server, reached through the hub's proxy with that user's token."""

    def __init__(self, hub_url: str, name: str, token: str) -> None:
        self.name = name
        self.base = f"{hub_url}/user/{name}"
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"token {token}"

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """``method`` on ``path`` of this server (``path`` may name another user's server)."""
        url = path if path.startswith("http") else f"{self.base}/{path.lstrip('/')}"
        return self.session.request(method, url, timeout=TIMEOUT, allow_redirects=False, **kwargs)

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        """The JSON answer of a request that must succeed (nbgrader's ``success`` included)."""
        response = self.request(method, path, **kwargs)
        assert response.status_code in (200, 201), (
            path,
            response.status_code,
            response.text[:2000],
        )
        body = response.json()
        if isinstance(body, dict) and body.get("success") is False:
            raise AssertionError(f"{path}: {body.get('error') or body.get('value')}")
        return body

    def notebook(self, path: str) -> nbformat.NotebookNode:
        """Read the notebook at ``path`` (relative to the home folder) with the contents API."""
        model = self.call("GET", f"api/contents/{path}", params={"content": "1"})
        return nbformat.from_dict(model["content"])

    def save(self, path: str, nb: nbformat.NotebookNode) -> None:
        """Write ``nb`` at ``path`` with the contents API, as JupyterLab saves."""
        self.call("PUT", f"api/contents/{path}", json={"type": "notebook", "content": nb})

    def text(self, path: str) -> str:
        """The text of the file at ``path``."""
        return self.call("GET", f"api/contents/{path}", params={"format": "text"})["content"]

    def run(self, code: str) -> str:
        """Run ``code`` in a new kernel of this server; return its stdout, raise on an error."""
        kernel = self.call("POST", "api/kernels", json={"name": "python3"})["id"]
        ws_url = self.base.replace("http", "ws", 1) + f"/api/kernels/{kernel}/channels"
        conn = websocket.create_connection(
            ws_url, header=[f"Authorization: {self.session.headers['Authorization']}"]
        )
        try:
            msg_id = uuid.uuid4().hex
            conn.send(json.dumps(_execute_request(msg_id, code)))
            out: list[str] = []
            while True:
                msg = json.loads(conn.recv())
                if msg["parent_header"].get("msg_id") != msg_id:
                    continue
                kind, content = msg["msg_type"], msg["content"]
                if kind == "stream":
                    out.append(content["text"])
                elif kind == "error":
                    raise AssertionError("\n".join(content["traceback"]))
                elif kind == "execute_reply":
                    return "".join(out)
        finally:
            conn.close()
            self.request("DELETE", f"api/kernels/{kernel}")


def _execute_request(msg_id: str, code: str) -> dict:
    """A Jupyter messaging ``execute_request`` for the kernel's websocket."""
    header = {"msg_id": msg_id, "msg_type": "execute_request", "session": msg_id}
    content = {"code": code, "silent": False, "store_history": False, "allow_stdin": False}
    return {
        "header": {**header, "username": "", "version": "5.3"},
        "parent_header": {},
        "metadata": {},
        "channel": "shell",
        "content": {**content, "user_expressions": {}, "stop_on_error": True},
    }


class Hub:
    """A running JupyterHub: its URL, and the driver service's access to its REST API."""

    def __init__(self, url: str, token: str) -> None:
        self.url = url
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"token {token}"

    def api(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        return self.session.request(method, f"{self.url}/hub/api/{path}", timeout=60, **kwargs)

    def spawn(self, *names: str) -> None:
        """Ask the hub to start the servers of ``names`` (they start side by side)."""
        for name in names:
            response = self.api("POST", f"users/{name}/server")
            assert response.status_code in (201, 202), (name, response.status_code, response.text)

    def ready(self, name: str) -> UserServer:
        """Wait until ``name``'s server is ready; return a client acting as ``name``."""
        deadline = time.monotonic() + 240
        while not self.api("GET", f"users/{name}").json()["servers"].get("", {}).get("ready"):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{name}'s server did not start")
            time.sleep(0.5)
        token = self.api("POST", f"users/{name}/tokens", json={"note": "e2e"}).json()["token"]
        return UserServer(self.url, name, token)


@contextmanager
def running_hub(
    workdir: Path, instructors: list[str], students: list[str], exchange: Path, log: Path
) -> Iterator[Hub]:
    """Run the course's JupyterHub (through the test overlay) until the block ends.

    The hub's state (database, cookie secret) goes to ``workdir``; its output to ``log``.
    """
    token = secrets.token_hex(32)
    ports = {name: str(free_port()) for name in ("PORT", "API_PORT", "PROXY_PORT")}
    env = {
        **os.environ,
        "PATH": os.pathsep.join([str(BIN), os.environ.get("PATH", "")]),
        "COURSE_HUB_CONFIG": str(DEPLOY / "jupyterhub_config.py"),
        "COURSE_HUB_INSTRUCTORS": ",".join(instructors),
        "COURSE_HUB_STUDENTS": ",".join(students),
        "COURSE_HUB_TEST_TOKEN": token,
        "NBGRADER_EXCHANGE": str(exchange),
        **{f"COURSE_HUB_{name}": port for name, port in ports.items()},
    }
    with log.open("w") as out:
        hub = subprocess.Popen(
            [str(BIN / "jupyterhub"), "-f", str(TEST_CONFIG)],
            cwd=workdir,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    client = Hub(f"http://127.0.0.1:{ports['PORT']}", token)
    try:
        _wait_until_up(client, hub, log)
        yield client
    finally:
        end_processes(instructors + students)  # the users' servers and kernels: no clean stop
        hub.send_signal(signal.SIGTERM)
        try:
            hub.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(hub.pid, signal.SIGKILL)
            hub.wait()


def _wait_until_up(client: Hub, hub: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if hub.poll() is not None:
            raise RuntimeError(f"jupyterhub exited with {hub.returncode}:\n{log.read_text()}")
        try:
            if client.api("GET", "").status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"jupyterhub did not answer:\n{log.read_text()[-3000:]}")
