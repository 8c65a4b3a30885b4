"""The whole teacher–Virtual School flow works on any date, in any time zone.

A suite that only passes near the day it was written is a time bomb (CI went red on
2026-11-30 when test invitations "expired"). Here the wall clock itself is moved with
``time-machine``, and with it the time zone, and the flow runs through both real command
lines: hub init → enrol → sync both ways → pack → unassign and purge. The chosen moments
are awkward on purpose: a leap day half an hour before midnight, and zones 25 hours apart
(UTC+14 and UTC−10/−9), so "today" differs between UTC and the local calendar.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from pypdf import PdfReader

from helpers.fixtures import Cli, cli_env, find_markers
from helpers.hub_fixtures import hub_env
from helpers.sync_world import build_world

MOMENTS = {
    "2027-09-02": (2027, 9, 2, 8, 0),
    "2032-02-29-2330": (2032, 2, 29, 23, 30),
}
ZONES = ["Pacific/Kiritimati", "America/Adak"]  # UTC+14 and UTC-10/-9: 25 hours apart


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("moment", MOMENTS)
def test_the_whole_flow_on_a_moved_clock(moment: str, zone: str, tmp_path: Path) -> None:
    destination = datetime(*MOMENTS[moment], tzinfo=ZoneInfo(zone))
    with time_machine.travel(destination, tick=True):
        assert datetime.now().astimezone().utcoffset() == destination.utcoffset()
        world = build_world(
            Cli("vsdesk-hub", hub_env(tmp_path / "hub")),
            Cli("vsdesk", cli_env(tmp_path / "data")),
            tmp_path / "files",
            pupils=8,
            assign=3,
        )
        world.run(world.device, "sync", "import", str(world.hub_to_device("h1.bundle")))
        assert world.device_ids() == set(world.assigned)

        pupil = world.assigned[0]
        world.run(world.device, "edit", pupil, "attendance.percent=91.5", "voice.pupil=Dŵr")
        out = world.run(world.hub, "sync", "import", str(world.device_to_hub("d1.bundle")))
        assert "applied bundle 1" in out
        assert world.hub_view(pupil)["attendance"]["percent"] == 91.5

        world.run(world.hub, "edit", pupil, "pupil.social_worker=Gwenllian Ŵyn")
        world.run(world.device, "sync", "import", str(world.hub_to_device("h2.bundle")))
        assert world.device_view(pupil)["pupil"]["social_worker"] == "Gwenllian Ŵyn"

        pack = tmp_path / "pack.pdf"
        world.run(world.device, "pack", pupil, "--lang", "both", "--out", str(pack))
        text = "".join(page.extract_text() for page in PdfReader(pack).pages)
        assert "OFFICIAL-SENSITIVE" in text and str(destination.year) in text

        marker = world.device_view(pupil)["pupil"]["upn"]
        world.run(world.hub, "unassign", pupil, world.teacher)
        world.run(world.device, "sync", "import", str(world.hub_to_device("h3.bundle")))
        assert pupil not in world.device_ids()
        assert find_markers(tmp_path / "data", [marker]) == []
