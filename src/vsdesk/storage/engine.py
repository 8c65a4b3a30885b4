"""A SQLAlchemy engine on a SQLCipher file, opened with a raw key.

The key is given to SQLCipher as ``x'…'`` so it is used as it is (no second, slow KDF: the
passphrase was already stretched by Argon2id). Every connection gets the same settings:
WAL with ``synchronous=FULL`` so a power cut never loses a committed change, ``secure_delete``
so freed pages are zeroed, temp data in memory so nothing spills into temp files, and
SQLCipher's own logging off (it writes to stderr otherwise).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from vsdesk.errors import VaultDamagedError

CONNECTION_PRAGMAS = (
    "journal_mode = WAL",
    "synchronous = FULL",
    "secure_delete = ON",
    "foreign_keys = ON",
    "temp_store = MEMORY",
)

DAMAGED_MESSAGE = (
    "The vault's database failed its integrity check (it was altered, truncated or "
    "corrupted). Nothing was changed. Restore it from a backup, or ask your Virtual School "
    "for a full resync."
)


def open_engine(path: Path, raw_key: bytes) -> Engine:
    url = URL.create("sqlite+pysqlcipher", password=f"x'{raw_key.hex()}'", database=str(path))
    # Not the dialect's default SingletonThreadPool: beyond five thread identities it closes
    # other threads' connections whether or not they are in use, which crashed the window
    # (its worker threads come and go) and would crash the hub's request threads. A queue
    # of connections, each used by one thread at a time (SQLCipher is built serialized,
    # THREADSAFE=1), keeps the costly SQLCipher connect pooled without that hazard.
    engine = create_engine(url, poolclass=QueuePool, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _configure_connection)
    return engine


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA cipher_log_level = NONE")
        for pragma in CONNECTION_PRAGMAS:
            cursor.execute(f"PRAGMA {pragma}")
    finally:
        cursor.close()


def check_integrity(engine: Engine) -> None:
    """Check every page's MAC (a flipped bit anywhere, a truncated or foreign file).

    SQLCipher checks a page's MAC whenever it reads it anyway; doing all pages at unlock
    reports damage before the teacher starts work, not halfway through a save.
    """
    try:
        with engine.connect() as connection:
            faults = connection.execute(text("PRAGMA cipher_integrity_check")).all()
    except DBAPIError:
        raise VaultDamagedError(DAMAGED_MESSAGE) from None
    if faults:
        raise VaultDamagedError(DAMAGED_MESSAGE)
