"""The one-time conversion of a hub made before hubs were encrypted (``vsdesk-hub upgrade``).

Until this version a SQLite hub was a plain file. Converting it rewrites the whole database,
so it is a command the officer runs on purpose (after a backup), never a side effect of an
ordinary command. In order, and so that a crash at any point leaves either the old hub or
the new one:

1. check the hub passphrase against the authority's sealed keys (a wrong one changes
   nothing) and the plain file's integrity, and fold its WAL into it;
2. export it with ``sqlcipher_export`` into a new file under a fresh random key, bring that
   to the newest schema and check every page;
3. write the key file, then rename the new database over the old one;
4. overwrite the old file's bytes with zeros before deleting it.

Step 4 is best effort: an SSD, a copy-on-write file system or a backup may still hold the
old plaintext, so docs/hub.md tells the officer to destroy old, unencrypted backups.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Final

import sqlcipher3
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL

from vsdesk.files import sync_directory, write_atomically
from vsdesk.hub.errors import HubDamagedError, HubMissingError
from vsdesk.hub.storage import migrate
from vsdesk.hub.storage.keys import load_keys
from vsdesk.hub.storage.sealed_file import SealedFile, check_all_pages
from vsdesk.hub.storage.store import INITIALISED_KEY, HubStore
from vsdesk.kdf import KdfParams
from vsdesk.storage import keywrap
from vsdesk.storage.engine import open_engine

NEW_SUFFIX: Final = ".encrypting"
OLD_SUFFIX: Final = ".plain-old"
_CHUNK: Final = 1 << 20


def encrypt_plain_hub(sealed: SealedFile, passphrase: str, kdf: KdfParams | None = None) -> bool:
    """Encrypt a plain SQLite hub in place; False if it was already encrypted."""
    _finish_earlier_run(sealed)
    if not sealed.is_plain():
        return False
    _check_plain(sealed.database, passphrase)
    raw_key = keywrap.new_vault_key()
    new = _sibling(sealed.database, NEW_SUFFIX)
    _export(sealed.database, new, raw_key)
    write_atomically(sealed.key_file, keywrap.wrap(raw_key, passphrase, kdf), "hub key file")
    _swap(sealed.database, new)
    return True


def _check_plain(database: Path, passphrase: str) -> None:
    """Right passphrase, an initialised and intact hub, its WAL folded in: or nothing."""
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(database)))
    try:
        store = HubStore(engine)
        if store.meta(INITIALISED_KEY) is None:
            raise HubMissingError()
        load_keys(store, passphrase)  # WrongPassphraseError before anything is written
        with engine.connect() as connection:
            if connection.execute(text("PRAGMA integrity_check")).scalar() != "ok":
                raise HubDamagedError(HubDamagedError.DATABASE)
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    for journal in _journals(database):
        journal.unlink(missing_ok=True)  # folded in above; would be misread next to ciphertext


def _export(database: Path, new: Path, raw_key: bytes) -> None:
    """A sealed copy at ``new``, migrated to the newest schema and checked page by page."""
    _remove(new, *_journals(new))
    os.close(os.open(new, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        plain = sqlcipher3.connect(str(database))
        try:
            plain.execute("ATTACH DATABASE ? AS sealed KEY ?", (str(new), f"x'{raw_key.hex()}'"))
            plain.execute("SELECT sqlcipher_export('sealed')")
            plain.execute("DETACH DATABASE sealed")
        finally:
            plain.close()
        engine = open_engine(new, raw_key)
        try:
            _migrate_and_check(engine)
        finally:
            engine.dispose()
        _flush(new)
    except BaseException:
        _remove(new, *_journals(new))
        raise


def _migrate_and_check(engine: Engine) -> None:
    with engine.begin() as connection:
        migrate.upgrade(connection)
    check_all_pages(engine)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _swap(database: Path, new: Path) -> None:
    """Rename the sealed copy over the plain file, then blank the plain file's bytes.

    A second name keeps the old inode reachable across the rename, so it can be zeroed
    afterwards; until the rename, the plain hub is still whole under its own name.
    """
    old = _sibling(database, OLD_SUFFIX)
    os.link(database, old)
    os.replace(new, database)
    sync_directory(database.parent)
    _shred(old)


def _finish_earlier_run(sealed: SealedFile) -> None:
    """Tidy up after a conversion that was interrupted."""
    old = _sibling(sealed.database, OLD_SUFFIX)
    if old.exists():
        if sealed.is_plain():
            old.unlink()  # the rename never happened: the same plain file, another name
        else:
            _shred(old)
    new = _sibling(sealed.database, NEW_SUFFIX)
    _remove(new, *_journals(new))


def _shred(path: Path) -> None:
    """Overwrite with zeros, flush, delete (best effort: see the module's docstring)."""
    with contextlib.suppress(OSError), path.open("r+b") as stream:
        remaining = path.stat().st_size
        while remaining > 0:
            step = min(remaining, _CHUNK)
            stream.write(bytes(step))
            remaining -= step
        stream.flush()
        os.fsync(stream.fileno())
    path.unlink(missing_ok=True)


def _flush(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def _sibling(database: Path, suffix: str) -> Path:
    return database.with_name(database.name + suffix)


def _journals(database: Path) -> tuple[Path, Path]:
    return _sibling(database, "-wal"), _sibling(database, "-shm")


def _remove(*paths: Path) -> None:
    for path in paths:
        path.unlink(missing_ok=True)
