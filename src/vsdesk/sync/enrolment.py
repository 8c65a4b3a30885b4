"""Enrolment envelopes: the hub's invitation and the device's request (docs/bundle-format.md §13).

Enrolment is the one moment two parties meet without yet trusting each other's keys, so the
trust comes from outside: a one-time code read out by phone, and the two key fingerprints
read back. The flow:

1. The hub makes an **invitation** (:func:`make_invite`): the authority's public identity,
   the teacher, an expiry, signed by the authority, then sealed with ChaCha20-Poly1305 under
   a key derived from the code (:mod:`.enrolment_codes`). The file alone reveals nothing and
   can travel by e-mail; the code travels by phone.
2. The teacher's device opens it with the code (:func:`open_invite`), shows the authority's
   fingerprint, and makes a **request** (:func:`make_request`): its own public identity and
   an HMAC proof that it knew the code, sealed to the authority with HPKE and signed by the
   device's own Ed25519 key (which proves it holds the key it asks to enrol).
3. The hub opens the request (:func:`open_request`), checks invitation, proof and
   signature, and registers the device; the officer reads its fingerprint back by phone.

Both files are a magic line and one line of canonical JSON, parsed as strictly as bundle
headers; every refusal is an :class:`~vsdesk.errors.EnrolmentError` subclass.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from vsdesk.clock import system_clock
from vsdesk.errors import UsageError
from vsdesk.kdf import KdfParams, new_secret_kdf
from vsdesk.sync import crypto
from vsdesk.sync.bundle_format import (
    encode_canonical,
    format_timestamp,
)
from vsdesk.sync.crypto import HPKE_OVERHEAD, SIGNATURE_SIZE, PartyKeys, PublicIdentity
from vsdesk.sync.enrolment_codes import (
    derive_code_keys,
    kdf_in_bounds,
    new_code,
    proof_matches,
    proof_tag,
)
from vsdesk.sync.enrolment_errors import (
    BadProofError,
    InvalidLabelError,
    InviteExpiredError,
    InviteUsedError,
    NotAnInvitationError,
    NotARequestError,
    RequestDamagedError,
    UnknownInviteError,
    WrongAuthorityError,
    WrongCodeError,
)
from vsdesk.sync.enrolment_parsing import (
    b64,
    decode_json,
    exact_keys,
    is_id,
    is_one,
    is_text,
    public_identity,
    read_envelope,
    require,
    timestamp_of,
    unb64,
)
from vsdesk.sync.hub_address import check_hub_url

__all__ = [
    "INVITE_MAGIC",
    "MAX_INVITE_BYTES",
    "MAX_REQUEST_BYTES",
    "REQUEST_MAGIC",
    "EnrolmentRequest",
    "Invite",
    "InviteRecord",
    "SealedInvite",
    "make_invite",
    "make_request",
    "new_device_id",
    "new_invite_id",
    "open_invite",
    "open_request",
    "seal_invite",
]

INVITE_MAGIC: Final = b"vsdesk-invite/1\n"
REQUEST_MAGIC: Final = b"vsdesk-enrol-request/1\n"
MAX_INVITE_BYTES: Final = 16 * 1024
MAX_REQUEST_BYTES: Final = 16 * 1024
MAX_TEXT: Final = 200
MAX_LABEL: Final = 100
_INVITE_SIG_DOMAIN: Final = b"vsdesk-invite-sig/1\n"
_REQUEST_SIG_DOMAIN: Final = b"vsdesk-enrol-request-sig/1\n"
_REQUEST_HPKE_INFO: Final = b"vsdesk-enrol-request-hpke/1\n"
_SALT_SIZE, _NONCE_SIZE, _TAG_SIZE = 16, 12, 16

_INVITE_OUTER = frozenset({"aead", "ciphertext", "format", "kdf", "nonce"})
_KDF_KEYS = frozenset({"iterations", "lanes", "memory_kib", "name", "salt"})
_INVITE_BODY = frozenset(
    {"authority", "authority_name", "country", "created", "expires", "format", "invite_id"}
    | {"teacher_id", "teacher_name"}
)
#: Optional invitation fields, added later: an invitation without them stays valid.
_INVITE_OPTIONAL = frozenset({"hub_url"})
_REQUEST_OUTER = frozenset({"authority", "authority_key_id", "format", "sealed", "signature"})
_REQUEST_INNER = frozenset({"created", "device", "format", "invite_id", "label", "proof"})


@dataclass(frozen=True)
class Invite:
    """An opened invitation. ``proof_key`` lets :func:`make_request` prove the code."""

    invite_id: str
    authority: PublicIdentity
    authority_name: str
    country: str
    teacher_id: str
    teacher_name: str
    created: datetime
    expires: datetime
    proof_key: bytes = field(repr=False)
    hub_url: str | None = None  # where the device syncs online, if the hub has an address


@dataclass(frozen=True)
class SealedInvite:
    """What the hub keeps from making an invitation (never the code itself)."""

    file_bytes: bytes = field(repr=False)
    code: str = field(repr=False)
    salt: bytes
    proof_key: bytes = field(repr=False)


@dataclass(frozen=True)
class InviteRecord:
    """The hub's answer to "which invitation is this?", for :func:`open_request`."""

    invite_id: str
    proof_key: bytes = field(repr=False)
    expires: datetime
    used: bool


