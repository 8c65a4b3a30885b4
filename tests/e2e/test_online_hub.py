"""Online sync against a real ``vsdesk-hub serve`` process on 127.0.0.1."""

from __future__ import annotations

import base64
import json
import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from helpers.fixtures import PASSPHRASE, Cli, cli_env
from helpers.hub_fixtures import HUB_PASSPHRASE, hub_env
from helpers.hub_server import HubProcess, running_hub, signed, start_hub, vault_keys
from helpers.sync_world import World, build_world
from helpers.templates import shared_template
from vsdesk.hub.storage.store import HubStore, default_url
from vsdesk.services.online_sync import OnlineSync, RetryPolicy, SyncEvent
from vsdesk.storage.sync_schema import ChangeRow
from vsdesk.storage.vault import Vault
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.request_signing import SIGNATURE_HEADER

BUNDLE_MAGIC = b"vsdesk-bundle/"


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    def build(root: Path) -> dict[str, Any]:
        built = build_world(
            Cli("vsdesk-hub", hub_env(root / "hub")),
            Cli("vsdesk", cli_env(root / "data")),
            root / "files",
        )
        return built.facts()

    root, facts = shared_template(tmp_path_factory, "online-world", build)
    return root, World.from_facts(facts, root)


@pytest.fixture
def world(template: tuple[Path, World], hub_dir: Path, vault_dir: Path, tmp_path: Path) -> World:
    root, built = template
    shutil.copytree(root / "hub", hub_dir)
    shutil.copytree(root / "data", vault_dir)
    return replace(
        built,
        hub=Cli("vsdesk-hub", hub_env(hub_dir)),
        device=Cli("vsdesk", cli_env(vault_dir)),
        files=tmp_path,
    )


@pytest.fixture
def hub(world: World, tmp_path: Path) -> Any:
    with running_hub(world.hub.env, tmp_path / "hub.log") as process:
        yield process


def sync_online(world: World, hub: HubProcess) -> str:
    return world.run(world.device, "sync", "online", "--hub", hub.url)


def test_health_answers_without_a_signature(hub: HubProcess) -> None:
    response = httpx.get(hub.url + "/health")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_a_round_trip_over_http(world: World, hub: HubProcess) -> None:
    first = sync_online(world, hub)
    assert first.startswith("cardiff: sent 0 change(s), received ")
    assert world.device_ids() == set(world.assigned)
    pupil = world.assigned[0]
    assert world.device_view(pupil)["pupil"] == world.hub_view(pupil)["pupil"]

    world.run(world.device, "edit", pupil, "attendance.percent=87.5", "voice.pupil=Rwy'n hapus")
    assert "sent 2 change(s)" in sync_online(world, hub)
    on_hub = world.hub_view(pupil)
    assert (on_hub["attendance"]["percent"], on_hub["voice"]["pupil"]) == (87.5, "Rwy'n hapus")

    world.run(world.hub, "edit", pupil, "pupil.social_worker=Ffion Jones")
    assert "received 1" in sync_online(world, hub)
    assert world.device_view(pupil)["pupil"]["social_worker"] == "Ffion Jones"
    log = hub.access_log()
    entries = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
    assert {e["route"] for e in entries} >= {"/v1/bundles", "/v1/bundles/next"}
    assert all(
        set(e) <= {"route", "method", "device", "status", "outcome", "bytes_in", "ms"}
        for e in entries
    )
    for secret in ("Rwy'n hapus", "Ffion", "Siân", world.teacher, pupil):
        assert secret not in log


def hub_changes(world: World, pupil: str, field: str) -> int:
    store = HubStore.open(default_url(Path(world.hub.env["VSDESK_HUB_DATA"])), HUB_PASSPHRASE)
    try:
        with store.session() as session:
            query = select(func.count()).where(
                ChangeRow.pupil_id == pupil, ChangeRow.field == field
            )
            return int(session.scalar(query) or 0)
    finally:
        store.close()


