"""Merge changes into a replica's state: per field, three-way against each change's base.

No storage, no clock, no I/O: :func:`apply_changes` takes a state and a sequence of
changes and returns a new state; the vault, the hub and the tests all call it the same way.

**The state.** Per ``(entity, field)`` a :class:`Register` holds the *heads* (versions that
no known change names in its ``base``) and ``superseded`` (every stamp any known change
names in its base). Per ``(entity, scope)`` a register of tombstones holds deletes and
restores the same way. What a teacher sees (the value of each field, the conflicts, which
records are deleted) is derived from the heads by the rules in :mod:`vsdesk.sync.conflicts`.

**Applying a change** ``c`` to its register: ``superseded |= base(c)``; drop the heads
named in ``base(c)``; add ``c`` as a head unless its own stamp is already superseded (a
change made on top of it arrived first). So when ``base(c)`` names the one head, ``c``
replaces it ("only one side changed"); otherwise ``c`` is concurrent and stays beside the
heads it did not see.

**Why replicas converge.** By induction over that step, a register's heads are exactly
``{v : v.stamp not in the union of base(c) over all received c}``: a function of the *set*
of changes received, not of their order or batching. A duplicate is skipped by its change
id, and would change nothing anyway (set union is idempotent). Every derived fact is a
pure function of the heads: the winner is a maximum under a total order, a conflict's id is
a hash of its versions, a scope is deleted iff its live deletes cover every head under it.
So two replicas that have received the same changes hold equal states, however bundles
were ordered, duplicated, dropped and resent. (It is a multi-value register CRDT per field
with a deterministic display rule.) Bases cannot form cycles, because a change's base
stamps must be older than its own stamp (checked by ``Change``), which the hybrid clock
guarantees for a change made on top of a version its node has seen. Versions are named by
their stamps, so every change needs a stamp of its own (:class:`vsdesk.sync.edits.Editor`
takes one per change; a device restored from an old backup could repeat stamps, which is
why DESIGN §4 makes it resync in full).

**Deletes.** A delete's base lists every version under its scope that its author saw. The
scope is deleted only while every head under it is covered by a live delete and no restore
is a head; a version the delete did not see (a racing edit) keeps the whole record, covered
fields included, and raises an open delete conflict. Nothing is dropped from the registers,
so a later restore or a late edit brings the record back identically everywhere.

**Partial states.** ``apply_changes`` reads only the entities the changes name and the
``applied`` ids of the changes it is given, so a store may pass a state holding just those.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from vsdesk.sync.changes import Change, FieldKey
from vsdesk.sync.conflicts import (
    Conflict,
    FieldState,
    Policy,
    Tombstone,
    decide,
    delete_conflict,
    field_conflict,
    rank,
)

__all__ = [
    "EntityState",
    "MergeResult",
    "MergeState",
    "Register",
    "Superseded",
    "apply_changes",
    "build_entity",
    "hidden",
    "replay",
    "within",
]

V = TypeVar("V", FieldState, Tombstone)


@dataclass(frozen=True)
class Register(Generic[V]):
    """The concurrent versions of one field (or scope) and every stamp replaced so far."""

    heads: tuple[V, ...] = ()
    superseded: frozenset[str] = frozenset()

    def add(self, version: V, base: frozenset[str]) -> Register[V]:
        """The register after one change; commutative and idempotent (module docstring)."""
        superseded = self.superseded | base
        heads = [head for head in self.heads if head.version not in base]
        if version.version not in superseded and version not in heads:
            heads.append(version)
        return Register(tuple(sorted(heads, key=rank)), superseded)


@dataclass(frozen=True)
class EntityState:
    """One entity's registers and what they show (``view``, ``deleted``, ``conflicts``)."""

    registers: Mapping[str, Register[FieldState]]
    scopes: Mapping[str, Register[Tombstone]]
    view: Mapping[str, FieldState]
    deleted: frozenset[str]
    conflicts: Mapping[str, Conflict]


