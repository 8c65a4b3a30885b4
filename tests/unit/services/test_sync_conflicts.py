"""Conflicts through real stores and bundles, and the teacher settling them (DESIGN §5).

- Free text both sides typed between syncs: neither is lost; both sides hold the same open
  conflict; the teacher resolves it on the device and the hub follows.
- A shared structured field both sides changed: the later stamp wins on both sides, the
  other value stays visible in an auto-resolved conflict.
- The school's own free text, edited only at school: no conflict at all.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from helpers.sync_kit import Device, Hub, Kit
from vsdesk.errors import ValidationError
from vsdesk.storage.store import Store
from vsdesk.storage.sync_repository import SyncRepository

DESCRIPTION = "targets.t-1.description"
PROGRESS = "targets.t-1.progress"


@dataclass
class Pair:
    kit: Kit
    hub: Hub
    device: Device
    teacher: str
    pupil: str
    files: Path
    sent: int = 0

    def hub_to_device(self) -> Any:
        self.sent += 1
        path = self.hub.export(self.teacher, self.files / f"h-{self.sent}.bundle")
        return self.device.sync.import_file(path)

    def device_to_hub(self) -> Any:
        self.sent += 1
        return self.hub.sync.import_file(self.device.export(self.files / f"d-{self.sent}.bundle"))

    def exchange(self, hub_first: bool = True) -> None:
        """Both sides export first (so neither has seen the other's edits), then apply."""
        self.sent += 1
        to_device = self.hub.export(self.teacher, self.files / f"h-{self.sent}.bundle")
        to_hub = self.device.export(self.files / f"d-{self.sent}.bundle")
        if hub_first:
            self.device.sync.import_file(to_device)
            self.hub.sync.import_file(to_hub)
        else:
            self.hub.sync.import_file(to_hub)
            self.device.sync.import_file(to_device)

    def value(self, side: str, path: str) -> Any:
        service = self.hub.pupils() if side == "hub" else self.device.pupils()
        node: Any = service.view(self.pupil, include_sensitive=True)
        for part in path.split("."):
            node = node[part]
        return node

    def views_agree(self) -> bool:
        on_hub = self.hub.pupils().view(self.pupil, include_sensitive=True)
        return self.device.pupils().view(self.pupil, include_sensitive=True) == on_hub


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    """A hub and an enrolled device that has applied its first snapshot."""
    kit = Kit(tmp_path)
    hub = kit.hub(pupils=3, seed=5)
    device = kit.device()
    teacher = kit.teacher_with(hub, 2)
    kit.enrol(hub, device, teacher)
    files = tmp_path / "files"
    files.mkdir()
    pupil = sorted(s.id for s in hub.pupils().summaries())[0]
    made = Pair(kit, hub, device, teacher, pupil, files)
    made.hub_to_device()
    yield made
    device.vault.lock()
    hub.store.close()


def conflicts(store: Store) -> dict[str, tuple[str, dict[str, Any]]]:
    """Every conflict row, settled or not: ``{id: (status, body)}``."""
    with store.session() as session:
        rows = SyncRepository(session).conflicts()
        return {row.id: (row.status, json.loads(row.body)) for row in rows}


def values(body: dict[str, Any]) -> list[Any]:
    return [version["value"] for version in body["versions"]]


# --- free text on both sides: the teacher decides -------------------------------------------


@pytest.mark.parametrize("how", ["keep-1", "keep-2", "value"])
def test_free_text_typed_on_both_sides_waits_for_the_teacher(pair: Pair, how: str) -> None:
    at_school, at_hub = "Darllen gyda'r gofalwr bob nos", "Read with carer 3 nights a week"
    pair.device.pupils().edit(pair.pupil, {DESCRIPTION: at_school})
    pair.hub.pupils().edit(pair.pupil, {DESCRIPTION: at_hub})
    pair.kit.clock.advance(hours=2)
    pair.exchange()

    # Both sides: one open conflict, the same id, both texts, the same one on show.
    on_device, on_hub = conflicts(pair.device.vault), conflicts(pair.hub.store)
    assert on_device == on_hub
    [(conflict_id, (status, body))] = on_device.items()
    assert status == "open" and body["field"] == DESCRIPTION and body["free_text"]
    assert sorted(values(body)) == sorted([at_school, at_hub])
    assert pair.value("device", DESCRIPTION) == pair.value("hub", DESCRIPTION) == values(body)[0]
    assert pair.views_agree()

    listed = pair.device.sync.conflicts()
    assert [(c["id"], c["field"]) for c in listed] == [(conflict_id, DESCRIPTION)]
    assert sorted(values(listed[0])) == sorted([at_school, at_hub])

    if how.startswith("keep-"):
        keep = int(how.removeprefix("keep-"))  # 1: the text on show; 2: the other one
        chosen = values(listed[0])[keep - 1]
        pair.device.sync.resolve(conflict_id, keep=keep)
    else:
        chosen = "both combined: " + " / ".join(values(listed[0]))
        pair.device.sync.resolve(conflict_id, keep=None, value=chosen)

    assert pair.device.sync.conflicts() == []
    assert conflicts(pair.device.vault)[conflict_id][0] == "closed"
    assert pair.value("device", DESCRIPTION) == chosen

    pair.device_to_hub()
    assert pair.value("hub", DESCRIPTION) == chosen
    assert {status for status, _ in conflicts(pair.hub.store).values()} == {"closed"}
    assert conflicts(pair.hub.store).keys() == {conflict_id}

    report = pair.hub_to_device()
    assert report.new_conflicts == 0
    assert pair.views_agree()
    assert conflicts(pair.device.vault) == conflicts(pair.hub.store)


def test_a_text_typed_after_the_conflict_was_shown_stays_in_conflict(pair: Pair) -> None:
    """A resolution replaces the versions the teacher saw, not one typed since elsewhere."""
    pair.device.pupils().edit(pair.pupil, {DESCRIPTION: "Ysgol: darllen bob nos"})
    pair.hub.pupils().edit(pair.pupil, {DESCRIPTION: "Hub: read every night"})
    pair.exchange()
    [conflict] = pair.device.sync.conflicts()

    late = "Hub, later: read to a younger sibling"
    pair.hub.pupils().edit(pair.pupil, {DESCRIPTION: late})  # the hub shows its own text
    pair.device.sync.resolve(conflict["id"], keep=None, value="Ysgol a Hub: darllen bob nos")
    pair.exchange()

    on_device, on_hub = conflicts(pair.device.vault), conflicts(pair.hub.store)
    live = {k: v for k, v in on_device.items() if v[0] != "closed"}
    assert live == {k: v for k, v in on_hub.items() if v[0] != "closed"}
    [(status, body)] = live.values()
    assert status == "open"
    assert sorted(values(body)) == sorted([late, "Ysgol a Hub: darllen bob nos"])
    assert pair.views_agree()


# --- a shared structured field on both sides: the later edit wins, the other shows ----------


@pytest.mark.parametrize("later", ["hub", "device"])
@pytest.mark.parametrize("hub_first", [True, False], ids=["hub-first", "device-first"])
def test_a_shared_structured_field_goes_to_the_later_edit(
    pair: Pair, hub_first: bool, later: str
) -> None:
    current = pair.value("hub", PROGRESS)
    at_school, at_hub = (v for v in ("red", "amber", "green") if v != current)
    first, second = ("device", "hub") if later == "hub" else ("hub", "device")
    edits = {"hub": (pair.hub, at_hub), "device": (pair.device, at_school)}
    for side in (first, second):
        party, value = edits[side]
        party.pupils().edit(pair.pupil, {PROGRESS: value})
        pair.kit.clock.advance(minutes=5)
    pair.exchange(hub_first=hub_first)

    expected = edits[later][1]
    assert pair.value("hub", PROGRESS) == pair.value("device", PROGRESS) == expected
    on_device, on_hub = conflicts(pair.device.vault), conflicts(pair.hub.store)
    assert on_device == on_hub
    [(status, body)] = on_device.values()
    assert status == "auto-resolved" and not body["free_text"]
    assert body["winner"]["value"] == expected
    assert sorted(values(body)) == sorted([at_school, at_hub])  # the loser still visible
    assert pair.views_agree()
    assert pair.device.sync.conflicts() == []  # nothing for the teacher to do
    settled = pair.device.sync.conflicts(include_settled=True)
    assert [c["status"] for c in settled] == ["auto-resolved"]


def test_the_hub_cannot_edit_what_the_school_owns(pair: Pair) -> None:
    with pytest.raises(ValidationError) as refused:
        pair.hub.pupils().edit(pair.pupil, {"attendance.percent": 50.0})
    assert refused.value.field == "attendance.percent"


# --- the school's own free text, typed only at school: nothing to resolve ------------------


def test_school_free_text_typed_only_at_school_raises_no_conflict(pair: Pair) -> None:
    pair.device.pupils().edit(pair.pupil, {"voice.pupil": "Rwy'n hoffi celf"})
    pair.device.pupils().edit(pair.pupil, {"voice.pupil": "Rwy'n hoffi celf a cherddoriaeth"})
    pair.hub.pupils().edit(pair.pupil, {"pupil.social_worker": "Ffion Jones"})  # elsewhere
    pair.exchange()
    pair.exchange()

    assert pair.value("hub", "voice.pupil") == "Rwy'n hoffi celf a cherddoriaeth"
    assert pair.value("device", "pupil.social_worker") == "Ffion Jones"
    assert pair.views_agree()
    assert conflicts(pair.device.vault) == {} and conflicts(pair.hub.store) == {}
