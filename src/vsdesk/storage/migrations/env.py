"""Alembic environment: always run on the open, keyed connection the vault hands over.

There is no URL here on purpose: a SQLCipher vault can only be opened with its key, which
lives in memory, never in a config file.
"""

from __future__ import annotations

from alembic import context

import vsdesk.storage.sync_schema  # noqa: F401  (registers the sync tables on Base)
from vsdesk.storage.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
