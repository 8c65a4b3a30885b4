"""Enrolling a teacher's device: issue a one-time invitation, then accept the device's request.

The envelopes are :mod:`vsdesk.sync.enrolment`'s; this module is the hub's bookkeeping around
them. An invitation row keeps the key that checks the request's proof of the code, sealed
to the authority's own encryption key (HPKE), so neither the code nor a usable proof key is
ever stored in clear. Accepting is one transaction: either the device is registered and the
invitation marked used, or nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy.orm import Session

from vsdesk.errors import NOTHING_CHANGED, EnrolmentError, UsageError
from vsdesk.hub.errors import HubDamagedError
from vsdesk.hub.services.address import HUB_URL_KEY
from vsdesk.hub.services.authority import hub_info
from vsdesk.hub.services.held_changes import record_replacement
from vsdesk.hub.storage.clock import Clock, utc_now
from vsdesk.hub.storage.repository import Device, HubRepository, Invitation
from vsdesk.hub.storage.store import HubStore
from vsdesk.kdf import KdfParams
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.sync import crypto
from vsdesk.sync.bundle_format import format_timestamp
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.enrolment import (
    InviteRecord,
    new_invite_id,
    open_request,
    seal_invite,
)
from vsdesk.sync.enrolment_errors import DeviceExistsError, InviteUsedError

DEFAULT_LIFETIME_DAYS: Final = 7
MAX_LIFETIME_DAYS: Final = 90
_PROOF_KEY_INFO: Final = b"vsdesk-hub-invite-proof-key/1\n"


@dataclass(frozen=True)
class IssuedInvitation:
    """A new invitation: the file to send, and the code to read out by phone (once)."""

    invite_id: str
    teacher_id: str
    expires: datetime
    file_bytes: bytes = field(repr=False)
    code: str = field(repr=False)


class InvitationService:
    """Issue and accept enrolments; needs the authority's private keys (the passphrase)."""

    def __init__(
        self,
        store: HubStore,
        authority_keys: PartyKeys,
        clock: Clock = utc_now,
        kdf: KdfParams | None = None,
    ) -> None:
        self.store = store
        self.keys = authority_keys
        self.clock = clock
        self.kdf = kdf

    def issue(self, teacher_id: str, days: int = DEFAULT_LIFETIME_DAYS) -> IssuedInvitation:
        """Make an invitation for the teacher, valid for ``days`` days, and record it."""
        if not 1 <= days <= MAX_LIFETIME_DAYS:
            raise UsageError(f"--expires-days must be 1 to {MAX_LIFETIME_DAYS}.")
        info = hub_info(self.store)
        created = self.clock().replace(microsecond=0)
        expires, invite_id = created + timedelta(days=days), new_invite_id()
        with self.store.session() as session:
            repo = HubRepository(session)
            teacher = repo.teacher(teacher_id)
            terms = {
                "invite_id": invite_id,
                "authority_name": info.name,
                "country": info.country,
                "teacher_id": teacher.id,
                "teacher_name": teacher.name,
                "created": format_timestamp(created),
                "expires": format_timestamp(expires),
            }
            address = repo.meta(HUB_URL_KEY)
            if address:
                terms["hub_url"] = address
            sealed = seal_invite(self.keys, terms, self.kdf)
            proof_sealed = crypto.seal(
                self.keys.public(), sealed.proof_key, _PROOF_KEY_INFO + invite_id.encode()
            )
            invitation = Invitation(
                invite_id, teacher.id, proof_sealed, created, expires, None, None
            )
            repo.add_invitation(invitation, sealed.salt)
        return IssuedInvitation(invite_id, teacher.id, expires, sealed.file_bytes, sealed.code)

    def accept(self, request_bytes: bytes) -> Device:
        """Check the device's request and register the device for the invited teacher."""
        now = self.clock()
        with self.store.session() as session:
            repo = HubRepository(session)
            request = open_request(
                request_bytes, self.keys, lambda invite_id: self._record(repo, invite_id), now=now
            )
            invitation = repo.invitation(request.invite_id)
            assert invitation is not None  # open_request refuses unknown invitations
            if repo.find_device(request.device.party_id) or repo.key_in_use(request.device.key_id):
                raise DeviceExistsError()
            device = Device(
                request.device.party_id,
                invitation.teacher_id,
                request.device,
                request.label,
                now,
                None,
            )
            _register(session, repo, device, invitation.id)
            if request.replaces:
                _replace(session, repo, device, request.replaces)
            return device

    def _record(self, repo: HubRepository, invite_id: str) -> InviteRecord | None:
        invitation = repo.invitation(invite_id)
        if invitation is None:
            return None
        proof_key = crypto.open_sealed(
            self.keys, invitation.proof_key_sealed, _PROOF_KEY_INFO + invite_id.encode()
        )
        if proof_key is None:
            raise HubDamagedError()
        used = invitation.used_at is not None
        return InviteRecord(invite_id, proof_key, invitation.expires_at, used)


def _register(session: Session, repo: HubRepository, device: Device, invite_id: str) -> None:
    """Insert the device, then claim the invitation; a lost race leaves nothing behind."""
    repo.add_device(device)
    session.flush()
    if not repo.use_invitation(invite_id, device.id, device.enrolled_at):
        raise InviteUsedError()


def _replace(session: Session, repo: HubRepository, device: Device, old_id: str) -> None:
    """A vault enrolling again (restored from a backup, copied to a new laptop) names the
    device it was: that one is revoked now, so the two copies cannot both sync, and the
    new device's first bundle is a full snapshot (its chain starts afresh)."""
    old = repo.find_device(old_id)
    if old is None or old.teacher_id != device.teacher_id:
        raise EnrolmentError(
            "This request replaces a device this Virtual School does not hold for that "
            "teacher. " + NOTHING_CHANGED
        )
    if not old.revoked:
        repo.revoke_device(old.id, device.enrolled_at)
    record_replacement(session, device.id, old.id, device.enrolled_at)
    # Pupils the old device held that are no longer assigned: the copy may still hold them,
    # so the new device is told to purge them. Assigned ones go whole in the snapshot.
    current = repo.assignments(teacher_id=device.teacher_id, include_ended=False)
    assigned = {a.pupil_id for a in current}
    sync = SyncRepository(session)
    for delivery in sync.deliveries(old.id):
        if delivery.pupil_id not in assigned:
            sync.record_delivery(device.id, delivery.pupil_id, 0)
