"""The hub's HTTP app in process: refusals that need no real process, and the access log."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from helpers.online_kit import OnlineKit
from helpers.sync_kit import Kit
from vsdesk.hub.http.app import ServerSettings
from vsdesk.hub.storage.schema import RequestNonceRow
from vsdesk.services.device import device_keys
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.request_signing import sign_request
from vsdesk.sync.transport_memory import BASE_URL, _InProcess


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[OnlineKit]:
    built = Kit(tmp_path)
    hub, device = built.hub(), built.device()
    teacher = built.teacher_with(hub, 2)
    built.enrol(hub, device, teacher)
    online = OnlineKit(
        hub, device, teacher, settings=ServerSettings(requests_per_minute=6, burst=3)
    )
    yield online
    device.vault.lock()
    hub.store.close()


def keys_of(kit: OnlineKit) -> PartyKeys:
    with kit.device.vault.session() as session:
        keys = device_keys(session)
    assert keys is not None
    return keys


def call(kit: OnlineKit, method: str, route: str, body: bytes = b"") -> httpx.Response:
    headers = sign_request(keys_of(kit), method, route, body, kit.hub.clock())
    with httpx.Client(transport=_InProcess(kit.app), base_url=BASE_URL) as client:
        return client.request(method, route, content=body, headers=headers)


def test_a_device_over_its_rate_is_told_to_wait(kit: OnlineKit) -> None:
    statuses = [call(kit, "GET", "/v1/state").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    kit.hub.clock.advance(seconds=10)  # one token back at 6 a minute
    assert call(kit, "GET", "/v1/state").status_code == 200


def test_another_devices_bundle_is_refused(kit: OnlineKit, tmp_path: Path) -> None:
    bundle = kit.hub.export(kit.teacher, tmp_path / "from-hub.bundle").read_bytes()
    response = call(kit, "POST", "/v1/bundles", bundle)  # signed by the device, sent by the hub
    assert response.status_code == 403 and response.json() == {"outcome": "wrong-sender"}


def test_a_garbled_bundle_is_refused_with_its_code(kit: OnlineKit) -> None:
    response = call(kit, "POST", "/v1/bundles", b"not a bundle at all")
    assert response.status_code in (403, 422)
    assert set(response.json()) == {"outcome"}


@pytest.mark.parametrize("query", ["after=-1", "after=x", "acked=1e9", "hash=" + "a" * 65])
def test_a_malformed_query_is_refused(kit: OnlineKit, query: str) -> None:
    response = call(kit, "GET", f"/v1/bundles/next?{query}")
    assert response.status_code == 400 and response.json() == {"outcome": "bad-query"}


def test_old_nonces_are_forgotten(kit: OnlineKit) -> None:
    for _ in range(3):
        call(kit, "GET", "/v1/state")
    kit.hub.clock.advance(minutes=11)
    call(kit, "GET", "/v1/state")
    with kit.hub.store.session() as session:
        assert session.scalar(select(func.count()).select_from(RequestNonceRow)) == 1


def test_the_access_log_is_json_without_personal_data(
    kit: OnlineKit, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="vsdesk.hub.access"):
        [result] = kit.sync(hub_url="http://127.0.0.1")
    assert result.outcome == "synced"
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "vsdesk.hub.access"]
    assert lines and {line["status"] for line in lines} == {200}
    assert {line["device"] for line in lines} == {kit.device.id}
    text = caplog.text
    pupil = kit.device.pupils().summaries()[0]
    for secret in (pupil.name, pupil.id, "Siân", kit.teacher):
        assert secret not in text