@dataclass(frozen=True)
class EnrolmentRequest:
    """A checked request: the device to register for the invitation's teacher."""

    invite_id: str
    device: PublicIdentity
    label: str
    created: datetime
    #: The device this one replaces (a restored or copied vault enrolling again), or "".
    replaces: str = ""


InviteLookup = Callable[[str], InviteRecord | None]


def new_invite_id() -> str:
    return f"inv-{secrets.token_hex(8)}"


def new_device_id() -> str:
    """A device's party id: random, so it says nothing about the teacher or school."""
    return f"device-{secrets.token_hex(8)}"


# --- the invitation -------------------------------------------------------------------------


def make_invite(
    authority_keys: PartyKeys,
    *,
    invite_id: str,
    authority_name: str,
    country: str,
    teacher_id: str,
    teacher_name: str,
    created: datetime,
    expires: datetime,
    kdf: KdfParams | None = None,
) -> tuple[bytes, str]:
    """``(file bytes, code)`` of a new invitation; see :func:`seal_invite` for the hub."""
    sealed = seal_invite(
        authority_keys,
        {
            "invite_id": invite_id,
            "authority_name": authority_name,
            "country": country,
            "teacher_id": teacher_id,
            "teacher_name": teacher_name,
            "created": format_timestamp(created),
            "expires": format_timestamp(expires),
        },
        kdf,
    )
    return sealed.file_bytes, sealed.code


def seal_invite(
    authority_keys: PartyKeys, terms: Mapping[str, str], kdf: KdfParams | None = None
) -> SealedInvite:
    """Sign ``terms`` with the authority key and seal them under a fresh code."""
    body = dict(terms) | {"authority": authority_keys.public().to_dict(), "format": 1}
    try:
        _check_invite_body(body)
    except NotAnInvitationError:
        raise ValueError("invitation terms are not well-formed") from None
    signed = encode_canonical(body)
    signature = crypto.sign(authority_keys, _INVITE_SIG_DOMAIN + signed)
    plaintext = encode_canonical({"body": body, "signature": b64(signature)})
    code, salt, nonce = new_code(), os.urandom(_SALT_SIZE), os.urandom(_NONCE_SIZE)
    kdf = kdf or new_secret_kdf()
    keys = derive_code_keys(code, salt, kdf)
    outer = _invite_outer(kdf, salt)
    ciphertext = ChaCha20Poly1305(keys.seal_key).encrypt(nonce, plaintext, _invite_aad(outer))
    outer |= {"nonce": b64(nonce), "ciphertext": b64(ciphertext)}
    return SealedInvite(INVITE_MAGIC + encode_canonical(outer) + b"\n", code, salt, keys.proof_key)


def open_invite(file_bytes: bytes, code: str, *, now: datetime | None = None) -> Invite:
    """Check and open an invitation with its code; every refusal is an EnrolmentError."""
    outer = read_envelope(file_bytes, INVITE_MAGIC, MAX_INVITE_BYTES, NotAnInvitationError)
    params, salt, nonce, ciphertext = _parse_invite_outer(outer)
    keys = derive_code_keys(code, salt, params)
    try:
        plaintext = ChaCha20Poly1305(keys.seal_key).decrypt(
            nonce, ciphertext, _invite_aad(_invite_outer(params, salt))
        )
    except InvalidTag:
        raise WrongCodeError() from None
    invite = _parse_invite_plaintext(plaintext, keys.proof_key)
    if _now(now) >= invite.expires:
        raise InviteExpiredError()
    return invite


