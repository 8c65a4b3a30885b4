"""Each section issue 10 added, round-tripped by file between the real ``vsdesk-hub`` and
``vsdesk`` command lines: the device's edits reach the hub, the authority's reach the device.

A section is open only in the phase that uses it, so the hub first gives each pupil a date
of birth that puts the current plan in that phase (derived from the plan's own term, never
a fixed date), and the device's vault shows the phase written when the bundle arrived.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from helpers.fixtures import PASSPHRASE
from helpers.old_schemas import born_in_year_group
from helpers.sync_world import World, copy_of, synced_template
from vsdesk.domain.phases import term_start
from vsdesk.domain.school_calendar import school_year_start
from vsdesk.storage.vault import Vault


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    return synced_template(tmp_path_factory)


@pytest.fixture
def world(template: tuple[Path, World], hub_dir: Path, vault_dir: Path, tmp_path: Path) -> World:
    return copy_of(template, hub_dir, vault_dir, tmp_path / "files")


def into_year_group(world: World, pupil: str, year_group: int, *extra: str) -> date:
    """At the hub: a date of birth (and the year group it gives) putting the current plan in
    ``year_group``, and the plan back in progress (the phase's meeting fields are still to
    be written); sent to the device. Returns the first day of the plan's term."""
    term = world.hub_view(pupil)["plan"]["term"]
    born = born_in_year_group(term, year_group).isoformat()
    world.run(world.hub, "edit", pupil, f"pupil.date_of_birth={born}",
              f"pupil.year_group={year_group}", "plan.status=in-progress",
              "plan.status_reason=Adran newydd i'w llenwi",
              "pupil.year_group_offset=0",  # whatever the generator drew; a later one wins
              *extra)  # fmt: skip
    world.run(world.device, "sync", "import", str(world.hub_to_device(f"h-{pupil}.bundle")))
    assert world.device_view(pupil)["pupil"]["date_of_birth"] == born
    return term_start(term)


def device_phase(vault_dir: Path, pupil: str) -> str | None:
    """The ``plans.phase`` the device wrote for the pupil's current plan on import."""
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        with vault.session() as session:
            query = text("SELECT phase FROM plans WHERE pupil_id = :p ORDER BY term_order DESC")
            return session.execute(query, {"p": pupil}).scalars().first()
    finally:
        vault.lock()


def to_hub(world: World, name: str) -> None:
    out = world.run(world.hub, "sync", "import", str(world.device_to_hub(name)))
    assert "applied bundle" in out


def test_early_years_sections_reach_the_hub(world: World, vault_dir: Path) -> None:
    pupil = world.assigned[0]
    start = into_year_group(world, pupil, 0)  # Reception
    assert device_phase(vault_dir, pupil) == "early-years"
    next_september = date(school_year_start(start) + 1, 9, 1)
    world.run(
        world.device, "edit", pupil,
        "early_years.setting=Meithrinfa Ŵyn Bach", "early_years.setting_type=school-nursery",
        "early_years.funded_hours=15", "early_years.funded_hours_entitled=30",
        "early_years.development.communication.progress=on-track",
        "early_years.development.communication.notes=Yn siarad mewn brawddegau byr",
        "early_years.development.wellbeing.progress=not-on-track",
        "early_years.early_years_funding=claimed", "early_years.speech_language=referred",
        "early_years.speech_language_notes=Atgyfeiriad therapi iaith",
        "transition.moving_to=Ysgol Gynradd y Dŵr", f"transition.move_date={next_september}",
    )  # fmt: skip
    to_hub(world, "d1.bundle")
    early = world.hub_view(pupil)["early_years"]
    assert early["setting"] == "Meithrinfa Ŵyn Bach" and early["setting_type"] == "school-nursery"
    assert (early["funded_hours"], early["funded_hours_entitled"]) == (15.0, 30.0)
    assert early["development"] == {
        "communication": {"progress": "on-track", "notes": "Yn siarad mewn brawddegau byr"},
        "wellbeing": {"progress": "not-on-track", "notes": ""},
    }
    assert (early["early_years_funding"], early["speech_language"]) == ("claimed", "referred")
    assert early["speech_language_notes"] == "Atgyfeiriad therapi iaith"
    transition = world.hub_view(pupil)["transition"]
    assert (transition["moving_to"], transition["move_date"]) == (
        "Ysgol Gynradd y Dŵr", next_september.isoformat(),
    )  # fmt: skip


