"""Property: a hub and its teachers' devices converge through real stores and bundle files.

One level above ``tests/unit/sync/test_merge_convergence.py`` (in-memory replicas): here a
real hub store and real SQLCipher vaults edit real pupils through ``PupilService``, export
real signed and encrypted bundles, and deliver them in any order, some twice, some never,
until a final exchange. A second device (another teacher, no shared pupils) sometimes
takes part, so the hub's bundles to one device must never carry the other's pupils.

At the end, for every assigned pupil:

- the hub and the device show the same record (``PupilService.view``, safeguarding too);
- they hold the same live conflicts (``open`` or ``auto-resolved``), under the same ids, with
  the same bodies. A ``closed`` conflict is history: which intermediate conflicts a side saw
  depends on the order changes reached it, so closed rows may differ;
- no typed text is lost: every free text ever typed on either side is the value of its
  field, or held in a live conflict, unless someone knowingly replaced it. "Knowingly" is
  recorded from what the person had on screen (an edit replaces the text its field showed,
  a resolution the versions its conflict listed), never read from the changes' bases.

A delivery may be refused only as a gap (an earlier bundle is missing) or as already
applied (a duplicate), and a refusal must leave the receiving store byte-for-byte as it was.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

from helpers.fixtures import PASSPHRASE
from helpers.hub_fixtures import HUB_PASSPHRASE
from helpers.phases import school_age_first
from helpers.sync_kit import Device, Hub, Kit, dump
from vsdesk.domain.fields import get_path
from vsdesk.hub.storage.keys import load_keys
from vsdesk.hub.storage.store import HubStore, default_url
from vsdesk.services.pupils import PupilService
from vsdesk.storage.store import Store
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.storage.vault import Vault
from vsdesk.sync.bundle_errors import BundleAlreadyAppliedError, BundleGapError
from vsdesk.sync.pupil_entities import ModelPolicy

POLICY = ModelPolicy()
TEXT = None  # marks a free-text field in the tables below: each edit types a new text

#: What the Virtual School edits: shared plan fields and its own identity fields. The shared
#: ones come first: hypothesis favours small indexes, and shared fields are where edits meet.
HUB_FIELDS: tuple[tuple[str, tuple[Any, ...] | None], ...] = (
    ("targets.t-1.description", TEXT),
    ("targets.t-1.progress", ("red", "amber", "green")),
    ("targets.t-1.owner", ("Designated teacher", "Form tutor", "Foster carer")),
    ("actions.a-1.done", (True, False)),
    ("pupil.social_worker", ("Rhys Evans", "Ffion Jones", "Aled Price")),
    ("pupil.school", ("Ysgol y Dŵr", "Ysgol Glan Môr")),
)
#: What a teacher edits: the same shared fields and the school's own.
DEVICE_FIELDS: tuple[tuple[str, tuple[Any, ...] | None], ...] = (
    ("targets.t-1.description", TEXT),
    ("targets.t-1.progress", ("red", "amber", "green")),
    ("actions.a-1.done", (True, False)),
    ("voice.pupil", TEXT),
    ("attendance.percent", (81.5, 90.0, 97.2)),
)
TRACKED_TEXT = sorted({f for f, v in HUB_FIELDS + DEVICE_FIELDS if v is TEXT})
SHARED = sorted({f for f, _ in HUB_FIELDS} & {f for f, _ in DEVICE_FIELDS})
ONE_SIDED = sorted({f for f, _ in HUB_FIELDS} ^ {f for f, _ in DEVICE_FIELDS})
#: The fields a run edits: one or two both sides edit, maybe some that only one side edits.
HOT = st.tuples(
    st.lists(st.sampled_from(SHARED), min_size=1, max_size=2, unique=True),
    st.lists(st.sampled_from(ONE_SIDED), max_size=2, unique=True),
).map(lambda lists: lists[0] + lists[1])

PICK = st.integers(min_value=0, max_value=50)
#: Most edits go to one pupil, so that edits meet.
PUPIL = st.sampled_from((0, 0, 0, 1, 2))
HUB_FIELD = st.integers(min_value=0, max_value=len(HUB_FIELDS) - 1)
DEVICE_FIELD = st.integers(min_value=0, max_value=len(DEVICE_FIELDS) - 1)
HUB_EDIT = st.tuples(st.just("hub-edit"), PUPIL, HUB_FIELD, PICK)
DEVICE_EDIT = st.tuples(st.just("device-edit"), PICK, PUPIL, DEVICE_FIELD, PICK)
EXPORT = st.tuples(st.just("export"), PICK)
DELIVER = st.tuples(st.just("deliver"), PICK, st.one_of(st.none(), st.none(), PICK))
RESOLVE = st.tuples(st.just("resolve"), PICK, PICK, PICK)
TICK = st.tuples(st.just("tick"), st.integers(min_value=1, max_value=30 * 3600))
#: Weighted by repetition: mostly edits and traffic (at most 40 ticks of 30 h: < 60 days).
STEP = st.one_of(
    HUB_EDIT, HUB_EDIT, DEVICE_EDIT, DEVICE_EDIT, EXPORT, EXPORT, DELIVER, DELIVER, DELIVER,
    RESOLVE, TICK,
)  # fmt: skip
#: Each example builds real stores and bundles (about 2 s). Twelve a run keeps the suite in
#: its budget; the seed changes every run (tests/conftest.py), so runs add up to many more.
CONVERGE = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

Typed = tuple[str, str, Any]  # (pupil id, field path, text)


@dataclass
class Link:
    """One direction of one hub–device pair and every bundle file exported along it."""

    name: str
    make: Callable[[Path], object]
    apply: Callable[[Path], object]
    receiver: Store
    files: list[Path] = field(default_factory=list)
    #: Files the receiver has applied, by index (a file is applied at most once).
    applied: set[int] = field(default_factory=set)


@dataclass
class Teacher:
    device: Device
    teacher: str
    pupils: list[str]


@dataclass
class World:
    kit: Kit
    hub: Hub
    teachers: list[Teacher]
    links: list[Link]
    files: Path
    #: The fields this run edits (others only if a side may edit none of these): a few,
    #: so that edits meet.
    hot: frozenset[str] = frozenset()
    typed: list[Typed] = field(default_factory=list)
    replaced: set[Typed] = field(default_factory=set)
    count: int = 0

    # --- steps ---------------------------------------------------------------------------

    def hub_edit(self, pupil: int, which: int, value: int) -> None:
        pupils = [p for t in self.teachers for p in t.pupils]
        self._edit("hub", self.hub.pupils(), pupils[pupil % len(pupils)], HUB_FIELDS, which, value)

    def device_edit(self, teacher: int, pupil: int, which: int, value: int) -> None:
        chosen = self.teachers[teacher % len(self.teachers)]
        pupil_id = chosen.pupils[pupil % len(chosen.pupils)]
        self._edit("device", chosen.device.pupils(), pupil_id, DEVICE_FIELDS, which, value)

    def _edit(
        self,
        who: str,
        service: PupilService,
        pupil_id: str,
        table: tuple[tuple[str, tuple[Any, ...] | None], ...],
        which: int,
        value: int,
    ) -> None:
        table = tuple(entry for entry in table if entry[0] in self.hot) or table
        path, choices = table[which % len(table)]
        if choices is TEXT:
            self.count += 1
            new: Any = f"{who} text {self.count}: Mae'r disgybl yn hapus, ŵ ŷ â"
            shown = get_path(service.view(pupil_id), path)
            self.replaced.add((pupil_id, path, shown))
            self.typed.append((pupil_id, path, new))
        else:  # the sides count from different ends, so that their small picks differ
            new = choices[value % len(choices) if who == "hub" else -1 - value % len(choices)]
        say(f"{who} edits {pupil_id} {path} = {new!r}")
        service.edit(pupil_id, {path: new})

    def export(self, link: int) -> None:
        chosen = self.links[link % len(self.links)]
        out = self.files / f"{chosen.name}-{len(chosen.files) + 1}.bundle"
        chosen.make(out)
        chosen.files.append(out)
        say(f"export {out.name}")

    def deliver(self, link: int, pick: int | None) -> None:
        chosen = self.links[link % len(self.links)]
        if not chosen.files:
            return
        if pick is None:  # the next one in order, so that runs make progress
            pending = [i for i in range(len(chosen.files)) if i not in chosen.applied]
            if not pending:
                return
            index = pending[0]
        else:
            index = pick % len(chosen.files)
        self._deliver(chosen, index)

    def _deliver(self, link: Link, index: int) -> None:
        path = link.files[index]
        before = dump(link.receiver)
        try:
            link.apply(path)
        except (BundleGapError, BundleAlreadyAppliedError) as refused:
            say(f"deliver {path.name}: {refused.code}")
            assert dump(link.receiver) == before, f"a refused {path.name} changed the store"
            if isinstance(refused, BundleAlreadyAppliedError):
                assert index in link.applied
            else:
                assert index not in link.applied
            return
        say(f"deliver {path.name}: applied")
        assert index not in link.applied, f"{path.name} was applied twice"
        link.applied.add(index)

    def resolve(self, teacher: int, pick: int, keep: int) -> None:
        chosen = self.teachers[teacher % len(self.teachers)]
        found = [c for c in chosen.device.sync.conflicts() if c["kind"] == "field"]
        if not found:
            return
        conflict = found[pick % len(found)]
        versions = conflict["versions"]
        kept = keep % len(versions)
        pupil_id = conflict["entity"].split(":", 1)[1].split(".", 1)[0]
        for i, version in enumerate(versions):
            if i != kept:
                self.replaced.add((pupil_id, conflict["field"], version["value"]))
        say(f"resolve {conflict['id']} on {conflict['field']} keeping {kept + 1}")
        chosen.device.sync.resolve(conflict["id"], keep=kept + 1)

    # --- the end -------------------------------------------------------------------------

    def settle(self) -> None:
        """Deliver everything pending in order, then one more exchange each way."""
        for link in self.links:
            for index in range(len(link.files)):
                if index not in link.applied:
                    self._deliver(link, index)
            assert len(link.applied) == len(link.files)
        for link in self.links:
            self.export(self.links.index(link))
        for link in self.links:
            self._deliver(link, len(link.files) - 1)

    def check(self) -> None:
        hub = self.hub.pupils()
        hub_conflicts = live_conflicts(self.hub.store)
        for teacher in self.teachers:
            device = teacher.device.pupils()
            assert sorted(s.id for s in device.summaries()) == sorted(teacher.pupils)
            for pupil_id in teacher.pupils:
                on_hub = hub.view(pupil_id, include_sensitive=True)
                assert device.view(pupil_id, include_sensitive=True) == on_hub, pupil_id
            mine = {k: v for k, v in hub_conflicts.items() if v[0] in teacher.pupils}
            assert live_conflicts(teacher.device.vault) == mine
        self._check_no_text_lost(hub, hub_conflicts)

    def _check_no_text_lost(
        self, hub: PupilService, conflicts: dict[str, tuple[str, str, dict[str, Any]]]
    ) -> None:
        held = {
            (pupil_id, body["field"], version["value"])
            for pupil_id, _, body in conflicts.values()
            if body["kind"] == "field"
            for version in body["versions"]
        }
        for typed in self.typed:
            pupil_id, path, text = typed
            current = get_path(hub.view(pupil_id), path)
            assert text == current or typed in held or typed in self.replaced, f"lost: {typed!r}"


def say(message: str) -> None:
    """A line of the failing example's story (also usable outside a test, when debugging)."""
    if currently_in_test_context():
        note(message)


