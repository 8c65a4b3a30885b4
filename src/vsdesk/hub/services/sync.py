"""The Virtual School's side of sync by file: import devices' bundles, export to a teacher.

Export to a device carries, for each pupil now assigned to the teacher, either the pupil's
whole change history (a pupil the device does not hold yet: replaying it gives the device
exactly the hub's registers) or the changes since the device's last acknowledgement; plus
the authority profile, and the ids of pupils no longer assigned, which the device purges.
A pupil counts as held only once the device has acknowledged the bundle that sent it whole,
so a lost bundle is simply sent again.

Import accepts from a device only the changes :mod:`vsdesk.sync.rights` allows: school-side,
authored by that device (or a device it replaced), to the current plan of pupils assigned to
its teacher, never to what the authority owns. Changes for a pupil that *was* assigned to the
teacher but no longer is, and changes to last term's plan made before the device received
the new term's (``plans open-term``), are held for review instead
(:mod:`vsdesk.hub.services.held_changes`), so the device's chain goes on. A bundle whose
stamps are too far ahead of the hub's clock is refused before the hub's clock sees them.

``export --resend`` writes again everything since the device's last acknowledgement, as
the bundle after the last acknowledged one, for when a bundle file was lost or refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from vsdesk.clock import Clock, system_clock
from vsdesk.domain.profiles import DEFAULT_MAX_CLOCK_AHEAD_HOURS
from vsdesk.errors import EnrolmentError, NotFoundError, UsageError
from vsdesk.hub.services.authority import hub_info
from vsdesk.hub.services.devices import known_sender
from vsdesk.hub.services.held_changes import HeldReason, hold, predecessors
from vsdesk.hub.storage.repository import Device, HubRepository
from vsdesk.hub.storage.store import HubStore
from vsdesk.services.bundle_chain import RESEND_COUNT, chain_for, check_ack
from vsdesk.services.change_book import ChangeBook
from vsdesk.services.rights_holdings import StoreHoldings
from vsdesk.services.sync_payload import (
    HUB_EXPECTS,
    SCHEMA_VERSION,
    ParsedPayload,
    validate_device_payload,
)
from vsdesk.storage.change_log_lock import lock_change_log
from vsdesk.storage.pupil_repository import PupilRepository
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.sync import rights
from vsdesk.sync.bundle_errors import ForbiddenChangeError
from vsdesk.sync.bundle_reader import (
    ChainPosition,
    KnownSender,
    OpenedBundle,
    bundle_hash,
    open_bundle,
    read_bundle_file,
)
from vsdesk.sync.bundle_writer import DEFAULT_LIFETIME, write_bundle, write_file_atomically
from vsdesk.sync.changes import Change
from vsdesk.sync.clock_checks import check_not_ahead
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.pupil_entities import parse_entity

utc_now = system_clock


@dataclass(frozen=True)
class HubImportReport:
    device: str
    sequence: int
    changes: int
    pupils: int
    new_conflicts: int
    held: int = 0  # changes held for review, all reasons
    held_not_current: int = 0  # of which to plans no longer current (a new term opened)


@dataclass(frozen=True)
class HubExportReport:
    device: str
    sequence: int
    changes: int
    pupils_sent_whole: int
    purged: int
    size: int


class _SessionKeyring:
    """The device registry as a bundle keyring, inside the import's own transaction."""

    def __init__(self, session: Session) -> None:
        self.repo = HubRepository(session)

    def sender_identity(self, party_id: str, key_id: str) -> KnownSender | None:
        return known_sender(self.repo, party_id, key_id)


