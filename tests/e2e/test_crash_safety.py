"""Crash safety (DESIGN §4, "a crash or power cut mid-write"): the real importing process is
killed with SIGKILL at random moments during a large import, at least 20 times on each side.

Every time, the receiver must be exactly as it was before the import or exactly as after
it, never in between, and running the same import again must complete it (or report it
already applied). "Exactly" is judged on a semantic state read back through the store's own
session: pupils, documents, merge registers, the change log and the bundle chains, without
the timestamps that two equal imports made at different moments would differ in.

Kills come in three kinds, in turn: at a random moment anywhere in the run (start-up too),
at a random moment from the end of the bundle checks to past the end of the run, and once
the write-ahead log has grown to a random part of what the commit writes, so that some land
while the commit is writing. A copy is killed again (up to CHAIN times) while it is still
as before, so recovery from a crash is itself crashed. The times follow the machine: they
are re-measured from every run to completion.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from random import Random
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from helpers.fixtures import PASSPHRASE, Cli, cli_env
from helpers.hub_fixtures import HUB_PASSPHRASE, FakeClock, hub_env
from helpers.sync_kit import Device, Kit
from vsdesk.domain.model import Pupil
from vsdesk.domain.phases import Phase, plan_phase
from vsdesk.hub.storage.store import HubStore, default_url
from vsdesk.storage.schema import AuthorityRow, PlanRow, PupilRow
from vsdesk.storage.sync_schema import (
    ChainInRow,
    ChainOutRow,
    ChangeRow,
    ConflictRow,
    DeliveryRow,
    EntityStateRow,
)
from vsdesk.storage.vault import Vault

# Both tests share one expensive module fixture: keep them on one xdist worker.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("crash-safety")]

#: Kills per receiver and run: three copies of four kills each. Every run draws new kill
#: points, so CI runs add up; 20 a run cost the suite 15 s of its 4-minute budget for little.
KILLS = 12
CHAIN = 4  # kills in a row on one copy, while each leaves it as before the import
LANES = 2 if (os.cpu_count() or 1) >= 2 else 1  # copies crashed side by side
DEVICE_PUPILS = 10  # about 2,900 changes: the device applies them in well under a second
HUB_EDITED_PUPILS = 10
HUB_EDIT_ROUNDS = 8  # 10 pupils x 8 rounds x 10 school fields: about 800 changes


# --- the semantic state of a store ----------------------------------------------------------


@dataclass(frozen=True)
class State:
    pupils: frozenset[str]
    chain_in: frozenset[tuple[str, int, str]]
    chain_out: frozenset[tuple[str, int, str, bool]]
    deliveries: frozenset[tuple[str, str, int, int | None]]
    changes: int
    change_ids: str
    documents: str
    registers: str
    conflicts: str

    def brief(self) -> str:
        return f"{len(self.pupils)} pupils, {self.changes} changes, chain_in {len(self.chain_in)}"


def _digest(rows: Iterator[Any]) -> str:
    digest = hashlib.sha256()
    for row in sorted(tuple(r) for r in rows):
        digest.update(repr(row).encode("utf-8"))
    return digest.hexdigest()


def read_state(session: Session) -> State:
    """Everything an import may change, timestamps left out (they say when, not what)."""
    documents = _digest(
        session.execute(
            select(
                PupilRow.id, PupilRow.authority_id, PupilRow.given_name, PupilRow.family_name,
                PupilRow.school, PupilRow.year_group, PupilRow.identity, PupilRow.safeguarding,
            )
        )
    ) + _digest(
        session.execute(
            select(
                PlanRow.id, PlanRow.pupil_id, PlanRow.term, PlanRow.term_order, PlanRow.status,
                PlanRow.next_meeting, PlanRow.document,
            )
        )
    ) + _digest(
        session.execute(
            select(AuthorityRow.id, AuthorityRow.name, AuthorityRow.country, AuthorityRow.profile)
        )
    )  # fmt: skip
    return State(
        pupils=frozenset(session.scalars(select(PupilRow.id))),
        chain_in=frozenset(
            (peer, seq, digest)
            for peer, seq, digest in session.execute(
                select(ChainInRow.peer, ChainInRow.sequence, ChainInRow.hash)
            )
        ),
        chain_out=frozenset(
            (peer, seq, digest, bool(acked))
            for peer, seq, digest, acked in session.execute(
                select(
                    ChainOutRow.peer,
                    ChainOutRow.sequence,
                    ChainOutRow.hash,
                    ChainOutRow.acknowledged,
                )
            )
        ),  # fmt: skip
        deliveries=frozenset(
            (peer, pupil, first, purged)
            for peer, pupil, first, purged in session.execute(
                select(
                    DeliveryRow.peer,
                    DeliveryRow.pupil_id,
                    DeliveryRow.first_sequence,
                    DeliveryRow.purged_in,
                )
            )
        ),  # fmt: skip
        changes=session.scalar(select(func.count()).select_from(ChangeRow)) or 0,
        change_ids=_digest(session.execute(select(ChangeRow.change_id, ChangeRow.origin))),
        documents=documents,
        registers=_digest(
            session.execute(
                select(EntityStateRow.entity, EntityStateRow.pupil_id, EntityStateRow.registers)
            )
        ),
        conflicts=_digest(
            session.execute(select(ConflictRow.id, ConflictRow.status, ConflictRow.body))
        ),
    )


def device_state(folder: Path) -> State:
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        with vault.session() as session:
            return read_state(session)
    finally:
        vault.lock()


def hub_state(folder: Path) -> State:
    store = HubStore.open(default_url(folder), HUB_PASSPHRASE)
    try:
        with store.session() as session:
            return read_state(session)
    finally:
        store.close()


# --- one receiver, its bundle, and the two states it may be left in -------------------------


@dataclass(frozen=True)
class Case:
    name: str
    program: str  # "vsdesk" or "vsdesk-hub"
    env_for: Callable[[Path], dict[str, str]]
    read: Callable[[Path], State]
    pristine: Path  # the receiver's folder before the import, never touched again
    reference: Path  # a copy the import ran on to completion
    bundle: Path
    before: State
    after: State
    full_seconds: float  # a whole CLI import, start to exit
    replay_seconds: float  # a CLI import refused as already applied: start-up and checks
    wal: str  # the database's write-ahead log, in the receiver's folder
    written: int  # how much the database grows by the import: about what the commit writes

    def cli(self, folder: Path) -> Cli:
        return Cli(self.program, self.env_for(folder), subprocess=True)

    def command(self) -> list[str]:
        modules = {"vsdesk": "vsdesk.cli.main", "vsdesk-hub": "vsdesk.hub.commands.main"}
        module = modules[self.program]
        return [sys.executable, "-m", module, "sync", "import", str(self.bundle)]


def measured_case(
    name: str,
    program: str,
    env_for: Callable[[Path], dict[str, str]],
    read: Callable[[Path], State],
    pristine: Path,
    bundle: Path,
    database: str,
) -> Case:
    """Run the import to completion, then again, on LANES copies at once (as the kills will
    run): the times the kills are spread over, and the state a complete import leaves."""

    def complete(copy: Path) -> tuple[float, float]:
        shutil.copytree(pristine, copy)
        cli = Cli(program, env_for(copy), subprocess=True)
        started = time.perf_counter()
        done = cli("sync", "import", str(bundle))
        full = time.perf_counter() - started
        assert done.returncode == 0 and "applied bundle 1" in done.stdout, done.stderr
        started = time.perf_counter()
        again = cli("sync", "import", str(bundle))
        assert again.returncode == 0 and "already applied" in again.stdout, again.stderr
        return full, time.perf_counter() - started

    copies = [pristine.with_name(f"{pristine.name}-reference-{n}") for n in range(LANES)]
    with ThreadPoolExecutor(max_workers=LANES) as lanes:
        times = list(lanes.map(complete, copies))
    full_seconds = statistics.mean(full for full, _ in times)
    replay_seconds = statistics.mean(replay for _, replay in times)
    before, after = read(pristine), read(copies[0])
    assert before != after and after.changes > before.changes
    assert all(read(copy) == after for copy in copies[1:])
    written = (copies[0] / database).stat().st_size - (pristine / database).stat().st_size
    print(
        f"\n{name}: full CLI import {full_seconds:.2f} s, replay {replay_seconds:.2f} s "
        f"({LANES} at once), {written // 1024} KiB written; before: {before.brief()}; "
        f"after: {after.brief()}"
    )
    return Case(
        name, program, env_for, read, pristine, copies[0], bundle, before, after, full_seconds,
        replay_seconds, f"{database}-wal", written,
    )  # fmt: skip


@dataclass(frozen=True)
class World:
    root: Path
    hub: Path
    device: Path
    snapshot: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    """A hub with many pupils assigned to one teacher, whose device is enrolled but holds
    nothing yet, and the snapshot bundle for it. Both stores are closed (files at rest)."""
    root = tmp_path_factory.mktemp("crash")
    kit = Kit(root, live_clock())
    hub = kit.hub(pupils=DEVICE_PUPILS)
    device = kit.device()
    teacher = kit.teacher_with(hub, DEVICE_PUPILS)
    kit.enrol(hub, device, teacher)
    snapshot = hub.export(teacher, root / "snapshot.bundle")
    hub.store.close()
    device.vault.lock()
    return World(root, hub.directory, device.directory, snapshot)


def live_clock() -> FakeClock:
    """Now, so that the CLI (on the real clock) finds the bundles unexpired."""
    return FakeClock(datetime.now(UTC).replace(microsecond=0))


@pytest.fixture(scope="module")
def device_case(world: World) -> Case:
    """The device applying its first, large snapshot."""
    return measured_case(
        "device", "vsdesk", cli_env, device_state, world.device, world.snapshot, "vault.db"
    )


@pytest.fixture(scope="module")
def hub_case(world: World, device_case: Case) -> Case:
    """The hub applying the device's bundle of many edits to the pupils it received."""
    folder = world.root / "device-edited"
    shutil.copytree(device_case.reference, folder)
    device = Device(Vault.unlock(folder, PASSPHRASE), live_clock(), folder)
    pupils = device.pupils()
    ids = sorted(summary.id for summary in pupils.summaries())[:HUB_EDITED_PUPILS]
    # a post-16 plan has no school attendance section: its pupils get the other six fields
    post16 = {i for i in ids if plan_phase_of(pupils.get(i)) is Phase.POST_16}
    for round_ in range(HUB_EDIT_ROUNDS):
        for index, pupil_id in enumerate(ids):
            edits = school_edits(round_, index)
            if pupil_id in post16:
                edits = {k: v for k, v in edits.items() if not k.startswith("attendance.")}
            pupils.edit(pupil_id, edits)
    bundle = device.export(world.root / "edits.bundle")
    device.vault.lock()
    return measured_case("hub", "vsdesk-hub", hub_env, hub_state, world.hub, bundle, "hub.db")


