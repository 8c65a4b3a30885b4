"""Make local changes on top of a replica's state: edits, resolutions, deletes, restores.

A change's ``base`` is what tells every other replica whether the change follows a version
or races it, so it is computed here, once, from the state the person was looking at,
rather than by each caller:

- an ordinary **edit** is made on top of every version of the field, except that free text
  held in a conflict is left alone: only an explicit resolution may drop typed text;
- a **resolution** is made on top of exactly the versions the conflict showed, so it
  replaces them on every replica, and a version that arrived since stays in conflict;
- a **delete** covers every version under its scope (and replaces earlier deletes or
  restores of it); a **restore** replaces the deletes of its scope.

Each change gets its own clock stamp, after the clock has observed the newest version in
its base, so the stamp is always newer than its base (which ``Change`` requires) and no two
changes share a stamp. The changes are returned, not applied: the caller records each one
and merges it with :func:`vsdesk.sync.merge.apply_changes`, the same path as received
changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vsdesk.sync.changes import Change, JsonValue, Op, Side, format_base, new_change_id
from vsdesk.sync.conflicts import Conflict
from vsdesk.sync.hlc import HybridClock
from vsdesk.sync.merge import MergeState, within

__all__ = ["Editor", "delete_base", "edit_base"]


@dataclass(frozen=True)
class Editor:
    """One party making changes: its clock (whose node id is the author) and its side."""

    clock: HybridClock
    side: Side
    new_id: Callable[[], str] = new_change_id

    @property
    def author(self) -> str:
        return self.clock.node

    def edit(self, state: MergeState, entity: str, field: str, value: JsonValue) -> Change:
        """Set one field to ``value``, on top of what this replica shows."""
        return self._change(entity, field, value, "set", edit_base(state, entity, field))

    def resolve(self, conflict: Conflict, value: JsonValue) -> Change:
        """Settle a field conflict: ``value`` replaces every version the conflict held."""
        if conflict.kind != "field":
            raise ValueError("a delete conflict is settled by delete() or restore()")
        base = {version.version for version in conflict.versions}
        return self._change(conflict.entity, conflict.field, value, "set", base)

    def delete(self, state: MergeState, entity: str, scope: str = "") -> Change:
        """Delete an entity (``scope == ""``) or one record in it (``scope`` a group path)."""
        return self._change(entity, scope, None, "delete", delete_base(state, entity, scope))

    def restore(self, state: MergeState, entity: str, scope: str = "") -> Change:
        """Undo the deletes of a scope (keep a record a delete raced): its data comes back."""
        base = {tombstone.version for tombstone in state.tombstones(entity, scope)}
        if not base:
            raise ValueError("there is no delete of this record to undo")
        return self._change(entity, scope, None, "restore", base)

    def _change(self, entity: str, field: str, value: JsonValue, op: Op, base: set[str]) -> Change:
        if base:
            self.clock.observe(max(base))
        stamp = self.clock.now()
        return Change(
            change_id=self.new_id(),
            entity=entity,
            field=field,
            value=value,
            base=format_base(base),
            stamp=str(stamp),
            author=self.author,
            side=self.side,
            op=op,
        )


def edit_base(state: MergeState, entity: str, field: str) -> set[str]:
    """The versions an ordinary edit replaces: all, or only the shown one if free text is
    held in a conflict (so the other texts stay until someone resolves the conflict)."""
    shown = state.get(entity, field)
    conflict = state.conflict_for(entity, field)
    if shown is not None and conflict is not None and conflict.free_text:
        return {shown.version}
    return {head.version for head in state.heads(entity, field)}


def delete_base(state: MergeState, entity: str, scope: str) -> set[str]:
    """Every version under ``scope`` and every delete or restore of it: what a delete saw."""
    found = state.entities.get(entity)
    if found is None:
        return set()
    fields = {
        head.version
        for path, register in found.registers.items()
        if within(path, scope)
        for head in register.heads
    }
    return fields | {tombstone.version for tombstone in state.tombstones(entity, scope)}
