"""The same hub services on PostgreSQL (in-process; the CLI run is in tests/e2e)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from helpers.hub_fixtures import HUB_PASSPHRASE, FakeClock
from vsdesk.errors import ValidationError, WrongPassphraseError
from vsdesk.hub.errors import HubExistsError
from vsdesk.hub.services.authority import hub_info, initialise
from vsdesk.hub.services.teachers import TeacherService
from vsdesk.hub.storage.keys import load_keys
from vsdesk.hub.storage.migrate import HEAD
from vsdesk.hub.storage.store import HubStore
from vsdesk.kdf import TEST_KDF
from vsdesk.services.pupils import PupilService
from vsdesk.services.synthetic import Authority, generate_pupils

pytestmark = pytest.mark.postgres


def test_hub_on_postgresql(postgres_url: str) -> None:
    store = initialise(
        postgres_url,
        name="Gwynedd",
        country="wales",
        authority_id="gwynedd",
        passphrase=HUB_PASSPHRASE,
        kdf=TEST_KDF,
    )
    try:
        assert store.dialect == "postgresql"
        assert not store.encrypted  # the server's disk encryption and TLS, docs/hub.md
        assert store.revision() == HEAD
        reopened = HubStore.open(postgres_url)  # no passphrase needed to open a server hub
        assert reopened.revision() == HEAD
        reopened.close()
        assert load_keys(store, HUB_PASSPHRASE).public() == hub_info(store).identity
        with pytest.raises(WrongPassphraseError):
            load_keys(store, "wrong passphrase!")
        with pytest.raises(HubExistsError):
            HubStore.create(postgres_url, HUB_PASSPHRASE, TEST_KDF)
        home = (Authority("gwynedd", "Gwynedd", "wales"),)
        PupilService(store, "t").add(generate_pupils(3, seed=2, authorities=home))
        clock = FakeClock()
        teachers = TeacherService(store, clock)
        teacher = teachers.add("Ms Jones", "Ysgol A")
        pupil = PupilService(store, "t").summaries()[0].id
        teachers.assign(pupil, teacher.id)
        with pytest.raises(ValidationError):
            teachers.assign(pupil, teacher.id)
        clock.advance(hours=1)
        teachers.unassign(pupil, teacher.id)
        assert [a.pupil_id for a in teachers.ended_since(teacher.id, clock())] == [pupil]
        PupilService(store, "t").purge(pupil)  # deletes, then compact(): VACUUM on PostgreSQL
        assert teachers.assignments(pupil_id=pupil)[0].ended_at == clock()
    finally:
        store.close()


#: Tables added by hub revisions after 0001 (the schema before migrations existed).
TABLES_AFTER_0001 = (
    "held_changes",
    "device_replacements",
    "vs_school_facts",
    "vs_school_fact_audit",
    "request_nonces",
)
#: Columns added to tables of 0001 by later hub revisions (their indexes go with them).
COLUMNS_AFTER_0001 = (("plans", "phase"),)


def test_a_postgresql_hub_from_before_migrations_is_stamped_and_kept(postgres_url: str) -> None:
    """Main made the schema with ``create_all`` and no ``alembic_version``: such a hub is
    recognised as revision 0001 on open, upgraded to head, and keeps its rows."""
    store = initialise(
        postgres_url,
        name="Conwy",
        country="wales",
        authority_id="conwy",
        passphrase=HUB_PASSPHRASE,
        kdf=TEST_KDF,
    )
    home = (Authority("conwy", "Conwy", "wales"),)
    PupilService(store, "t").add(generate_pupils(3, seed=4, authorities=home))
    with store.engine.begin() as connection:  # back to the schema main made by create_all
        for table in ("alembic_version", *TABLES_AFTER_0001):
            connection.execute(text(f"DROP TABLE {table}"))
        for table, column in COLUMNS_AFTER_0001:
            connection.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
    before = PupilService(store, "t").summaries()
    store.close()

    reopened = HubStore.open(postgres_url)
    try:
        assert reopened.revision() == HEAD
        assert PupilService(reopened, "t").summaries() == before
        assert load_keys(reopened, HUB_PASSPHRASE).party_id == "conwy"
    finally:
        reopened.close()
