"""Run a submission's kernel inside a bubblewrap sandbox, reachable over IPC sockets only.

:class:`SandboxKernelManager` is a jupyter_client kernel manager for ``nbgrader autograde`` only
(``course.assessment.preprocessors.SandboxedExecute`` uses it; students' own JupyterLab and
``nbgrader validate`` keep the plain ``python3`` kernel). The kernel gets:

- fresh PID, network, IPC and UTS namespaces (``bwrap --unshare-*``): no network at all, and
  every process it starts dies with it (``--die-with-parent``; the namespace's init is killed with
  the kernel);
- a read-only view of the machine (``--ro-bind / /``), private ``/tmp``, ``/run`` and ``/dev``;
- an empty home folder, and empty folders in place of the grader's ``hidden_paths`` (course
  root with ``source/``, keys, gradebook and other students' files; the exchange), except its
  own working folder, read-only;
- a cleared environment (no ``NBGRADER_DB_URL`` or password), the ``nobody`` account when the
  grader is root, and limits on memory, processes, open files and file size (``prlimit``).

A new network namespace has no route to the grader's loopback, so the kernel talks to the grader
over jupyter_client's ``ipc`` transport: Unix sockets in a folder shared with the sandbox.
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from jupyter_client.manager import AsyncKernelManager
from traitlets import Integer, List, Unicode

NOBODY = 65534
PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the folder holding the `course` package
# JPY_PARENT_PID=1: the kernel's parent is the sandbox's init (ipykernel then neither polls it
# nor prints its console banner).
KEPT_ENV = {
    "LANG": "C.UTF-8",
    "HOME": "/tmp",
    "MPLCONFIGDIR": "/tmp",
    "OPENBLAS_NUM_THREADS": "1",
    "JPY_PARENT_PID": "1",
}


def bwrap_available() -> bool:
    """True when bubblewrap (``bwrap``) and ``prlimit`` are on ``PATH``."""
    return shutil.which("bwrap") is not None and shutil.which("prlimit") is not None


def sandbox_command(
    kernel_cmd: list[str],
    *,
    workdir: Path,
    shared: Path,
    hidden: list[Path],
    memory_mb: int,
    max_processes: int,
    max_file_mb: int,
) -> list[str]:
    """Return ``kernel_cmd`` wrapped in bubblewrap and ``prlimit`` (see the module docstring).

    ``workdir`` (read-only) and ``shared`` (read-write, the IPC sockets) stay visible at the same
    path inside the sandbox, even under a ``hidden`` folder; each hidden path becomes empty.
    """
    if memory_mb <= 0 or max_processes <= 0 or max_file_mb <= 0:
        raise ValueError("memory_mb, max_processes and max_file_mb must be positive")
    root = os.geteuid() == 0
    # As root, no user namespace (it would not map `nobody`); as a user, bwrap needs one.
    unshare = ["--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts"]
    cmd = ["bwrap", *(unshare if root else ["--unshare-all"]), "--die-with-parent"]
    cmd += ["--ro-bind", "/", "/"]
    cmd += ["--proc", "/proc", "--dev", "/dev", "--perms", "1777", "--tmpfs", "/tmp"]
    cmd += ["--tmpfs", "/run"]
    # The grader's home is hidden; the interpreter and the course package stay readable.
    home = Path.home()
    cmd += ["--tmpfs", str(home)]
    for path in sorted({Path(sys.prefix), Path(sys.base_prefix), PACKAGE_ROOT}):
        between = [p for p in reversed(path.parents) if home in p.parents]
        for folder in between:  # bwrap would create them readable by root only
            cmd += ["--perms", "0755", "--dir", str(folder)]
        cmd += ["--ro-bind", str(path), str(path)]
    for path in hidden:
        if path.is_dir():
            cmd += ["--tmpfs", str(path)]
        elif path.exists():
            cmd += ["--ro-bind", "/dev/null", str(path)]
    cmd += ["--ro-bind", str(workdir), str(workdir), "--bind", str(shared), str(shared)]
    cmd += ["--chdir", str(workdir), "--clearenv"]
    path_var = os.pathsep.join([str(Path(sys.executable).parent), "/usr/bin", "/bin"])
    for name, value in {**KEPT_ENV, "PATH": path_var}.items():
        cmd += ["--setenv", name, value]
    cmd.append("--")
    if root:  # root's process count is never limited: become nobody, without caps
        cmd += ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        cmd += ["--inh-caps=-all", "--bounding-set=-all"]
    cmd += ["prlimit", f"--as={memory_mb * 2**20}", f"--nproc={max_processes}"]
    cmd += [f"--fsize={max_file_mb * 2**20}", "--nofile=256", "--core=0", "--"]
    return cmd + kernel_cmd


class SandboxKernelManager(AsyncKernelManager):
    """An async kernel manager that starts the kernel in :func:`sandbox_command`'s sandbox."""

    hidden_paths = List(Unicode(), help="Folders or files the kernel must not see.").tag(
        config=True
    )
    memory_mb = Integer(4096, help="Address-space limit of each sandboxed process (MiB).").tag(
        config=True
    )
    max_processes = Integer(512, help="Process/thread limit (per account).").tag(config=True)
    max_file_mb = Integer(64, help="Largest file the kernel may write (MiB).").tag(config=True)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._shared = Path(tempfile.mkdtemp(prefix="sandboxed-kernel-"))
        if os.geteuid() == 0:
            os.chown(self._shared, NOBODY, NOBODY)
        self.transport = "ipc"
        self.connection_file = str(self._shared / "connection.json")
        self.ip = str(self._shared / "kernel")

    def write_connection_file(self, **kwargs: Any) -> None:
        """Write the connection file, readable by the sandboxed account."""
        super().write_connection_file(**kwargs)
        if os.geteuid() == 0:
            os.chown(self.connection_file, NOBODY, NOBODY)

    async def _async_pre_start_kernel(self, **kw: Any) -> tuple[list[str], dict[str, Any]]:
        # A signal to the process group would stop bwrap itself: interrupt by message instead.
        cmd, kw = await super()._async_pre_start_kernel(**kw)
        assert self.kernel_spec is not None
        self.kernel_spec.interrupt_mode = "message"
        return cmd, kw

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
        workdir = Path(kw.get("cwd") or os.getcwd()).resolve()
        wrapped = sandbox_command(
            kernel_cmd,
            workdir=workdir,
            shared=self._shared,
            hidden=[Path(p).resolve() for p in self.hidden_paths],
            memory_mb=self.memory_mb,
            max_processes=self.max_processes,
            max_file_mb=self.max_file_mb,
        )
        await super()._async_launch_kernel(wrapped, **kw)

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        if not restart:
            shutil.rmtree(self._shared, ignore_errors=True)

    cleanup_resources = _async_cleanup_resources  # type: ignore[assignment]
