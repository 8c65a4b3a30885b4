"""Sync figures (DESIGN §7: verify, decrypt and apply a 10,000-change bundle in < 2 s).

Both directions on real files: a hub's snapshot of about 10,000 changes applied by a
device, and a device's bundle of about 10,000 edits applied by the hub; the hub's export,
bundle sizes, and the device's apply against the same rows written with plain ``sqlite3``
``executemany`` into an unencrypted file with the same schema. Each import is timed three
times, each on a fresh copy of the receiver; the median is shown.

``python -m bench.bench_sync`` prints the figures; ``bench.run`` collects ``run()``.
Synthetic pupils only; nothing is asserted here.
"""

from __future__ import annotations

import math
import shutil
import sqlite3
import statistics
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import create_engine, func, select

from bench import bench_bomb
from bench.common import Figure, against, ms, peak_rss_mib, timed
from vsdesk.domain.phases import Phase, plan_phase
from vsdesk.hub.services.authority import initialise
from vsdesk.hub.services.invitations import InvitationService
from vsdesk.hub.services.pupils import HubPupils
from vsdesk.hub.services.sync import HubSync
from vsdesk.hub.services.teachers import TeacherService
from vsdesk.hub.storage.keys import load_keys
from vsdesk.hub.storage.repository import HubRepository
from vsdesk.hub.storage.store import HubStore, default_url
from vsdesk.kdf import TEST_KDF
from vsdesk.services.client_sync import ClientSync
from vsdesk.services.device import device_keys
from vsdesk.services.enrolment import start_enrolment
from vsdesk.services.pupils import PupilService
from vsdesk.services.rights_holdings import StoreHoldings
from vsdesk.services.sync_payload import (
    DEVICE_EXPECTS,
    HUB_EXPECTS,
    ParsedPayload,
    validate_authority_payload,
    validate_device_payload,
)
from vsdesk.storage import sync_schema
from vsdesk.storage.engine import CONNECTION_PRAGMAS
from vsdesk.storage.schema import Base
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.storage.vault import Vault
from vsdesk.sync import rights
from vsdesk.sync.bundle_reader import KnownSender, open_bundle, read_bundle_file

T = TypeVar("T")

TARGET_CHANGES = 10_000
TARGET_SECONDS = 2.0
RUNS = 3
HUB_PUPILS = 40  # about 300 changes each: the snapshot takes as many as reach 10,000
SEED = 5
HUB_PASSPHRASE = "benchmark hub passphrase"
VAULT_PASSPHRASE = "benchmark vault passphrase"
PLAIN_TABLES = ("pupils", "plans", "changes", "entity_states")
AREA = "sync"


@dataclass
class Setup:
    root: Path
    hub: Path  # closed hub folder, before any export
    device: Path  # locked device folder: enrolled, holding nothing
    teacher: str
    pupils: int
    planned_changes: int


def build(root: Path) -> Setup:
    """A hub whose teacher holds just enough pupils for ~10,000 changes; an enrolled device."""
    store = initialise(
        default_url(root / "hub"),
        name="Cardiff",
        country="wales",
        authority_id="cardiff",
        passphrase=HUB_PASSPHRASE,
        kdf=TEST_KDF,
    )
    keys = load_keys(store, HUB_PASSPHRASE)
    HubPupils(store, "cardiff:bench").generate(HUB_PUPILS, SEED)
    with store.session() as session:
        per_pupil = session.execute(
            select(sync_schema.ChangeRow.pupil_id, func.count())
            .group_by(sync_schema.ChangeRow.pupil_id)
            .order_by(sync_schema.ChangeRow.pupil_id)
        ).all()
    teachers = TeacherService(store)
    teacher = teachers.add("Athro Meincnod", "Ysgol Meincnod").id
    planned = assigned = 0
    for pupil_id, count in per_pupil:
        if planned >= TARGET_CHANGES:
            break
        teachers.assign(pupil_id, teacher)
        planned, assigned = planned + count, assigned + 1
    vault = Vault.create(root / "device", VAULT_PASSPHRASE, owner="Bench", kdf=TEST_KDF)
    invitations = InvitationService(store, keys, kdf=TEST_KDF)
    issued = invitations.issue(teacher)
    invitations.accept(start_enrolment(vault, issued.file_bytes, issued.code, "bench").request)
    vault.lock()
    store.close()
    return Setup(root, root / "hub", root / "device", teacher, assigned, planned)


