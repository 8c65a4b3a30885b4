"""The whole sync round trip with the hub on PostgreSQL (a regional consortium's set-up)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.fixtures import Cli
from helpers.hub_fixtures import hub_env
from helpers.postgres import PostgresServer
from helpers.sync_world import build_world


@pytest.mark.postgres
def test_round_trip_with_the_hub_on_postgresql(
    postgres_server: PostgresServer, cli: Cli, tmp_path: Path
) -> None:
    hub = Cli("vsdesk-hub", hub_env(tmp_path / "no-hub-folder") | {
        "VSDESK_HUB_DB": postgres_server.create_database()
    })  # fmt: skip
    world = build_world(hub, cli, tmp_path / "files", pupils=12, assign=4)
    world.run(cli, "sync", "import", str(world.hub_to_device("h1")))
    assert world.device_ids() == set(world.assigned)
    pupil = world.assigned[0]
    world.run(cli, "edit", pupil, "attendance.percent=88.5", "voice.pupil=Dw i'n hoffi Ŵyn")
    world.run(hub, "sync", "import", str(world.device_to_hub("d1")))
    on_hub = world.hub_view(pupil)
    assert on_hub["attendance"]["percent"] == 88.5
    assert on_hub["voice"]["pupil"] == "Dw i'n hoffi Ŵyn"
    world.run(hub, "unassign", pupil, world.teacher)
    world.run(cli, "sync", "import", str(world.hub_to_device("h2")))
    assert pupil not in world.device_ids()
    assert not (tmp_path / "no-hub-folder").exists()
