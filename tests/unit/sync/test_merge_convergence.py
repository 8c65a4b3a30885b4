"""Property: replicas converge, whatever order bundles meet in, and no free text is lost.

A hub (authority side) and two devices (school side) edit the same two pupils: owned and
shared fields, structured and free text, deletes of a pupil or of one target, restores,
and resolutions of the conflicts each sees. Bundles go device ↔ hub only (as in the
product); each is a batch from the sender's log, starting anywhere in it (so resends overlap), in a
shuffled order, and sits in flight until it is delivered (possibly twice) or dropped.
Clocks are skewed and often tick within the same millisecond.

After a final full exchange every replica must hold the same state (the same visible
fields, the same conflicts under the same ids, the same registers), equal to replaying the
whole history in another order with duplicates; and every free text ever written must be
the value of its field or held in a conflict, unless someone knowingly replaced it.

"Knowingly" is recorded here from what the person had in front of them, not read from the
changes' bases (a wrong base is exactly the bug to catch): an edit replaces the text its
field showed, a resolution the versions its conflict showed, a delete the whole record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from hypothesis import given, note, settings
from hypothesis import strategies as st
from merge_testkit import FIELDS, P1, P2, POLICY, SCOPES, FakeWall, Party, is_text

from vsdesk.sync.changes import Change
from vsdesk.sync.conflicts import Conflict
from vsdesk.sync.merge import MergeState, replay, within

ENTITIES = (P1, P1, P1, P2)  # most edits on one pupil, so that they meet
LINKS = (("hub", "dev-a"), ("dev-a", "hub"), ("hub", "dev-b"), ("dev-b", "hub"))
STEPS = st.integers(min_value=10, max_value=60)
#: The fields a run edits: a few, so that edits meet and conflict.
HOT = st.lists(st.sampled_from(sorted(FIELDS)), min_size=1, max_size=3, unique=True)
CONVERGE = settings(max_examples=150, deadline=None)


@dataclass
class World:
    """Three replicas, the bundles in flight between them, and every change ever made."""

    time: FakeWall
    parties: dict[str, Party]
    in_flight: list[tuple[str, list[Change]]] = field(default_factory=list)
    written: list[Change] = field(default_factory=list)
    #: ``(entity, field, stamp)`` of every version someone knowingly replaced.
    replaced: set[tuple[str, str, str]] = field(default_factory=set)
    texts: int = 0
    hot: tuple[str, ...] = tuple(sorted(FIELDS))

    @classmethod
    def new(cls, skews: list[int], hot: list[str] | None = None) -> World:
        time = FakeWall()
        sides = {"hub": "authority", "dev-a": "school", "dev-b": "school"}
        parties = {
            name: Party(name, side, wall=FakeWall())  # type: ignore[arg-type]
            for name, side in sides.items()
        }
        world = cls(time, parties, hot=tuple(hot or sorted(FIELDS)))
        for party, skew in zip(parties.values(), skews, strict=True):
            party.wall.millis = time.millis + skew
        return world

    def tick(self, millis: int) -> None:
        self.time.millis += millis
        for party in self.parties.values():
            party.wall.millis += millis

    def record(self, party: Party, change: Change, seen: Iterable[tuple[str, str]]) -> None:
        """Make ``change`` at ``party``, whose person knowingly replaced ``seen`` (path, stamp)."""
        party.make(change)
        self.written.append(change)
        self.replaced |= {(change.entity, path, stamp) for path, stamp in seen}
        note(f"{party.name}: {change.op} {change.entity} {change.field!r} = {change.value!r}")

    def new_text(self, author: str) -> str:
        self.texts += 1
        return f"text {self.texts} by {author}"


# --- the actions -----------------------------------------------------------------------------


def act_edit(world: World, data: st.DataObject) -> None:
    party = data.draw(st.sampled_from(sorted(world.parties.values(), key=lambda p: p.name)))
    entity = data.draw(st.sampled_from(ENTITIES))
    path = data.draw(st.sampled_from(world.hot))
    if party.state.is_deleted(entity, path):
        return  # the app offers no editor for a deleted record
    value = world.new_text(party.name) if is_text(path) else data.draw(st.integers(0, 3))
    shown = party.state.get(entity, path)
    seen = [
        (path, head.version)
        for head in party.state.heads(entity, path)
        if shown is not None and (head.value == shown.value or not is_text(path))
    ]
    world.record(party, party.editor.edit(party.state, entity, path, value), seen)


def act_delete(world: World, data: st.DataObject) -> None:
    party = data.draw(st.sampled_from(sorted(world.parties.values(), key=lambda p: p.name)))
    entity = data.draw(st.sampled_from(ENTITIES))
    scope = data.draw(st.sampled_from(SCOPES))
    if not party.state.is_deleted(entity, scope):
        delete(world, party, entity, scope)


def delete(world: World, party: Party, entity: str, scope: str) -> None:
    """Deleting a record knowingly drops every version under it."""
    state = party.state.entities.get(entity)
    registers = state.registers.items() if state else ()
    seen = [(p, h.version) for p, r in registers if within(p, scope) for h in r.heads]
    world.record(party, party.editor.delete(party.state, entity, scope), seen)


def act_restore(world: World, data: st.DataObject) -> None:
    party = data.draw(st.sampled_from(sorted(world.parties.values(), key=lambda p: p.name)))
    deleted = sorted(party.state.deleted())
    if deleted:
        entity, scope = data.draw(st.sampled_from(deleted))
        world.record(party, party.editor.restore(party.state, entity, scope), ())


def act_resolve(world: World, data: st.DataObject) -> None:
    party = data.draw(st.sampled_from(sorted(world.parties.values(), key=lambda p: p.name)))
    conflicts = sorted(party.state.conflicts().values(), key=lambda c: c.conflict_id)
    if conflicts:
        conflict = data.draw(st.sampled_from(conflicts))
        settle(world, party, conflict, data)


def settle(world: World, party: Party, conflict: Conflict, data: st.DataObject) -> None:
    """A teacher's choice: keep or delete a raced record; pick a version or write anew."""
    entity, path = conflict.entity, conflict.field
    if conflict.kind == "delete" and data.draw(st.booleans()):
        world.record(party, party.editor.restore(party.state, entity, path), ())
    elif conflict.kind == "delete":
        delete(world, party, entity, path)
    else:
        choices = [v.value for v in conflict.versions]
        fresh = world.new_text(party.name) if conflict.free_text else data.draw(st.integers(0, 3))
        value = data.draw(st.sampled_from([*choices, fresh]))
        seen = [(path, v.version) for v in conflict.versions]
        world.record(party, party.editor.resolve(conflict, value), seen)


