"""Re-stamping a device's unsent work after its clock was wrong (issue 8, part 3).

A laptop whose date was years ahead stamped the teacher's edits years ahead, and its hybrid
clock kept that time even after the date was corrected. Every authority refuses such
stamps (:mod:`vsdesk.sync.clock_checks`), so without help the teacher's work could never
reach the Virtual School. Before an export, the device therefore gives its own changes that
no authority has acknowledged, and that are too far ahead of its (now correct) clock, new
stamps from the corrected clock, and brings its clock back.

Why this is safe: nobody else has those stamps (the authority refused or never received
the bundles carrying them, or it would have acknowledged them), so rewriting them changes
no other replica. New stamps are issued in the order of the old ones, each above every
stamp kept, so a change still sorts after the versions it was made on, and the order of
all versions (which decides "the later edit wins") is the same as before: the documents
people read do not change. Change ids stay, so a bundle carrying a change before and after
re-stamping is still recognised as the same change.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from vsdesk.clock import millis
from vsdesk.services.change_book import CLOCK_KEY, conflict_body
from vsdesk.storage.schema import MetaRow
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.sync.changes import format_base
from vsdesk.sync.hlc import HybridClock, Stamp
from vsdesk.sync.pupil_entities import ModelPolicy, parse_entity
from vsdesk.sync.register_codec import decode_entity, encode_entity

POLICY = ModelPolicy()


def restamp_unsent(
    session: Session, party_id: str, authority: str, now: datetime, limit: timedelta
) -> int:
    """Re-stamp this device's unacknowledged changes for ``authority`` that are more than
    ``limit`` ahead of ``now``; returns how many were re-stamped."""
    sync = SyncRepository(session)
    acked = sync.acknowledged_change(authority)
    latest = millis(now + limit)
    unsent = [
        (seq, body)
        for seq, body in sync.changes_since(acked, authority_id=authority, origin=party_id)
        if Stamp.parse(body["stamp"]).millis > latest
    ]
    if not unsent:
        return 0
    moving = {seq for seq, _ in unsent}
    kept = [Stamp.parse(body["stamp"]) for seq, body in sync.all_changes() if seq not in moving]
    clock = HybridClock(party_id, wall=lambda: millis(now), last=max(kept, default=None))
    renamed: dict[str, str] = {}
    for seq, body in sorted(unsent, key=lambda item: item[1]["stamp"]):
        renamed[body["stamp"]] = str(clock.now())
        sync.rewrite_change(seq, _renamed_change(body, renamed))
    _rewrite_registers(sync, {body["entity"] for _, body in unsent}, renamed)
    _reset_clock(session, sync, party_id)
    return len(unsent)


def _renamed_change(body: dict[str, Any], renamed: dict[str, str]) -> dict[str, Any]:
    base = [renamed.get(version, version) for version in body["base"].split(",") if version]
    return body | {"stamp": renamed[body["stamp"]], "base": format_base(base)}


def _rewrite_registers(sync: SyncRepository, entities: set[str], renamed: dict[str, str]) -> None:
    """Rename the stamps in the entities' registers, and their conflicts with them."""
    for entity, registers in sync.registers(entities).items():
        state = decode_entity(entity, _renamed(registers, renamed), POLICY)
        pupil_id = parse_entity(entity)[1]
        sync.save_registers(entity, pupil_id, encode_entity(state))
        sync.rename_in_conflicts(entity, renamed)
        for conflict in state.conflicts.values():
            sync.save_conflict(
                conflict.conflict_id, pupil_id, conflict.status, conflict_body(conflict)
            )


def _renamed(data: Any, renamed: dict[str, str]) -> Any:
    text = json.dumps(data, ensure_ascii=False)
    for old, new in renamed.items():
        text = text.replace(json.dumps(old), json.dumps(new))
    return json.loads(text)


def _reset_clock(session: Session, sync: SyncRepository, party_id: str) -> None:
    """The clock goes back to the newest stamp that still exists anywhere in the log."""
    newest = max((Stamp.parse(body["stamp"]) for _, body in sync.all_changes()), default=None)
    if newest is not None:
        session.merge(
            MetaRow(key=CLOCK_KEY, value=str(Stamp(newest.millis, newest.counter, party_id)))
        )
