"""The teacher's side of sync by file: import an authority's bundle, export one to it.

Import checks the bundle fully (DESIGN §4 order, in :mod:`vsdesk.sync.bundle_reader`) inside
the same transaction that then applies it, so the checks and the apply see one state and a
refusal, or a crash, changes nothing. Each authority's pupils, chains and bundles are kept
apart: an authority can only touch pupils whose home authority it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from vsdesk.clock import Clock, system_clock
from vsdesk.errors import EnrolmentError, NotFoundError, UsageError
from vsdesk.services.bundle_chain import RESEND_COUNT, chain_for, check_ack
from vsdesk.services.change_book import CLOCK_KEY, ChangeBook
from vsdesk.services.device import device_keys
from vsdesk.services.restamp import restamp_unsent
from vsdesk.services.rights_holdings import StoreHoldings
from vsdesk.services.sync_payload import (
    DEVICE_EXPECTS,
    DEVICE_KIND,
    SCHEMA_VERSION,
    ParsedPayload,
    parse_profile,
    validate_authority_payload,
)
from vsdesk.storage.pupil_repository import PupilRepository
from vsdesk.storage.schema import MetaRow
from vsdesk.storage.store import Store
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.sync import rights
from vsdesk.sync.bundle_reader import OpenedBundle, bundle_hash, open_bundle, read_bundle_file
from vsdesk.sync.bundle_writer import DEFAULT_LIFETIME, write_bundle, write_file_atomically
from vsdesk.sync.changes import Change
from vsdesk.sync.clock_checks import DEFAULT_LIMIT, check_not_ahead, clock_behind
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.hlc import Stamp

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
    restamped: int = 0
    clock_warning: str | None = None


CLOCK_BEHIND_WARNING = (
    "This computer's clock is behind changes it has already recorded by more than the "
    "allowed {hours} hours: check its date and time. If the date was wrong before and is "
    "now right, 'vsdesk sync export' gives your unsent changes new times and sends them."
)


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
            chain, resent_after = chain_for(data, sync)
            opened = open_bundle(
                data,
                me=keys,
                keyring=sync,
                chain=chain,
                now=self.clock(),
                validate_payload=parsed,
                expect=DEVICE_EXPECTS,
            )
            if resent_after is not None:
                sync.forget_applied_after(opened.header.sender, resent_after)
            report = self._apply(session, keys, opened, parsed.changes)
        if report.purged:
            self.store.compact()
        return report

    def _apply(
        self, session: Session, keys: PartyKeys, opened: OpenedBundle, changes: list[Change]
    ) -> ImportReport:
        header, payload = opened.header, opened.payload
        authority = header.sender
        pupils = PupilRepository(session)
        # Before anything else, and before this device's clock observes a stamp: the limit
        # is the one in force *before* this bundle (its own profile cannot relax it).
        check_not_ahead(changes, self.clock(), clock_limit(pupils, authority))
        sync = SyncRepository(session, self.clock)
        check_ack(sync, authority, header.ack)
        sync.acknowledge(authority, header.ack)
        sync.record_applied(authority, header.sequence, opened.bundle_hash)
        pupils = PupilRepository(session)
        profile = parse_profile(payload["profile"])
        rights.check_profile_owner(profile.id, authority)
        rights.check_profile_owner(payload["authority"]["id"], authority)
        # Before the merge: it may rewrite pupil.home_authority, so a check made only after
        # it would read what the bundle itself just wrote.
        holdings = StoreHoldings(session)
        rights.check_authority_changes(changes, authority_id=authority, holdings=holdings)
        pupils.save_authority(profile)
        purged = _purge(pupils, authority, payload["purge"])
        outcome = ChangeBook(session, keys.party_id, "school", self.clock).merge_received(
            changes, authority
        )
        for pupil_id in outcome.pupils:
            rights.check_own_pupil(pupils.authority_of(pupil_id), authority)
        return ImportReport(
            authority,
            header.sequence,
            outcome.applied,
            len(outcome.pupils),
            purged,
            len(outcome.new_conflicts),
        )

    # --- export -------------------------------------------------------------------------

    def export_file(
        self, out: Path, authority_id: str | None = None, *, resend: bool = False
    ) -> ExportReport:
        """Write this device's changes since the authority's last acknowledgement."""

        def write(data: bytes) -> None:
            write_file_atomically(out, data)

        return self.export_bytes(authority_id, write, resend=resend)[0]

    def export_bytes(
        self,
        authority_id: str | None = None,
        write: Callable[[bytes], None] | None = None,
        *,
        resend: bool = False,
    ) -> tuple[ExportReport, bytes]:
        """The next bundle for an authority, recorded as sent; ``write`` runs inside the
        transaction, so a failed write records nothing.

        ``resend``: forget the bundles sent since that acknowledgement (lost, or refused) and
        write their changes again as the next bundle after it. Unacknowledged changes whose
        stamps a wrong clock put too far ahead are re-stamped first (:mod:`.restamp`).
        """
        with self.store.session() as session:
            keys = _enrolled_keys(session)
            sync = SyncRepository(session, self.clock)
            authority = _choose_authority(sync, authority_id)
            recipient = sync.identity_of(authority)
            assert recipient is not None
            now = self.clock()
            limit = clock_limit(PupilRepository(session), authority)
            acked_sequence = sync.acknowledged_sequence(authority)
            if resend:
                sync.rewind_sent(authority, acked_sequence)
            restamped = restamp_unsent(session, keys.party_id, authority, now, limit)
            warning = _clock_warning(session, now, limit)
            acked = sync.acknowledged_change(authority)
            rows = list(sync.changes_since(acked, authority_id=authority, origin=keys.party_id))
            last = sync.last_sent(authority)
            data = write_bundle(
                kind=DEVICE_KIND,
                sequence=last.sequence + 1,
                base=last.bundle_hash,
                ack=sync.last_applied(authority).sequence,
                schema_version=SCHEMA_VERSION,
                created=now,
                expires=now + DEFAULT_LIFETIME,
                payload={"changes": [body for _, body in rows]},
                sender_keys=keys,
                recipient=recipient,
                counts={"changes": len(rows)} | ({RESEND_COUNT: acked_sequence} if resend else {}),
            )
            max_change = max((seq for seq, _ in rows), default=acked)
            sync.record_sent(authority, last.sequence + 1, bundle_hash(data), max_change)
            if write is not None:
                write(data)
        report = ExportReport(
            authority, last.sequence + 1, len(rows), len(data), restamped, warning
        )
        return report, data

    def clock_warning(self) -> str | None:
        """A warning when this computer's clock is behind the newest stamp it recorded by
        more than the strictest limit of its authorities (its date was wrong, or is)."""
        with self.store.session() as session:
            pupils = PupilRepository(session)
            limits = [clock_limit(pupils, p.party_id) for p in SyncRepository(session).peers()]
            return _clock_warning(session, self.clock(), min(limits, default=DEFAULT_LIMIT))

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


def clock_limit(pupils: PupilRepository, authority: str) -> timedelta:
    """How far ahead of this clock an authority's stamps may be: its profile says."""
    profile = pupils.authority(authority)
    return timedelta(hours=profile.max_clock_ahead_hours) if profile else DEFAULT_LIMIT


def _clock_warning(session: Session, now: datetime, limit: timedelta) -> str | None:
    row = session.get(MetaRow, CLOCK_KEY)
    newest = Stamp.parse(row.value) if row is not None else None
    if not clock_behind(newest, now, limit):
        return None
    return CLOCK_BEHIND_WARNING.format(hours=int(limit.total_seconds() // 3600))


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
            rights.check_own_pupil(held_by, authority)  # only the authority's own pupils
            pupils.delete(pupil_id)
            purged += 1
    return purged
