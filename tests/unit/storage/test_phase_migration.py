"""A vault at revision 0003 with data in it, opened by this release: revision 0004 adds each
plan's phase, backfilled from the stored documents, and loses nothing.

The old vault is made by Alembic itself (an empty SQLCipher vault upgraded to 0003) and
filled with plain SQL in the old shape (helpers.old_schemas), so the data really is what
the previous release wrote; dates of birth are derived from the test clock's term.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from helpers.hub_fixtures import FakeClock
from helpers.old_schemas import YEAR_GROUPS, TableRows, dump_tables, old_pupils
from helpers.old_schemas import vault_at as old_vault_at
from vsdesk.domain.model import Pupil
from vsdesk.domain.phases import plan_phase
from vsdesk.services.pupils import PupilService
from vsdesk.storage import migrate
from vsdesk.storage.engine import open_engine
from vsdesk.storage.keywrap import unwrap
from vsdesk.storage.pupil_repository import PupilRepository
from vsdesk.storage.schema import Base
from vsdesk.storage.vault import Vault

PASSPHRASE = "old vault passphrase 0003"
#: The old vault's folder, the pupils in it, and the rows of the tables it must keep.
OldVault = tuple[Path, list[Pupil], TableRows]


@pytest.fixture
def old(tmp_path: Path, clock: FakeClock) -> OldVault:
    pupils = old_pupils(clock)
    kept = old_vault_at(tmp_path / "vault", PASSPHRASE, "0003", pupils)
    return tmp_path / "vault", pupils, kept


def by_id(pupil: Pupil) -> str:
    return pupil.id


def phases(vault: Vault) -> dict[str, str | None]:
    with vault.session() as session:
        rows = session.execute(text("SELECT id, phase FROM plans"))
        return {plan_id: phase for plan_id, phase in rows}


def test_the_old_vault_has_no_phase_column(old: OldVault) -> None:
    """The starting point really is revision 0003, so the test below really migrates."""
    folder, _, _ = old
    raw = unwrap((folder / "vault.key").read_bytes(), PASSPHRASE)
    engine = open_engine(folder / "vault.db", raw)
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == "0003"
        columns = [row[1] for row in connection.execute(text("PRAGMA table_info(plans)"))]
    engine.dispose()
    assert "phase" not in columns


def test_opening_migrates_and_backfills_each_plans_phase(old: OldVault) -> None:
    folder, pupils, _ = old
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        with vault.session() as session:
            assert migrate.current_revision(session.connection()) == migrate.HEAD_REVISION
            context = MigrationContext.configure(session.connection())
            assert [d for d in compare_metadata(context, Base.metadata) if d] == []
        stored = phases(vault)
    finally:
        vault.lock()
    for pupil, intended in zip(pupils, YEAR_GROUPS, strict=False):
        newest = pupil.plans[-1]
        assert stored[newest.id] == intended
        for plan in pupil.plans:  # every plan read at its own term's start, as the domain does
            assert stored[plan.id] == plan_phase(pupil.pupil, plan).phase.value
    post16 = pupils[2]
    assert [stored[p.id] for p in post16.plans][0] == "school-age"  # Year 11, a year earlier
    assert all(stored[plan.id] is None for plan in pupils[3].plans)  # no date of birth


def test_every_record_decodes_with_empty_new_sections_and_history_intact(
    old: OldVault,
    clock: FakeClock,
) -> None:
    folder, pupils, kept = old
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        service = PupilService(vault, "Ms Siân Llŷr", clock=clock)
        for before, after in zip(sorted(pupils, key=by_id), service.all(), strict=True):
            assert after.pupil == before.pupil  # offset 0 and no emergency by default
            assert [p.plan for p in after.plans] == [p.plan for p in before.plans]
            assert [p.targets for p in after.plans] == [p.targets for p in before.plans]
            newest = after.plans[-1]
            assert newest.post16.eet_status is None and newest.early_years.development == {}
            assert newest.alternative_provision.arrangement is None
            assert newest.missing_education.missing_since is None
            assert newest.transition.moving_to == ""
        with vault.session() as session:
            assert dump_tables(session.connection()) == kept
            assert PupilRepository(session).phase_counts() == {
                "early-years": 1, "school-age": 1, "post-16": 1, "unknown": 1,
            }  # fmt: skip
        assert [e.field for e in service.history(pupils[0].id)] == ["voice.pupil"]
    finally:
        vault.lock()


def test_the_new_sections_are_editable_after_the_migration(
    old: OldVault,
    clock: FakeClock,
) -> None:
    folder, pupils, _ = old
    early, school, post16 = (p.id for p in pupils[:3])
    today = clock().date()
    since, review = today.isoformat(), (today + timedelta(weeks=6)).isoformat()
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        service = PupilService(vault, "Ms Siân Llŷr", clock=clock)
        service.edit(early, {
            "early_years.setting": "Meithrinfa Ŵyn Bach",
            "early_years.development.communication.progress": "on-track",
        })  # fmt: skip
        service.edit(post16, {"post16.eet_status": "education", "post16.eet_since": since})
        service.edit(school, {
            "alternative_provision.arrangement": "reduced-timetable",
            "alternative_provision.started": since,
            "alternative_provision.review_date": review,
            "alternative_provision.hours_per_week": "15",
            "transition.moving_to": "Ysgol Uwchradd y Dŵr",
        })  # fmt: skip
        assert service.view(early)["early_years"]["setting"] == "Meithrinfa Ŵyn Bach"
        assert service.view(post16)["post16"]["eet_status"] == "education"
        assert service.view(school)["transition"]["moving_to"] == "Ysgol Uwchradd y Dŵr"
        assert [e.field for e in service.history(post16)][-2:] == [
            "post16.eet_since", "post16.eet_status",
        ]  # fmt: skip
    finally:
        vault.lock()
