"""The same hub services on PostgreSQL (in-process; the CLI run is in tests/e2e)."""

from __future__ import annotations

import pytest

from helpers.hub_fixtures import HUB_PASSPHRASE, FakeClock
from vsdesk.errors import ValidationError, WrongPassphraseError
from vsdesk.hub.errors import HubExistsError
from vsdesk.hub.services.authority import hub_info, initialise
from vsdesk.hub.services.teachers import TeacherService
from vsdesk.hub.storage.keys import load_keys
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
        assert load_keys(store, HUB_PASSPHRASE).public() == hub_info(store).identity
        with pytest.raises(WrongPassphraseError):
            load_keys(store, "wrong passphrase!")
        with pytest.raises(HubExistsError):
            HubStore.create(postgres_url)
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
