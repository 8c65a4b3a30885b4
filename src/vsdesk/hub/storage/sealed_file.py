"""A SQLite hub at rest: one SQLCipher file and the key file beside it, as a vault is.

``hub.db`` is a SQLCipher database opened with a random 32-byte raw key; ``hub.key`` holds
that key wrapped under the hub passphrase with Argon2id (:mod:`vsdesk.storage.keywrap`, the
vault's format). Tables, indexes, the WAL and temp pages are all ciphertext, with a MAC on
every page. The engine and its settings are the vault's (:mod:`vsdesk.storage.engine`).

The key file's name follows the database's: ``hub.db`` → ``hub.key``, ``x/other.db`` →
``x/other.key``. Back up both together; either alone is useless.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from vsdesk.errors import KnownError, VaultDamagedError, WrongPassphraseError
from vsdesk.files import write_atomically
from vsdesk.hub.errors import (
    HubDamagedError,
    HubExistsError,
    HubMissingError,
    HubNotEncryptedError,
)
from vsdesk.kdf import KdfParams
from vsdesk.storage import keywrap
from vsdesk.storage.engine import check_integrity, open_engine

#: The first 16 bytes of every plain SQLite file; a SQLCipher file starts with random salt.
PLAIN_SQLITE_HEADER: Final = b"SQLite format 3\x00"
WRONG_PASSPHRASE: Final = "Wrong hub passphrase. Nothing was changed; try again."


@dataclass(frozen=True)
class SealedFile:
    """Where a SQLite hub lives: the database and its key file."""

    database: Path

    @property
    def key_file(self) -> Path:
        return self.database.with_suffix(".key")

    def holds_data(self) -> bool:
        return self.database.is_file() and self.database.stat().st_size > 0

    def is_plain(self) -> bool:
        """An unencrypted SQLite file: a hub made before hubs were encrypted."""
        try:
            with self.database.open("rb") as stream:
                return stream.read(len(PLAIN_SQLITE_HEADER)) == PLAIN_SQLITE_HEADER
        except OSError:
            return False

    def exists(self) -> bool:
        return self.key_file.exists() or self.holds_data()

    def create(self, passphrase: str, kdf: KdfParams | None) -> Engine:
        """A new, empty encrypted database and its key file; refuses to overwrite either."""
        if self.exists():
            raise HubExistsError()
        _create_private_file(self.database)
        raw_key = keywrap.new_vault_key()
        engine = open_engine(self.database, raw_key)
        write_atomically(self.key_file, keywrap.wrap(raw_key, passphrase, kdf), "hub key file")
        return engine

    def open(self, passphrase: str) -> Engine:
        """Unwrap the key, then open; the files are left as they were if this fails."""
        if not self.database.is_file():
            raise HubMissingError()
        if self.is_plain():
            raise HubNotEncryptedError()
        if not self.key_file.is_file():
            if not self.holds_data():
                raise HubMissingError()  # an empty file left by a failed init
            raise HubDamagedError(HubDamagedError.KEY_FILE)
        engine = open_engine(self.database, unwrap(_read(self.key_file), passphrase))
        check_readable(engine)
        return engine

    def remove(self) -> None:
        """Delete a hub that was never finished (``init`` failed half-way)."""
        for leftover in (self.key_file, *self.database.parent.glob(self.database.name + "*")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def unwrap(wrapped: bytes, passphrase: str) -> bytes:
    """The raw key in a hub key file (or in ``hub_meta``), with the hub's own messages."""
    try:
        return keywrap.unwrap(wrapped, passphrase)
    except WrongPassphraseError:
        raise WrongPassphraseError(WRONG_PASSPHRASE) from None
    except VaultDamagedError:
        raise HubDamagedError(HubDamagedError.KEY_FILE) from None


def check_readable(engine: Engine) -> None:
    """Read the schema page: fails at once on a damaged file or a key from another hub.

    Every other page is checked by its MAC whenever it is read; :func:`check_all_pages`
    reads them all (at ``upgrade``), which on a large hub takes too long for every command.
    """
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    except DBAPIError:
        engine.dispose()
        raise HubDamagedError(HubDamagedError.DATABASE) from None


def check_all_pages(engine: Engine) -> None:
    try:
        check_integrity(engine)
    except VaultDamagedError:
        raise HubDamagedError(HubDamagedError.DATABASE) from None


def _create_private_file(path: Path) -> None:
    """The folder and the file, owner-only, before SQLite makes them with looser rights."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(FileExistsError):  # an empty file left by a failed init
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as error:
        raise KnownError(f"Cannot create the hub database ({error.strerror}).") from None


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise KnownError(f"Cannot read the hub's key file ({error.strerror}).") from None
