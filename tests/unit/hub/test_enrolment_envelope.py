"""The enrolment envelopes (vsdesk.sync.enrolment): invitation and request, each refusal."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest

from vsdesk.errors import EnrolmentError
from vsdesk.kdf import TEST_KDF
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.enrolment import (
    INVITE_MAGIC,
    REQUEST_MAGIC,
    Invite,
    InviteRecord,
    make_invite,
    make_request,
    new_device_id,
    open_invite,
    open_request,
    seal_invite,
)
from vsdesk.sync.enrolment_codes import CODE_ALPHABET, normalise_code
from vsdesk.sync.enrolment_errors import (
    BadProofError,
    InvalidLabelError,
    InviteExpiredError,
    InviteUsedError,
    MalformedCodeError,
    NotAnInvitationError,
    NotARequestError,
    RequestDamagedError,
    UnknownInviteError,
    UnsupportedEnrolmentVersionError,
    WrongAuthorityError,
    WrongCodeError,
)

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
AUTHORITY = PartyKeys.generate("cardiff")
TEACHER_NAME = "Ms Siân Prŷs"


def invite_file(keys: PartyKeys = AUTHORITY, days: int = 7) -> tuple[bytes, str]:
    return make_invite(
        keys,
        invite_id="inv-0011223344556677",
        authority_name="Cyngor Caerdydd",
        country="wales",
        teacher_id="t-00aa11bb22",
        teacher_name=TEACHER_NAME,
        created=NOW,
        expires=NOW + timedelta(days=days),
        kdf=TEST_KDF,
    )


@pytest.fixture(scope="module")
def invitation() -> tuple[bytes, str]:
    return invite_file()


@pytest.fixture(scope="module")
def opened(invitation: tuple[bytes, str]) -> Invite:
    return open_invite(*invitation, now=NOW)


def envelope(magic: bytes, body: dict[str, object]) -> bytes:
    """Re-frame an edited body canonically, so only the edit itself is wrong."""
    return magic + json.dumps(body, sort_keys=True, separators=(",", ":")).encode() + b"\n"


def record(invite: Invite, used: bool = False, key: bytes | None = None) -> InviteRecord:
    return InviteRecord(invite.invite_id, key or invite.proof_key, invite.expires, used)


def test_an_invitation_opens_with_its_code(opened: Invite) -> None:
    assert opened.authority == AUTHORITY.public()
    assert (opened.teacher_name, opened.country) == (TEACHER_NAME, "wales")
    assert opened.expires == NOW + timedelta(days=7)


def test_the_code_has_60_bits_and_forgives_case_dashes_and_lookalikes(
    invitation: tuple[bytes, str],
) -> None:
    file_bytes, code = invitation
    assert len(code) == 14 and code[4] == code[9] == "-"
    assert all(c in CODE_ALPHABET for c in code.replace("-", ""))
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalise_code(typed) == code.replace("-", "")
    assert open_invite(file_bytes, typed, now=NOW).invite_id == "inv-0011223344556677"


def test_the_file_alone_reveals_nothing(invitation: tuple[bytes, str]) -> None:
    file_bytes, _ = invitation
    public = AUTHORITY.public()
    secrets = [TEACHER_NAME, "Siân", "Cyngor Caerdydd", "cardiff", "t-00aa11bb22", "inv-0011"]
    for text in secrets:
        for form in (text.encode("utf-8"), text.encode("utf-16-le"), json.dumps(text).encode()):
            assert form not in file_bytes
    for raw in (public.signing_public, public.encryption_public, public.key_id.encode()):
        assert raw not in file_bytes and base64.b64encode(raw) not in file_bytes


@pytest.mark.parametrize(
    ("code", "error"),
    [("AAAA-BBBB-CCCC", WrongCodeError), ("ABCD-EFGH", MalformedCodeError),
     ("ABCD-EFGH-JKM!", MalformedCodeError), ("", MalformedCodeError)],
)  # fmt: skip
def test_a_wrong_code_fails_without_saying_more(
    invitation: tuple[bytes, str], code: str, error: type[EnrolmentError]
) -> None:
    with pytest.raises(error):
        open_invite(invitation[0], code, now=NOW)


def test_wrong_code_message(invitation: tuple[bytes, str]) -> None:
    with pytest.raises(WrongCodeError, match="(?i)wrong code or damaged invitation"):
        open_invite(invitation[0], "AAAA-BBBB-CCCC", now=NOW)


def test_an_expired_invitation_is_refused(invitation: tuple[bytes, str]) -> None:
    with pytest.raises(InviteExpiredError):
        open_invite(*invitation, now=NOW + timedelta(days=7))


def test_a_newer_format_or_a_request_is_not_an_invitation(
    invitation: tuple[bytes, str], opened: Invite
) -> None:
    file_bytes, code = invitation
    with pytest.raises(UnsupportedEnrolmentVersionError):
        open_invite(b"vsdesk-invite/2" + file_bytes[len(INVITE_MAGIC) - 1 :], code)
    request = make_request(opened, PartyKeys.generate(new_device_id()), "Laptop")
    with pytest.raises(NotAnInvitationError):
        open_invite(request, code)
    with pytest.raises(NotARequestError):
        open_request(file_bytes, AUTHORITY, lambda _: None)


def test_a_hostile_kdf_cost_is_refused_before_running_it(invitation: tuple[bytes, str]) -> None:
    file_bytes, code = invitation
    body = json.loads(file_bytes[len(INVITE_MAGIC) :])
    body["kdf"]["memory_kib"] = 4 * 1024 * 1024  # 4 GiB
    with pytest.raises(NotAnInvitationError):
        open_invite(envelope(INVITE_MAGIC, body), code)


def test_invitation_terms_are_checked_when_made() -> None:
    with pytest.raises(ValueError):
        seal_invite(AUTHORITY, {"invite_id": "inv-1", "country": "scotland"}, TEST_KDF)


# --- requests -------------------------------------------------------------------------------


def test_a_request_opens_and_names_the_device(opened: Invite) -> None:
    device = PartyKeys.generate(new_device_id())
    data = make_request(opened, device, "Gliniadur yr ysgol", now=NOW)
    assert data.startswith(REQUEST_MAGIC) and b"Gliniadur" not in data
    request = open_request(data, AUTHORITY, lambda i: record(opened), now=NOW)
    assert request.device == device.public() and request.label == "Gliniadur yr ysgol"
    assert request.invite_id == opened.invite_id


@pytest.mark.parametrize(
    ("error", "used", "proof_key", "days_later", "hub_keys"),
    [
        (UnknownInviteError, None, None, 0, AUTHORITY),
        (BadProofError, False, bytes(32), 0, AUTHORITY),
        (InviteUsedError, True, None, 0, AUTHORITY),
        (InviteExpiredError, False, None, 7, AUTHORITY),
        (WrongAuthorityError, False, None, 0, PartyKeys.generate("cardiff")),
    ],
)
def test_each_refusal_of_a_request(
    opened: Invite,
    error: type[EnrolmentError],
    used: bool | None,
    proof_key: bytes | None,
    days_later: int,
    hub_keys: PartyKeys,
) -> None:
    data = make_request(opened, PartyKeys.generate(new_device_id()), "Laptop", now=NOW)
    found = None if used is None else record(opened, used=used, key=proof_key)
    with pytest.raises(error):
        open_request(data, hub_keys, lambda i: found, now=NOW + timedelta(days=days_later))


def test_a_tampered_request_is_refused(opened: Invite) -> None:
    data = make_request(opened, PartyKeys.generate(new_device_id()), "Laptop", now=NOW)
    body = json.loads(data[len(REQUEST_MAGIC) :])
    for field in ("sealed", "signature"):
        raw = bytearray(base64.b64decode(body[field]))
        raw[len(raw) // 2] ^= 0x01
        tampered = envelope(REQUEST_MAGIC, body | {field: base64.b64encode(bytes(raw)).decode()})
        with pytest.raises(RequestDamagedError):
            open_request(tampered, AUTHORITY, lambda i: record(opened), now=NOW)


def test_a_request_signed_by_another_key_is_refused(opened: Invite) -> None:
    """Swap in another device's signature: proves the self-signature is checked."""
    first = make_request(opened, PartyKeys.generate("device-a"), "Laptop", now=NOW)
    second = make_request(opened, PartyKeys.generate("device-b"), "Laptop", now=NOW)
    body = json.loads(first[len(REQUEST_MAGIC) :])
    body["signature"] = json.loads(second[len(REQUEST_MAGIC) :])["signature"]
    with pytest.raises(RequestDamagedError):
        open_request(envelope(REQUEST_MAGIC, body), AUTHORITY, lambda i: record(opened), now=NOW)


@pytest.mark.parametrize("label", ["   ", "two\nlines", "x" * 101, "tab\there"])
def test_a_device_label_must_be_one_short_line(opened: Invite, label: str) -> None:
    with pytest.raises(InvalidLabelError):
        make_request(opened, PartyKeys.generate(new_device_id()), label)


def test_a_device_label_may_be_left_empty(opened: Invite) -> None:
    data = make_request(opened, PartyKeys.generate(new_device_id()), "", now=NOW)
    assert open_request(data, AUTHORITY, lambda i: record(opened), now=NOW).label == ""