def live_conflicts(store: Store) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """``{conflict id: (pupil id, status, body)}`` of every conflict not closed."""
    with store.session() as session:
        rows = SyncRepository(session).conflicts()
        return {
            row.id: (row.pupil_id, row.status, json.loads(row.body))
            for row in rows
            if row.status != "closed"
        }


@dataclass(frozen=True)
class Seat:
    """A teacher's place in a template world: vault folder, teacher, device, pupils."""

    folder: str
    teacher: str
    device: str
    pupils: tuple[str, ...]


@dataclass(frozen=True)
class Template:
    """A hub with one or two enrolled devices that have applied their first snapshot."""

    root: Path
    seats: tuple[Seat, ...]


def build_template(root: Path, pupils: int, second_device: bool) -> Template:
    kit = Kit(root)
    hub = kit.hub(pupils=pupils + 2, seed=11)
    (root / "files").mkdir()
    counts = [(pupils, 0)] + ([(1, pupils)] if second_device else [])
    ids = school_age_first(hub.store)  # the order teacher_with assigns them in
    seats = []
    for n, (count, offset) in enumerate(counts):
        device = kit.device(f"device-{n}")
        teacher = kit.teacher_with(hub, count, offset=offset)
        kit.enrol(hub, device, teacher)
        snapshot = hub.export(teacher, root / "files" / f"hub-to-{n}-1.bundle")
        device.sync.import_file(snapshot)
        seats.append(Seat(f"device-{n}", teacher, device.id, tuple(ids[offset : offset + count])))
        device.vault.lock()
    hub.store.close()
    return Template(root, tuple(seats))


