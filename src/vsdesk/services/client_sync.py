"""The teacher's side of sync by file: import an authority's bundle, export one to it.

Import checks the bundle fully (DESIGN §4 order, in :mod:`vsdesk.sync.bundle_reader`) inside
the same transaction that then applies it, so the checks and the apply see one state and a
refusal, or a crash, changes nothing. Each authority's pupils, chains and bundles are kept
apart: an authority can only touch pupils whose home authority it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Set
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from vsdesk.clock import Clock, system_clock
from vsdesk.errors import EnrolmentError, NotFoundError, UsageError
from vsdesk.services.bundle_chain import check_ack
from vsdesk.services.change_book import ChangeBook
from vsdesk.services.device import device_keys
from vsdesk.services.sync_payload import (
    SCHEMA_VERSION,
    ParsedPayload,
    parse_profile,
    validate_authority_payload,
)
from vsdesk.storage.pupil_repository import PupilRepository
from vsdesk.storage.store import Store
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.sync.bundle_errors import PayloadInvalidError
from vsdesk.sync.bundle_reader import OpenedBundle, bundle_hash, open_bundle, read_bundle_file
from vsdesk.sync.bundle_writer import DEFAULT_LIFETIME, write_bundle, write_file_atomically
from vsdesk.sync.changes import Change
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.pupil_entities import parse_entity

utc_now = system_clock


@dataclass(frozen=True)
class ImportReport:
    authority: str
    sequence: int
    changes: int
    pupils: int
    purged: int
    new_conflicts: int


@dataclass(frozen=True)
class ExportReport:
    authority: str
    sequence: int
    changes: int
    size: int


class ClientSync:
    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self.store = store
        self.clock = clock

    # --- import -------------------------------------------------------------------------

    def import_file(self, path: Path) -> ImportReport:
        return self.import_bytes(read_bundle_file(path))

    def import_bytes(self, data: bytes) -> ImportReport:
        """Check and apply one bundle from an authority (a file's bytes, or an HTTP body)."""
        with self.store.session() as session:
            keys = _enrolled_keys(session)
            sync = SyncRepository(session, self.clock)
            parsed = ParsedPayload(validate_authority_payload)
            opened = open_bundle(
                data, me=keys, keyring=sync, chain=sync, now=self.clock(), validate_payload=parsed
            )
            report = self._apply(session, keys, opened, parsed.changes)
        if report.purged:
            self.store.compact()
        return report

    def _apply(
        self, session: Session, keys: PartyKeys, opened: OpenedBundle, changes: list[Change]
    ) -> ImportReport:
        header, payload = opened.header, opened.payload
        authority = header.sender
        sync = SyncRepository(session, self.clock)
        check_ack(sync, authority, header.ack)
        sync.acknowledge(authority, header.ack)
        sync.record_applied(authority, header.sequence, opened.bundle_hash)
        pupils = PupilRepository(session)
        pupils.save_authority(parse_profile(payload["profile"]))
        purged = _purge(pupils, authority, payload["purge"])
        # Before the merge: it may rewrite pupil.home_authority, so a check made only after
        # it would read what the bundle itself just wrote.
        _check_scope(pupils, authority, {parse_entity(c.entity)[1] for c in changes}, held=True)
        book = ChangeBook(session, keys.party_id, "school", self.clock)
        outcome = book.merge_received(changes, authority)
        _check_scope(pupils, authority, outcome.pupils)
        return ImportReport(
            authority,
            header.sequence,
            outcome.applied,
            len(outcome.pupils),
            purged,
            len(outcome.new_conflicts),
        )

    # --- export -------------------------------------------------------------------------

    def export_file(self, out: Path, authority_id: str | None = None) -> ExportReport:
        return self.export_bytes(authority_id, lambda data: write_file_atomically(out, data))[0]

    def export_bytes(
        self, authority_id: str | None = None, write: Callable[[bytes], None] | None = None
    ) -> tuple[ExportReport, bytes]:
        """The next bundle for an authority, recorded as sent; ``write`` runs inside the
        transaction, so a failed write records nothing."""
        with self.store.session() as session:
            keys = _enrolled_keys(session)
            sync = SyncRepository(session, self.clock)
            authority = _choose_authority(sync, authority_id)
            recipient = sync.identity_of(authority)
            assert recipient is not None
            acked = sync.acknowledged_change(authority)
            rows = list(sync.changes_since(acked, authority_id=authority, origin=keys.party_id))
            last = sync.last_sent(authority)
            now = self.clock()
            data = write_bundle(
                kind="changes",
                sequence=last.sequence + 1,
                base=last.bundle_hash,
                ack=sync.last_applied(authority).sequence,
                schema_version=SCHEMA_VERSION,
                created=now,
                expires=now + DEFAULT_LIFETIME,
                payload={"changes": [body for _, body in rows]},
                sender_keys=keys,
                recipient=recipient,
                counts={"changes": len(rows)},
            )
            max_change = max((seq for seq, _ in rows), default=acked)
            sync.record_sent(authority, last.sequence + 1, bundle_hash(data), max_change)
            if write is not None:
                write(data)
        return ExportReport(authority, last.sequence + 1, len(rows), len(data)), data

    # --- authorities and conflicts ------------------------------------------------------

    def authorities(self) -> list[dict[str, Any]]:
        with self.store.session() as session:
            sync = SyncRepository(session)
            return [
                {
                    "id": peer.party_id,
                    "name": peer.name,
                    "received": sync.last_applied(peer.party_id).sequence,
                    "sent": sync.last_sent(peer.party_id).sequence,
                }
                for peer in sync.peers("authority")
            ]

    def conflicts(self, include_settled: bool = False) -> list[dict[str, Any]]:
        with self.store.session() as session:
            rows = SyncRepository(session).conflicts(None if include_settled else "open")
            return [{"id": r.id, "status": r.status} | json.loads(r.body) for r in rows]

    def resolve(self, conflict_id: str, *, keep: int | None, value: Any = None) -> None:
        """Settle a conflict by keeping version ``keep`` (1-based) or writing ``value``."""
        with self.store.session() as session:
            keys = _enrolled_keys(session)
            book = ChangeBook(session, keys.party_id, "school", self.clock)
            if keep is not None:
                value = _kept_value(SyncRepository(session), conflict_id, keep)
            book.resolve(conflict_id, value)


def _kept_value(sync: SyncRepository, conflict_id: str, keep: int) -> Any:
    row = sync.conflict(conflict_id)
    if row is None:
        raise NotFoundError("No open conflict with that id.")
    versions = json.loads(row.body)["versions"]
    if not 1 <= keep <= len(versions):
        raise UsageError(f"--keep takes a version number from 1 to {len(versions)}.")
    return versions[keep - 1]["value"]


def _enrolled_keys(session: Session) -> PartyKeys:
    keys = device_keys(session)
    if keys is None:
        raise EnrolmentError(
            "This device is not enrolled with any Virtual School yet: use 'vsdesk enrol'."
        )
    return keys


def _choose_authority(sync: SyncRepository, authority_id: str | None) -> str:
    enrolled = [peer.party_id for peer in sync.peers("authority")]
    if authority_id is not None:
        if authority_id not in enrolled:
            raise NotFoundError("This device is not enrolled with that authority.")
        return authority_id
    if len(enrolled) != 1:
        raise UsageError(
            "This device is enrolled with several authorities: name one with --authority."
            if enrolled
            else "This device is not enrolled with any Virtual School yet."
        )
    return enrolled[0]


def _purge(pupils: PupilRepository, authority: str, pupil_ids: list[str]) -> int:
    purged = 0
    for pupil_id in pupil_ids:
        held_by = pupils.authority_of(pupil_id)
        if held_by is not None:
            if held_by != authority:
                raise PayloadInvalidError()
            pupils.delete(pupil_id)
            purged += 1
    return purged


def _check_scope(
    pupils: PupilRepository, authority: str, touched: Set[str], *, held: bool = False
) -> None:
    """An authority may only write its own pupils (each authority's data stays separate).

    ``held``: check only the pupils this device holds already (before a merge, when new
    pupils do not exist yet); otherwise every touched pupil must exist and be the sender's.
    """
    for pupil_id in touched:
        held_by = pupils.authority_of(pupil_id)
        if held and held_by is None:
            continue
        if held_by != authority:
            raise PayloadInvalidError(field="pupil.home_authority")