@dataclass(frozen=True)
class MergeState:
    """A replica's merged state; compare two with ``==`` to check that they converged."""

    entities: Mapping[str, EntityState] = dataclasses.field(default_factory=dict)
    applied: frozenset[str] = frozenset()

    def get(self, entity: str, field: str) -> FieldState | None:
        """The version a field shows, or ``None`` if it has none or its record is deleted."""
        state = self.entities.get(entity)
        return state.view.get(field) if state else None

    def heads(self, entity: str, field: str) -> tuple[FieldState, ...]:
        """Every concurrent version of a field, shown or not."""
        state = self.entities.get(entity)
        register = state.registers.get(field) if state else None
        return register.heads if register else ()

    def tombstones(self, entity: str, scope: str) -> tuple[Tombstone, ...]:
        """The deletes and restores of a scope that no later change replaced."""
        state = self.entities.get(entity)
        register = state.scopes.get(scope) if state else None
        return register.heads if register else ()

    def fields(self) -> dict[FieldKey, FieldState]:
        """Every visible field: ``(entity, field) -> FieldState``."""
        return {(e, f): v for e, s in self.entities.items() for f, v in s.view.items()}

    def conflicts(self) -> dict[str, Conflict]:
        """Every conflict, open or auto-resolved, by id."""
        return {k: c for state in self.entities.values() for k, c in state.conflicts.items()}

    def conflict_for(self, entity: str, field: str) -> Conflict | None:
        """The field conflict of one field, if it has one."""
        state = self.entities.get(entity)
        conflicts = state.conflicts.values() if state else ()
        return next((c for c in conflicts if c.kind == "field" and c.field == field), None)

    def deleted(self) -> frozenset[FieldKey]:
        """Every deleted scope as ``(entity, scope)``; ``scope == ""`` is the whole entity."""
        return frozenset((e, s) for e, state in self.entities.items() for s in state.deleted)

    def is_deleted(self, entity: str, field: str = "") -> bool:
        """Whether a field, record or entity is hidden by a delete that took effect."""
        state = self.entities.get(entity)
        return state is not None and hidden(field, state.deleted)


@dataclass(frozen=True)
class Superseded:
    """A version that showed before the merge and lost to a concurrent one during it."""

    entity: str
    field: str
    lost: FieldState
    winner: FieldState


@dataclass(frozen=True)
class MergeResult:
    """The new state and what changed, for the caller's audit log and notifications."""

    state: MergeState
    applied: tuple[Change, ...]
    new_conflicts: tuple[Conflict, ...]
    closed_conflicts: tuple[Conflict, ...]
    superseded: tuple[Superseded, ...]
    touched: frozenset[str]


def apply_changes(state: MergeState, changes: Iterable[Change], policy: Policy) -> MergeResult:
    """Merge ``changes`` (local or received, any order, duplicates allowed) into ``state``."""
    applied = set(state.applied)
    drafts: dict[str, _Draft] = {}
    fresh: list[Change] = []
    for change in changes:
        if change.change_id in applied:
            continue
        applied.add(change.change_id)
        fresh.append(change)
        if change.entity not in drafts:
            drafts[change.entity] = _Draft.of(state.entities.get(change.entity))
        drafts[change.entity].add(change)
    rebuilt = {e: build_entity(e, d.registers, d.scopes, policy) for e, d in drafts.items()}
    new_state = MergeState({**state.entities, **rebuilt}, frozenset(applied))
    return _result(state, new_state, tuple(fresh), rebuilt)


def replay(changes: Iterable[Change], policy: Policy) -> MergeState:
    """The state a change log leads to (recovery, snapshots, tests)."""
    return apply_changes(MergeState(), changes, policy).state


@dataclass
class _Draft:
    """Mutable copies of one entity's registers while a batch is applied."""

    registers: dict[str, Register[FieldState]]
    scopes: dict[str, Register[Tombstone]]

    @classmethod
    def of(cls, state: EntityState | None) -> _Draft:
        return cls(dict(state.registers), dict(state.scopes)) if state else cls({}, {})

    def add(self, change: Change) -> None:
        if change.op == "set":
            register = self.registers.get(change.field, Register[FieldState]())
            self.registers[change.field] = register.add(FieldState.of(change), change.base_versions)
        else:
            scope = self.scopes.get(change.field, Register[Tombstone]())
            self.scopes[change.field] = scope.add(Tombstone.of(change), change.base_versions)


