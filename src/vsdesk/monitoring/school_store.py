"""Recording the Virtual School's facts on the hub: validated, all or nothing, audited.

Every pair of a ``set`` or a CSV import is checked (:mod:`.school_facts`) before the database
is touched; then one transaction writes the new values and an audit row per real change
(who, when, old → new). Setting a fact to the value it has is not a change and leaves no row.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC
from typing import Final, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from vsdesk.clock import Clock, system_clock
from vsdesk.errors import ValidationError
from vsdesk.monitoring.school_facts import SchoolFacts, facts_from, normalise
from vsdesk.monitoring.school_schema import SchoolFactAuditRow, SchoolFactRow

MAX_FACTS: Final = 2_000


class SessionSource(Protocol):
    """What the facts need of a store: one all-or-nothing session (the hub's ``HubStore``)."""

    def session(self) -> contextlib.AbstractContextManager[Session]: ...


@dataclass(frozen=True)
class FactChange:
    at: str
    actor: str
    key: str
    old: str | None
    new: str | None


class SchoolFactsStore:
    def __init__(self, store: SessionSource, actor: str, clock: Clock = system_clock) -> None:
        self.store = store
        self.actor = actor
        self.clock = clock

    def set(self, pairs: Sequence[tuple[str, str]]) -> int:
        """Store the pairs (empty value: remove); returns how many facts changed."""
        if not pairs:
            raise ValidationError("Give at least one KEY=VALUE.")
        if len(pairs) > MAX_FACTS:
            raise ValidationError(f"At most {MAX_FACTS} facts at once.")
        wanted: dict[str, str | None] = {}
        for key, value in pairs:
            if key in wanted:
                raise ValidationError(f"{key} is given twice; give each fact once.")
            wanted[key] = normalise(key, value) if value.strip() else None
        with self.store.session() as session:
            return self._write(session, wanted)

    def import_csv(self, data: bytes) -> int:
        """A ``key,value`` CSV (UTF-8, header row); every row checked before any is stored."""
        return self.set(list(_csv_pairs(data)))

    def stored(self) -> dict[str, str]:
        with self.store.session() as session:
            return {row.key: row.value for row in session.scalars(select(SchoolFactRow))}

    def facts(self) -> SchoolFacts:
        return facts_from(self.stored())

    def rows(self) -> list[SchoolFactRow]:
        with self.store.session() as session:
            return list(session.scalars(select(SchoolFactRow).order_by(SchoolFactRow.key)))

    def history(self) -> list[FactChange]:
        with self.store.session() as session:
            rows = session.scalars(select(SchoolFactAuditRow).order_by(SchoolFactAuditRow.id))
            return [FactChange(r.at, r.actor, r.key, r.old, r.new) for r in rows]

    def _write(self, session: Session, wanted: dict[str, str | None]) -> int:
        now = _stamp(self.clock)
        changed = 0
        for key, new in wanted.items():
            row = session.get(SchoolFactRow, key)
            old = row.value if row else None
            if old == new:
                continue
            if row is not None and new is None:
                session.delete(row)
            elif row is not None and new is not None:
                row.value, row.updated_at, row.updated_by = new, now, self.actor
            elif new is not None:
                session.add(
                    SchoolFactRow(key=key, value=new, updated_at=now, updated_by=self.actor)
                )
            session.add(SchoolFactAuditRow(at=now, actor=self.actor, key=key, old=old, new=new))
            changed += 1
        return changed


def _csv_pairs(data: bytes) -> Iterator[tuple[str, str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError("The facts file must be UTF-8 text.") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None or [h.strip().lower() for h in header] != ["key", "value"]:
        raise ValidationError("The facts file needs a header row: key,value.")
    for line, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != 2:
            raise ValidationError(f"line {line}: give exactly two cells, key and value.")
        key, value = row[0].strip(), row[1]
        try:
            if value.strip():
                normalise(key, value)
        except ValidationError as error:
            raise ValidationError(f"line {line}: {error}") from None
        yield key, value


def _stamp(clock: Clock) -> str:
    """Fixed-width UTC text, as every hub timestamp (compares alike on SQLite and PostgreSQL)."""
    return clock().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
