"""The change book: every change, local or received, goes through here in one transaction.

It keeps four things in step: the pupil and plan documents (what people read), the merge
registers (every concurrent version), the append-only change log (what bundles carry) and
the conflicts (what the teacher resolves). Local edits and received changes take the same
path through :func:`vsdesk.sync.merge.apply_changes`, which is what makes both sides
converge.
"""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from vsdesk.clock import Clock, millis, system_clock
from vsdesk.domain.model import Plan, Pupil
from vsdesk.errors import NotFoundError, ValidationError
from vsdesk.storage.pupil_repository import PupilRepository
from vsdesk.storage.schema import MetaRow
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.sync.changes import Change, Side
from vsdesk.sync.conflicts import Conflict
from vsdesk.sync.edits import Editor
from vsdesk.sync.hlc import HybridClock, Stamp
from vsdesk.sync.merge import MergeResult, MergeState, apply_changes
from vsdesk.sync.pupil_entities import (
    ModelPolicy,
    assemble,
    entity_fields,
    entity_for_path,
    parse_entity,
    plan_fields,
)
from vsdesk.sync.register_codec import decode_entity, encode_entity

POLICY = ModelPolicy()
CLOCK_KEY = "hlc_last"


@dataclass(frozen=True)
class MergeOutcome:
    applied: int
    pupils: frozenset[str]
    new_conflicts: tuple[Conflict, ...]


