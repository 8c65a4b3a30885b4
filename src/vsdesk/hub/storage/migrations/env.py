"""Alembic environment of the hub: always run on the open connection the hub store hands over.

There is no URL here on purpose: a SQLite hub is SQLCipher, opened only with its key (held
in memory), and a PostgreSQL URL may carry a password that must not sit in a config file.
The target is every table the hub has: the pupil and sync tables it shares with the vault
and its own (``hub.storage.schema``). A change to a shared table needs a revision in both
chains, the vault's and this one.
"""

from __future__ import annotations

from alembic import context

from vsdesk.hub.storage.schema import hub_metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=hub_metadata(),
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
