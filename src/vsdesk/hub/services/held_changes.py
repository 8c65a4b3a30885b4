"""Honest faults the hub absorbs instead of refusing a device's whole bundle (issue 8, part 4).

- **Held changes** (4a): a teacher edits offline, then the pupil is unassigned before the
  bundle arrives. Refusing the bundle would block the device's chain for good; applying the
  change would let a teacher write to a pupil they no longer hold. So the hub applies what
  is still in scope and *holds* the rest here, never dropping it, for the Virtual School to
  review (``vsdesk-hub sync held``).
- **Late edits to last term's plan** (issue 10): a teacher edits the current plan offline,
  and meanwhile the Virtual School opens a new term's plan (``plans open-term``). The
  change is one the device had every right to make, but the plan it names is history now;
  applying it would rewrite last term's record after the fact, refusing it would block
  the chain. It is held the same way, with its own reason.
- **Replaced devices** (4c): a vault restored from a backup, or copied to a new laptop,
  enrols again; the new device names the one it replaces, which is revoked. Changes the old
  device authored but never delivered arrive from the new one and count as its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vsdesk.hub.storage.clock import from_text, to_text
from vsdesk.hub.storage.schema import DeviceReplacementRow, HeldChangeRow
from vsdesk.hub.storage.store import HubStore
from vsdesk.sync.changes import Change


class HeldReason(StrEnum):
    """Why a change was held. Kept inside the held change's stored body (under
    :data:`REASON_KEY`), so the table needs no new column; a row from before reasons
    existed was held for the only reason there was then, an unassigned pupil."""

    UNASSIGNED = "unassigned"
    NOT_CURRENT_PLAN = "not-current-plan"

    @property
    def words(self) -> str:
        return _REASON_WORDS[self]


_REASON_WORDS = {
    HeldReason.UNASSIGNED: "the pupil was no longer assigned to the teacher",
    HeldReason.NOT_CURRENT_PLAN: "the plan was last term's: a new term's plan had been opened",
}
REASON_KEY = "held_because"


@dataclass(frozen=True)
class HeldChange:
    """A change kept for review: which pupil, from which device and bundle, what and why."""

    id: int
    pupil_id: str
    device_id: str
    teacher_id: str
    bundle_sequence: int
    received_at: datetime
    change: dict[str, Any]
    reason: HeldReason = HeldReason.UNASSIGNED


def hold(
    session: Session,
    changes: Iterable[tuple[Change, HeldReason]],
    *,
    device_id: str,
    teacher_id: str,
    sequence: int,
    at: datetime,
    pupil_of: Any,
) -> int:
    """Keep ``changes`` (each with why) for review; one already held (a resend) is not
    held twice."""
    changes = list(changes)
    known = set(
        session.scalars(
            select(HeldChangeRow.change_id).where(
                HeldChangeRow.change_id.in_([c.change_id for c, _ in changes])
            )
        )
    )
    added = 0
    for change, reason in changes:
        if change.change_id in known:
            continue
        known.add(change.change_id)
        session.add(
            HeldChangeRow(
                change_id=change.change_id,
                pupil_id=pupil_of(change),
                device_id=device_id,
                teacher_id=teacher_id,
                bundle_sequence=sequence,
                received_at=to_text(at),
                body=json.dumps(
                    change.to_dict() | {REASON_KEY: reason.value},
                    ensure_ascii=False,
                    sort_keys=True,
                ),
            )
        )
        added += 1
    return added


def list_held(store: HubStore) -> list[HeldChange]:
    """Changes kept for review (a pupil unassigned, or a plan no longer current, before
    their bundle arrived), oldest first."""
    with store.session() as session:
        return held_changes(session)


def held_changes(session: Session) -> list[HeldChange]:
    rows = session.scalars(select(HeldChangeRow).order_by(HeldChangeRow.id))
    return [_held(row) for row in rows]


def _held(row: HeldChangeRow) -> HeldChange:
    body = json.loads(row.body)
    reason = HeldReason(body.pop(REASON_KEY, HeldReason.UNASSIGNED.value))
    return HeldChange(
        row.id,
        row.pupil_id,
        row.device_id,
        row.teacher_id,
        row.bundle_sequence,
        from_text(row.received_at),
        body,
        reason,
    )


def record_replacement(session: Session, device_id: str, replaces: str, at: datetime) -> None:
    session.add(
        DeviceReplacementRow(device_id=device_id, replaces=replaces, replaced_at=to_text(at))
    )


def predecessors(session: Session, device_id: str) -> set[str]:
    """Every device this one replaced, directly or through earlier replacements."""
    found: set[str] = set()
    current = {device_id}
    while current:
        rows = session.scalars(
            select(DeviceReplacementRow.replaces).where(DeviceReplacementRow.device_id.in_(current))
        )
        current = set(rows) - found - {device_id}
        found |= current
    return found
