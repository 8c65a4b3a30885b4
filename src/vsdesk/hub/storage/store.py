"""The hub's database: SQLite in the data folder by default, any SQLAlchemy URL by ``--db``.

It implements :class:`vsdesk.storage.store.Store`, so the pupil services run on it as on a
vault. Both the shared pupil tables (``storage.schema.Base``) and the hub tables
(``hub.schema.HubBase``) are made with ``create_all``; the vault's Alembic chain is not run
here (a known simplification, docs/hub.md). SQLite connections get WAL, ``synchronous=FULL``
(a committed change survives a power cut), foreign keys and ``secure_delete``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from vsdesk import paths
from vsdesk.errors import KnownError, UsageError
from vsdesk.hub.errors import HubExistsError, HubMissingError
from vsdesk.hub.storage.schema import HubBase, HubMetaRow
from vsdesk.monitoring import school_schema
from vsdesk.storage import sync_schema
from vsdesk.storage.schema import Base

SQLITE_PRAGMAS = (
    "journal_mode = WAL",
    "synchronous = FULL",
    "foreign_keys = ON",
    "secure_delete = ON",
)
INITIALISED_KEY = "authority_id"


def default_url(data_dir: Path) -> str:
    return URL.create("sqlite+pysqlite", database=str(paths.hub_db(data_dir))).render_as_string()


def resolve_url(data_dir: Path, db: str | None) -> str:
    """``--db`` wins; otherwise ``hub.db`` in the data folder."""
    return db if db else default_url(data_dir)


class HubStore:
    """An open hub database. Use :meth:`create` (for ``init``) or :meth:`open`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def create(cls, url: str) -> HubStore:
        """Make the tables on an empty database; refuse one that already holds a hub."""
        engine = _engine(url, create_dir=True)
        if _initialised(engine):
            engine.dispose()
            raise HubExistsError()
        with _translated(), engine.begin() as connection:
            create_tables(connection)
        return cls(engine)

    @classmethod
    def open(cls, url: str) -> HubStore:
        engine = _engine(url, create_dir=False)
        if not _initialised(engine):
            engine.dispose()
            raise HubMissingError()
        return cls(engine)

    @classmethod
    def exists(cls, url: str) -> bool:
        """Whether a hub is already initialised at ``url`` (creates nothing)."""
        try:
            cls.open(url).close()
        except HubMissingError:
            return False
        return True

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One all-or-nothing unit of work: committed on success, rolled back on any error."""
        session = self._sessions()
        try:
            with _translated():
                yield session
                session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def meta(self, key: str) -> str | None:
        with self.session() as session:
            return session.scalar(select(HubMetaRow.value).where(HubMetaRow.key == key))

    def compact(self) -> None:
        """Make freed pages leave the files: checkpoint + VACUUM (SQLite), VACUUM (PostgreSQL)."""
        with _translated(), self.engine.connect() as connection:
            if self.dialect == "sqlite":
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                connection.commit()
            autocommit = connection.execution_options(isolation_level="AUTOCOMMIT")
            autocommit.execute(text("VACUUM"))
            if self.dialect == "sqlite":
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()


def create_tables(connection: Connection) -> None:
    """The shared pupil tables, the sync state tables and the hub's own."""
    assert sync_schema.ChangeRow.__table__ in Base.metadata.sorted_tables
    assert school_schema.SchoolFactRow.__table__ in HubBase.metadata.sorted_tables
    Base.metadata.create_all(connection)
    HubBase.metadata.create_all(connection)


def _engine(url: str, *, create_dir: bool) -> Engine:
    """An engine for ``url``; a bad URL is the caller's mistake, never echoed (passwords)."""
    try:
        parsed = make_url(url)
        engine = create_engine(parsed)
    except (ArgumentError, NoSuchModuleError, ValueError):
        raise UsageError(
            "--db must be a SQLAlchemy database URL, e.g. postgresql+psycopg://user@host/db"
        ) from None
    except ImportError:
        raise KnownError("The database driver for --db is not installed.") from None
    if engine.dialect.name == "sqlite":
        _prepare_sqlite_file(parsed.database, create_dir)
        event.listen(engine, "connect", _configure_sqlite)
    return engine


def _prepare_sqlite_file(database: str | None, create_dir: bool) -> None:
    """Create the folder (owner only) and the file (0600) before SQLite does, at init only.

    Opening never creates: SQLite would otherwise make an empty file at a mistyped path.
    """
    if not database or database == ":memory:":
        return
    path = Path(database)
    if not create_dir:
        if not path.is_file():
            raise HubMissingError()
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as error:
        raise KnownError(f"Cannot create the hub database ({error.strerror}).") from None


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(f"PRAGMA {pragma}")
    finally:
        cursor.close()


def _initialised(engine: Engine) -> bool:
    with _translated(), engine.connect() as connection:
        if not inspect(connection).has_table(HubMetaRow.__tablename__):
            return False
        found = connection.scalar(select(HubMetaRow.value).where(HubMetaRow.key == INITIALISED_KEY))
        return found is not None


@contextlib.contextmanager
def _translated() -> Iterator[None]:
    """A database failure is the environment's fault; say what kind, never the URL or data."""
    try:
        yield
    except OperationalError as error:
        raise KnownError(
            f"The hub database could not be used ({_kind(error)}): check --db, that the "
            "server is running and that the disk is not full. Nothing was changed."
        ) from None
    except DBAPIError as error:
        raise KnownError(
            f"The hub database refused the change ({_kind(error)}); nothing was changed."
        ) from None


def _kind(error: DBAPIError) -> str:
    return type(error.orig).__name__ if error.orig is not None else type(error).__name__
