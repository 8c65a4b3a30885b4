"""A real ``vsdesk-hub serve`` process on a free loopback port, and signed raw requests.

Only 127.0.0.1 is ever used. Waiting for the server is a bounded loop (count and time), and
the process is always stopped, killed if it will not stop.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx

from helpers.fixtures import PASSPHRASE
from vsdesk.services.device import device_keys
from vsdesk.storage.vault import Vault
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.request_signing import sign_request

HOST = "127.0.0.1"
START_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


@dataclass
class HubProcess:
    process: subprocess.Popen[bytes]
    url: str
    log: Path

    def kill(self) -> None:
        """SIGKILL: no clean shutdown, as a crash or a pulled plug."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()

    def access_log(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def start_hub(env: dict[str, str], log: Path, *extra: str, port: int | None = None) -> HubProcess:
    port = port or free_port()
    command = [sys.executable, "-m", "vsdesk.hub.commands.main"]
    args = ["serve", "--host", HOST, "--port", str(port), *extra]
    with open(log, "ab") as sink:
        process = subprocess.Popen(
            command + args, env=env, stdout=sink, stderr=sink, stdin=subprocess.DEVNULL
        )
    hub = HubProcess(process, f"http://{HOST}:{port}", log)
    deadline = time.monotonic() + START_TIMEOUT
    for _ in range(600):
        if process.poll() is not None:
            raise RuntimeError(f"the hub exited: {hub.access_log()[-2000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(hub.url + "/health", timeout=1.0).status_code == 200:
                return hub
        if time.monotonic() > deadline:
            break
        time.sleep(0.05)
    hub.stop()
    raise RuntimeError("the hub did not start in time")


@contextlib.contextmanager
def running_hub(env: dict[str, str], log: Path, *extra: str) -> Iterator[HubProcess]:
    hub = start_hub(env, log, *extra)
    try:
        yield hub
    finally:
        hub.stop()


def vault_keys(vault_dir: Path) -> PartyKeys:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        with vault.session() as session:
            keys = device_keys(session)
    finally:
        vault.lock()
    assert keys is not None
    return keys


def signed(
    keys: PartyKeys, method: str, route: str, body: bytes = b"", now: datetime | None = None
) -> dict[str, str]:
    return sign_request(keys, method, route, body, now or datetime.now(UTC))
