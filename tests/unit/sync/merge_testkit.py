"""In-memory replicas for the merge tests: a field policy, a fake wall clock, a party.

A :class:`Party` is what the vault or the hub will be, minus storage: a state, the log of
every change it knows (in the order it learned them, as a bundle writer would send them),
and an :class:`Editor` with its own clock.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field

from vsdesk.sync.changes import Change, JsonValue, Side
from vsdesk.sync.edits import Editor
from vsdesk.sync.hlc import HybridClock
from vsdesk.sync.merge import MergeResult, MergeState, apply_changes

P1 = "pupil:p1"
P2 = "pupil:p2"

#: field path -> (owner, free text)
FIELDS: dict[str, tuple[str, bool]] = {
    "pupil.legal_status": ("authority", False),
    "safeguarding.notes": ("authority", True),
    "attendance.percent": ("school", False),
    "voice.pupil": ("school", True),
    "targets.t1.progress": ("shared", False),
    "targets.t1.description": ("shared", True),
    "targets.t2.description": ("shared", True),
}
SCOPES = ("", "targets.t1")


class TablePolicy:
    """The merge policy from a table (the app derives it from the domain model's facts)."""

    def owner_of(self, field: str) -> str:
        return FIELDS.get(field, ("shared", False))[0]

    def is_free_text(self, field: str) -> bool:
        return FIELDS.get(field, ("shared", False))[1]


POLICY = TablePolicy()


def is_text(field: str) -> bool:
    return POLICY.is_free_text(field)


@dataclass
class FakeWall:
    """A wall clock the test moves by hand (milliseconds)."""

    millis: int = 1_700_000_000_000

    def __call__(self) -> int:
        return self.millis


@dataclass
class Party:
    """One replica: a device (school side) or the hub (authority side)."""

    name: str
    side: Side
    wall: FakeWall = field(default_factory=FakeWall)
    state: MergeState = field(default_factory=MergeState)
    log: list[Change] = field(default_factory=list)

    def __post_init__(self) -> None:
        ids = itertools.count(1)
        clock = HybridClock(self.name, wall=self.wall)
        self.editor = Editor(clock, self.side, new_id=lambda: f"{self.name}-{next(ids)}")

    def receive(self, changes: Iterable[Change]) -> MergeResult:
        result = apply_changes(self.state, changes, POLICY)
        self.state = result.state
        self.log.extend(result.applied)
        for change in result.applied:
            self.editor.clock.observe(change.stamp)
        return result

    def make(self, change: Change) -> Change:
        """Record and merge a change made here, as the app does."""
        self.receive([change])
        return change

    def edit(self, entity: str, path: str, value: JsonValue) -> Change:
        return self.make(self.editor.edit(self.state, entity, path, value))

    def delete(self, entity: str, scope: str = "") -> Change:
        return self.make(self.editor.delete(self.state, entity, scope))

    def restore(self, entity: str, scope: str = "") -> Change:
        return self.make(self.editor.restore(self.state, entity, scope))


def sync(*parties: Party) -> None:
    """Full exchange: everyone ends up with every change anyone has."""
    for _ in range(2):
        for sender in parties:
            for receiver in parties:
                if receiver is not sender:
                    receiver.receive(list(sender.log))
