"""Bring a hub's schema to the newest revision, on the hub's own open connection.

Like the vault's (:mod:`vsdesk.storage.migrate`), but its own chain: the hub has tables the
vault never has. Alembic is imported only when a migration is due, so an ordinary command
pays one query, not Alembic's import time. A hub made before the chain existed (tables
from ``create_all``, no ``alembic_version``) holds exactly revision 0001 and is stamped so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy import Connection, inspect, text

from vsdesk.storage.migrate import MIGRATION_LOCK

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS: Final = Path(__file__).with_name("migrations")
#: The newest revision; a test checks it against the chain, so it never drifts.
HEAD: Final = "0005"
#: The schema every hub had before this chain: the revision an unstamped hub is at.
BEFORE_MIGRATIONS: Final = "0001"
VERSION_TABLE: Final = "alembic_version"


def current_revision(connection: Connection) -> str | None:
    """The stamped revision; None for an empty database or one made before migrations."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    found = connection.scalar(text(f"SELECT version_num FROM {VERSION_TABLE}"))
    return None if found is None else str(found)


def is_unstamped_hub(connection: Connection) -> bool:
    """Hub tables present but no revision: a hub created before migrations existed."""
    tables = inspect(connection)
    return not tables.has_table(VERSION_TABLE) and tables.has_table("hub_meta")


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Run pending migrations (stamping an old hub at 0001 first); one query when current."""
    if revision == "head" and current_revision(connection) == HEAD:
        return
    from alembic import command

    with MIGRATION_LOCK:  # Alembic's module-level state: one migration at a time per process
        if is_unstamped_hub(connection):
            command.stamp(_config(connection), BEFORE_MIGRATIONS)
        command.upgrade(_config(connection), revision)


def head_revision() -> str:
    """The chain's head, read by Alembic (for the test that keeps :data:`HEAD` honest)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config
