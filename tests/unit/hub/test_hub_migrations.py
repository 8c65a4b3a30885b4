"""The hub's schema comes from its own Alembic chain, and an older hub is brought up to it.

``tests/fixtures/hub-0001`` was made by the ``vsdesk-hub`` of the commit before hubs were
encrypted (tests/fixtures/make_hub_0001.py): a plain SQLite file, schema from
``create_all``, with an authority, pupils, a teacher, assignments and an invitation in it.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, table

from helpers.fixtures import find_markers, snapshot
from helpers.hub_fixtures import HUB_PASSPHRASE
from vsdesk.errors import WrongPassphraseError
from vsdesk.hub.errors import HubNotEncryptedError
from vsdesk.hub.services.teachers import TeacherService
from vsdesk.hub.storage import migrate
from vsdesk.hub.storage.encrypt import encrypt_plain_hub
from vsdesk.hub.storage.keys import load_keys
from vsdesk.hub.storage.schema import InviteRow, hub_metadata
from vsdesk.hub.storage.sealed_file import PLAIN_SQLITE_HEADER, check_all_pages
from vsdesk.hub.storage.store import HubStore, default_url, sealed_file
from vsdesk.kdf import TEST_KDF
from vsdesk.services.pupils import PupilService

FIXTURE = Path(__file__).parents[2] / "fixtures" / "hub-0001"
PASSPHRASE = "fixture hub passphrase 0001"
SOCIAL_WORKER = "Siôn Ŵyn Prŷs-Tâl"  # written by the old version (make_hub_0001.py)
MARKERS = [SOCIAL_WORKER, "Ms Siân Jones"]


@pytest.fixture
def old_hub(tmp_path: Path) -> Path:
    folder = tmp_path / "hub"
    shutil.copytree(FIXTURE, folder)
    return folder


def test_head_constant_is_the_chains_head() -> None:
    assert migrate.head_revision() == migrate.HEAD


def test_a_new_hub_is_stamped_at_head_and_matches_the_models(hub: HubStore) -> None:
    assert hub.revision() == migrate.HEAD
    with hub.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        differences = [d for d in compare_metadata(context, hub_metadata()) if d]
    assert differences == [], "a model changed without a hub migration"


def test_the_fixture_is_what_main_made(old_hub: Path) -> None:
    """Plain SQLite with readable markers and no revision: the upgrade really upgrades."""
    assert (old_hub / "hub.db").read_bytes()[:16] == PLAIN_SQLITE_HEADER
    assert find_markers(old_hub, MARKERS) != []
    assert not (old_hub / "hub.key").exists()


def test_an_old_hub_is_refused_until_upgraded(old_hub: Path) -> None:
    before = snapshot(old_hub)
    with pytest.raises(HubNotEncryptedError, match="vsdesk-hub upgrade"):
        HubStore.open(default_url(old_hub), PASSPHRASE)
    assert snapshot(old_hub) == before


def test_upgrade_with_a_wrong_passphrase_changes_nothing(old_hub: Path) -> None:
    before = snapshot(old_hub)
    sealed = sealed_file(default_url(old_hub))
    assert sealed is not None
    with pytest.raises(WrongPassphraseError, match="Wrong hub passphrase"):
        encrypt_plain_hub(sealed, "not the hub passphrase", TEST_KDF)
    assert snapshot(old_hub) == before


def test_upgrade_encrypts_migrates_and_keeps_every_row(old_hub: Path) -> None:
    counts_before = _plain_counts(old_hub / "hub.db")
    sealed = sealed_file(default_url(old_hub))
    assert sealed is not None
    assert encrypt_plain_hub(sealed, PASSPHRASE, TEST_KDF) is True

    assert find_markers(old_hub, MARKERS) == []
    assert sorted(p.name for p in old_hub.iterdir()) == ["hub.db", "hub.key"]
    store = HubStore.open(default_url(old_hub), PASSPHRASE)
    try:
        assert store.encrypted and store.revision() == migrate.HEAD
        check_all_pages(store.engine)
        assert _counts(store) == counts_before
        assert load_keys(store, PASSPHRASE).party_id == "cardiff"
        service = PupilService(store, "cardiff:officer")
        workers = [service.get(s.id).pupil.social_worker for s in service.summaries()]
        assert SOCIAL_WORKER in workers
        teachers = TeacherService(store)
        [summary] = teachers.summaries()
        assert (summary.teacher.name, summary.pupils) == ("Ms Siân Jones", 2)
    finally:
        store.close()
    assert encrypt_plain_hub(sealed, PASSPHRASE, TEST_KDF) is False  # once is enough


TABLES = ("pupils", "plans", "audit", "changes", "teachers", "assignments", "invites", "hub_meta")


def _plain_counts(database: Path) -> dict[str, int]:
    connection = sqlite3.connect(database)
    try:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        connection.close()


def _counts(store: HubStore) -> dict[str, int]:
    with store.session() as session:
        return {t: session.scalar(select(func.count()).select_from(table(t))) or 0 for t in TABLES}


def test_invitation_rows_survive(old_hub: Path) -> None:
    sealed = sealed_file(default_url(old_hub))
    assert sealed is not None
    encrypt_plain_hub(sealed, PASSPHRASE, TEST_KDF)
    store = HubStore.open(default_url(old_hub), PASSPHRASE)
    try:
        with store.session() as session:
            assert session.scalar(select(func.count()).select_from(InviteRow)) == 1
    finally:
        store.close()


def test_opening_a_current_hub_does_not_load_alembic(hub: HubStore, hub_dir: Path) -> None:
    """Alembic costs a quarter of a second to import: only a due migration may load it."""
    hub.close()
    code = (
        "import sys\n"
        "from vsdesk.hub.storage.store import HubStore\n"
        f"store = HubStore.open({default_url(hub_dir)!r}, {HUB_PASSPHRASE!r})\n"
        "store.close()\n"
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
