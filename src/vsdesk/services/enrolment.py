"""The device's side of enrolment: open the invitation, pin the authority, ask to join.

Opening an invitation proves nothing about who made it; the fingerprint shown to the
teacher, read back against the one the Virtual School reads out by phone, does. The
authority's keys are pinned only in the same transaction that writes the request, so a
failure leaves nothing behind.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from vsdesk.clock import Clock, system_clock
from vsdesk.domain.profiles import default_profile
from vsdesk.errors import EnrolmentError
from vsdesk.services.device import device_keys, replace_device_keys
from vsdesk.services.hub_addresses import save_hub_url
from vsdesk.storage.pupil_repository import PupilRepository
from vsdesk.storage.store import Store
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.sync.crypto import fingerprint
from vsdesk.sync.enrolment import make_request, open_invite


@dataclass(frozen=True)
class EnrolmentStarted:
    authority_id: str
    authority_name: str
    authority_fingerprint: str
    device_id: str
    device_fingerprint: str
    request: bytes


def start_enrolment(
    store: Store, invite_file: bytes, code: str, label: str, clock: Clock = system_clock
) -> EnrolmentStarted:
    """Open the invitation and write the request, both at ``clock``'s time.

    The same clock dates the request, so an invitation made by a hub on one clock is judged
    by the device on that clock too; tests inject one, the product uses the system's.
    """
    now = clock()
    invite = open_invite(invite_file, code, now=now)
    with store.session() as session:
        sync = SyncRepository(session)
        pinned = sync.identity_of(invite.authority.party_id)
        if pinned is not None and pinned.key_id != invite.authority.key_id:
            raise EnrolmentError(
                "This invitation carries different keys for an authority this device already "
                "knows. Nothing was changed; ask your Virtual School to confirm by phone."
            )
        replaces = ""
        if pinned is not None:
            replaces = _start_again(session, invite.authority.party_id)
        keys = device_keys(session, create=True)
        assert keys is not None
        sync.pin_peer(invite.authority, "authority", invite.authority_name)
        pupils = PupilRepository(session)
        if pupils.authority(invite.authority.party_id) is None:
            pupils.save_authority(
                default_profile(invite.authority.party_id, invite.authority_name, invite.country)
            )
        if invite.hub_url:
            save_hub_url(session, invite.authority.party_id, invite.hub_url)
        request = make_request(invite, keys, label, now=now, replaces=replaces)
    return EnrolmentStarted(
        authority_id=invite.authority.party_id,
        authority_name=invite.authority_name,
        authority_fingerprint=fingerprint(invite.authority.key_id),
        device_id=keys.party_id,
        device_fingerprint=fingerprint(keys.key_id),
        request=request,
    )


def _start_again(session: Session, authority: str) -> str:
    """Enrolling again with an authority this vault already knows: a vault restored from a
    backup, or copied to a replacement laptop. Returns the device id it had.

    The vault takes a new device identity (the old one may live on in another copy, and
    the authority revokes it when it accepts the new one), and its chains with this
    authority start afresh, so the authority's next bundle is a full snapshot. Its change
    log is kept whole: changes not yet acknowledged go with the next export (the authority
    accepts changes of the device it replaced), the rest are known there already.
    """
    old = device_keys(session)
    if old is None:
        return ""
    new = replace_device_keys(session)
    sync = SyncRepository(session)
    sync.forget_chains(authority)
    sync.reassign_origin(old.party_id, new.party_id)
    return old.party_id
