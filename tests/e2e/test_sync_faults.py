"""Issue 8, parts 3 and 4: wrong clocks and honest mistakes never block anyone's sync.

Each scenario runs through both command lines (in-process) on real vault, hub and bundle
files. The wall clock is moved with ``time-machine``: the product reads it only through
``vsdesk.clock``, so moving it moves every stamp, check and expiry together.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine
from sqlalchemy import select

from helpers.faults_world import FaultsWorld, build_world, device_cli, enrol, make_vault
from helpers.fixtures import PASSPHRASE
from helpers.hub_fixtures import HUB_PASSPHRASE
from vsdesk.hub.storage.store import HubStore, default_url
from vsdesk.storage.schema import MetaRow
from vsdesk.storage.vault import Vault
from vsdesk.sync.bundle_reader import peek_header
from vsdesk.sync.hlc import Stamp

THREE_YEARS = timedelta(days=3 * 365)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> FaultsWorld:
    return build_world(tmp_path_factory.mktemp("faults") / "world")


@pytest.fixture
def world(template: FaultsWorld, tmp_path: Path) -> FaultsWorld:
    return template.copied_to(tmp_path / "world")


def hub_clock(world: FaultsWorld) -> Stamp:
    store = HubStore.open(default_url(world.root / "hub"), HUB_PASSPHRASE)
    try:
        with store.session() as session:
            value = session.scalar(select(MetaRow.value).where(MetaRow.key == "hlc_last"))
    finally:
        store.close()
    assert value is not None
    return Stamp.parse(value)


def edit_while_clock_ahead(world: FaultsWorld, pupil: str, **values: str) -> Path:
    """The laptop's date is three years ahead while the teacher works and exports."""
    with time_machine.travel(datetime.now(UTC) + THREE_YEARS):
        world.device.ok("edit", pupil, *(f"{k}={v}" for k, v in values.items()))
        return world.device_export("ahead.bundle")


# --- part 3: clocks ---------------------------------------------------------------------


def test_a_bundle_from_a_clock_years_ahead_is_refused_and_the_hub_works_on(
    world: FaultsWorld,
) -> None:
    before = hub_clock(world)
    ahead = edit_while_clock_ahead(world, world.assigned[0], **{"attendance.percent": "88"})

    refused = world.hub("sync", "import", str(ahead))
    assert refused.returncode == 1
    assert "date and time look wrong" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert hub_clock(world) == before  # the refusal came before the hub's clock saw a stamp
    assert world.hub_view(world.assigned[0])["attendance"]["percent"] != 88

    # …and the hub goes on working for everyone else: it edits, exports and imports.
    world.hub.ok("edit", world.other_assigned[0], "qa.comments=Da iawn")
    world.other.ok("sync", "import", str(world.hub_export("b-h2", world.other_teacher)))
    world.other.ok("edit", world.other_assigned[0], "attendance.percent=91.5")
    out = world.hub.ok("sync", "import", str(world.device_export("b-d1", device=world.other)))
    assert "applied bundle 1" in out
    assert world.hub_view(world.other_assigned[0])["attendance"]["percent"] == 91.5
    assert hub_clock(world).millis < before.millis + int(timedelta(days=2).total_seconds() * 1000)


def device_clock(data: Path) -> Stamp:
    vault = Vault.unlock(data, PASSPHRASE)
    try:
        with vault.session() as session:
            value = session.scalar(select(MetaRow.value).where(MetaRow.key == "hlc_last"))
    finally:
        vault.lock()
    assert value is not None
    return Stamp.parse(value)


def test_a_device_refuses_a_hub_bundle_from_a_clock_years_ahead(world: FaultsWorld) -> None:
    before = device_clock(world.root / "device")
    with time_machine.travel(datetime.now(UTC) + THREE_YEARS):
        world.hub.ok("edit", world.assigned[0], "qa.comments=Dyddiad anghywir")
        ahead = world.hub_export("h-ahead")
    refused = world.device("sync", "import", str(ahead))
    assert refused.returncode == 1 and "date and time look wrong" in refused.stderr
    assert device_clock(world.root / "device") == before
    shown = world.device.json("pupils", "show", world.assigned[0])
    assert shown["qa"]["comments"] != "Dyddiad anghywir"
    world.device.ok("edit", world.assigned[1], "attendance.percent=89")  # works on
    assert "clock is behind" not in world.device("pupils").stderr


