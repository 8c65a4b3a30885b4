"""The hub's database: SQLite in the data folder by default, any SQLAlchemy URL by ``--db``.

It implements :class:`vsdesk.storage.store.Store`, so the pupil services run on it as on a
vault. A SQLite hub is a SQLCipher file under the hub passphrase (:mod:`.sealed_file`); a
PostgreSQL hub relies on the server's disk encryption, access control and TLS (docs/hub.md).
Either way the schema is made and upgraded by the hub's Alembic chain (:mod:`.migrate`),
on every open, before any other work.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from vsdesk import paths
from vsdesk.errors import KnownError, UsageError
from vsdesk.hub.errors import HubExistsError, HubMissingError
from vsdesk.hub.storage import migrate
from vsdesk.hub.storage.schema import HubMetaRow
from vsdesk.hub.storage.sealed_file import SealedFile
from vsdesk.kdf import KdfParams

INITIALISED_KEY = "authority_id"
_BAD_URL = "--db must be a SQLAlchemy database URL, e.g. postgresql+psycopg://user@host/db"


def default_url(data_dir: Path) -> str:
    return URL.create("sqlite+pysqlite", database=str(paths.hub_db(data_dir))).render_as_string()


def resolve_url(data_dir: Path, db: str | None) -> str:
    """``--db`` wins; otherwise ``hub.db`` in the data folder."""
    return db if db else default_url(data_dir)


def sealed_file(url: str) -> SealedFile | None:
    """The encrypted file behind a SQLite URL; None for a database server (or ``:memory:``)."""
    parsed = _parse(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return SealedFile(Path(parsed.database))


class HubStore:
    """An open hub database. Use :meth:`create` (for ``init``) or :meth:`open`."""

    def __init__(self, engine: Engine, sealed: SealedFile | None = None) -> None:
        self.engine = engine
        self.sealed = sealed
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def needs_passphrase(cls, url: str) -> bool:
        """Whether opening needs the hub passphrase (a SQLite hub: its key is wrapped in it)."""
        return sealed_file(url) is not None

    @classmethod
    def create(cls, url: str, passphrase: str, kdf: KdfParams | None = None) -> HubStore:
        """Make the schema on an empty database; refuse one that already holds a hub."""
        sealed = sealed_file(url)
        if sealed is not None:
            engine = sealed.create(passphrase, kdf)
        else:
            engine = _server_engine(url)
            if _initialised(engine):
                engine.dispose()
                raise HubExistsError()
        store = cls(engine, sealed)
        try:
            store._migrate()
        except BaseException:
            store.abandon()
            raise
        return store

    @classmethod
    def open(cls, url: str, passphrase: str | None = None) -> HubStore:
        """Open an initialised hub and bring its schema to the newest revision."""
        sealed = sealed_file(url)
        if sealed is None:
            engine = _server_engine(url)
        elif passphrase is None:
            raise UsageError("A SQLite hub is encrypted: the hub passphrase is needed.")
        else:
            engine = sealed.open(passphrase)
        store = cls(engine, sealed)
        try:
            if not _initialised(engine):
                raise HubMissingError()
            store._migrate()
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def exists(cls, url: str) -> bool:
        """Whether a hub is already at ``url`` (creates nothing, needs no passphrase)."""
        sealed = sealed_file(url)
        if sealed is not None:
            return sealed.exists()
        engine = _server_engine(url)
        try:
            return _initialised(engine)
        finally:
            engine.dispose()

    def _migrate(self) -> None:
        with _translated(), self.engine.begin() as connection:
            migrate.upgrade(connection)

    def revision(self) -> str | None:
        with _translated(), self.engine.connect() as connection:
            return migrate.current_revision(connection)

    @property
    def encrypted(self) -> bool:
        """Encrypted by vsdesk (SQLCipher); a server database relies on the server's own."""
        return self.sealed is not None

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

    def abandon(self) -> None:
        """Close, and delete a SQLite hub that ``init`` could not finish (a server keeps its
        tables: the next ``init`` on it carries on)."""
        self.close()
        if self.sealed is not None:
            self.sealed.remove()


def _parse(url: str) -> URL:
    """A bad URL is the caller's mistake, and is never echoed (it may hold a password)."""
    try:
        return make_url(url)
    except (ArgumentError, ValueError):
        raise UsageError(_BAD_URL) from None


def _server_engine(url: str) -> Engine:
    try:
        return create_engine(_parse(url))
    except (ArgumentError, NoSuchModuleError, ValueError):
        raise UsageError(_BAD_URL) from None
    except ImportError:
        raise KnownError("The database driver for --db is not installed.") from None


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
