"""Issue 10 through both command lines: ``vsdesk-hub plans open-term`` and what a device
sees after sync, and a teacher's offline edits to last term's plan held at the hub.

The world (a hub, two teachers' enrolled vaults) is the faults world, built once per module
and copied into each test. Its pupils were generated around the real clock's date, so every
term here is derived from that clock (:func:`vsdesk.clock.system_clock`), never written.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from helpers.faults_world import FaultsWorld, build_world
from helpers.fixtures import PASSPHRASE
from vsdesk.clock import system_clock, to_local
from vsdesk.domain.school_calendar import school_year_start
from vsdesk.domain.terms import next_term, parse_term, term_of
from vsdesk.services.pupils import PupilService
from vsdesk.storage.vault import Vault


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> FaultsWorld:
    return build_world(tmp_path_factory.mktemp("new-term") / "world")


@pytest.fixture
def world(template: FaultsWorld, tmp_path: Path) -> FaultsWorld:
    return template.copied_to(tmp_path / "world")


def today() -> date:
    return to_local(system_clock()).date()


def this_term() -> str:
    return term_of(today())


def next_autumn() -> str:
    term = next_term(this_term())
    while parse_term(term)[1] != "autumn":
        term = next_term(term)
    return term


def plans_in_vault(data: Path, pupil: str) -> dict[str, str]:
    """``{plan id: term}`` of every plan the vault holds for the pupil (no CLI lists old
    plans, so the vault is read directly)."""
    vault = Vault.unlock(data, PASSPHRASE)
    try:
        return {p.id: p.plan.term for p in PupilService(vault, "test").get(pupil).plans}
    finally:
        vault.lock()


def test_a_year_11_pupil_gets_a_post_16_plan_on_the_device_and_keeps_the_old_ones(
    world: FaultsWorld,
) -> None:
    pupil = world.assigned[0]
    born = date(school_year_start(today()) - 16, 9, 1) + timedelta(days=100)  # Year 11 now
    world.hub.ok(
        "edit", pupil, f"pupil.date_of_birth={born}", "pupil.year_group=11",
        "pupil.year_group_offset=0",
    )  # fmt: skip
    world.device.ok("sync", "import", str(world.hub_export("h2")))
    old_plans = plans_in_vault(world.root / "device", pupil)
    term = next_autumn()

    opened = world.hub.json("plans", "open-term", term)
    assert opened["term"] == term
    mine = [o for o in opened["opened"] if o["pupil"] == pupil]
    assert [(o["phase"], o["previous_term"]) for o in mine] == [("post-16", this_term())]
    # Every pupil gets a plan, but those under 2 or 18 and over at the term's start (the
    # generated world has Year 13 students who will be 18 by then).
    too_old_or_young = opened["outside_pep_ages"]
    assert len(opened["opened"]) + len(too_old_or_young) == 12 and opened["already_open"] == []
    assert pupil not in too_old_or_young
    again = world.hub.json("plans", "open-term", term)
    assert again["opened"] == [] and len(again["already_open"]) == len(opened["opened"])

    world.device.ok("sync", "import", str(world.hub_export("h3")))
    shown = world.device.json("pupils", "show", pupil)
    assert shown["plan_id"] == mine[0]["plan"]
    assert (shown["plan"]["term"], shown["plan"]["status"]) == (term, "not-started")
    assert shown["pupil"]["year_group"] == 12
    assert shown["attainment"] == {}  # no Key Stage table in a post-16 plan
    # The new phase's sections are the ones open to the teacher now.
    world.device.ok("edit", pupil, "post16.provider=Coleg Caerdydd a'r Fro")
    refused = world.device("edit", pupil, "attainment.s-1.subject=Maths")
    assert refused.returncode == 1 and "post-16 plan has no subject attainment" in refused.stderr
    # History: every old plan is still in the vault, beside the new one.
    assert plans_in_vault(world.root / "device", pupil) == old_plans | {mine[0]["plan"]: term}


def test_offline_edits_to_last_terms_plan_are_held_with_the_reason(world: FaultsWorld) -> None:
    rolled, other = world.assigned[0], world.assigned[1]
    world.device.ok("edit", rolled, "voice.pupil=Rwy'n hoffi'r gwersi Cymraeg")
    world.device.ok("edit", other, "attendance.percent=92.5")
    term = next_term(this_term())
    world.hub.ok("plans", "open-term", term, "--pupil", rolled)

    out = world.hub.ok("sync", "import", str(world.device_export("d1")))

    assert "1 change(s) to last term's plans held" in out
    assert world.hub_view(other)["attendance"]["percent"] == 92.5
    assert world.hub_view(rolled)["plan"]["term"] == term
    held = world.hub.json("sync", "held")
    assert [(h["pupil"], h["change"]["field"], h["reason"]) for h in held] == [
        (rolled, "voice.pupil", "not-current-plan")
    ]
    assert held[0]["change"]["value"] == "Rwy'n hoffi'r gwersi Cymraeg"
    listed = world.hub.ok("sync", "held")
    assert "the plan was last term's: a new term's plan had been opened" in listed

    # The device takes the new plan, keeps its own edit in last term's plan, and goes on.
    world.device.ok("sync", "import", str(world.hub_export("h2")))
    assert world.device.json("pupils", "show", rolled)["plan"]["term"] == term
    world.device.ok("edit", rolled, "voice.pupil=Tymor newydd")
    assert "held" not in world.hub.ok("sync", "import", str(world.device_export("d2")))
    assert world.hub_view(rolled)["voice"]["pupil"] == "Tymor newydd"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("autumn-2027",), "A term is written like 2026-autumn."),
        (("--pupil", "p-nobody"), "No pupil with that id"),
    ],
)
def test_bad_input_is_refused_with_a_clear_line(
    world: FaultsWorld, args: tuple[str, ...], message: str
) -> None:
    full = args if args[0] != "--pupil" else (next_term(this_term()), *args)
    before = world.hub.json("pupils")
    refused = world.hub("plans", "open-term", *full)
    assert refused.returncode == 1
    assert refused.stderr.startswith("error: ") and message in refused.stderr
    assert "Traceback" not in refused.stderr
    assert world.hub.json("pupils") == before
