"""Both pupil lists show each pupil's phase and effective year group in words, and their
``--json`` gains ``phase`` and ``year_group`` (issue 10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.fixtures import PASSPHRASE, Cli, cli_env
from helpers.hub_fixtures import hub_env
from vsdesk.domain.model import Pupil
from vsdesk.domain.phases import Phase, plan_phase
from vsdesk.domain.profiles import default_profile
from vsdesk.hub.services.pupils import HubPupils
from vsdesk.hub.storage.store import HubStore
from vsdesk.kdf import TEST_KDF
from vsdesk.services.pupils import PupilService
from vsdesk.services.synthetic import AUTHORITIES, generate_pupils
from vsdesk.storage.vault import Vault

#: What a teacher reads, written out here rather than taken from the code under test.
PHASE = {"early-years": "early years", "school-age": "school age", "post-16": "post-16"}
YEAR = {-2: "Nursery (age 2)", -1: "Nursery", 0: "Reception"}


def year_words(year: int) -> str:
    return YEAR.get(year, f"Year {year}")


def expected(pupil: Pupil) -> tuple[str, int]:
    plan = pupil.current_plan
    assert plan is not None
    reading = plan_phase(pupil.pupil, plan)
    assert reading.year_group is not None
    return reading.phase.value, reading.year_group


@pytest.fixture(scope="module")
def vault_pupils(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Pupil]]:
    """A vault of 30 generated pupils, one of them moved a year above their age group."""
    folder = tmp_path_factory.mktemp("phases") / "data"
    pupils = generate_pupils(30, 12)
    moved = next(p for p in pupils if expected(p)[0] == "school-age" and p.pupil.year_group)
    moved.pupil.year_group_offset = 1
    moved.pupil.year_group = (moved.pupil.year_group or 0) + 1
    vault = Vault.create(folder, PASSPHRASE, owner="Ms Test", kdf=TEST_KDF)
    try:
        PupilService(vault, "t").add(
            pupils, [default_profile(a.id, a.name, a.country) for a in AUTHORITIES]
        )
    finally:
        vault.lock()
    return folder, pupils


def test_the_teachers_list_shows_phase_and_year_in_words(
    vault_pupils: tuple[Path, list[Pupil]],
) -> None:
    folder, pupils = vault_pupils
    cli = Cli("vsdesk", cli_env(folder))
    listed = {row["id"]: row for row in json.loads(cli("pupils", "--json").stdout)}
    phases = {expected(p)[0] for p in pupils}
    assert phases == {"early-years", "school-age", "post-16"}  # the test covers all three
    for pupil in pupils:
        phase, year = expected(pupil)
        assert (listed[pupil.id]["phase"], listed[pupil.id]["year_group"]) == (phase, year)
    moved = next(p for p in pupils if p.pupil.year_group_offset == 1)
    assert listed[moved.id]["year_group"] == expected(moved)[1]
    text = cli("pupils").stdout.splitlines()
    assert text[0].split()[:4] == ["ID", "NAME", "YEAR", "PHASE"]
    for pupil in pupils:
        phase, year = expected(pupil)
        row = next(line for line in text if line.startswith(pupil.id))
        assert f"  {year_words(year)}  " in row and f"  {PHASE[phase]}  " in row


def test_show_heads_the_record_with_phase_and_year(
    vault_pupils: tuple[Path, list[Pupil]],
) -> None:
    folder, pupils = vault_pupils
    cli = Cli("vsdesk", cli_env(folder))
    for phase in Phase:
        pupil = next(p for p in pupils if expected(p)[0] == phase.value)
        shown = json.loads(cli("pupils", "show", pupil.id, "--json").stdout)
        assert (shown["phase"], shown["year_group"]) == expected(pupil)
        assert shown["pupil"]["given_name"] == pupil.pupil.given_name  # the record is all there
        lines = cli("pupils", "show", pupil.id).stdout.splitlines()
        assert lines[0] == f"phase: {PHASE[phase.value]}"
        assert lines[1] == f"year group: {year_words(expected(pupil)[1])}"
        assert "pupil.given_name: " + pupil.pupil.given_name in lines


def test_the_hubs_list_shows_phase_and_year_in_words(hub: HubStore, hub_dir: Path) -> None:
    HubPupils(hub, "cardiff:officer").generate(20, 5)
    pupils = PupilService(hub, "t").all()
    cli = Cli("vsdesk-hub", hub_env(hub_dir))
    listed = {row["id"]: row for row in json.loads(cli("pupils", "--json").stdout)}
    text = cli("pupils").stdout.splitlines()
    assert text[0].split() == ["ID", "NAME", "SCHOOL", "YEAR", "PHASE", "STATUS", "TEACHERS"]
    assert {expected(p)[0] for p in pupils} == {"early-years", "school-age", "post-16"}
    for pupil in pupils:
        phase, year = expected(pupil)
        assert (listed[pupil.id]["phase"], listed[pupil.id]["year_group"]) == (phase, year)
        line = next(line for line in text if line.startswith(pupil.id))
        assert f"  {year_words(year)}  " in line and f"  {PHASE[phase]}  " in line
    one = pupils[0]
    shown = json.loads(cli("pupils", "show", one.id, "--json").stdout)
    assert (shown["phase"], shown["year_group"]) == expected(one)
