"""Online sync figures: one device's round trip, and a fleet of devices at once.

- One device, 100 changes: the time of one ``OnlineSync.run`` (state, send, fetch the
  hub's acknowledgement and apply it) against a real ``vsdesk-hub serve`` on 127.0.0.1;
  median of three, each after 100 fresh edits. Target < 300 ms.
- A fleet (200 devices × 50 changes by default) syncing at once, one thread per device:
  throughput in changes per second over the whole round, and the 95th percentile of
  request latency; on one hub process on SQLite, and two on one PostgreSQL (if a server
  can be started; otherwise the line says so).
- What the checks cost: the same bundles the fleet posted, posted again at the same
  concurrency to a bare Starlette endpoint (uvicorn in a thread) that only stores the bytes:
  no signature, no bundle checks, no merge. The ratio is of the summed send times.

``python -m bench.bench_online [DEVICES CHANGES]`` prints the figures; ``bench.run``
collects ``run()``. Only 127.0.0.1 is used. Nothing is asserted here.
"""

from __future__ import annotations

import contextlib
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bench.common import Figure, against, ms

# The fleet and hub-process helpers are shared with the load test.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from helpers.fleet import (
    VAULT_PASSPHRASE,
    Fleet,
    Round,
    build_fleet,
    edit_all,
    sync_round,
)
from helpers.hub_server import free_port, running_hub
from vsdesk.hub.storage.store import default_url
from vsdesk.services.online_sync import OnlineSync
from vsdesk.services.pupils import PupilService
from vsdesk.storage.vault import Vault

AREA = "online sync"
DEVICES, CHANGES = 200, 50
ROUND_TRIP_CHANGES, ROUND_TRIP_TARGET, RUNS = 100, 0.300, 3


def run(devices: int = DEVICES, changes: int = CHANGES) -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        figures = shown(one_device(root / "one"))
        figures += shown(
            fleet_figures(root / "sqlite", devices, changes, "SQLite, 1 process", None)
        )
        figures += shown(postgres_figures(root / "pg", devices, changes))
    return figures


def shown(figures: list[Figure]) -> list[Figure]:
    """Print figures as they come (a long run keeps what it measured so far)."""
    for figure in figures:
        print(f"{figure.work}: {figure.value}  {figure.target}  {figure.verdict}", flush=True)
    return figures


# --- one device -------------------------------------------------------------------------


def one_device(root: Path) -> list[Figure]:
    fleet = build_fleet(root, 1, default_url(root / "hub"), pupils_each=1)
    device = fleet.devices[0]
    with running_hub(fleet.hub_env(), root / "hub.log") as hub:
        vault = Vault.unlock(device.directory, VAULT_PASSPHRASE)
        try:
            sync = OnlineSync(vault)
            sync.run(hub_url=hub.url)
            service = PupilService(vault, "Teacher", party_id=device.device_id)
            times = []
            for run_number in range(RUNS):
                for n in range(ROUND_TRIP_CHANGES):
                    value = 40.0 + run_number * 10 + n / 20
                    service.edit(device.pupils[0], {"attendance.percent": value})
                started = time.perf_counter()
                [result] = sync.run(hub_url=hub.url)
                times.append(time.perf_counter() - started)
                assert result.sent == ROUND_TRIP_CHANGES, result
        finally:
            vault.lock()
    seconds = statistics.median(times)
    return [
        Figure(
            AREA,
            f"one device, {ROUND_TRIP_CHANGES} changes: round trip on loopback",
            ms(seconds),
            "< 300 ms",
            against(seconds, ROUND_TRIP_TARGET),
        )
    ]


# --- a fleet at once --------------------------------------------------------------------


