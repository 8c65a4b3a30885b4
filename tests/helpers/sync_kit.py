"""An in-process hub and teachers' vaults on real files, for sync tests below the CLI."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from helpers.fixtures import PASSPHRASE
from helpers.hub_fixtures import HUB_PASSPHRASE, FakeClock
from helpers.phases import school_age_first
from vsdesk.hub.services.authority import initialise
from vsdesk.hub.services.invitations import InvitationService
from vsdesk.hub.services.pupils import HubPupils
from vsdesk.hub.services.sync import HubSync
from vsdesk.hub.services.teachers import TeacherService
from vsdesk.hub.storage.keys import load_keys
from vsdesk.hub.storage.schema import HubBase
from vsdesk.hub.storage.store import HubStore, default_url
from vsdesk.kdf import TEST_KDF
from vsdesk.services.client_sync import ClientSync
from vsdesk.services.device import device_keys
from vsdesk.services.enrolment import start_enrolment
from vsdesk.services.pupils import PupilService
from vsdesk.storage.schema import Base
from vsdesk.storage.store import Store
from vsdesk.storage.vault import Vault
from vsdesk.sync.crypto import PartyKeys


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: two dumps are equal iff nothing changed."""
    tables = list(Base.metadata.sorted_tables) + list(HubBase.metadata.sorted_tables)
    found: dict[str, list[tuple[Any, ...]]] = {}
    with store.session() as session:
        bind = session.connection()
        for table in tables:
            if not bind.dialect.has_table(bind, table.name):
                continue
            rows = session.execute(select(table)).all()
            found[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return found


@dataclass
class Hub:
    store: HubStore
    keys: PartyKeys
    clock: FakeClock
    directory: Path

    @property
    def sync(self) -> HubSync:
        return HubSync(self.store, self.keys, self.clock)

    @property
    def teachers(self) -> TeacherService:
        return TeacherService(self.store, self.clock)

    def pupils(self) -> PupilService:
        return HubPupils(self.store, "cardiff:officer", self.clock).service

    def export(self, teacher: str, out: Path) -> Path:
        self.sync.export_file(teacher, out)
        return out


@dataclass
class Device:
    vault: Vault
    clock: FakeClock
    directory: Path
    id: str = ""

    @property
    def sync(self) -> ClientSync:
        return ClientSync(self.vault, self.clock)

    def pupils(self) -> PupilService:
        with self.vault.session() as session:
            keys = device_keys(session)
        party = keys.party_id if keys else None
        return PupilService(self.vault, "Teacher", party_id=party, clock=self.clock)

    def export(self, out: Path, authority: str | None = None) -> Path:
        self.sync.export_file(out, authority)
        return out


@dataclass
class Kit:
    root: Path
    clock: FakeClock = field(default_factory=FakeClock)

    def hub(self, authority: str = "cardiff", pupils: int = 12, seed: int = 5) -> Hub:
        directory = self.root / f"hub-{authority}"
        store = initialise(
            default_url(directory),
            name=authority.title(),
            country="wales",
            authority_id=authority,
            passphrase=HUB_PASSPHRASE,
            kdf=TEST_KDF,
            clock=self.clock,
        )
        hub = Hub(store, load_keys(store, HUB_PASSPHRASE), self.clock, directory)
        if pupils:
            HubPupils(store, f"{authority}:officer", self.clock).generate(pupils, seed)
        return hub

    def device(self, name: str = "device") -> Device:
        directory = self.root / name
        vault = Vault.create(directory, PASSPHRASE, owner="Teacher", kdf=TEST_KDF)
        return Device(vault, self.clock, directory)

    def enrol(self, hub: Hub, device: Device, teacher: str) -> None:
        invitations = InvitationService(hub.store, hub.keys, self.clock, TEST_KDF)
        issued = invitations.issue(teacher)
        started = start_enrolment(
            device.vault, issued.file_bytes, issued.code, "laptop", clock=self.clock
        )
        invitations.accept(started.request)
        device.id = started.device_id

    def teacher_with(self, hub: Hub, count: int, offset: int = 0) -> str:
        teacher = hub.teachers.add("Ms Siân Llŷr", "Ysgol y Dŵr").id
        ids = school_age_first(hub.store)  # the tests edit school attendance and attainment
        for pupil_id in ids[offset : offset + count]:
            hub.teachers.assign(pupil_id, teacher)
        return teacher


def copy_file(path: Path, to: Path) -> Path:
    shutil.copyfile(path, to)
    return to