def build_entity(
    entity: str,
    registers: Mapping[str, Register[FieldState]],
    scopes: Mapping[str, Register[Tombstone]],
    policy: Policy,
) -> EntityState:
    """Derive what an entity shows from its registers: a pure function of the heads."""
    covers = _coverage(scopes)
    deleted = frozenset(s for s, r in scopes.items() if _takes_effect(s, r, registers, covers))
    visible = {f: r.heads for f, r in registers.items() if r.heads and not hidden(f, deleted)}
    view = {f: decide(heads, policy.owner_of(f)).winner for f, heads in visible.items()}
    found = [field_conflict(entity, f, heads, policy) for f, heads in visible.items()]
    found += _delete_conflicts(entity, scopes, registers, covers, deleted)
    conflicts = {c.conflict_id: c for c in found if c is not None}
    return EntityState(dict(registers), dict(scopes), view, deleted, conflicts)


def within(path: str, scope: str) -> bool:
    """Whether ``path`` lies in ``scope`` (``""`` is the whole entity)."""
    return scope == "" or path == scope or path.startswith(scope + ".")


def hidden(path: str, deleted: Iterable[str]) -> bool:
    """Whether ``path`` lies in any of the ``deleted`` scopes."""
    return any(within(path, scope) for scope in deleted)


def _coverage(scopes: Mapping[str, Register[Tombstone]]) -> dict[str, frozenset[str]]:
    """Per scope, the versions its live deletes saw (restores cover nothing)."""
    covers: dict[str, frozenset[str]] = {}
    for scope, register in scopes.items():
        seen = [t.covers for t in register.heads if t.deleted]
        if seen:
            covers[scope] = frozenset().union(*seen)
    return covers


def _racing(
    scope: str, registers: Mapping[str, Register[FieldState]], covers: Mapping[str, frozenset[str]]
) -> list[tuple[str, FieldState]]:
    """The heads under ``scope`` that no live delete over them saw: edits racing a delete."""
    return [
        (path, head)
        for path, register in registers.items()
        if within(path, scope)
        for head in register.heads
        if not any(head.version in seen for s, seen in covers.items() if within(path, s))
    ]


def _takes_effect(
    scope: str,
    register: Register[Tombstone],
    registers: Mapping[str, Register[FieldState]],
    covers: Mapping[str, frozenset[str]],
) -> bool:
    if not register.heads or not all(t.deleted for t in register.heads):
        return False
    return not _racing(scope, registers, covers)


def _delete_conflicts(
    entity: str,
    scopes: Mapping[str, Register[Tombstone]],
    registers: Mapping[str, Register[FieldState]],
    covers: Mapping[str, frozenset[str]],
    deleted: frozenset[str],
) -> list[Conflict]:
    return [
        delete_conflict(entity, scope, register.heads, _racing(scope, registers, covers))
        for scope, register in scopes.items()
        if scope in covers and scope not in deleted and not hidden(scope, deleted)
    ]


def _result(
    old: MergeState, new: MergeState, fresh: tuple[Change, ...], rebuilt: dict[str, EntityState]
) -> MergeResult:
    before = _conflicts_of(old.entities, rebuilt)
    after = _conflicts_of(rebuilt, rebuilt)
    superseded = [s for e, state in rebuilt.items() for s in _lost(e, old.entities.get(e), state)]
    return MergeResult(
        state=new,
        applied=fresh,
        new_conflicts=tuple(c for k, c in after.items() if k not in before),
        closed_conflicts=tuple(c for k, c in before.items() if k not in after),
        superseded=tuple(superseded),
        touched=frozenset(rebuilt),
    )


def _conflicts_of(entities: Mapping[str, EntityState], names: Iterable[str]) -> dict[str, Conflict]:
    found = (entities[name] for name in names if name in entities)
    return {key: conflict for state in found for key, conflict in state.conflicts.items()}


def _lost(entity: str, old: EntityState | None, new: EntityState) -> list[Superseded]:
    """Versions that showed and now lose to a concurrent version (not ones built upon)."""
    if old is None:
        return []
    lost = []
    for field, shown in old.view.items():
        winner = new.view.get(field)
        if winner is not None and winner != shown and shown in new.registers[field].heads:
            lost.append(Superseded(entity, field, shown, winner))
    return lost
