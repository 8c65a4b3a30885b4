"""Many enrolled devices syncing at once with real hub processes (load test and benchmark).

The fleet is built in process with a cheap KDF (a hub, N teachers with their own pupils, N
enrolled vaults); the syncing then goes over HTTP on 127.0.0.1 to ``vsdesk-hub serve``
processes, every device in its own thread. ``bench/bench_online.py`` uses it too.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from helpers.phases import school_age_first
from vsdesk.clock import system_clock
from vsdesk.domain.model import Pupil
from vsdesk.domain.phases import Phase, plan_phase
from vsdesk.hub.services.authority import initialise
from vsdesk.hub.services.invitations import InvitationService
from vsdesk.hub.services.pupils import HubPupils
from vsdesk.hub.services.teachers import TeacherService
from vsdesk.hub.storage.keys import load_keys
from vsdesk.hub.storage.store import HubStore
from vsdesk.kdf import TEST_KDF
from vsdesk.services.enrolment import start_enrolment
from vsdesk.services.online_sync import AuthorityResult, OnlineSync, RetryPolicy
from vsdesk.services.pupils import PupilService
from vsdesk.storage.sync_schema import ChangeRow
from vsdesk.storage.vault import Vault
from vsdesk.sync.bundle_reader import ChainPosition
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.transport import RemoteState, Transport
from vsdesk.sync.transport_http import HttpTransport

HUB_PASSPHRASE = "fleet hub passphrase"
VAULT_PASSPHRASE = "fleet vault passphrase"


@dataclass(frozen=True)
class FleetDevice:
    directory: Path
    device_id: str
    pupils: tuple[str, ...]


@dataclass
class Fleet:
    hub_url: str  # the database URL
    hub_dir: Path
    devices: list[FleetDevice]

    def hub_env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("VSDESK_")}
        return env | {
            "VSDESK_HUB_DATA": str(self.hub_dir),
            "VSDESK_HUB_DB": self.hub_url,
            "VSDESK_HUB_PASSPHRASE": HUB_PASSPHRASE,
        }

    def hub_changes(self) -> list[tuple[str, str]]:
        """(change id, origin) of every change in the hub's log."""
        store = HubStore.open(self.hub_url, HUB_PASSPHRASE)
        try:
            with store.session() as session:
                rows = session.execute(select(ChangeRow.change_id, ChangeRow.origin))
                return [(change_id, origin) for change_id, origin in rows]
        finally:
            store.close()


def build_fleet(root: Path, size: int, db_url: str, pupils_each: int = 1, seed: int = 11) -> Fleet:
    store = initialise(
        db_url, name="Cardiff", country="wales", authority_id="cardiff",
        passphrase=HUB_PASSPHRASE, kdf=TEST_KDF,
    )  # fmt: skip
    try:
        keys = load_keys(store, HUB_PASSPHRASE)
        HubPupils(store, "cardiff:officer").generate(size * pupils_each, seed)
        ids = school_age_first(store)  # the devices edit school attendance
        teachers = TeacherService(store)
        invitations = InvitationService(store, keys, kdf=TEST_KDF)
        devices = [
            _enrol(
                root / f"device-{n}", teachers, invitations, ids[n * pupils_each :][:pupils_each]
            )
            for n in range(size)
        ]
    finally:
        store.close()
    return Fleet(db_url, root / "hub", devices)


def _enrol(
    directory: Path, teachers: TeacherService, invitations: InvitationService, pupils: list[str]
) -> FleetDevice:
    teacher = teachers.add("Athro Dynodedig", "Ysgol y Dŵr").id
    for pupil_id in pupils:
        teachers.assign(pupil_id, teacher)
    vault = Vault.create(directory, VAULT_PASSPHRASE, owner="Teacher", kdf=TEST_KDF)
    try:
        issued = invitations.issue(teacher)
        started = start_enrolment(vault, issued.file_bytes, issued.code, "laptop")
        invitations.accept(started.request)
    finally:
        vault.lock()
    return FleetDevice(directory, started.device_id, tuple(pupils))


@dataclass
class Round:
    results: list[AuthorityResult] = field(default_factory=list)
    latencies: list[tuple[str, float]] = field(default_factory=list)
    sent: list[bytes] = field(default_factory=list)
    seconds: float = 0.0


class TimedTransport:
    """The HTTP transport, recording each request's (kind, seconds) and the bundles sent."""

    def __init__(self, inner: HttpTransport, record: Round, lock: threading.Lock) -> None:
        self.inner, self.record, self.lock = inner, record, lock

    @contextmanager
    def _timed(self, kind: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            with self.lock:
                self.record.latencies.append((kind, time.perf_counter() - started))

    def state(self) -> RemoteState | None:
        with self._timed("state"):
            return self.inner.state()

    def send(self, bundle: bytes) -> str:
        with self.lock:
            self.record.sent.append(bundle)
        with self._timed("send"):
            return self.inner.send(bundle)

    def fetch(self, applied: ChainPosition, acknowledged: int) -> bytes | None:
        with self._timed("fetch"):
            return self.inner.fetch(applied, acknowledged)

    def close(self) -> None:
        self.inner.close()


def with_vault(device: FleetDevice, work: Callable[[Vault], AuthorityResult]) -> AuthorityResult:
    vault = Vault.unlock(device.directory, VAULT_PASSPHRASE)
    try:
        return work(vault)
    finally:
        vault.lock()


def sync_round(fleet: Fleet, hub_urls: list[str], threads: int) -> Round:
    """Every device syncs once, at the same time, device n with hub n mod len(hub_urls)."""
    done, lock = Round(), threading.Lock()

    def connect(url: str, keys: PartyKeys) -> Transport:
        return TimedTransport(HttpTransport(url, keys), done, lock)

    def one(index: int) -> AuthorityResult:
        def work(vault: Vault) -> AuthorityResult:
            sync = OnlineSync(vault, connect=connect, retry=RetryPolicy(attempts=6, first_wait=0.2))
            return sync.run(hub_url=hub_urls[index % len(hub_urls)])[0]

        return with_vault(fleet.devices[index], work)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        done.results = list(pool.map(one, range(len(fleet.devices))))
    done.seconds = time.perf_counter() - started
    return done


def attendance_field(pupil: Pupil) -> str:
    plan = pupil.current_plan
    post16 = plan is not None and plan_phase(pupil.pupil, plan).phase is Phase.POST_16
    return "post16.attendance_percent" if post16 else "attendance.percent"


def edit_all(fleet: Fleet, edits: int) -> None:
    """``edits`` changes on each device, to its own pupils (school-owned fields)."""
    for device in fleet.devices:
        vault = Vault.unlock(device.directory, VAULT_PASSPHRASE)
        try:
            service = PupilService(vault, "Teacher", party_id=device.device_id, clock=system_clock)
            # a post-16 plan records attendance as its provider reports it
            field = {p: attendance_field(service.get(p)) for p in device.pupils}
            for n in range(edits):
                pupil = device.pupils[n % len(device.pupils)]
                service.edit(pupil, {field[pupil]: 50.0 + (n % 400) / 10})
        finally:
            vault.lock()


def device_changes(device: FleetDevice) -> set[str]:
    vault = Vault.unlock(device.directory, VAULT_PASSPHRASE)
    try:
        with vault.session() as session:
            query = select(ChangeRow.change_id).where(ChangeRow.origin == device.device_id)
            return set(session.scalars(query))
    finally:
        vault.lock()
