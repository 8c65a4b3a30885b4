"""The vault: create, unlock, lock, change passphrase, compact (DESIGN §4).

A vault is a folder with two files: ``vault.db`` (SQLCipher) and ``vault.key`` (the raw key
wrapped under the passphrase, see :mod:`.keywrap`). Unlocking unwraps the key, checks every
page of the database, and runs pending migrations; locking drops the engine and the key.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from vsdesk import paths
from vsdesk.clock import system_clock
from vsdesk.errors import (
    KnownError,
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    VaultMissingError,
)
from vsdesk.files import write_atomically
from vsdesk.kdf import DEFAULT_KDF, KdfParams
from vsdesk.storage import keywrap, migrate
from vsdesk.storage.engine import DAMAGED_MESSAGE, check_integrity, open_engine
from vsdesk.storage.schema import MetaRow


class Vault:
    """An unlocked vault. Use :meth:`create` or :meth:`unlock`, then :meth:`session`."""

    def __init__(self, directory: Path, raw_key: bytes, engine: Engine) -> None:
        self.directory = directory
        self._key: bytearray | None = bytearray(raw_key)
        self._engine: Engine | None = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # --- opening and closing ------------------------------------------------------------

    @classmethod
    def exists(cls, directory: Path) -> bool:
        return paths.vault_key(directory).exists()

    @classmethod
    def create(
        cls, directory: Path, passphrase: str, owner: str, kdf: KdfParams = DEFAULT_KDF
    ) -> Vault:
        if cls.exists(directory) or paths.vault_db(directory).exists():
            raise VaultExistsError("A vault already exists in this folder.")
        _make_private_dir(directory)
        _create_private_file(paths.vault_db(directory))
        try:
            return cls._initialise(directory, passphrase, owner, kdf)
        except BaseException:
            for leftover in directory.glob("vault.db*"):  # never leave half a vault behind
                leftover.unlink(missing_ok=True)
            raise

    @classmethod
    def _initialise(cls, directory: Path, passphrase: str, owner: str, kdf: KdfParams) -> Vault:
        raw_key = keywrap.new_vault_key()
        engine = open_engine(paths.vault_db(directory), raw_key)
        with engine.begin() as connection:
            migrate.upgrade(connection)
        vault = cls(directory, raw_key, engine)
        with vault.session() as session:
            session.add(MetaRow(key="owner", value=owner))
            session.add(MetaRow(key="created", value=system_clock().isoformat()))
        write_atomically(
            paths.vault_key(directory), keywrap.wrap(raw_key, passphrase, kdf), "key file"
        )
        return vault

    @classmethod
    def unlock(cls, directory: Path, passphrase: str) -> Vault:
        """Open the vault; the files are left byte-for-byte as they were if this fails."""
        key_path, db_path = paths.vault_key(directory), paths.vault_db(directory)
        if not key_path.exists():
            raise VaultMissingError(
                "There is no vault in this folder yet. Create one with 'vsdesk init'."
            )
        raw_key = keywrap.unwrap(_read(key_path), passphrase)
        if not db_path.exists() or db_path.stat().st_size == 0:
            raise VaultDamagedError(DAMAGED_MESSAGE)
        engine = open_engine(db_path, raw_key)
        check_integrity(engine)
        try:
            with engine.begin() as connection:
                migrate.upgrade(connection)
        except DBAPIError:
            raise VaultDamagedError(DAMAGED_MESSAGE) from None
        return cls(directory, raw_key, engine)

    def lock(self) -> None:
        """Close every connection and forget the key (as far as Python lets us)."""
        if self._engine is not None:
            self._engine.dispose()
        if self._key is not None:
            self._key[:] = bytes(len(self._key))
        self._engine = None
        self._key = None

    @property
    def locked(self) -> bool:
        return self._engine is None

    # --- using it ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One all-or-nothing unit of work: committed on success, rolled back on any error."""
        if self._engine is None:
            raise VaultLockedError("The vault is locked. Unlock it with your passphrase.")
        session = self._sessions()
        try:
            yield session
            session.commit()
        except DBAPIError as error:
            session.rollback()
            raise _translate(error) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def meta(self, key: str) -> str | None:
        with self.session() as session:
            return session.scalar(select(MetaRow.value).where(MetaRow.key == key))

    def change_passphrase(self, new_passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> None:
        """Rewrap the same key: one KDF run, no re-encryption of the data."""
        if self._key is None:
            raise VaultLockedError("The vault is locked. Unlock it with your passphrase.")
        wrapped = keywrap.wrap(bytes(self._key), new_passphrase, kdf)
        write_atomically(paths.vault_key(self.directory), wrapped, "key file")

    def compact(self) -> None:
        """Fold the WAL into the database and rebuild it, so freed pages leave the files."""
        if self._engine is None:
            raise VaultLockedError("The vault is locked. Unlock it with your passphrase.")
        with self._engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.commit()
            connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM"))
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _translate(error: DBAPIError) -> Exception:
    message = str(error.orig).lower()
    if "malformed" in message or "not a database" in message or "hmac" in message:
        return VaultDamagedError(DAMAGED_MESSAGE)
    if "disk" in message or "full" in message or "readonly" in message:
        return KnownError("The vault could not be written (disk full or read-only?).")
    return error


def _make_private_dir(directory: Path) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise KnownError(f"Cannot create the vault folder ({error.strerror}).") from None


def _create_private_file(path: Path) -> None:
    """Create the database readable by its owner only; SQLite's WAL and shm files follow it."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as error:
        raise KnownError(f"Cannot create the vault ({error.strerror}).") from None


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise KnownError(f"Cannot read the vault's key file ({error.strerror}).") from None
