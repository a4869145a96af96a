"""A throwaway PostgreSQL server for tests and benchmarks (Debian's ``postgresql`` package).

``with postgres_server() as server: url = server.create_database("gradebook")`` runs ``initdb``
in a temporary data folder, starts ``postgres`` on a free port of 127.0.0.1 (password-less
``trust`` logins, local only), and on exit stops it and deletes the folder. The URL is
``postgresql+psycopg2://postgres@127.0.0.1:<port>/<name>``: with SQLAlchemy 2.1 a bare
``postgresql://`` means psycopg 3. PostgreSQL refuses to run as root, so as root the server runs
as the ``postgres`` system account (the package creates it).
"""

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PG_ROOT = Path("/usr/lib/postgresql")
SERVER_ACCOUNT = "postgres"
SUPERUSER = "postgres"
START_TIMEOUT_S = 60


def postgres_bindir() -> Path | None:
    """The newest ``/usr/lib/postgresql/<version>/bin`` with ``initdb`` and ``pg_ctl``, if any."""
    found = [
        p
        for p in PG_ROOT.glob("*/bin")
        if (p / "initdb").exists() and (p / "pg_ctl").exists() and p.parent.name.isdigit()
    ]
    return max(found, key=lambda p: int(p.parent.name), default=None)


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class PostgresServer:
    """A running server: where its programs are and its port."""

    bindir: Path
    port: int

    def url(self, database: str) -> str:
        """The SQLAlchemy URL of ``database`` on this server (psycopg2 driver)."""
        return f"postgresql+psycopg2://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, database: str) -> str:
        """Create an empty database; return its URL."""
        if not database.isidentifier():
            raise ValueError(
                f"database must be a plain name (letters, digits, _), got {database!r}"
            )
        cmd = [str(self.bindir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port)]
        subprocess.run([*cmd, "-U", SUPERUSER, database], check=True, capture_output=True)
        return self.url(database)


def _as_server_account(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", SERVER_ACCOUNT, "--", *cmd] if os.geteuid() == 0 else cmd


@contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    """Start a temporary PostgreSQL server; stop it and delete its data on exit.

    Raises FileNotFoundError when the PostgreSQL programs are not installed.
    """
    bindir = postgres_bindir()
    if bindir is None:
        raise FileNotFoundError(f"no PostgreSQL server programs under {PG_ROOT}/*/bin")
    home = Path(tempfile.mkdtemp(prefix="pgserver-"))
    data = home / "data"
    if os.geteuid() == 0:
        shutil.chown(home, SERVER_ACCOUNT, SERVER_ACCOUNT)
    pg_ctl = str(bindir / "pg_ctl")
    try:
        initdb = [str(bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust"]
        subprocess.run(_as_server_account([*initdb, "-E", "UTF8"]), check=True, capture_output=True)
        port = free_port()
        options = f"-c listen_addresses=127.0.0.1 -p {port} -k {home}"
        start = [pg_ctl, "-D", str(data), "-l", str(home / "log"), "-o", options]
        subprocess.run(
            _as_server_account([*start, "-w", "-t", str(START_TIMEOUT_S), "start"]),
            check=True,
            capture_output=True,
        )
        try:
            yield PostgresServer(bindir, port)
        finally:
            stop = [pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"]
            subprocess.run(_as_server_account(stop), check=False, capture_output=True)
    finally:
        shutil.rmtree(home, ignore_errors=True)
