"""Who wins when versions are concurrent, and what stays visible (DESIGN §5).

The merge (:mod:`vsdesk.sync.merge`) keeps, per field, the *heads*: the versions no known
change was made on top of. One head is the ordinary case. Several heads means concurrent
edits, and everything here is a pure function of that set of heads, never of the order the
versions arrived in, which is what lets every replica reach the same answer:

- **owned field** (``Policy.owner_of`` names a side): the owner's versions contend, the
  other side's are overridden. Overridden structured values go silently (the owner decides
  them); overridden free text is kept in an ``auto-resolved`` conflict, because typed text
  is never dropped without a person seeing it.
- **shared field**, or several versions from the owner's side: the greatest
  ``(stamp, author, change_id)`` wins. Structured losers stay visible in an
  ``auto-resolved`` conflict; free-text losers are held in an ``open`` conflict for the
  teacher to resolve.
- versions that all hold the same value are no conflict: nothing would be lost.
- a **delete** racing an edit leaves the record in place with an ``open`` delete conflict.

A conflict's id is a hash of its kind, entity, field and the stamps of the versions in it,
so two replicas holding the same heads hold the same conflicts under the same ids. When a
new concurrent version arrives the set changes and so does the id: the caller sees the old
conflict closed and a new one opened, holding every version.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from vsdesk.sync.changes import Change, JsonValue, Side

__all__ = [
    "Conflict",
    "ConflictKind",
    "ConflictStatus",
    "Decision",
    "FieldState",
    "Policy",
    "Tombstone",
    "conflict_id",
    "decide",
    "delete_conflict",
    "field_conflict",
    "rank",
]

ConflictKind = Literal["field", "delete"]
ConflictStatus = Literal["open", "auto-resolved"]


class Policy(Protocol):
    """What the merge needs to know about a field path; the domain model supplies it."""

    def owner_of(self, field: str) -> str:
        """``"authority"``, ``"school"`` or ``"shared"`` (anything else counts as shared)."""
        ...

    def is_free_text(self, field: str) -> bool:
        """True for text a person typed (voice, notes, minutes): never dropped unseen."""
        ...


@dataclass(frozen=True)
class FieldState:
    """One version of a field: its value and the change that wrote it."""

    value: JsonValue
    version: str
    author: str
    side: Side
    change_id: str

    @classmethod
    def of(cls, change: Change) -> FieldState:
        return cls(change.value, change.stamp, change.author, change.side, change.change_id)


@dataclass(frozen=True)
class Tombstone:
    """A delete (``deleted``) or a restore of a scope; ``covers`` = the versions it saw."""

    version: str
    author: str
    side: Side
    change_id: str
    deleted: bool
    covers: frozenset[str]

    @classmethod
    def of(cls, change: Change) -> Tombstone:
        return cls(
            change.stamp,
            change.author,
            change.side,
            change.change_id,
            change.deleted,
            change.base_versions,
        )


@dataclass(frozen=True)
class Conflict:
    """Concurrent versions a person may want to look at.

    ``kind == "field"``: ``versions`` are every head of ``field``, ``winner`` (the value the
    field shows) first. ``kind == "delete"``: ``field`` is the scope a delete raced
    (``""`` = the whole entity), ``tombstones`` the deletes (and restores) in the race and
    ``versions`` the edits that raced them, each at ``paths[i]``.
    """

    conflict_id: str
    kind: ConflictKind
    status: ConflictStatus
    entity: str
    field: str
    free_text: bool
    winner: FieldState | None
    versions: tuple[FieldState, ...]
    paths: tuple[str, ...]
    tombstones: tuple[Tombstone, ...] = ()

    @property
    def losers(self) -> tuple[FieldState, ...]:
        """The versions that do not show in the field (all of them for a delete conflict)."""
        return tuple(v for v in self.versions if v != self.winner)


@dataclass(frozen=True)
class Decision:
    """The outcome for one field's heads; ``contenders`` include the winner."""

    winner: FieldState
    contenders: tuple[FieldState, ...]
    overridden: tuple[FieldState, ...]


def rank(version: FieldState | Tombstone) -> tuple[str, str, str]:
    """The total order among concurrent versions: clock, then author, then change id."""
    return (version.version, version.author, version.change_id)


def decide(heads: Sequence[FieldState], owner: str) -> Decision:
    """Pick the version a field shows; the owner's side, if it has a version, decides."""
    if len(heads) == 1:
        return Decision(heads[0], tuple(heads), ())
    owned = tuple(head for head in heads if head.side == owner)
    contenders = owned or tuple(heads)
    overridden = tuple(head for head in heads if head not in contenders)
    return Decision(max(contenders, key=rank), contenders, overridden)


def field_conflict(
    entity: str, field: str, heads: Sequence[FieldState], policy: Policy
) -> Conflict | None:
    """The conflict concurrent heads of ``field`` make, if anything would be lost."""
    if len(heads) < 2 or len(_distinct(heads)) < 2:
        return None
    decision = decide(heads, policy.owner_of(field))
    status = _status(decision, policy.is_free_text(field))
    if status is None:
        return None
    others = sorted((h for h in heads if h != decision.winner), key=rank, reverse=True)
    versions = (decision.winner, *others)
    return Conflict(
        conflict_id=conflict_id("field", entity, field, (v.version for v in versions)),
        kind="field",
        status=status,
        entity=entity,
        field=field,
        free_text=policy.is_free_text(field),
        winner=decision.winner,
        versions=versions,
        paths=(field,) * len(versions),
    )


def _status(decision: Decision, free_text: bool) -> ConflictStatus | None:
    if len(_distinct(decision.contenders)) > 1:
        return "open" if free_text else "auto-resolved"
    # The owner's side agrees; only the other side's overridden versions differ.
    return "auto-resolved" if free_text else None


def delete_conflict(
    entity: str,
    scope: str,
    tombstones: Sequence[Tombstone],
    racing: Sequence[tuple[str, FieldState]],
) -> Conflict:
    """The open conflict of a delete that did not take effect: an edit or restore raced it."""
    edits = sorted(racing, key=lambda item: (item[0], rank(item[1])))
    stamps = [t.version for t in tombstones] + [state.version for _, state in edits]
    return Conflict(
        conflict_id=conflict_id("delete", entity, scope, stamps),
        kind="delete",
        status="open",
        entity=entity,
        field=scope,
        free_text=False,
        winner=None,
        versions=tuple(state for _, state in edits),
        paths=tuple(path for path, _ in edits),
        tombstones=tuple(sorted(tombstones, key=rank)),
    )


def conflict_id(kind: ConflictKind, entity: str, field: str, versions: Iterable[str]) -> str:
    """Same inputs, same id, on every replica (no clock, no randomness, no order)."""
    text = "\n".join([kind, entity, field, *sorted(versions)])
    return "c-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _distinct(versions: Iterable[FieldState]) -> set[str]:
    return {json.dumps(v.value, sort_keys=True, separators=(",", ":")) for v in versions}