def plan_phase_of(pupil: Pupil) -> Phase:
    plan = pupil.current_plan
    assert plan is not None
    return plan_phase(pupil.pupil, plan).phase


def school_edits(round_: int, index: int) -> dict[str, Any]:
    """Ten school-side fields, each with a value that differs from the previous round's."""
    tag = f"{round_}-{index}"
    return {
        "attendance.percent": 50.0 + round_ + index / 100,
        "attendance.sessions_missed": round_ * 3 + index,
        "attendance.exclusions": round_,
        "attendance.exclusion_days": round_ + 0.5,
        "wellbeing.sdq_score": round_ + 1,
        "wellbeing.notes": f"Nodiadau lles {tag}",
        "voice.pupil": f"Llais y disgybl {tag}",
        "voice.carer": f"Llais y gofalwr {tag}",
        "transition.careers_advice": f"Cyngor gyrfaoedd {tag}",
        "transition.aspirations": f"Uchelgeisiau {tag}",
    }


# --- killing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class KillPlan:
    """When to kill: after ``delay`` seconds, or once the log holds ``wal_bytes``."""

    kind: str  # "anywhere" | "apply" (after the checks) | "commit" (while writing the log)
    delay: float
    wal_bytes: int = 0


@dataclass(frozen=True)
class KillRun:
    kind: str
    seconds: float  # from start to kill
    exited_by_itself: bool  # the import had finished before the kill
    wal_bytes: int  # what the kill left in the write-ahead log (> 0: it was writing)
    outcome: str  # "before" | "after"