class HubSync:
    def __init__(self, store: HubStore, keys: PartyKeys, clock: Clock = utc_now) -> None:
        self.store = store
        self.keys = keys
        self.clock = clock

    # --- import -------------------------------------------------------------------------

    def import_file(self, path: Path) -> HubImportReport:
        return self.import_bytes(read_bundle_file(path))

    def import_bytes(self, data: bytes) -> HubImportReport:
        """Check and apply one bundle from a device (a file's bytes, or an HTTP body)."""
        with self.store.session() as session:
            lock_change_log(session, exclusive=True)
            sync = SyncRepository(session)
            parsed = ParsedPayload(validate_device_payload)
            chain, resent_after = chain_for(data, sync)
            opened = open_bundle(
                data,
                me=self.keys,
                keyring=_SessionKeyring(session),
                chain=chain,
                now=self.clock(),
                validate_payload=parsed,
                expect=HUB_EXPECTS,
            )
            if resent_after is not None:
                sync.forget_applied_after(opened.header.sender, resent_after)
            return self._apply(session, opened, parsed.changes)

    def _apply(
        self, session: Session, opened: OpenedBundle, changes: list[Change]
    ) -> HubImportReport:
        header, device_id = opened.header, opened.header.sender
        now = self.clock()
        # First of all, before the hub's own clock observes any stamp: a bundle from a
        # computer whose date is wrong must not move this clock (nor anything else).
        check_not_ahead(changes, now, self._clock_limit(session))
        sync = SyncRepository(session)
        check_ack(sync, device_id, header.ack)
        sync.acknowledge(device_id, header.ack)
        sync.forget_purged(device_id, sync.acknowledged_sequence(device_id))
        sync.record_applied(device_id, header.sequence, opened.bundle_hash)
        device = HubRepository(session).device(device_id)
        in_scope, to_hold = _sort_device_changes(session, device, changes)
        held = hold(
            session,
            to_hold,
            device_id=device_id,
            teacher_id=device.teacher_id,
            sequence=header.sequence,
            at=now,
            pupil_of=_pupil_of,
        )
        book = ChangeBook(session, self.keys.party_id, "authority", self.clock)
        outcome = book.merge_received(in_scope, device_id)
        return HubImportReport(
            device_id,
            header.sequence,
            outcome.applied,
            len(outcome.pupils),
            len(outcome.new_conflicts),
            held,
            sum(1 for _, reason in to_hold if reason is HeldReason.NOT_CURRENT_PLAN),
        )

    def _clock_limit(self, session: Session) -> timedelta:
        profile = PupilRepository(session).authority(self.keys.party_id)  # the authority id
        hours = profile.max_clock_ahead_hours if profile else DEFAULT_MAX_CLOCK_AHEAD_HOURS
        return timedelta(hours=hours)

    # --- export -------------------------------------------------------------------------

    def export_file(
        self, teacher_id: str, out: Path, device_id: str | None = None, *, resend: bool = False
    ) -> HubExportReport:
        """Write the next bundle for the teacher's device; ``resend``: rewrite everything
        since its last acknowledgement as the bundle after the acknowledged one."""
        with self.store.session() as session:
            device = _device_for(HubRepository(session), teacher_id, device_id)
            exported = self.export_in(session, device, resend=resend)
            assert exported is not None
            report, data = exported
            write_file_atomically(out, data)
        return report

    def export_in(
        self, session: Session, device: Device, *, only_news: bool = False, resend: bool = False
    ) -> tuple[HubExportReport, bytes] | None:
        """The next bundle for ``device``, recorded as sent in the caller's transaction.

        ``only_news``: None instead of a bundle that would carry nothing new (online sync
        asks often; an empty bundle each time would only lengthen the chain). ``resend``:
        rewrite everything since the device's last acknowledgement as the bundle after it.
        """
        lock_change_log(session, exclusive=False)
        sync = SyncRepository(session)
        resend_from = sync.acknowledged_sequence(device.id) if resend else None
        if resend_from is not None:
            sync.rewind_sent(device.id, resend_from)
        plan = self._plan(session, device, device.teacher_id)
        last = sync.last_sent(device.id)
        if only_news and last.sequence and not (plan.changes or plan.whole or plan.purge):
            return None
        sequence = last.sequence + 1
        data = self._write(session, device, plan, last, sequence, resend_from)
        max_change = max((seq for seq, _ in plan.changes), default=plan.acked_change)
        sync.record_sent(device.id, sequence, bundle_hash(data), max_change)
        for pupil_id in plan.whole:
            sync.record_delivery(device.id, pupil_id, sequence)
        for pupil_id in plan.purge:
            sync.mark_purge_sent(device.id, pupil_id, sequence)
        report = HubExportReport(
            device.id, sequence, len(plan.changes), len(plan.whole), len(plan.purge), len(data)
        )
        return report, data

    def _plan(self, session: Session, device: Device, teacher_id: str) -> _ExportPlan:
        sync = SyncRepository(session)
        repo = HubRepository(session)
        assigned = {
            a.pupil_id for a in repo.assignments(teacher_id=teacher_id, include_ended=False)
        }
        acked = sync.acknowledged_sequence(device.id)
        deliveries = sync.deliveries(device.id)
        held = {d.pupil_id for d in deliveries if d.first_sequence <= acked and d.purged_in is None}
        whole = assigned - held
        acked_change = sync.acknowledged_change(device.id)
        changes = sync.changes_of_pupils(whole) + list(
            sync.changes_since(acked_change, pupil_ids=assigned & held, not_origin=device.id)
        )
        purge = {d.pupil_id for d in deliveries} - assigned
        return _ExportPlan(sorted(whole), sorted(purge), changes, acked_change)

    def _write(
        self,
        session: Session,
        device: Device,
        plan: _ExportPlan,
        last: ChainPosition,
        sequence: int,
        resend_from: int | None,
    ) -> bytes:
        info = hub_info(self.store)
        profile = PupilRepository(session).authority(info.authority_id)
        if profile is None:
            raise NotFoundError("This hub has no authority profile; run 'init' again.")
        now = self.clock()
        payload: dict[str, Any] = {
            "authority": {"id": info.authority_id, "name": info.name, "country": info.country},
            "profile": profile.to_dict(),
            "changes": [body for _, body in sorted(plan.changes, key=lambda item: item[0])],
            "purge": plan.purge,
        }
        return write_bundle(
            kind="snapshot" if sequence == 1 else "changes",
            sequence=sequence,
            base=last.bundle_hash,
            ack=SyncRepository(session).last_applied(device.id).sequence,
            schema_version=SCHEMA_VERSION,
            created=now,
            expires=now + DEFAULT_LIFETIME,
            payload=payload,
            sender_keys=self.keys,
            recipient=device.identity,
            counts={"changes": len(plan.changes), "purge": len(plan.purge)}
            | ({} if resend_from is None else {RESEND_COUNT: resend_from}),
        )