def test_post16_sections_flow_both_ways(world: World, vault_dir: Path) -> None:
    pupil = world.assigned[1]
    start = into_year_group(world, pupil, 12)
    assert device_phase(vault_dir, pupil) == "post-16"
    since = (start + timedelta(days=3)).isoformat()
    world.run(
        world.device, "edit", pupil,
        "post16.provider=Coleg Caerdydd a'r Fro", "post16.provider_type=college",
        "post16.course=Peirianneg", "post16.level=3", "post16.qualifications=BTEC Lefel 3",
        "post16.eet_status=education", f"post16.eet_since={since}", "post16.bursary=receiving",
        "post16.careers_guidance=Cyfweliad Gyrfa Cymru", "post16.next_steps=Prentisiaeth",
        "post16.attendance_percent=91.5", "post16.attendance_basis=timetabled hours",
        f"post16.attendance_reported_on={since}",
    )  # fmt: skip
    to_hub(world, "d1.bundle")
    on_hub = world.hub_view(pupil)["post16"]
    assert on_hub["provider"] == "Coleg Caerdydd a'r Fro" and on_hub["provider_type"] == "college"
    assert (on_hub["course"], on_hub["level"]) == ("Peirianneg", "3")
    assert (on_hub["qualifications"], on_hub["bursary"]) == ("BTEC Lefel 3", "receiving")
    assert (on_hub["eet_status"], on_hub["eet_since"]) == ("education", since)
    assert on_hub["attendance_percent"] == 91.5 and on_hub["next_steps"] == "Prentisiaeth"

    refused = world.device("edit", pupil, "post16.pathway_plan_education=Coleg")
    assert refused.returncode != 0 and "post16.pathway_plan_education" in refused.stderr
    world.run(world.hub, "edit", pupil, "post16.pathway_plan_education=Cymorth teithio i'r coleg")
    world.run(world.device, "sync", "import", str(world.hub_to_device("h2.bundle")))
    on_device = world.device_view(pupil)["post16"]
    assert on_device["pathway_plan_education"] == "Cymorth teithio i'r coleg"
    assert on_device["careers_guidance"] == "Cyfweliad Gyrfa Cymru"  # the device's own kept


def test_circumstance_sections_and_identity_overrides_flow_both_ways(
    world: World, vault_dir: Path
) -> None:
    pupil = world.assigned[2]
    # Born for Year 5, educated a year below: the recorded year group is 4.
    start = into_year_group(world, pupil, 5, "pupil.year_group_offset=-1", "pupil.year_group=4",
                            "pupil.emergency_placement=true")  # fmt: skip
    identity = world.device_view(pupil)["pupil"]
    assert (identity["year_group_offset"], identity["emergency_placement"]) == (-1, True)
    assert device_phase(vault_dir, pupil) == "school-age"
    day = [(start + timedelta(days=n)).isoformat() for n in (7, 10, 14, 49)]
    world.run(
        world.device, "edit", pupil,
        "alternative_provision.arrangement=reduced-timetable",
        "alternative_provision.provider=Canolfan Ddysgu'r Fro",
        "alternative_provision.hours_per_week=12.5", f"alternative_provision.started={day[0]}",
        f"alternative_provision.review_date={day[3]}",
        "alternative_provision.reason=Pontio graddol",
        "alternative_provision.plan_to_return=Diwrnod llawn erbyn hanner tymor",
        f"missing_education.missing_since={day[0]}", f"missing_education.reported_on={day[1]}",
        "missing_education.actions=Galwad i'r gofalwr; ymweliad cartref",
        f"missing_education.resolved_on={day[2]}",
        "transition.moving_to=Ysgol Uwchradd Glan Môr", f"transition.move_date={day[3]}",
        "transition.support=Ymweliadau ychwanegol", f"transition.information_shared={day[2]}",
    )  # fmt: skip
    to_hub(world, "d1.bundle")
    on_hub = world.hub_view(pupil)
    provision = on_hub["alternative_provision"]
    assert (provision["arrangement"], provision["hours_per_week"]) == ("reduced-timetable", 12.5)
    assert (provision["started"], provision["review_date"]) == (day[0], day[3])
    assert provision["plan_to_return"] == "Diwrnod llawn erbyn hanner tymor"
    assert on_hub["missing_education"] == {
        "missing_since": day[0], "reported_on": day[1],
        "actions": "Galwad i'r gofalwr; ymweliad cartref", "resolved_on": day[2],
    }  # fmt: skip
    assert on_hub["transition"]["moving_to"] == "Ysgol Uwchradd Glan Môr"
    assert (on_hub["transition"]["support"], on_hub["transition"]["information_shared"]) == (
        "Ymweliadau ychwanegol", day[2],
    )  # fmt: skip