def act_send(world: World, data: st.DataObject) -> None:
    sender, receiver = data.draw(st.sampled_from(LINKS))
    log = world.parties[sender].log
    start = data.draw(st.integers(0, len(log)))
    bundle = data.draw(st.permutations(log[start:]))
    world.in_flight.append((receiver, list(bundle)))


def act_deliver(world: World, data: st.DataObject) -> None:
    if world.in_flight:
        index = data.draw(st.integers(0, len(world.in_flight) - 1))
        receiver, bundle = world.in_flight[index]
        if not data.draw(st.booleans()):  # else it stays in flight: delivered again later
            del world.in_flight[index]
        world.parties[receiver].receive(bundle)


def act_drop(world: World, data: st.DataObject) -> None:
    if world.in_flight:
        del world.in_flight[data.draw(st.integers(0, len(world.in_flight) - 1))]


def act_sync_now(world: World, data: st.DataObject) -> None:
    """A device and the hub exchange everything at once (the "Sync now" button)."""
    device = world.parties[data.draw(st.sampled_from(["dev-a", "dev-b"]))]
    hub = world.parties["hub"]
    hub.receive(list(device.log))
    device.receive(list(hub.log))


def act_tick(world: World, data: st.DataObject) -> None:
    world.tick(data.draw(st.sampled_from([0, 0, 1, 7, 250])))


Action = Callable[[World, st.DataObject], None]
ACTIONS: list[Action] = [
    act_edit,
    act_edit,
    act_edit,
    act_edit,
    act_delete,
    act_restore,
    act_resolve,
    act_resolve,
    act_resolve,
    act_sync_now,
    act_send,
    act_send,
    act_deliver,
    act_deliver,
    act_deliver,
    act_drop,
    act_tick,
]


# --- the end of the run ------------------------------------------------------------------------


def full_exchange(world: World, data: st.DataObject) -> None:
    """Resend everything: devices to the hub, then the hub to the devices, shuffled."""
    hub = world.parties["hub"]
    devices = [world.parties["dev-a"], world.parties["dev-b"]]
    for device in devices:
        hub.receive(data.draw(st.permutations(device.log)))
    for device in devices:
        device.receive(data.draw(st.permutations(hub.log)))


def assert_no_text_lost(world: World, state: MergeState) -> None:
    held = [v.value for c in state.conflicts().values() for v in c.versions]
    for change in world.written:
        if change.op != "set" or not is_text(change.field):
            continue
        if (change.entity, change.field, change.stamp) in world.replaced:
            continue
        shown = state.get(change.entity, change.field)
        assert (shown is not None and shown.value == change.value) or change.value in held, (
            f"text lost: {change}"
        )


@CONVERGE
@given(
    skews=st.lists(st.integers(0, 40), min_size=3, max_size=3),
    hot=HOT,
    steps=STEPS,
    data=st.data(),
)
def test_replicas_converge_and_keep_every_text(
    skews: list[int], hot: list[str], steps: int, data: st.DataObject
) -> None:
    world = World.new(skews, hot)
    for _ in range(steps):
        data.draw(st.sampled_from(ACTIONS), label="action")(world, data)

    full_exchange(world, data)

    hub, dev_a, dev_b = (world.parties[n] for n in ("hub", "dev-a", "dev-b"))
    assert hub.state.fields() == dev_a.state.fields() == dev_b.state.fields()
    assert hub.state.conflicts() == dev_a.state.conflicts() == dev_b.state.conflicts()
    assert hub.state == dev_a.state == dev_b.state
    assert len(hub.state.applied) == len(world.written)
    shuffled = data.draw(st.permutations(world.written + world.written[::2]))
    assert replay(shuffled, POLICY) == hub.state
    assert_no_text_lost(world, hub.state)


@CONVERGE
@given(hot=HOT, steps=STEPS, data=st.data())
def test_merging_again_changes_nothing(hot: list[str], steps: int, data: st.DataObject) -> None:
    world = World.new([0, 3, 5], hot)
    for _ in range(steps):
        data.draw(st.sampled_from(ACTIONS), label="action")(world, data)
    full_exchange(world, data)
    hub = world.parties["hub"]
    before = hub.state

    again = hub.receive(world.written)

    assert hub.state == before
    assert (again.applied, again.new_conflicts, again.superseded) == ((), (), ())
