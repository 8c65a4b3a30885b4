"""Sync by file between the real ``vsdesk-hub`` and ``vsdesk`` command lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.fixtures import find_markers
from helpers.sync_world import World, copy_of, synced_template


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    return synced_template(tmp_path_factory)


@pytest.fixture
def world(template: tuple[Path, World], hub_dir: Path, vault_dir: Path, tmp_path: Path) -> World:
    return copy_of(template, hub_dir, vault_dir, tmp_path / "files")


def test_snapshot_gives_the_device_exactly_its_assigned_pupils(world: World) -> None:
    assert world.device_ids() == set(world.assigned)
    pupil = world.assigned[0]
    hub, device = world.hub_view(pupil), world.device_view(pupil)
    assert device["pupil"] == hub["pupil"] and device["attendance"] == hub["attendance"]
    assert device["targets"] == hub["targets"]


def test_round_trip_edits_flow_both_ways(world: World) -> None:
    pupil = next(
        p for p in world.assigned if world.device_view(p)["plan"]["status"] == "ready-for-meeting"
    )
    world.run(
        world.device, "edit", pupil, "attendance.percent=87.5",
        "voice.pupil=Rwy'n hapus yn Ysgol y Dŵr", "plan.status=submitted",
    )  # fmt: skip
    out = world.run(world.hub, "sync", "import", str(world.device_to_hub("d1.bundle")))
    assert "applied bundle 1" in out
    on_hub = world.hub_view(pupil)
    assert on_hub["attendance"]["percent"] == 87.5
    assert on_hub["voice"]["pupil"] == "Rwy'n hapus yn Ysgol y Dŵr"
    assert on_hub["plan"]["status"] == "submitted"

    world.run(world.hub, "edit", pupil, "qa.rating=green", "qa.comments=Clear SMART targets")
    world.run(world.device, "sync", "import", str(world.hub_to_device("h2.bundle")))
    on_device = world.device_view(pupil)
    assert on_device["qa"]["rating"] == "green"
    assert on_device["attendance"]["percent"] == 87.5


def test_replay_is_already_applied_and_changes_nothing(world: World) -> None:
    again = world.device("sync", "import", str(world.files / "h1.bundle"))
    assert again.returncode == 0 and "already applied" in again.stdout


def test_unassign_purges_the_pupil_from_the_device(world: World, vault_dir: Path) -> None:
    gone = world.assigned[0]
    marker = world.device_view(gone)["pupil"]["upn"]
    world.run(world.hub, "unassign", gone, world.teacher)
    world.run(world.device, "sync", "import", str(world.hub_to_device("h2.bundle")))
    assert gone not in world.device_ids()
    assert find_markers(vault_dir, [marker]) == []


def test_revoked_device_is_refused_both_ways(world: World) -> None:
    world.run(world.device, "edit", world.assigned[1], "attendance.percent=90")
    bundle = world.device_to_hub("d1.bundle")
    world.run(world.hub, "revoke", world.device_id)
    refused = world.hub("sync", "import", str(bundle))
    assert refused.returncode == 1 and "revoked" in refused.stderr
    out = world.files / "x"
    export = world.hub("sync", "export", "--teacher", world.teacher, "--out", str(out))
    assert export.returncode == 1 and "revoked" in export.stderr and not out.exists()


def test_hub_export_never_replaces_a_file_or_writes_into_its_data_folder(
    world: World, hub_dir: Path
) -> None:
    taken = world.files / "taken.bundle"
    taken.write_bytes(b"someone's file")
    export = ("sync", "export", "--teacher", world.teacher)
    refused = world.hub(*export, "--out", str(taken))
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert taken.read_bytes() == b"someone's file"
    inside = world.hub(*export, "--out", str(hub_dir / "x.bundle"), "--force")
    assert inside.returncode == 2 and "data folder" in inside.stderr
    assert not (hub_dir / "x.bundle").exists()
    assert world.hub(*export, "--out", str(taken), "--force").returncode == 0
    assert taken.read_bytes() != b"someone's file"