def _invite_outer(params: KdfParams, salt: bytes) -> dict[str, Any]:
    kdf = {"name": "argon2id", "memory_kib": params.memory_kib, "iterations": params.iterations}
    kdf |= {"lanes": params.lanes, "salt": b64(salt)}
    return {"format": 1, "aead": "chacha20-poly1305", "kdf": kdf}


def _invite_aad(outer: Mapping[str, Any]) -> bytes:
    """The envelope's own fields (format, cipher, KDF and salt) bound into the seal."""
    return INVITE_MAGIC + encode_canonical(outer)


def _parse_invite_outer(outer: Any) -> tuple[KdfParams, bytes, bytes, bytes]:
    bad = NotAnInvitationError
    exact_keys(outer, _INVITE_OUTER, bad)
    require(is_one(outer["format"]) and outer["aead"] == "chacha20-poly1305", bad)
    kdf = outer["kdf"]
    exact_keys(kdf, _KDF_KEYS, bad)
    require(kdf["name"] == "argon2id", bad)
    params = KdfParams(kdf["memory_kib"], kdf["iterations"], kdf["lanes"])
    require(kdf_in_bounds(params), bad)
    salt = unb64(kdf["salt"], bad, exact=_SALT_SIZE)
    nonce = unb64(outer["nonce"], bad, exact=_NONCE_SIZE)
    ciphertext = unb64(outer["ciphertext"], bad)
    require(len(ciphertext) > _TAG_SIZE, bad)
    return params, salt, nonce, ciphertext


def _parse_invite_plaintext(plaintext: bytes, proof_key: bytes) -> Invite:
    """After the seal opened: strict body, then the authority's signature over it."""
    bad = NotAnInvitationError
    signed = decode_json(plaintext, bad)
    exact_keys(signed, frozenset({"body", "signature"}), bad)
    body = signed["body"]
    _check_invite_body(body)
    authority = public_identity(body["authority"], bad)
    signature = unb64(signed["signature"], bad, exact=SIGNATURE_SIZE)
    message = _INVITE_SIG_DOMAIN + encode_canonical(body)
    require(crypto.verify(authority, signature, message), bad)
    return Invite(
        invite_id=body["invite_id"],
        authority=authority,
        authority_name=body["authority_name"],
        country=body["country"],
        teacher_id=body["teacher_id"],
        teacher_name=body["teacher_name"],
        created=timestamp_of(body["created"], bad),
        expires=timestamp_of(body["expires"], bad),
        proof_key=proof_key,
        hub_url=body.get("hub_url"),
    )


def _check_invite_body(body: Any) -> None:
    bad = NotAnInvitationError
    require(isinstance(body, dict) and set(body) >= _INVITE_BODY, bad)
    exact_keys(body, _INVITE_BODY | (set(body) & _INVITE_OPTIONAL), bad)
    if "hub_url" in body:
        require(isinstance(body["hub_url"], str) and _is_hub_url(body["hub_url"]), bad)
    require(is_one(body["format"]) and body["country"] in ("wales", "england"), bad)
    require(is_id(body["invite_id"]) and is_id(body["teacher_id"]), bad)
    for name in ("authority_name", "teacher_name"):
        require(is_text(body[name], MAX_TEXT), bad)
    created, expires = timestamp_of(body["created"], bad), timestamp_of(body["expires"], bad)
    require(expires > created, bad)


# --- the request ----------------------------------------------------------------------------


def make_request(
    invite: Invite,
    device_keys: PartyKeys,
    teacher_label: str,
    *,
    now: datetime | None = None,
    replaces: str = "",
) -> bytes:
    """The device's request: sealed to the authority, proven with the code, self-signed.

    ``replaces`` names the device identity this vault held before with this authority
    (re-enrolment); it is sealed and signed with the rest, and only written when given.
    """
    if not _is_label(teacher_label):
        raise InvalidLabelError()
    device = device_keys.public()
    inner = {
        "format": 1,
        "invite_id": invite.invite_id,
        "device": device.to_dict(),
        "label": teacher_label,
        "created": format_timestamp(_now(now)),
        "proof": b64(proof_tag(invite.proof_key, _proof_message(invite.invite_id, device))),
    }
    if replaces:
        inner["replaces"] = replaces
    addressed = _addressed_to(invite.authority.party_id, invite.authority.key_id)
    header = encode_canonical(addressed)
    sealed = crypto.seal(invite.authority, encode_canonical(inner), _REQUEST_HPKE_INFO + header)
    signature = crypto.sign(device_keys, _request_signed(header, sealed))
    outer = addressed | {"sealed": b64(sealed), "signature": b64(signature)}
    return REQUEST_MAGIC + encode_canonical(outer) + b"\n"


