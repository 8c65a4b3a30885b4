"""A hub at revision 0004 with data in it, opened by this release: revision 0005 adds each
plan's phase (the ``plans`` table is shared with the vault), on SQLite and on PostgreSQL in
a consortium's schema.

The old hub is a real one (keys, authority, profile) taken back to 0004 by Alembic's own
downgrade, then filled with plain SQL in the old shape (helpers.old_schemas): pupils and
plans without the new sections, audit and change-log rows, a teacher and an assignment.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from helpers.hub_fixtures import HUB_PASSPHRASE, FakeClock
from helpers.old_schemas import (
    KEPT_TABLES,
    YEAR_GROUPS,
    TableRows,
    dump_tables,
    insert_old_history,
    insert_old_pupils,
    old_pupils,
)
from helpers.postgres import SUPERUSER, PostgresServer
from vsdesk.domain.model import Pupil
from vsdesk.hub.services.authority import initialise
from vsdesk.hub.services.pupils import HubPupils
from vsdesk.hub.storage import migrate
from vsdesk.hub.storage.schema import hub_metadata
from vsdesk.hub.storage.store import HubStore, default_url
from vsdesk.kdf import TEST_KDF
from vsdesk.storage.pupil_repository import PupilRepository

HUB_KEPT = (*KEPT_TABLES, "teachers", "assignments", "hub_meta")
OLD_AT = "2026-01-02T00:00:00+00:00"


def hub_at_0004(url: str, pupils: list[Pupil]) -> TableRows:
    """A new hub taken back to revision 0004 and filled as that release would have."""
    store = initialise(url, name="Cardiff", country="wales", authority_id="cardiff",
                       passphrase=HUB_PASSPHRASE, kdf=TEST_KDF)  # fmt: skip
    try:
        with store.engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(migrate.MIGRATIONS))
            config.attributes["connection"] = connection
            command.downgrade(config, "0004")
            assert migrate.current_revision(connection) == "0004"
            insert_old_pupils(connection, pupils)
            insert_old_history(connection, [p.id for p in pupils], "device-old", "device")
            connection.execute(text("INSERT INTO teachers (id, name, school, created_at) "
                                    "VALUES ('t-1', 'Ms Siân Llŷr', 'Ysgol y Dŵr', :at)"),
                               {"at": OLD_AT})  # fmt: skip
            connection.execute(text("INSERT INTO assignments (pupil_id, teacher_id, assigned_at) "
                                    "VALUES (:pupil, 't-1', :at)"),
                               {"pupil": pupils[0].id, "at": OLD_AT})  # fmt: skip
            return dump_tables(connection, HUB_KEPT)
    finally:
        store.close()


def check_migrated(url: str, pupils: list[Pupil], kept: TableRows, clock: FakeClock) -> None:
    """Open as the CLI does (migrating to head) and check every promise of the migration."""
    store = HubStore.open(url, HUB_PASSPHRASE)
    try:
        assert store.revision() == migrate.HEAD
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection)
            assert [d for d in compare_metadata(context, hub_metadata()) if d] == []
            stored = dict(iter(connection.execute(text("SELECT id, phase FROM plans"))))
            assert dump_tables(connection, HUB_KEPT) == kept
        for pupil, intended in zip(pupils, YEAR_GROUPS, strict=False):
            assert stored[pupil.plans[-1].id] == intended
        assert stored[pupils[2].plans[0].id] == "school-age"  # Year 11 last school year
        assert {stored[plan.id] for plan in pupils[3].plans} == {None}  # no date of birth

        service = HubPupils(store, "cardiff:officer", clock).service
        assert sorted(p.id for p in service.all()) == sorted(p.id for p in pupils)
        post16 = pupils[2].id
        assert service.view(post16)["post16"]["pathway_plan_education"] == ""
        service.edit(post16, {"post16.pathway_plan_education": "Coleg: Lefel 3, cymorth teithio"})
        assert service.view(post16)["post16"]["pathway_plan_education"].startswith("Coleg")
        # Educated a year below their age group: the recorded year group moves with it.
        service.edit(post16, {"pupil.year_group_offset": "-1", "pupil.year_group": "11"})
        with store.session() as session:  # a year back: Year 11 now, school age
            repo = PupilRepository(session)
            assert repo.phase_counts(authority_id="cardiff") == {
                "early-years": 1, "school-age": 2, "unknown": 1,
            }  # fmt: skip
    finally:
        store.close()


def test_a_sqlite_hub_at_0004_with_data_migrates_to_the_phase_column(
    tmp_path: Path, clock: FakeClock
) -> None:
    url = default_url(tmp_path / "hub")
    pupils = old_pupils(clock)
    kept = hub_at_0004(url, pupils)
    check_migrated(url, pupils, kept, clock)


def schema_url(server: PostgresServer, database_url: str, schema: str) -> str:
    """The database's URL with every connection's search path set to ``schema``, as a
    consortium runs each authority's hub (tests/e2e/test_consortium.py)."""
    database = database_url.split("/")[3].split("?")[0]
    conninfo = f"host={server.socket_dir} port={server.port} user={SUPERUSER} dbname={database}"
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    return f"{database_url}&options=-csearch_path%3D{schema}"


@pytest.mark.postgres
def test_a_postgresql_hub_at_0004_in_a_consortium_schema_migrates(
    postgres_server: PostgresServer, clock: FakeClock
) -> None:
    shared = postgres_server.create_database()
    url = schema_url(postgres_server, shared, "cardiff")
    pupils = old_pupils(clock)
    kept = hub_at_0004(url, pupils)
    check_migrated(url, pupils, kept, clock)
