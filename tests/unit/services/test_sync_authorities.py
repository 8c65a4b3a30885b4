"""One teacher's device serving two Virtual Schools: each authority's data stays its own.

The device is enrolled with Cardiff and with Swansea (DESIGN §1: a designated teacher may
serve several authorities). It must hold both authorities' pupils, keep a separate bundle
chain with each, send each authority only that authority's pupils, and never let one
authority's bundle change another authority's pupil.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from helpers.phases import school_age_first
from helpers.sync_kit import Device, Hub, Kit, dump
from vsdesk.errors import UsageError
from vsdesk.hub.services.devices import HubKeyring
from vsdesk.services.sync_payload import validate_device_payload
from vsdesk.services.synthetic import Authority, generate_pupils
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.sync.bundle_errors import ForbiddenChangeError, WrongRecipientError
from vsdesk.sync.bundle_reader import open_bundle, read_bundle_file
from vsdesk.sync.pupil_entities import parse_entity


@dataclass
class TwoAuthorities:
    kit: Kit
    hubs: dict[str, Hub]
    teachers: dict[str, str]
    pupils: dict[str, list[str]]
    device: Device
    files: Path

    def hub_to_device(self, authority: str, name: str) -> Any:
        path = self.hubs[authority].export(self.teachers[authority], self.files / name)
        return self.device.sync.import_file(path)

    def device_export(self, authority: str, name: str) -> Path:
        return self.device.export(self.files / name, authority=authority)

    def hub_views(self, authority: str) -> dict[str, dict[str, Any]]:
        service = self.hubs[authority].pupils()
        return {s.id: service.view(s.id, include_sensitive=True) for s in service.summaries()}


def build(root: Path, swansea_seed: int, clash: bool = False) -> TwoAuthorities:
    """``clash``: Swansea's hub holds records under Cardiff's pupil ids (a hostile hub, or
    ids that collide), re-homed to Swansea."""
    kit = Kit(root)
    hubs = {
        "cardiff": kit.hub(authority="cardiff", pupils=4, seed=5),
        "swansea": kit.hub(authority="swansea", pupils=0 if clash else 4, seed=swansea_seed),
    }
    if clash:
        clones = generate_pupils(4, 5, authorities=(Authority("cardiff", "Cardiff", "wales"),))
        for clone in clones:
            clone.pupil.home_authority = "swansea"
        hubs["swansea"].pupils().add(clones)
    device = kit.device()
    teachers = {name: kit.teacher_with(hub, 2) for name, hub in hubs.items()}
    pupils = {}
    for name, hub in hubs.items():
        kit.enrol(hub, device, teachers[name])
        pupils[name] = school_age_first(hub.store)[:2]  # as teacher_with assigns them
    files = root / "files"
    files.mkdir()
    return TwoAuthorities(kit, hubs, teachers, pupils, device, files)


def close(world: TwoAuthorities) -> None:
    world.device.vault.lock()
    for hub in world.hubs.values():
        hub.store.close()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[TwoAuthorities]:
    """Enrolled with both, each authority's snapshot applied."""
    built = build(tmp_path, swansea_seed=9)
    built.hub_to_device("cardiff", "cardiff-1.bundle")
    built.hub_to_device("swansea", "swansea-1.bundle")
    yield built
    close(built)


def device_payload(hub: Hub, path: Path) -> dict[str, Any]:
    """Check and decrypt a device's bundle exactly as the hub's import does, changing nothing."""
    with hub.store.session() as session:
        opened = open_bundle(
            read_bundle_file(path),
            me=hub.keys,
            keyring=HubKeyring(hub.store),
            chain=SyncRepository(session),
            now=hub.clock(),
            validate_payload=validate_device_payload,
        )
    payload: dict[str, Any] = opened.payload
    return payload


def pupils_named(payload: dict[str, Any]) -> set[str]:
    return {parse_entity(change["entity"])[1] for change in payload["changes"]}


def test_the_device_holds_both_authorities_pupils(world: TwoAuthorities) -> None:
    service = world.device.pupils()
    held = {s.id for s in service.summaries()}
    assert held == set(world.pupils["cardiff"]) | set(world.pupils["swansea"])
    assert not set(world.pupils["cardiff"]) & set(world.pupils["swansea"])
    for authority, pupils in world.pupils.items():
        on_hub = world.hub_views(authority)
        for pupil_id in pupils:
            assert service.get(pupil_id).pupil.home_authority == authority
            assert service.view(pupil_id, include_sensitive=True) == on_hub[pupil_id]