@dataclass(frozen=True)
class _ExportPlan:
    whole: list[str]
    purge: list[str]
    changes: list[tuple[int, dict[str, Any]]]
    acked_change: int


def _device_for(repo: HubRepository, teacher_id: str, device_id: str | None) -> Device:
    repo.teacher(teacher_id)
    devices = repo.devices(teacher_id)
    if device_id is not None:
        chosen = [d for d in devices if d.id == device_id]
        if not chosen:
            raise NotFoundError("That device is not enrolled for this teacher.")
    else:
        chosen = [d for d in devices if not d.revoked] or devices
    if not chosen:
        raise EnrolmentError("This teacher has no enrolled device yet: use 'enrol' first.")
    if len(chosen) > 1:
        raise UsageError("This teacher has several devices: name one with --device.")
    if chosen[0].revoked:
        raise EnrolmentError("That device is revoked: nothing is exported for it.")
    return chosen[0]


def _sort_device_changes(
    session: Session, device: Device, changes: list[Change]
) -> tuple[list[Change], list[tuple[Change, HeldReason]]]:
    """Split a device's changes into those to apply and those to hold (with why); refuse
    forbidden ones.

    The rights table (sync/rights.py) decides what a device may change at all, as itself or
    as a device it replaced. A change it may make, to a pupil its teacher held once but no
    longer does, or to last term's plan after a new term's was opened, is held, not
    refused: the teacher made it in good faith before the unassignment or the new term.
    A pupil never assigned to the teacher refuses the bundle.
    """
    repo = HubRepository(session)
    assignments = repo.assignments(teacher_id=device.teacher_id, include_ended=True)
    assigned = {a.pupil_id for a in assignments if a.active}
    once_assigned = {a.pupil_id for a in assignments} - assigned
    verdict = rights.check_device_changes(
        changes,
        device_id=device.id,
        holdings=StoreHoldings(session, assigned),
        also_authors=frozenset(predecessors(session, device.id)),
    )
    unassigned = {id(change) for change in verdict.not_assigned}
    not_current = {id(change) for change in verdict.not_current}
    in_scope: list[Change] = []
    held: list[tuple[Change, HeldReason]] = []
    for change in changes:
        if id(change) in not_current:
            held.append((change, HeldReason.NOT_CURRENT_PLAN))
        elif id(change) not in unassigned:
            in_scope.append(change)
        elif _pupil_of(change) in once_assigned:
            held.append((change, HeldReason.UNASSIGNED))
        else:
            raise ForbiddenChangeError(change.field, rights.Reason.NOT_ASSIGNED)
    return in_scope, held


def _pupil_of(change: Change) -> str:
    return parse_entity(change.entity)[1]