def fresh_copies(
    source: Path,
    root: Path,
    name: str,
    action: Callable[[Path], tuple[float, T]],
    runs: int = RUNS,
) -> tuple[float, list[T]]:
    """``action`` timed on ``runs`` fresh copies of a closed store's folder: median, results."""
    seconds: list[float] = []
    results: list[T] = []
    for run in range(runs):
        copy = root / f"{name}-{run}"
        shutil.copytree(source, copy)
        spent, result = action(copy)
        seconds.append(spent)
        results.append(result)
    return statistics.median(seconds), results


def open_hub(folder: Path) -> tuple[HubStore, HubSync]:
    store = HubStore.open(default_url(folder), HUB_PASSPHRASE)
    return store, HubSync(store, load_keys(store, HUB_PASSPHRASE))


def run() -> list[Figure]:
    bomb = bench_bomb.run()  # first, while this process is small
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        setup = build(root)
        snapshot = hub_to_device(setup)
        figures = snapshot.figures
        figures += plain_sqlite(root, snapshot)
        figures += device_to_hub(setup, snapshot)
    figures.append(Figure(AREA, "peak memory (whole sync benchmark)", f"{peak_rss_mib():.0f} MiB"))
    return figures + bomb


# --- hub → device ---------------------------------------------------------------------------


@dataclass
class Snapshot:
    figures: list[Figure]
    import_seconds: float
    verify_seconds: float
    device_after: Path  # a device copy that applied the snapshot
    hub_after: Path  # the hub copy that exported it


def hub_to_device(setup: Setup) -> Snapshot:
    root = setup.root

    def export(copy: Path) -> tuple[float, tuple[Any, Path]]:
        store, sync = open_hub(copy)
        out = copy.with_suffix(".bundle")
        spent, report = timed(lambda: sync.export_file(setup.teacher, out))
        store.close()
        return spent, (report, out)

    export_s, exported = fresh_copies(setup.hub, root, "hub-exported", export)
    report, bundle = exported[0]  # the hub copy "hub-exported-0" sent this bundle
    assert report.changes == setup.planned_changes, (report, setup.planned_changes)

    def verify_only(copy: Path) -> tuple[float, None]:
        vault = Vault.unlock(copy, VAULT_PASSPHRASE)
        with vault.session() as session:
            keys = device_keys(session)
            assert keys is not None
            sync = SyncRepository(session)
            spent, _ = timed(
                lambda: open_bundle(
                    read_bundle_file(bundle),
                    me=keys,
                    keyring=sync,
                    chain=sync,
                    now=ClientSync(vault).clock(),
                    validate_payload=validate_authority_payload,
                    expect=DEVICE_EXPECTS,
                )
            )
        vault.lock()
        return spent, None

    def apply(copy: Path) -> tuple[float, Any]:
        vault = Vault.unlock(copy, VAULT_PASSPHRASE)
        spent, applied = timed(lambda: ClientSync(vault).import_file(bundle))
        vault.lock()
        return spent, applied

    verify_s, _ = fresh_copies(setup.device, root, "device-verified", verify_only)
    import_s, applied = fresh_copies(setup.device, root, "device-imported", apply)
    assert applied[0].changes == report.changes, (applied[0], report)
    changes, size = report.changes, report.size
    work = f"hub → device: verify, decrypt and apply a {changes:,}-change snapshot"
    figures = [
        Figure(AREA, f"{work} ({setup.pupils} pupils), ClientSync.import_file", ms(import_s),
               "< 2 s", against(import_s, TARGET_SECONDS)),
        Figure(AREA, "… of which read, verify signature, decrypt, validate (no writes)",
               ms(verify_s)),
        Figure(AREA, "… of which merge and write to the vault (by difference)",
               ms(import_s - verify_s)),
        Figure(AREA, f"hub export of that snapshot ({changes:,} changes), HubSync.export_file",
               ms(export_s)),
        Figure(AREA, "snapshot bundle size", f"{size / 1024:.0f} KiB, "
               f"{size / changes:.1f} bytes per change"),
    ]  # fmt: skip
    return Snapshot(
        figures, import_s, verify_s, root / "device-imported-0", root / "hub-exported-0"
    )