class Timing:
    """How long a whole import and a replay (start-up and checks only) take, kept up to date
    from every run to completion: machines and load vary, and the kills should follow them."""

    def __init__(self, case: Case) -> None:
        self.full = [case.full_seconds]
        self.replay = [case.replay_seconds]
        self.lock = threading.Lock()

    def add(self, seconds: float, applied: bool) -> None:
        with self.lock:
            (self.full if applied else self.replay).append(seconds)

    def now(self) -> tuple[float, float]:
        with self.lock:
            return statistics.median(self.full), statistics.median(self.replay)


KINDS = ("anywhere", "apply", "commit")


def kill_plan(case: Case, timing: Timing, rng: Random, kind: str) -> KillPlan:
    """Kills spread from 0 to 1.2x a whole import: anywhere (start-up too); from about the
    end of the checks to past the end (apply, commit, exit); or once the commit has written
    a random part of what it writes to the write-ahead log."""
    whole, checks = timing.now()
    if kind == "commit":
        part = rng.uniform(0.02, 1.0)
        return KillPlan(kind, delay=1.5 * whole, wal_bytes=max(1, int(part * case.written)))
    low = 0.0 if kind == "anywhere" else min(0.9 * checks, whole)
    return KillPlan(kind, delay=rng.uniform(low, 1.2 * whole))


