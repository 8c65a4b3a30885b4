"""Bring a vault's schema to the newest revision, on the vault's own keyed connection.

Alembic takes about 0.25 s to import, and almost every vault open finds nothing to do, so
it is imported only when a migration is due: the newest revision is a constant here (a
test checks it against the scripts), and the vault's revision is read with one query.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest revision in ``migrations/versions``; tests/unit/storage/test_migrations.py
#: fails when a new script is added without updating it.
HEAD_REVISION = "0004"
VERSION_TABLE = "alembic_version"


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision according to the migration scripts themselves (loads Alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    return rows[0] if len(rows) == 1 else None


#: Alembic runs a migration through module-level state (``alembic.context``), so two threads
#: migrating at once (the window makes a vault on a worker while another opens) trip over
#: each other. Migrations are rare and short: one at a time per process.
MIGRATION_LOCK = threading.Lock()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Run pending migrations; one query and no Alembic import when there are none."""
    if revision == "head" and current_revision(connection) == HEAD_REVISION:
        return
    from alembic import command

    with MIGRATION_LOCK:
        command.upgrade(_config(connection), revision)