def fleet_figures(
    root: Path, devices: int, changes: int, label: str, db_url: str | None, processes: int = 1
) -> list[Figure]:
    fleet = build_fleet(root, devices, db_url or default_url(root / "hub"))
    with contextlib.ExitStack() as stack:
        urls = [
            stack.enter_context(running_hub(fleet.hub_env(), root / f"hub-{n}.log")).url
            for n in range(processes)
        ]
        snapshots(fleet, urls, devices)
        edit_all(fleet, changes)
        measured = sync_round(fleet, urls, threads=devices)
    sent = sum(r.sent for r in measured.results)
    offline = sum(r.outcome != "synced" for r in measured.results)
    latencies = sorted(seconds for _, seconds in measured.latencies)
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    work = f"{devices} devices × {changes} changes at once ({label})"
    figures = [
        Figure(AREA, f"{work}: throughput", f"{sent / measured.seconds:,.0f} changes/s",
               "", f"{sent} changes in {measured.seconds:.1f} s; {offline} device(s) not synced"),
        Figure(AREA, f"{work}: p95 request latency", ms(p95), "",
               f"{len(latencies)} requests"),
    ]  # fmt: skip
    return figures + unchecked_ratio(root, measured, devices, label)


def snapshots(fleet: Fleet, urls: list[str], threads: int, rounds: int = 5) -> None:
    """Every device's first sync (its pupils arrive whole), repeated for any left offline."""
    waiting = fleet
    for _ in range(rounds):
        done = sync_round(waiting, urls, threads)
        left = [
            d for d, r in zip(waiting.devices, done.results, strict=True) if r.outcome != "synced"
        ]
        if not left:
            return
        waiting = Fleet(fleet.hub_url, fleet.hub_dir, left)
    raise RuntimeError(f"{len(waiting.devices)} device(s) never got their first sync")


def postgres_figures(root: Path, devices: int, changes: int) -> list[Figure]:
    from helpers.postgres import start_server

    try:
        server = start_server()
    except BaseException as error:  # pytest.skip is a BaseException: no server here
        reason = type(error).__name__
        return [Figure(AREA, "PostgreSQL figures", "not measured", "", f"no server ({reason})")]
    try:
        return fleet_figures(
            root, devices, changes, "PostgreSQL, 2 processes", server.create_database(), 2
        )
    finally:
        server.stop()


# --- the same bundles with no checks ----------------------------------------------------


def unchecked_ratio(root: Path, measured: Round, threads: int, label: str) -> list[Figure]:
    checked = sum(seconds for kind, seconds in measured.latencies if kind == "send")
    with bare_server(root / "bare.sqlite") as url:
        unchecked = post_all(url, measured.sent, threads)
    return [
        Figure(
            AREA,
            f"signed, verified and applied vs stored unchecked ({label})",
            f"{checked / unchecked:.1f}×",
            "",
            f"summed send time {checked:.1f} s vs {unchecked:.1f} s "
            f"for the same {len(measured.sent)} bundles",
        )
    ]


def post_all(url: str, bundles: list[bytes], threads: int) -> float:
    times: list[float] = []
    lock = threading.Lock()

    limits = httpx.Limits(max_connections=threads)
    with httpx.Client(timeout=60, limits=limits) as client:

        def post(bundle: bytes) -> None:
            started = time.perf_counter()
            client.post(url, content=bundle).raise_for_status()
            with lock:
                times.append(time.perf_counter() - started)

        with ThreadPoolExecutor(max_workers=threads) as pool:
            list(pool.map(post, bundles))
    return sum(times)


@contextlib.contextmanager
def bare_server(database: Path) -> Iterator[str]:
    """POST /bundles stores the body in SQLite and answers: the floor under the real hub."""
    connection = sqlite3.connect(database, check_same_thread=False, isolation_level=None)
    connection.execute("CREATE TABLE bundles (id INTEGER PRIMARY KEY, body BLOB)")
    lock = threading.Lock()

    async def store(request: Request) -> Response:
        body = await request.body()
        with lock:
            connection.execute("INSERT INTO bundles (body) VALUES (?)", (body,))
        return JSONResponse({"outcome": "stored"})

    app = Starlette(routes=[Route("/bundles", store, methods=["POST"])])
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):  # bounded: at most about 10 s
        if server.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}/bundles"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        connection.close()


if __name__ == "__main__":
    run(*[int(value) for value in sys.argv[1:3]])