def test_a_corrected_laptop_gets_its_work_to_the_hub_restamped(world: FaultsWorld) -> None:
    pupil, second = world.assigned[0], world.assigned[1]
    ahead = edit_while_clock_ahead(
        world, pupil, **{"attendance.percent": "77", "voice.pupil": "Rwy'n hoffi ŵyn"}
    )
    assert world.hub("sync", "import", str(ahead)).returncode == 1

    # The date is put right. Every command warns that the clock is behind its own changes…
    listed = world.device("pupils")
    assert listed.returncode == 0 and "clock is behind" in listed.stderr
    world.device.ok("edit", second, "attendance.percent=93")  # still stamped years ahead

    # …and the next export (here the resend the refusal asked for) re-stamps and sends all.
    resend = world.device("sync", "export", "--resend", "--out", str(world.path("d-again")))
    assert resend.returncode == 0, resend.stderr
    assert "given the corrected time" in resend.stdout
    assert resend.stderr.count("clock is behind") == 1  # on opening; not after re-stamping
    assert peek_header(world.path("d-again").read_bytes()).sequence == 1
    world.hub.ok("sync", "import", str(world.path("d-again")))

    hub_pupil = world.hub_view(pupil)
    assert hub_pupil["attendance"]["percent"] == 77
    assert hub_pupil["voice"]["pupil"] == "Rwy'n hoffi ŵyn"
    assert world.hub_view(second)["attendance"]["percent"] == 93
    assert "clock is behind" not in world.device("pupils").stderr
    # The chain goes on as usual afterwards, both ways.
    world.device.ok("sync", "import", str(world.hub_export("h2")))
    world.device.ok("edit", pupil, "attendance.percent=78")
    world.hub.ok("sync", "import", str(world.device_export("d2")))
    assert world.hub_view(pupil)["attendance"]["percent"] == 78


# --- part 4: honest faults --------------------------------------------------------------


def test_changes_for_a_pupil_unassigned_meanwhile_are_held_not_lost(world: FaultsWorld) -> None:
    kept, gone = world.assigned[0], world.assigned[1]
    world.device.ok("edit", kept, "attendance.percent=81")
    world.device.ok("edit", gone, "voice.pupil=Hoffwn i aros")
    world.hub.ok("unassign", gone, world.teacher)

    out = world.hub.ok("sync", "import", str(world.device_export("d1")))
    assert "held for pupils no longer assigned" in out
    assert world.hub_view(kept)["attendance"]["percent"] == 81
    assert world.hub_view(gone)["voice"]["pupil"] != "Hoffwn i aros"
    held = world.hub.json("sync", "held")
    assert [(h["pupil"], h["change"]["field"], h["change"]["value"]) for h in held] == [
        (gone, "voice.pupil", "Hoffwn i aros")
    ]
    assert held[0]["device"] == world.device_id and held[0]["teacher"] == world.teacher
    assert gone in world.hub.ok("sync", "held")

    # The chain goes on: the device purges the pupil, and its next bundle applies.
    world.device.ok("sync", "import", str(world.hub_export("h2")))
    assert gone not in {p["id"] for p in world.device.json("pupils")}
    world.device.ok("edit", kept, "attendance.percent=82")
    assert "applied bundle 2" in world.hub.ok("sync", "import", str(world.device_export("d2")))
    assert len(world.hub.json("sync", "held")) == 1