# --- the same rows through plain SQLite -------------------------------------------------------


def table_rows(vault_folder: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """The applied vault's rows of the tables an import writes, as (columns, rows)."""
    vault = Vault.unlock(vault_folder, VAULT_PASSPHRASE)
    found = {}
    with vault.session() as session:
        for name in PLAIN_TABLES:
            table = Base.metadata.tables[name]
            rows = [tuple(row) for row in session.execute(select(table))]
            found[name] = ([column.name for column in table.columns], rows)
    vault.lock()
    return found


def plain_insert(path: Path, rows: dict[str, tuple[list[str], list[tuple[Any, ...]]]]) -> float:
    """Create the schema (untimed), then time connect, executemany per table, commit."""
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    engine.dispose()

    def insert() -> None:
        connection = sqlite3.connect(path)
        for pragma in CONNECTION_PRAGMAS:
            connection.execute(f"PRAGMA {pragma}")
        with connection:
            for name, (columns, values) in rows.items():
                marks = ", ".join("?" for _ in columns)
                connection.executemany(
                    f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})", values
                )
        connection.close()

    return timed(insert)[0]


def plain_sqlite(root: Path, snapshot: Snapshot) -> list[Figure]:
    rows = table_rows(snapshot.device_after)
    plain_s = statistics.median(plain_insert(root / f"plain-{run}.db", rows) for run in range(RUNS))
    apply_s = snapshot.import_seconds - snapshot.verify_seconds
    counts = ", ".join(f"{len(values):,} {name}" for name, (_, values) in rows.items())
    return [
        Figure(AREA, f"the same rows with plain sqlite3 executemany ({counts}), one commit",
               ms(plain_s)),
        Figure(AREA, "ratio: hub → device merge and write / plain SQLite inserts of its rows",
               f"{apply_s / plain_s:.1f}×"),
        Figure(AREA, "ratio: hub → device whole import / plain SQLite inserts of its rows",
               f"{snapshot.import_seconds / plain_s:.1f}×"),
    ]  # fmt: skip


# --- device → hub ---------------------------------------------------------------------------


def school_edits(round_: int, index: int) -> dict[str, Any]:
    """Ten school-side fields, each with a value that differs from the previous round's."""
    tag = f"{round_}-{index}"
    return {
        "attendance.percent": 50.0 + round_ + index / 100,
        "attendance.sessions_missed": round_ * 3 + index,
        "attendance.exclusions": round_,
        "attendance.exclusion_days": round_ + 0.5,
        "wellbeing.sdq_score": round_ % 40 + 1,
        "wellbeing.notes": f"Nodiadau lles {tag}",
        "voice.pupil": f"Llais y disgybl {tag}",
        "voice.carer": f"Llais y gofalwr {tag}",
        "transition.careers_advice": f"Cyngor gyrfaoedd {tag}",
        "transition.aspirations": f"Uchelgeisiau {tag}",
    }


def school_age(pupils: PupilService, pupil_id: str) -> bool:
    """The edits are to school attendance, which early-years and post-16 plans lack."""
    pupil = pupils.get(pupil_id)
    plan = pupil.current_plan
    return plan is not None and plan_phase(pupil.pupil, plan).phase is Phase.SCHOOL_AGE


