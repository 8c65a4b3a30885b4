"""Enrolment on the hub: issue, accept, and every refusal leaving the hub unchanged."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from helpers.hub_fixtures import FakeClock
from vsdesk.errors import EnrolmentError, NotFoundError, UsageError, ValidationError
from vsdesk.hub.services.devices import DeviceService, HubKeyring
from vsdesk.hub.services.invitations import InvitationService, IssuedInvitation
from vsdesk.hub.services.teachers import TeacherService
from vsdesk.hub.storage.repository import HubRepository, Teacher
from vsdesk.hub.storage.schema import InviteRow
from vsdesk.hub.storage.store import HubStore
from vsdesk.kdf import TEST_KDF
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.enrolment import Invite, make_request, new_device_id, open_invite
from vsdesk.sync.enrolment_errors import (
    DeviceExistsError,
    InviteExpiredError,
    InviteUsedError,
    NotARequestError,
    RequestDamagedError,
    UnknownInviteError,
    WrongAuthorityError,
)


@pytest.fixture
def teacher(hub: HubStore, clock: FakeClock) -> Teacher:
    return TeacherService(hub, clock).add("Ms Siân Jones", "Ysgol y Dŵr Gwyn")


@pytest.fixture
def invitations(hub: HubStore, hub_keys: PartyKeys, clock: FakeClock) -> InvitationService:
    return InvitationService(hub, hub_keys, clock, kdf=TEST_KDF)


def opened(issued: IssuedInvitation, clock: FakeClock) -> Invite:
    return open_invite(issued.file_bytes, issued.code, now=clock())


def request_for(invite: Invite, device: PartyKeys | None = None) -> bytes:
    return make_request(invite, device or PartyKeys.generate(new_device_id()), "School laptop")


def hub_state(hub: HubStore) -> tuple[object, ...]:
    with hub.session() as session:
        repo = HubRepository(session)
        invites = session.query(InviteRow.id, InviteRow.used_at, InviteRow.device_id).all()
        return tuple(repo.devices()), tuple(sorted(invites))


def test_accept_registers_the_device_and_uses_the_invitation(
    hub: HubStore, invitations: InvitationService, teacher: Teacher, clock: FakeClock
) -> None:
    issued = invitations.issue(teacher.id)
    invite = opened(issued, clock)
    assert (invite.teacher_id, invite.authority_name) == (teacher.id, "Cardiff")
    device_keys = PartyKeys.generate(new_device_id())
    clock.advance(hours=2)
    device = invitations.accept(request_for(invite, device_keys))
    assert (device.id, device.teacher_id) == (device_keys.party_id, teacher.id)
    assert device.identity == device_keys.public() and not device.revoked
    assert device.fingerprint == device_keys.public().fingerprint
    assert device.enrolled_at == clock()
    with hub.session() as session:
        row = session.get(InviteRow, issued.invite_id)
        assert row is not None and (row.device_id, row.used_at is not None) == (device.id, True)


def test_the_hub_keeps_neither_the_code_nor_the_proof_key_in_clear(
    hub: HubStore, invitations: InvitationService, teacher: Teacher, clock: FakeClock
) -> None:
    issued = invitations.issue(teacher.id)
    proof_key = opened(issued, clock).proof_key
    hub.compact()

    db = b"".join(p.read_bytes() for p in Path(hub.engine.url.database or "").parent.iterdir())
    for secret in (issued.code.encode(), issued.code.replace("-", "").encode(), proof_key):
        assert secret not in db
    assert base64.b64encode(proof_key) not in db


def test_a_reused_invitation_is_refused_and_changes_nothing(
    hub: HubStore, invitations: InvitationService, teacher: Teacher, clock: FakeClock
) -> None:
    invite = opened(invitations.issue(teacher.id), clock)
    invitations.accept(request_for(invite))
    before = hub_state(hub)
    with pytest.raises(InviteUsedError):
        invitations.accept(request_for(invite))
    assert hub_state(hub) == before


def test_an_expired_invitation_is_refused(
    hub: HubStore, invitations: InvitationService, teacher: Teacher, clock: FakeClock
) -> None:
    issued = invitations.issue(teacher.id, days=1)
    invite = opened(issued, clock)
    clock.advance(days=1)
    before = hub_state(hub)
    with pytest.raises(InviteExpiredError):
        invitations.accept(request_for(invite))
    with pytest.raises(InviteExpiredError):
        open_invite(issued.file_bytes, issued.code, now=clock())
    assert hub_state(hub) == before


def test_tampered_and_foreign_requests_are_refused(
    hub: HubStore, invitations: InvitationService, teacher: Teacher, clock: FakeClock
) -> None:
    invite = opened(invitations.issue(teacher.id), clock)
    data = bytearray(request_for(invite))
    data[len(data) // 2] ^= 0x01
    stranger = PartyKeys.generate("cardiff")  # same id, other keys: another hub
    foreign = Invite(**(invite.__dict__ | {"authority": stranger.public()}))
    unknown = Invite(**(invite.__dict__ | {"invite_id": "inv-00000000deadbeef"}))
    before = hub_state(hub)
    refusals: list[tuple[bytes, tuple[type[EnrolmentError], ...]]] = [
        (bytes(data), (RequestDamagedError, NotARequestError)),  # a flip may break the base64
        (b"not a request", (NotARequestError,)),
        (request_for(foreign), (WrongAuthorityError,)),
        (request_for(unknown), (UnknownInviteError,)),
    ]
    for request, errors in refusals:
        with pytest.raises(errors):
            invitations.accept(request)
    assert hub_state(hub) == before


def test_a_device_cannot_enrol_twice(
    hub: HubStore, invitations: InvitationService, teacher: Teacher, clock: FakeClock
) -> None:
    device = PartyKeys.generate(new_device_id())
    invitations.accept(request_for(opened(invitations.issue(teacher.id), clock), device))
    second = opened(invitations.issue(teacher.id), clock)
    with pytest.raises(DeviceExistsError):
        invitations.accept(request_for(second, device))


def test_issue_refuses_unknown_teachers_and_odd_lifetimes(
    invitations: InvitationService, teacher: Teacher
) -> None:
    with pytest.raises(NotFoundError):
        invitations.issue("t-0000000000")
    for days in (0, 91):
        with pytest.raises(UsageError):
            invitations.issue(teacher.id, days=days)


def test_devices_list_revoke_and_the_keyring(
    hub: HubStore, invitations: InvitationService, teacher: Teacher, clock: FakeClock
) -> None:
    device_keys = PartyKeys.generate(new_device_id())
    invitations.accept(request_for(opened(invitations.issue(teacher.id), clock), device_keys))
    devices = DeviceService(hub, clock)
    keyring = HubKeyring(hub)
    identity = device_keys.public()
    known = keyring.sender_identity(identity.party_id, identity.key_id)
    assert known is not None and known.identity == identity and not known.revoked
    assert keyring.sender_identity(identity.party_id, "0" * 32) is None
    assert keyring.sender_identity("device-unknown", identity.key_id) is None
    assert [d.id for d in devices.list(teacher.id)] == [identity.party_id]
    clock.advance(days=3)
    revoked = devices.revoke(identity.party_id)
    assert revoked.revoked_at == clock()
    again = keyring.sender_identity(identity.party_id, identity.key_id)
    assert again is not None and again.revoked
    with pytest.raises(ValidationError, match="already revoked"):
        devices.revoke(identity.party_id)
    with pytest.raises(NotFoundError):
        devices.revoke("device-unknown")
    assert TeacherService(hub).summaries()[0].devices == 0
