"""Keeping the change log's order true when several hub processes share one PostgreSQL.

Export sends "every change after position N" and remembers the highest position it sent.
That is only sound if no change with a lower position can still appear later. On
PostgreSQL a sequence hands out numbers at insert time, not at commit time: an import that
took position 10 may commit after one that took 11, and an export reading between the two
commits would skip 10 for ever. So every transaction that appends to the change log (a
bundle's import, an officer's edit, generated or imported pupils: all go through
``SyncRepository.append_changes``) takes a transaction-scoped advisory lock exclusively,
so they commit one at a time, in position order; exports take it shared (no append is
half-done while they read) and still run side by side. The locks end with
the transaction, so a killed process cannot leave one held.

SQLite needs none of this: it has one writer at a time, and a reader's snapshot never
contains a later position without the earlier ones.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import text
from sqlalchemy.orm import Session

#: An arbitrary, fixed key for the change-log lock ("vsdk" in ASCII).
CHANGE_LOG_LOCK: Final = 0x7673646B


def lock_change_log(session: Session, *, exclusive: bool) -> None:
    """Take the change-log lock for the rest of ``session``'s transaction (PostgreSQL only)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    session.execute(text(f"SELECT {function}(:key)"), {"key": CHANGE_LOG_LOCK})