def test_purge_refuses_an_assigned_pupil_and_always_asks(
    world: FaultsWorld, tmp_path: Path
) -> None:
    refused = world.device("purge", world.assigned[0], "--yes")
    assert refused.returncode == 1
    assert "still assigned to you by Cardiff" in refused.stderr
    assert world.assigned[0] in {p["id"] for p in world.device.json("pupils")}

    plain = make_vault(tmp_path / "plain")  # a vault that syncs with no one
    plain.ok("demo", "--pupils", "3", "--seed", "2")
    first, second, third = sorted(p["id"] for p in plain.json("pupils"))
    declined = plain("purge", first, stdin="n\n")
    assert declined.returncode == 1 and "cannot be undone" in declined.stdout
    assert plain("purge", second, stdin="").returncode == 1  # end of input is a no
    assert plain("purge", third, stdin="y\n").returncode == 0
    assert plain("purge", second, "--yes").returncode == 0
    assert {p["id"] for p in plain.json("pupils")} == {first}


def test_a_copied_vault_enrols_again_and_the_old_device_is_revoked(
    world: FaultsWorld, tmp_path: Path
) -> None:
    pupil = world.assigned[0]
    world.device.ok("edit", pupil, "attendance.percent=84")  # made, never exported
    copy = tmp_path / "new-laptop"
    shutil.copytree(world.root / "device", copy)
    laptop = device_cli(copy)

    new_id = enrol(world.hub, laptop, world.teacher, world.files, "again")
    assert new_id != world.device_id
    devices = {d["id"]: d for d in world.hub.json("devices")}
    assert devices[world.device_id]["revoked"] is not None
    assert devices[new_id]["revoked"] is None

    snapshot = world.hub_export("new-h1")
    header = peek_header(snapshot.read_bytes())
    assert (header.kind, header.sequence, header.recipient) == ("snapshot", 1, new_id)
    laptop.ok("sync", "import", str(snapshot))
    world.hub.ok("sync", "import", str(world.device_export("new-d1", device=laptop)))
    assert world.hub_view(pupil)["attendance"]["percent"] == 84  # the unsent edit arrived

    old = world.hub("sync", "import", str(world.device_export("old-d1")))
    assert old.returncode == 1 and "revoked" in old.stderr


def test_a_lost_device_bundle_is_resent_and_applied_once(world: FaultsWorld) -> None:
    pupil = world.assigned[0]
    world.device.ok("edit", pupil, "attendance.percent=71")
    world.device_export("d1-lost")
    world.device.ok("edit", pupil, "voice.pupil=Dw i'n iawn")
    gap = world.hub("sync", "import", str(world.device_export("d2")))
    assert gap.returncode == 1 and "1" in gap.stderr

    again = world.device_export("d-resent", "--resend")
    assert peek_header(again.read_bytes()).sequence == 1
    assert "applied bundle 1" in world.hub.ok("sync", "import", str(again))
    assert "already applied" in world.hub.ok("sync", "import", str(again))
    view = world.hub_view(pupil)
    assert (view["attendance"]["percent"], view["voice"]["pupil"]) == (71, "Dw i'n iawn")


def test_a_lost_hub_bundle_is_resent_and_applied_once(world: FaultsWorld) -> None:
    pupil, second = world.assigned[0], world.assigned[1]
    world.hub.ok("edit", pupil, "qa.comments=Cynllun clir")
    world.hub_export("h2-lost")
    world.hub.ok("edit", second, "qa.comments=Targedau da")
    gap = world.device("sync", "import", str(world.hub_export("h3")))
    assert gap.returncode == 1

    # The hub has not heard from the device since h1, so it resends everything since
    # bundle 0; the device, which applied h1, restarts the chain from the resend.
    again = world.hub_export("h-resent", None, "--resend")
    header = peek_header(again.read_bytes())
    assert (header.sequence, header.counts["resend-from"]) == (1, 0)
    world.device.ok("sync", "import", str(again))
    assert "already applied" in world.device.ok("sync", "import", str(again))
    assert world.device.json("pupils", "show", pupil)["qa"]["comments"] == "Cynllun clir"
    assert world.device.json("pupils", "show", second)["qa"]["comments"] == "Targedau da"
    # Sync goes on from there in both directions.
    world.device.ok("edit", pupil, "attendance.percent=90")
    world.hub.ok("sync", "import", str(world.device_export("d1")))
    world.device.ok("sync", "import", str(world.hub_export("h4")))
    assert "already applied" in world.device.ok("sync", "import", str(again))  # a replay
    assert world.device("sync", "import", str(world.path("h3"))).returncode == 1  # stale file