@contextmanager
def world_from(template: Template) -> Iterator[World]:
    """A fresh copy of the template, its stores open, in a folder of its own."""
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory) / "world"
        shutil.copytree(template.root, root)
        kit = Kit(root)
        store = HubStore.open(default_url(root / "hub-cardiff"), HUB_PASSPHRASE)
        hub = Hub(store, load_keys(store, HUB_PASSPHRASE), kit.clock, root / "hub-cardiff")
        teachers = [
            Teacher(
                Device(
                    Vault.unlock(root / s.folder, PASSPHRASE), kit.clock, root / s.folder, s.device
                ),
                s.teacher,
                list(s.pupils),
            )
            for s in template.seats
        ]
        links = []
        for n, teacher in enumerate(teachers):
            snapshot = root / "files" / f"hub-to-{n}-1.bundle"
            links.append(_hub_to_device(hub, teacher, f"hub-to-{n}", [snapshot]))
            links.append(_device_to_hub(hub, teacher, f"{n}-to-hub", []))
        world = World(kit, hub, teachers, links, root / "files")
        service = hub.pupils()
        for teacher in teachers:
            for pupil_id in teacher.pupils:
                view = service.view(pupil_id)
                world.typed += [(pupil_id, p, get_path(view, p)) for p in TRACKED_TEXT]
        try:
            yield world
        finally:
            for teacher in teachers:
                teacher.device.vault.lock()
            store.close()


