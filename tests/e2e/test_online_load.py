"""Many devices syncing at once: every change arrives exactly once (SQLite, PostgreSQL).

A smaller fleet than the benchmark's 200 devices (bench/bench_online.py), enough to make
requests race for the hub's change log and for each device's chain.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from helpers.fleet import Fleet, build_fleet, device_changes, edit_all, sync_round
from helpers.hub_server import running_hub
from helpers.postgres import PostgresServer
from vsdesk.hub.storage.store import default_url

pytestmark = pytest.mark.slow

DEVICES = 10
EDITS = 3


def check_exactly_once(fleet: Fleet) -> None:
    on_hub = fleet.hub_changes()
    counts = Counter(change_id for change_id, _ in on_hub)
    assert max(counts.values()) == 1
    by_origin: dict[str, set[str]] = {}
    for change_id, origin in on_hub:
        by_origin.setdefault(origin, set()).add(change_id)
    for device in fleet.devices:
        made = device_changes(device)
        assert len(made) == EDITS
        assert by_origin.get(device.device_id) == made


def run_fleet(fleet: Fleet, urls: list[str]) -> None:
    first = sync_round(fleet, urls, threads=DEVICES)
    assert {r.outcome for r in first.results} == {"synced"}
    assert all(r.received > 0 for r in first.results)
    edit_all(fleet, EDITS)
    second = sync_round(fleet, urls[::-1], threads=DEVICES)  # each device to the other hub
    assert {(r.outcome, r.sent) for r in second.results} == {("synced", EDITS)}
    check_exactly_once(fleet)
    third = sync_round(fleet, urls, threads=DEVICES)
    assert {(r.outcome, r.sent) for r in third.results} == {("synced", 0)}
    check_exactly_once(fleet)


def test_devices_at_once_on_one_sqlite_hub_process(tmp_path: Path) -> None:
    fleet = build_fleet(tmp_path, DEVICES, default_url(tmp_path / "hub"))
    with running_hub(fleet.hub_env(), tmp_path / "hub.log") as hub:
        run_fleet(fleet, [hub.url])


@pytest.mark.postgres
def test_devices_at_once_on_two_hub_processes_sharing_postgresql(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    fleet = build_fleet(tmp_path, DEVICES, postgres_server.create_database())
    env = fleet.hub_env()
    with running_hub(env, tmp_path / "a.log") as one, running_hub(env, tmp_path / "b.log") as two:
        run_fleet(fleet, [one.url, two.url])


@pytest.mark.postgres
def test_serve_with_workers_on_postgresql(postgres_server: PostgresServer, tmp_path: Path) -> None:
    fleet = build_fleet(tmp_path, 4, postgres_server.create_database())
    with running_hub(fleet.hub_env(), tmp_path / "hub.log", "--workers", "2") as hub:
        first = sync_round(fleet, [hub.url], threads=4)
        assert {r.outcome for r in first.results} == {"synced"}
        edit_all(fleet, EDITS)
        second = sync_round(fleet, [hub.url], threads=4)
        assert {(r.outcome, r.sent) for r in second.results} == {("synced", EDITS)}
    check_exactly_once(fleet)


def test_workers_need_postgresql(tmp_path: Path) -> None:
    fleet = build_fleet(tmp_path, 1, default_url(tmp_path / "hub"))
    done = subprocess.run(
        [sys.executable, "-m", "vsdesk.hub.commands.main", "serve", "--workers", "2"],
        env=fleet.hub_env(), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2 and "PostgreSQL" in done.stderr
