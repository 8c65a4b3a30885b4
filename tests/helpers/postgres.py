"""A throwaway PostgreSQL server for tests: ``initdb`` + ``pg_ctl`` in a temp folder.

The server listens only on a Unix socket in its own folder (no TCP port is opened), runs as
the ``postgres`` user when the tests run as root (``initdb`` refuses root), and is stopped
and deleted at the end of the session. Without PostgreSQL the tests that need it are
skipped, except under ``CI=true``, where a missing server is a failure: CI installs it.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from glob import glob
from pathlib import Path
from typing import NoReturn

import pytest

SUPERUSER = "postgres"


@dataclass
class PostgresServer:
    bin_dir: Path
    root: Path
    port: int
    run_as: str | None

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root

    def url(self, database: str) -> str:
        """A SQLAlchemy URL for ``database`` over the server's Unix socket."""
        return (
            f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.socket_dir}&port={self.port}"
        )

    def create_database(self) -> str:
        """A new, empty database; returns its URL."""
        import psycopg

        name = f"vsdesk_{secrets.token_hex(4)}"
        conninfo = f"host={self.socket_dir} port={self.port} user={SUPERUSER} dbname=postgres"
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def run(self, tool: str, *args: str) -> None:
        command = [str(self.bin_dir / tool), *args]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        self.run("initdb", "-D", str(self.data_dir), "-A", "trust", "-U", SUPERUSER,
                 "-E", "UTF8", "--locale=C", "-N")  # fmt: skip
        options = f"-k {self.socket_dir} -p {self.port} -c listen_addresses='' -c fsync=off"
        log = str(self.root / "server.log")
        self.run("pg_ctl", "-D", str(self.data_dir), "-o", options, "-l", log, "-w", "start")

    def stop(self) -> None:
        try:
            self.run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def find_bin_dir() -> Path | None:
    """The newest ``/usr/lib/postgresql/<n>/bin`` holding ``initdb`` and ``pg_ctl``."""
    versions = [Path(p).parent for p in glob("/usr/lib/postgresql/*/bin/initdb")]
    versions = [v for v in versions if (v / "pg_ctl").exists() and v.parent.name.isdigit()]
    return max(versions, key=lambda v: int(v.parent.name), default=None)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run_as() -> str | None:
    """Root must hand the server to the ``postgres`` account; others run it themselves."""
    if os.geteuid() != 0:
        return None
    pwd.getpwnam(SUPERUSER)  # KeyError if there is no such account
    if shutil.which("runuser") is None:
        raise FileNotFoundError("runuser")
    return SUPERUSER


def _unavailable(reason: str) -> NoReturn:
    message = f"PostgreSQL is not available: {reason}"
    if os.environ.get("CI") == "true":
        pytest.fail(message + " (CI=true: CI must install PostgreSQL)")
    pytest.skip(message)


def start_server() -> PostgresServer:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        _unavailable("no initdb under /usr/lib/postgresql/*/bin")
    try:
        run_as = _run_as()
    except (KeyError, FileNotFoundError) as error:
        _unavailable(f"running as root needs a 'postgres' account and runuser ({error})")
    root = Path(tempfile.mkdtemp(prefix="vsdesk-pg-"))
    if run_as:
        os.chown(root, pwd.getpwnam(run_as).pw_uid, -1)
    server = PostgresServer(bin_dir, root, _free_port(), run_as)
    try:
        server.start()
    except subprocess.CalledProcessError as error:
        shutil.rmtree(root, ignore_errors=True)
        _unavailable(f"the server did not start ({error.stderr.decode(errors='replace')[-300:]})")
    return server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole test session, stopped and deleted at the end."""
    server = start_server()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A fresh empty database on the session's server, as a SQLAlchemy URL."""
    return postgres_server.create_database()