def open_request(
    file_bytes: bytes,
    authority_keys: PartyKeys,
    lookup_invite: InviteLookup,
    *,
    now: datetime | None = None,
) -> EnrolmentRequest:
    """Check a request fully, in order, changing nothing; the caller then registers it."""
    outer = read_envelope(file_bytes, REQUEST_MAGIC, MAX_REQUEST_BYTES, NotARequestError)
    header, sealed, signature = _parse_request_outer(outer)
    if (outer["authority"], outer["authority_key_id"]) != (
        authority_keys.party_id,
        authority_keys.key_id,
    ):
        raise WrongAuthorityError()
    plaintext = crypto.open_sealed(authority_keys, sealed, _REQUEST_HPKE_INFO + header)
    if plaintext is None:
        raise RequestDamagedError()
    request, proof = _parse_request_inner(plaintext)
    if not crypto.verify(request.device, signature, _request_signed(header, sealed)):
        raise RequestDamagedError()
    _check_invite_record(lookup_invite(request.invite_id), request, proof, _now(now))
    return request


def _check_invite_record(
    record: InviteRecord | None, request: EnrolmentRequest, proof: bytes, now: datetime
) -> None:
    if record is None or record.invite_id != request.invite_id:
        raise UnknownInviteError()
    if not proof_matches(
        record.proof_key, _proof_message(request.invite_id, request.device), proof
    ):
        raise BadProofError()
    if record.used:
        raise InviteUsedError()
    if now >= record.expires:
        raise InviteExpiredError()


def _is_hub_url(value: str) -> bool:
    try:
        return check_hub_url(value) == value
    except UsageError:
        return False


def _is_label(value: object) -> bool:
    """A device label is optional (``""``); if given, one short printable line."""
    return value == "" or is_text(value, MAX_LABEL)


def _addressed_to(authority: str, key_id: str) -> dict[str, Any]:
    """The request's clear header: for whom it is sealed (bound into HPKE and the signature)."""
    return {"authority": authority, "authority_key_id": key_id, "format": 1}


def _request_signed(header: bytes, sealed: bytes) -> bytes:
    return _REQUEST_SIG_DOMAIN + header + crypto.sha256(sealed)


def _proof_message(invite_id: str, device: PublicIdentity) -> bytes:
    return encode_canonical({"device": device.to_dict(), "invite_id": invite_id})


def _parse_request_outer(outer: Any) -> tuple[bytes, bytes, bytes]:
    bad = NotARequestError
    exact_keys(outer, _REQUEST_OUTER, bad)
    require(is_one(outer["format"]), bad)
    require(crypto.is_valid_party_id(outer["authority"]), bad)
    require(isinstance(outer["authority_key_id"], str), bad)
    require(re.fullmatch(r"[0-9a-f]{32}", outer["authority_key_id"]) is not None, bad)
    sealed = unb64(outer["sealed"], bad)
    require(len(sealed) > HPKE_OVERHEAD, bad)
    signature = unb64(outer["signature"], bad, exact=SIGNATURE_SIZE)
    header = encode_canonical(_addressed_to(outer["authority"], outer["authority_key_id"]))
    return header, sealed, signature


def _parse_request_inner(plaintext: bytes) -> tuple[EnrolmentRequest, bytes]:
    bad = RequestDamagedError
    inner = decode_json(plaintext, bad)
    require(isinstance(inner, dict), bad)
    replaces = inner.get("replaces", "")
    exact_keys(inner, _REQUEST_INNER | _optional(inner, "replaces"), bad)
    require(is_one(inner["format"]) and is_id(inner["invite_id"]), bad)
    require(_is_label(inner["label"]), bad)
    require("replaces" not in inner or crypto.is_valid_party_id(replaces), bad)
    request = EnrolmentRequest(
        invite_id=inner["invite_id"],
        device=public_identity(inner["device"], bad),
        label=inner["label"],
        created=timestamp_of(inner["created"], bad),
        replaces=replaces,
    )
    return request, unb64(inner["proof"], bad, exact=32)


def _optional(inner: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset({key}) if key in inner else frozenset()


def _now(now: datetime | None) -> datetime:
    return now if now is not None else system_clock()
