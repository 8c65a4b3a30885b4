"""Online sync through the real HTTP app in process: round trip, resuming, offline, events."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from helpers.online_kit import HUB_URL, OnlineKit
from helpers.sync_kit import Kit, dump
from vsdesk.errors import NotFoundError
from vsdesk.hub.services.address import set_hub_url
from vsdesk.services.online_sync import OnlineSync
from vsdesk.storage.sync_schema import ChangeRow
from vsdesk.sync.hub_address import InsecureHubAddressError


def build(root: Path, *, with_url: bool = True) -> OnlineKit:
    kit = Kit(root)
    hub = kit.hub()
    if with_url:
        set_hub_url(hub.store, HUB_URL)
    device = kit.device()
    teacher = kit.teacher_with(hub, 3)
    kit.enrol(hub, device, teacher)
    return OnlineKit(hub, device, teacher)


@pytest.fixture
def online(tmp_path: Path) -> Iterator[OnlineKit]:
    built = build(tmp_path)
    yield built
    built.device.vault.lock()
    built.hub.store.close()


def edit_on_device(online: OnlineKit, text: str) -> str:
    service = online.device.pupils()
    pupil_id = service.summaries()[0].id
    service.edit(pupil_id, {"voice.pupil": text})
    return pupil_id


def change_count(store: object) -> int:
    with store.session() as session:  # type: ignore[attr-defined]
        return int(session.scalar(select(func.count()).select_from(ChangeRow)) or 0)


def change_ids(store: object) -> list[str]:
    with store.session() as session:  # type: ignore[attr-defined]
        return list(session.scalars(select(ChangeRow.change_id)))


def test_the_invitation_carries_the_hub_address_and_a_round_trip_matches_the_hub(
    online: OnlineKit,
) -> None:
    [first] = online.sync()
    assert first.outcome == "synced" and first.received > 0
    held = {s.id for s in online.device.pupils().summaries()}
    assert len(held) == 3
    pupil_id = edit_on_device(online, "Rwy'n hoffi mathemateg")
    [second] = online.sync()
    assert (second.outcome, second.sent) == ("synced", 1)
    hub_view = online.hub.pupils().view(pupil_id, include_sensitive=True)
    device_view = online.device.pupils().view(pupil_id, include_sensitive=True)
    assert hub_view == device_view
    assert hub_view["voice"]["pupil"] == "Rwy'n hoffi mathemateg"
    stages = [e.stage for e in online.events]
    # the second round fetches a bundle too: it carries the hub's signed acknowledgement
    assert stages == ["connecting", "received", "done", "connecting", "sent", "received", "done"]


def hub_views(world: OnlineKit) -> dict[str, object]:
    return {
        s.id: world.hub.pupils().view(s.id, include_sensitive=True)
        for s in world.device.pupils().summaries()
    }


def test_the_online_result_equals_the_file_round_trip(tmp_path: Path) -> None:
    by_http, by_file = build(tmp_path / "http"), build(tmp_path / "file")
    by_http.sync()
    by_file.device.sync.import_file(by_file.hub.export(by_file.teacher, tmp_path / "h1"))
    for world in (by_http, by_file):
        edit_on_device(world, "Hoffwn fod yn nyrs")
    by_http.sync()
    by_file.hub.sync.import_file(by_file.device.export(tmp_path / "d1"))
    assert hub_views(by_http) == hub_views(by_file)
    assert len(hub_views(by_http)) == 3
    assert change_count(by_http.hub.store) == change_count(by_file.hub.store)
    assert change_count(by_http.device.vault) == change_count(by_file.device.vault)


def test_a_lost_reply_to_a_post_is_resumed_with_nothing_applied_twice(online: OnlineKit) -> None:
    online.sync()
    edit_on_device(online, "Text one")
    online.faults.lose_send_reply = 1  # the hub applies the bundle; the reply is lost
    [result] = online.sync()
    # the retry learns from the hub that the bundle arrived, and does not send it again
    assert (result.outcome, result.sent) == ("synced", 0) and online.waits == [1.0]
    hub_changes = change_count(online.hub.store)
    edit_on_device(online, "Text two")
    [result] = online.sync()
    assert result.outcome == "synced"
    ids = change_ids(online.hub.store)
    assert len(ids) == len(set(ids)) == hub_changes + 1
    assert set(change_ids(online.device.vault)) <= set(ids)


def test_a_lost_bundle_from_the_hub_is_replaced_not_left_as_a_gap(online: OnlineKit) -> None:
    online.faults.lose_fetch_reply = 1  # the hub records bundle 1 as sent; it never arrives
    [result] = online.sync()
    assert result.outcome == "synced"  # the retry fetched it again
    assert len(online.device.pupils().summaries()) == 3
    online.faults.lose_fetch_reply = 10
    pupil_id = online.device.pupils().summaries()[0].id
    online.hub.pupils().edit(pupil_id, {"pupil.social_worker": "Ffion Jones"})
    assert online.sync()[0].outcome == "offline"
    online.faults.lose_fetch_reply = 0
    [result] = online.sync()
    assert (result.outcome, result.received) == ("synced", 1)
    assert set(change_ids(online.device.vault)) == set(change_ids(online.hub.store)) & set(
        change_ids(online.device.vault)
    )


def test_an_unreachable_hub_is_offline_not_an_error_and_changes_nothing(
    online: OnlineKit,
) -> None:
    online.faults.down = True
    before = dump(online.device.vault)
    [result] = online.sync()
    assert result.outcome == "offline" and "offline, will try again" in result.line()
    assert dump(online.device.vault) == before
    assert online.events[-1].stage == "offline"


def test_nothing_to_say_sends_nothing_and_lengthens_no_chain(online: OnlineKit) -> None:
    online.sync()
    online.sync()
    before = dump(online.hub.store)
    [result] = online.sync()
    assert (result.sent, result.received) == (0, 0)
    after = dump(online.hub.store)
    assert after["chain_out"] == before["chain_out"] and after["chain_in"] == before["chain_in"]


def test_plain_http_to_another_host_is_refused_before_any_traffic(online: OnlineKit) -> None:
    sync = OnlineSync(online.device.vault, online.device.clock)  # the real HTTP transport
    before = dump(online.device.vault)
    with pytest.raises(InsecureHubAddressError, match="https"):
        sync.run(hub_url="http://hub.example.org")
    assert dump(online.device.vault) == before


def test_without_an_address_the_authority_is_reported(tmp_path: Path) -> None:
    world = build(tmp_path, with_url=False)
    [result] = world.sync()
    assert result.outcome == "no-address"
    with pytest.raises(NotFoundError):
        world.sync(authority="swansea")