def raw(
    hub: HubProcess,
    keys: PartyKeys,
    method: str,
    route: str,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    headers = signed(keys, method, route, body) if headers is None else headers
    return httpx.request(method, hub.url + route, content=body, headers=headers, timeout=30)


def assert_refused(response: httpx.Response, status: int, outcome: str) -> None:
    assert response.status_code == status
    assert response.json() == {"outcome": outcome}  # a word, and no data
    assert BUNDLE_MAGIC not in response.content


NEXT = "/v1/bundles/next?after=0&hash=&acked=0"


def test_a_tampered_signature_is_refused(world: World, hub: HubProcess, vault_dir: Path) -> None:
    keys = vault_keys(vault_dir)
    headers = signed(keys, "GET", NEXT)
    signature = bytearray(base64.b64decode(headers[SIGNATURE_HEADER]))
    signature[5] ^= 1
    headers[SIGNATURE_HEADER] = base64.b64encode(bytes(signature)).decode()
    assert_refused(raw(hub, keys, "GET", NEXT, headers=headers), 401, "bad-signature")
    other_route = signed(keys, "GET", "/v1/state")
    assert_refused(raw(hub, keys, "GET", NEXT, headers=other_route), 401, "bad-signature")


def test_a_replayed_request_is_refused(world: World, hub: HubProcess, vault_dir: Path) -> None:
    keys = vault_keys(vault_dir)
    headers = signed(keys, "GET", NEXT)
    first = raw(hub, keys, "GET", NEXT, headers=headers)
    assert first.status_code == 200 and first.content.startswith(BUNDLE_MAGIC)
    assert_refused(raw(hub, keys, "GET", NEXT, headers=headers), 401, "replay")


@pytest.mark.parametrize("minutes", [-10, 10])
def test_a_stale_time_is_refused(
    world: World, hub: HubProcess, vault_dir: Path, minutes: int
) -> None:
    keys = vault_keys(vault_dir)
    headers = signed(keys, "GET", NEXT, now=datetime.now(UTC) + timedelta(minutes=minutes))
    assert_refused(raw(hub, keys, "GET", NEXT, headers=headers), 401, "stale")


def test_an_unknown_device_is_refused(hub: HubProcess) -> None:
    stranger = PartyKeys.generate("device-00000000deadbeef")
    assert_refused(raw(hub, stranger, "GET", NEXT), 401, "unknown-device")
    assert_refused(raw(hub, stranger, "GET", NEXT, headers={}), 401, "unsigned")


def test_a_revoked_device_is_refused(world: World, hub: HubProcess, vault_dir: Path) -> None:
    world.run(world.hub, "revoke", world.device_id)
    keys = vault_keys(vault_dir)
    assert_refused(raw(hub, keys, "GET", NEXT), 403, "revoked")
    result = world.device("sync", "online", "--hub", hub.url)
    assert result.returncode == 0 and "withdrawn this device" in result.stdout


def test_an_oversized_body_is_refused(world: World, vault_dir: Path, tmp_path: Path) -> None:
    keys = vault_keys(vault_dir)
    with running_hub(world.hub.env, tmp_path / "small.log", "--max-body-mb", "1") as hub:
        body = b"\0" * (1024 * 1024 + 1)
        assert_refused(raw(hub, keys, "POST", "/v1/bundles", body), 413, "too-large")
        # also when the client lies about the length and streams more
        chunks = (body[i : i + 65536] for i in range(0, len(body), 65536))
        headers = signed(keys, "POST", "/v1/bundles", body)
        response = httpx.post(hub.url + "/v1/bundles", content=chunks, headers=headers)
        assert_refused(response, 413, "too-large")


def test_the_client_is_quiet_and_succeeds_when_the_hub_is_down(world: World) -> None:
    result = world.device("sync", "online", "--hub", "http://127.0.0.1:9")  # nothing listens
    assert result.returncode == 0
    assert result.stdout.strip() == "cardiff: offline, will try again."


def test_plain_http_to_another_host_is_refused(world: World) -> None:
    result = world.device("sync", "online", "--hub", "http://hub.example.org")
    assert result.returncode == 2 and "https://" in result.stderr


def test_the_hub_killed_mid_sync_loses_nothing_and_applies_nothing_twice(
    world: World, vault_dir: Path, tmp_path: Path
) -> None:
    log = tmp_path / "hub.log"
    hub = start_hub(world.hub.env, log)
    port = hub.url.rsplit(":", 1)[1]
    try:
        sync_online(world, hub)
        pupil = world.assigned[1]
        known = hub_changes(world, pupil, "attendance.percent")
        world.run(world.device, "edit", pupil, "attendance.percent=91.0")

        def kill_after_send(event: SyncEvent) -> None:
            if event.stage == "sent":
                hub.kill()

        vault = Vault.unlock(vault_dir, PASSPHRASE)
        try:
            online = OnlineSync(vault, retry=RetryPolicy(attempts=2, first_wait=0.0))
            [result] = online.run(hub_url=hub.url, on_event=kill_after_send)
        finally:
            vault.lock()
        assert result.outcome == "offline"
        hub = start_hub(world.hub.env, log, port=int(port))
        world.run(world.hub, "edit", pupil, "pupil.social_worker=Ffion Jones")
        again = sync_online(world, hub)
        assert "sent 0 change(s), received 1" in again  # it arrived before the kill
        assert world.hub_view(pupil)["attendance"]["percent"] == 91.0
        assert world.device_view(pupil)["pupil"]["social_worker"] == "Ffion Jones"
        assert "sent 0 change(s), received 0" in sync_online(world, hub)
        assert hub_changes(world, pupil, "attendance.percent") == known + 1
    finally:
        hub.stop()