def test_export_without_an_authority_asks_for_one(world: TwoAuthorities) -> None:
    before = dump(world.device.vault)
    out = world.files / "which.bundle"
    with pytest.raises(UsageError, match="--authority"):
        world.device.export(out)
    assert not out.exists()
    assert dump(world.device.vault) == before


def test_each_export_carries_only_its_authoritys_pupils(world: TwoAuthorities) -> None:
    service = world.device.pupils()
    edited = {name: pupils[0] for name, pupils in world.pupils.items()}
    for name, pupil_id in edited.items():
        service.edit(pupil_id, {"attendance.percent": 88.5, "voice.pupil": f"Dw i'n hoffi {name}"})

    for name, other in (("cardiff", "swansea"), ("swansea", "cardiff")):
        bundle = world.device_export(name, f"to-{name}.bundle")
        hub = world.hubs[name]
        assert pupils_named(device_payload(hub, bundle)) == {edited[name]}

        # The wrong hub: addressed to another recipient, refused before anything changes.
        wrong = world.hubs[other]
        untouched = dump(wrong.store)
        with pytest.raises(WrongRecipientError):
            wrong.sync.import_file(bundle)
        assert dump(wrong.store) == untouched

        # The right hub: exactly the edited pupil changes, nothing else.
        before = world.hub_views(name)
        report = hub.sync.import_file(bundle)
        assert (report.changes, report.pupils) == (2, 1)
        after = world.hub_views(name)
        assert {p for p in after if after[p] != before[p]} == {edited[name]}
        assert after[edited[name]]["voice"]["pupil"] == f"Dw i'n hoffi {name}"
        assert after[edited[name]]["attendance"]["percent"] == 88.5


def test_a_cardiff_edit_never_reaches_swansea(world: TwoAuthorities) -> None:
    cardiff_pupil = world.pupils["cardiff"][1]
    world.device.pupils().edit(cardiff_pupil, {"targets.t-1.description": "Darllen bob dydd"})

    bundle = world.device_export("swansea", "to-swansea.bundle")
    assert device_payload(world.hubs["swansea"], bundle)["changes"] == []
    before = world.hub_views("swansea")
    assert world.hubs["swansea"].sync.import_file(bundle).changes == 0
    assert world.hub_views("swansea") == before

    bundle = world.device_export("cardiff", "to-cardiff.bundle")
    assert pupils_named(device_payload(world.hubs["cardiff"], bundle)) == {cardiff_pupil}


def test_each_authority_has_its_own_chain(world: TwoAuthorities) -> None:
    def chains() -> dict[str, tuple[int, int]]:
        return {a["id"]: (a["received"], a["sent"]) for a in world.device.sync.authorities()}

    assert chains() == {"cardiff": (1, 0), "swansea": (1, 0)}
    first = world.device_export("cardiff", "c-1.bundle")
    world.device_export("cardiff", "c-2.bundle")
    world.device_export("swansea", "s-1.bundle")
    assert chains() == {"cardiff": (1, 2), "swansea": (1, 1)}

    world.hub_to_device("swansea", "swansea-2.bundle")
    assert chains() == {"cardiff": (1, 2), "swansea": (2, 1)}

    # Sequence numbers count per authority: Swansea's first bundle is its number 1, and
    # Cardiff's hub, which has seen none of Swansea's, takes Cardiff's number 1 in order.
    assert world.hubs["swansea"].sync.import_file(world.files / "s-1.bundle").sequence == 1
    assert world.hubs["cardiff"].sync.import_file(first).sequence == 1


def test_a_swansea_bundle_cannot_touch_a_cardiff_pupil(tmp_path: Path) -> None:
    """Swansea's hub names pupils the device holds for Cardiff (same seed: the same ids, as
    an id clash or a hostile hub would). The whole bundle is refused and nothing changes.

    The merge itself cannot be trusted to keep the check honest: Swansea's changes include
    ``pupil.home_authority = swansea``, so a check made only after merging would read the
    value the foreign bundle has just written."""
    world = build(tmp_path, swansea_seed=5, clash=True)
    try:
        assert world.pupils["swansea"] == world.pupils["cardiff"]
        world.hub_to_device("cardiff", "cardiff-1.bundle")
        service = world.device.pupils()
        before = {p: service.view(p, include_sensitive=True) for p in world.pupils["cardiff"]}
        untouched = dump(world.device.vault)

        with pytest.raises(ForbiddenChangeError) as caught:
            world.hub_to_device("swansea", "swansea-1.bundle")
        assert caught.value.field == "pupil.home_authority"

        assert dump(world.device.vault) == untouched
        for pupil_id, view in before.items():
            assert service.get(pupil_id).pupil.home_authority == "cardiff"
            assert service.view(pupil_id, include_sensitive=True) == view
    finally:
        close(world)