def size_of(path: Path) -> int:
    """A file's size, 0 if it is not there: SQLite may delete its log between two calls."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def start_and_kill(case: Case, folder: Path, plan: KillPlan) -> tuple[float, bool]:
    """Start the real CLI import on ``folder`` and SIGKILL it as planned: (seconds, exited)."""
    wal = folder / case.wal
    process = subprocess.Popen(
        case.command(),
        env=case.env_for(folder),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    started = time.perf_counter()
    try:
        if plan.wal_bytes:
            deadline = started + plan.delay
            while process.poll() is None and time.perf_counter() < deadline:
                if size_of(wal) >= plan.wal_bytes:
                    break
                time.sleep(0.0005)
        else:
            time.sleep(plan.delay)
    finally:
        seconds = time.perf_counter() - started
        process.send_signal(signal.SIGKILL)  # a no-op once it has exited and been reaped
        process.wait(timeout=60)
    return seconds, process.returncode == 0


def crash_then_complete(case: Case, timing: Timing, folder: Path, number: int) -> list[KillRun]:
    """Kill the import on one copy until a kill lands after it (at most CHAIN times, so a
    receiver is also crashed again while it holds the last crash's leftovers), then run it
    to completion: it must finish the import, or find it already applied."""
    shutil.copytree(case.pristine, folder)
    rng = Random(f"{case.name}-{number}")
    runs: list[KillRun] = []
    try:
        for run in range(CHAIN):
            plan = kill_plan(case, timing, rng, KINDS[(number + run) % len(KINDS)])
            seconds, exited = start_and_kill(case, folder, plan)
            wal_bytes = sum(size_of(wal) for wal in folder.glob("*-wal"))
            state = case.read(folder)
            assert state in (case.before, case.after), (
                f"{case.name}: killed after {seconds:.2f} s, the receiver is neither before "
                f"nor after the import: {state.brief()}"
            )
            outcome = "after" if state == case.after else "before"
            runs.append(KillRun(plan.kind, seconds, exited, wal_bytes, outcome))
            if outcome == "after":
                break
        started = time.perf_counter()
        again = case.cli(folder)("sync", "import", str(case.bundle))
        timing.add(time.perf_counter() - started, applied=runs[-1].outcome == "before")
        assert again.returncode == 0, again.stderr
        expected = "already applied" if runs[-1].outcome == "after" else "applied bundle 1"
        assert expected in again.stdout, (runs[-1], again.stdout)
        assert case.read(folder) == case.after
        return runs
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def kill_many(case: Case, workdir: Path) -> list[KillRun]:
    """At least KILLS kills, LANES copies at a time, each copy crashed then completed."""
    timing = Timing(case)
    runs: list[KillRun] = []
    copies = itertools.count()
    with ThreadPoolExecutor(max_workers=LANES) as lanes:
        running: set[Future[list[KillRun]]] = set()
        while True:
            while len(running) < LANES and len(runs) + len(running) < KILLS:
                n = next(copies)
                running.add(
                    lanes.submit(crash_then_complete, case, timing, workdir / f"copy-{n}", n)
                )
            if not running:
                break
            done, running = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                runs += future.result()
    report(case, timing, runs)
    return runs


def report(case: Case, timing: Timing, runs: list[KillRun]) -> None:
    tally = Counter(run.outcome for run in runs)
    whole, checks = timing.now()
    running = [r for r in runs if not r.exited_by_itself]
    writing = sum(1 for r in running if r.wal_bytes and r.outcome == "before")
    print(
        f"{case.name}: {len(runs)} kills: {tally['before']} left the receiver as before the "
        f"import, {tally['after']} as after. {len(runs) - len(running)} came after it had "
        f"exited, {sum(1 for r in running if r.seconds > checks)} after its checks (apply, "
        f"commit or exit), {writing} while the commit was writing (its pages left in the log "
        f"and rolled back). A whole import took {whole:.2f} s, the checks {checks:.2f} s."
    )
    for run in sorted(runs, key=lambda r: r.seconds):
        exited = "exited" if run.exited_by_itself else ""
        wal = f"log {run.wal_bytes // 1024} KiB" if run.wal_bytes else ""
        print(f"  {run.seconds:5.2f} s  {run.kind:8}  {run.outcome:6}  {exited:6}  {wal}")


def test_device_import_killed_at_random_is_all_or_nothing(
    device_case: Case, tmp_path: Path
) -> None:
    assert_kills_landed_mid_import(kill_many(device_case, tmp_path))


def test_hub_import_killed_at_random_is_all_or_nothing(hub_case: Case, tmp_path: Path) -> None:
    assert_kills_landed_mid_import(kill_many(hub_case, tmp_path))


def assert_kills_landed_mid_import(runs: list[KillRun]) -> None:
    """Every kill left the receiver before or after (checked as they ran); here, that the
    kills tested something: some stopped an import that was applying, and some stopped the
    commit while it was writing its pages to the log (which the next open rolled back)."""
    assert len(runs) >= KILLS
    interrupted = [r for r in runs if not r.exited_by_itself and r.outcome == "before"]
    assert any(r.kind in ("apply", "commit") for r in interrupted), "no kill landed mid-import"
    assert any(r.wal_bytes > 0 for r in interrupted), "no kill landed while the commit wrote"