class ChangeBook:
    """One party's change book inside one open session."""

    def __init__(
        self, session: Session, party_id: str, side: Side, clock: Clock = system_clock
    ) -> None:
        """``clock``: the wall clock the hybrid clock's stamps start from (injected, like
        every reading of the time, so stamps agree with the clock the checks use)."""
        self.session = session
        self.sync = SyncRepository(session, clock)
        self.pupils = PupilRepository(session, clock)
        self.party_id = party_id
        self.editor = Editor(_load_clock(session, party_id, clock), side)

    # --- local changes ----------------------------------------------------------------------

    def record_edits(self, pupil: Pupil, paths_and_values: Sequence[tuple[str, Any]]) -> None:
        """Log the edits a person just made to ``pupil`` (already saved by the caller)."""
        plan = pupil.current_plan
        keyed = [
            (entity_for_path(pupil.id, plan.id if plan else None, path), path, value)
            for path, value in paths_and_values
        ]
        state = self._state({entity for entity, _, _ in keyed})
        changes = [self.editor.edit(state, entity, path, value) for entity, path, value in keyed]
        self._merge(state, changes, origin=self.party_id, rebuild=False)

    def record_new(self, pupils: Iterable[Pupil]) -> int:
        """Log a pupil's creation: one change per non-empty field of every entity."""
        count = 0
        for pupil in pupils:
            changes = [self.editor.edit(MergeState(), e, f, v) for e, f, v in entity_fields(pupil)]
            self._merge(MergeState(), changes, origin=self.party_id, rebuild=False)
            count += len(changes)
        return count

    def record_new_plan(self, pupil_id: str, plan: Plan) -> int:
        """Log a plan added to a pupil already logged (a new term's): one change per
        non-empty field, as :meth:`record_new` logs a whole pupil."""
        changes = [
            self.editor.edit(MergeState(), e, f, v) for e, f, v in plan_fields(pupil_id, plan)
        ]
        self._merge(MergeState(), changes, origin=self.party_id, rebuild=False)
        return len(changes)

    def resolve(self, conflict_id: str, value: Any) -> Change:
        row = self.sync.conflict(conflict_id)
        if row is None or row.status != "open":
            raise NotFoundError("No open conflict with that id.")
        entity = _conflict_entity(row.body)
        state = self._state({entity})
        conflict = state.conflicts().get(conflict_id)
        if conflict is None or conflict.kind != "field":
            raise NotFoundError("No open conflict with that id.")
        change = self.editor.resolve(conflict, value)
        self._merge(state, [change], origin=self.party_id, rebuild=True)
        return change

    # --- received changes -------------------------------------------------------------------

    def merge_received(self, changes: Sequence[Change], origin: str) -> MergeOutcome:
        for change in changes:
            self.editor.clock.observe(change.stamp)
        state = self._state({change.entity for change in changes})
        known = self.sync.known_change_ids(change.change_id for change in changes)
        state = dataclasses.replace(state, applied=frozenset(known))
        return self._merge(state, list(changes), origin=origin, rebuild=True)

    # --- the one path -----------------------------------------------------------------------

    def _merge(
        self, state: MergeState, changes: list[Change], *, origin: str, rebuild: bool
    ) -> MergeOutcome:
        result = apply_changes(state, changes, POLICY)
        by_pupil: dict[str, list[str]] = defaultdict(list)
        for entity in result.touched:
            pupil_id = parse_entity(entity)[1]
            by_pupil[pupil_id].append(entity)
            self.sync.save_registers(entity, pupil_id, encode_entity(result.state.entities[entity]))
        authorities = self._rebuild(result, by_pupil) if rebuild else {}
        for pupil_id in by_pupil.keys() - authorities.keys():
            authorities[pupil_id] = self._authority_of(pupil_id)
        self.sync.append_changes(
            (change.to_dict(), authorities[pupil_id], pupil_id, origin)
            for change in result.applied
            for pupil_id in (parse_entity(change.entity)[1],)
        )
        self._save_conflicts(result)
        _save_clock(self.session, self.editor.clock)
        return MergeOutcome(len(result.applied), frozenset(by_pupil), result.new_conflicts)

    def _rebuild(self, result: MergeResult, by_pupil: dict[str, list[str]]) -> dict[str, str]:
        """Write the merged values back into the documents; returns each pupil's authority."""
        authorities = {}
        for pupil_id, entities in by_pupil.items():
            existing = self.pupils.find(pupil_id)
            views = {
                e: {f: v.value for f, v in result.state.entities[e].view.items()} for e in entities
            }
            pupil = assemble(pupil_id, existing, views)
            self.pupils.save(pupil)
            authorities[pupil_id] = pupil.pupil.home_authority
        return authorities

    def _authority_of(self, pupil_id: str) -> str:
        authority = self.pupils.authority_of(pupil_id)
        if authority is None:
            raise ValidationError("A change names a pupil this store does not hold.")
        return authority

    def _save_conflicts(self, result: MergeResult) -> None:
        for conflict in result.closed_conflicts:
            self.sync.save_conflict(
                conflict.conflict_id, _pupil_of(conflict), "closed", conflict_body(conflict)
            )
        for entity in result.touched:
            for conflict in result.state.entities[entity].conflicts.values():
                self.sync.save_conflict(
                    conflict.conflict_id,
                    _pupil_of(conflict),
                    conflict.status,
                    conflict_body(conflict),
                )

    def _state(self, entities: set[str]) -> MergeState:
        stored = self.sync.registers(entities)
        decoded = {e: decode_entity(e, data, POLICY) for e, data in stored.items()}
        return MergeState(decoded, frozenset())


def conflict_body(conflict: Conflict) -> dict[str, Any]:
    body = dataclasses.asdict(conflict)
    for tombstone in body["tombstones"]:
        tombstone["covers"] = sorted(tombstone["covers"])
    return body


def _conflict_entity(body: str) -> str:
    return str(json.loads(body)["entity"])


def _pupil_of(conflict: Conflict) -> str:
    return parse_entity(conflict.entity)[1]


def _load_clock(session: Session, party_id: str, clock: Clock) -> HybridClock:
    row = session.get(MetaRow, CLOCK_KEY)
    last = Stamp.parse(row.value) if row is not None else None
    return HybridClock(party_id, wall=lambda: millis(clock()), last=last)


def _save_clock(session: Session, clock: HybridClock) -> None:
    if clock.last is not None:
        session.merge(MetaRow(key=CLOCK_KEY, value=str(clock.last)))