def _hub_to_device(hub: Hub, teacher: Teacher, name: str, files: list[Path]) -> Link:
    return Link(
        name,
        make=lambda out: hub.export(teacher.teacher, out),
        apply=lambda path: teacher.device.sync.import_file(path),
        receiver=teacher.device.vault,
        files=files,
        applied=set(range(len(files))),
    )


def _device_to_hub(hub: Hub, teacher: Teacher, name: str, files: list[Path]) -> Link:
    return Link(
        name,
        make=lambda out: teacher.device.export(out),
        apply=lambda path: hub.sync.import_file(path),
        receiver=hub.store,
        files=files,
        applied=set(range(len(files))),
    )


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int, bool], Template]:
    """Template worlds, built once per shape and copied for every example (much faster
    than enrolling afresh; each example still gets stores and files of its own)."""
    built: dict[tuple[int, bool], Template] = {}

    def template(pupils: int, second_device: bool) -> Template:
        key = (pupils, second_device)
        if key not in built:
            root = tmp_path_factory.mktemp(f"template-{pupils}-{int(second_device)}")
            built[key] = build_template(root, pupils, second_device)
        return built[key]

    return template


@CONVERGE
@given(
    pupils=st.integers(min_value=2, max_value=3),
    second_device=st.booleans(),
    hot=HOT,
    steps=st.lists(STEP, min_size=16, max_size=40),
)
def test_hub_and_devices_converge_through_real_bundles(
    templates: Callable[[int, bool], Template],
    pupils: int,
    second_device: bool,
    hot: list[str],
    steps: list[tuple[Any, ...]],
) -> None:
    with world_from(templates(pupils, second_device)) as world:
        world.hot = frozenset(hot)
        for step in steps:
            kind, *args = step
            if kind == "tick":
                world.kit.clock.advance(seconds=args[0])
            else:
                getattr(world, kind.replace("-", "_"))(*args)
        world.settle()
        world.check()


def test_the_tracked_fields_are_what_the_property_assumes() -> None:
    """The schedule relies on these ownerships: if the model changes, revisit the tables."""
    owners = {path: POLICY.owner_of(path) for path, _ in HUB_FIELDS + DEVICE_FIELDS}
    assert owners["pupil.social_worker"] == owners["pupil.school"] == "authority"
    assert owners["attendance.percent"] == owners["voice.pupil"] == "school"
    assert owners["targets.t-1.description"] == owners["targets.t-1.progress"] == "shared"
    assert set(TRACKED_TEXT) == {p for p in owners if POLICY.is_free_text(p)}
