"""The hub database: creation, opening, SQLite settings, refusals and compaction."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from helpers.hub_fixtures import AUTHORITY_ID
from vsdesk.errors import KnownError, UsageError
from vsdesk.hub.errors import HubExistsError, HubMissingError
from vsdesk.hub.storage.schema import HubMetaRow
from vsdesk.hub.storage.store import HubStore, default_url, resolve_url


def test_sqlite_hub_is_private_durable_and_keeps_foreign_keys(hub: HubStore, hub_dir: Path) -> None:
    db = hub_dir / "hub.db"
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(hub_dir.stat().st_mode) == 0o700
    with hub.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    tables = {"hub_meta", "teachers", "assignments", "devices", "invites", "pupils", "plans"}
    with hub.engine.connect() as connection:
        names = connection.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        assert tables <= set(names.scalars())


def test_open_finds_the_hub_and_create_refuses_a_second(hub: HubStore, hub_dir: Path) -> None:
    url = default_url(hub_dir)
    reopened = HubStore.open(url)
    assert reopened.meta("authority_id") == AUTHORITY_ID
    reopened.close()
    assert HubStore.exists(url)
    with pytest.raises(HubExistsError):
        HubStore.create(url)


def test_opening_a_missing_hub_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(HubMissingError):
        HubStore.open(default_url(tmp_path / "nowhere"))
    assert not (tmp_path / "nowhere").exists()
    assert not HubStore.exists(default_url(tmp_path / "nowhere"))


def test_an_empty_database_is_not_a_hub(tmp_path: Path) -> None:
    store = HubStore.create(default_url(tmp_path))  # tables, but no authority yet
    store.close()
    with pytest.raises(HubMissingError):
        HubStore.open(default_url(tmp_path))


@pytest.mark.parametrize(
    "url", ["not a url", "nosuchdb+driver://user:s3cret@host/db", "postgresql+nodriver://u@h/d"]
)
def test_a_bad_url_is_a_usage_error_that_never_echoes_it(url: str) -> None:
    with pytest.raises((UsageError, KnownError)) as caught:
        HubStore.open(url)
    assert "s3cret" not in str(caught.value) and url not in str(caught.value)


def test_db_option_wins_over_the_data_folder(tmp_path: Path) -> None:
    assert resolve_url(tmp_path, "postgresql+psycopg://vs@db/hub") == (
        "postgresql+psycopg://vs@db/hub"
    )
    assert resolve_url(tmp_path, None).endswith(str(tmp_path / "hub.db"))


def test_session_is_all_or_nothing(hub: HubStore) -> None:
    with pytest.raises(RuntimeError), hub.session() as session:
        session.add(HubMetaRow(key="scratch", value="1"))
        session.flush()
        raise RuntimeError("boom")
    assert hub.meta("scratch") is None


def test_compact_folds_the_wal_and_vacuums(hub: HubStore, hub_dir: Path) -> None:
    with hub.session() as session:
        session.add_all(HubMetaRow(key=f"k{i}", value="x" * 2000) for i in range(200))
    with hub.session() as session:
        session.query(HubMetaRow).filter(HubMetaRow.key.like("k%")).delete()
    before = (hub_dir / "hub.db").stat().st_size + (hub_dir / "hub.db-wal").stat().st_size
    hub.compact()
    after = (hub_dir / "hub.db").stat().st_size + (hub_dir / "hub.db-wal").stat().st_size
    assert after < before and (hub_dir / "hub.db-wal").stat().st_size == 0