def device_edits(folder: Path, out: Path) -> tuple[int, float, int]:
    """About 10,000 edits on the device, then its bundle: (changes, export seconds, bytes)."""
    vault = Vault.unlock(folder, VAULT_PASSPHRASE)
    with vault.session() as session:
        keys = device_keys(session)
    assert keys is not None
    pupils = PupilService(vault, "Bench", party_id=keys.party_id)
    ids = sorted(summary.id for summary in pupils.summaries() if school_age(pupils, summary.id))
    rounds = math.ceil(TARGET_CHANGES / (10 * len(ids)))
    for round_ in range(rounds):
        for index, pupil_id in enumerate(ids):
            pupils.edit(pupil_id, school_edits(round_, index))
    export_s, report = timed(lambda: ClientSync(vault).export_file(out))
    vault.lock()
    return report.changes, export_s, report.size


def device_to_hub(setup: Setup, snapshot: Snapshot) -> list[Figure]:
    bundle = setup.root / "edits.bundle"
    changes, export_s, size = device_edits(snapshot.device_after, bundle)

    def apply(copy: Path) -> tuple[float, Any]:
        store, sync = open_hub(copy)
        spent, report = timed(lambda: sync.import_file(bundle))
        store.close()
        return spent, report

    import_s, applied = fresh_copies(snapshot.hub_after, setup.root, "hub-imported", apply)
    assert applied[0].changes == changes, (applied[0], changes)
    rights_s = statistics.median(rights_check(snapshot.hub_after, bundle) for _ in range(RUNS))
    return [
        Figure(AREA, f"device → hub: verify, decrypt and apply {changes:,} device edits "
               f"({applied[0].pupils} pupils), HubSync.import_file", ms(import_s), "< 2 s",
               against(import_s, TARGET_SECONDS)),
        Figure(AREA, "… of which the rights checks (sync/rights.py, StoreHoldings)",
               ms(rights_s)),
        Figure(AREA, f"device export of those {changes:,} changes, ClientSync.export_file",
               ms(export_s)),
        Figure(AREA, "device bundle size", f"{size / 1024:.0f} KiB, "
               f"{size / changes:.1f} bytes per change"),
    ]  # fmt: skip


class _Devices:
    """The hub's devices as a keyring, for opening the bundle outside HubSync."""

    def __init__(self, repo: HubRepository) -> None:
        self.repo = repo

    def sender_identity(self, party_id: str, key_id: str) -> KnownSender | None:
        device = self.repo.find_device(party_id)
        return KnownSender(device.identity) if device else None


def rights_check(hub_folder: Path, bundle: Path) -> float:
    """Time only the rights checks of a device's bundle, as the hub's import makes them."""
    store, sync = open_hub(hub_folder)
    with store.session() as session:
        repo = HubRepository(session)
        parsed = ParsedPayload(validate_device_payload)
        opened = open_bundle(
            read_bundle_file(bundle), me=sync.keys, keyring=_Devices(repo),
            chain=SyncRepository(session), now=sync.clock(), validate_payload=parsed,
            expect=HUB_EXPECTS,
        )  # fmt: skip
        device = repo.device(opened.header.sender)
        current = repo.assignments(teacher_id=device.teacher_id, include_ended=False)
        assigned = {a.pupil_id for a in current}

        def check() -> rights.Verdict:
            holdings = StoreHoldings(session, assigned)
            return rights.check_device_changes(
                parsed.changes, device_id=device.id, holdings=holdings
            )

        spent, verdict = timed(check)
        assert not verdict.not_assigned
        session.rollback()
    store.close()
    return spent


def main() -> int:
    lines = ["| work | figure | target | verdict |", "| --- | --- | --- | --- |"]
    lines += [f"| {f.work} | {f.value} | {f.target} | {f.verdict} |" for f in run()]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
