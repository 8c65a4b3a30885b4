"""Signed HTTP requests between a device and its hub, in the spirit of RFC 9421.

Every request a device makes carries its party id, key id, the time, a random nonce and an
Ed25519 signature over one canonical message: a domain line, then the method, the path
(with its query), the SHA-256 of the body, the device and key ids, the time and the nonce.
So a signature cannot be moved to another path, another body or another moment, and the
hub refuses a nonce it has seen (replay) and a time outside its window (stale). No password
ever crosses the wire; the device's enrolled key is its only credential.

The message is our own canonical form rather than RFC 9421's full covered-components
syntax, because both ends are ours and a smaller grammar is a smaller attack surface; the
properties (what is covered, key id, created time, nonce) are the RFC's.
"""

from __future__ import annotations

import base64
import binascii
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final

from vsdesk.sync.crypto import (
    SIGNATURE_SIZE,
    PartyKeys,
    PublicIdentity,
    is_valid_party_id,
    sha256_hex,
    sign,
    verify,
)

DOMAIN: Final = b"vsdesk-request-sig/1\n"
#: How far a request's time may be from the hub's clock, either way.
MAX_SKEW: Final = timedelta(minutes=5)

DEVICE_HEADER: Final = "vsdesk-device"
KEY_HEADER: Final = "vsdesk-key"
TIME_HEADER: Final = "vsdesk-time"
NONCE_HEADER: Final = "vsdesk-nonce"
SIGNATURE_HEADER: Final = "vsdesk-signature"
HEADERS: Final = (DEVICE_HEADER, KEY_HEADER, TIME_HEADER, NONCE_HEADER, SIGNATURE_HEADER)

_NONCE = re.compile(r"[A-Za-z0-9_-]{22,64}")
_KEY_ID = re.compile(r"[0-9a-f]{32}")
_TIME = re.compile(r"[0-9]{1,12}")


class RequestSignatureError(Exception):
    """The request's signature headers are missing, malformed or do not verify.

    Never shown to a teacher (the hub answers 401); ``reason`` goes to the access log.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class SignedRequest:
    """The parsed signature headers of one request (not yet verified)."""

    device_id: str
    key_id: str
    time: int
    nonce: str
    signature: bytes

    @property
    def moment(self) -> datetime:
        return datetime.fromtimestamp(self.time, UTC)


def signed_message(
    method: str, path: str, body: bytes, device_id: str, key_id: str, time: int, nonce: str
) -> bytes:
    """The exact bytes both sides sign and verify."""
    lines = (method.upper(), path, sha256_hex(body), device_id, key_id, str(time), nonce)
    return DOMAIN + "\n".join(lines).encode("ascii")


def sign_request(
    keys: PartyKeys, method: str, path: str, body: bytes, now: datetime
) -> dict[str, str]:
    """The headers that sign ``method path`` with ``body`` at ``now``."""
    time, nonce = int(now.timestamp()), secrets.token_urlsafe(18)
    message = signed_message(method, path, body, keys.party_id, keys.key_id, time, nonce)
    return {
        DEVICE_HEADER: keys.party_id,
        KEY_HEADER: keys.key_id,
        TIME_HEADER: str(time),
        NONCE_HEADER: nonce,
        SIGNATURE_HEADER: base64.b64encode(sign(keys, message)).decode("ascii"),
    }


def parse_signed_request(headers: Mapping[str, str]) -> SignedRequest:
    """The signature headers, checked for form only; raises :class:`RequestSignatureError`."""
    values = {name: headers.get(name) for name in HEADERS}
    device, key, time, nonce, signature = (values[name] for name in HEADERS)
    if device is None or key is None or time is None or nonce is None or signature is None:
        raise RequestSignatureError("unsigned")
    if not (is_valid_party_id(device) and _KEY_ID.fullmatch(key)):
        raise RequestSignatureError("malformed")
    if not (_TIME.fullmatch(time) and _NONCE.fullmatch(nonce)):
        raise RequestSignatureError("malformed")
    try:
        raw = base64.b64decode(signature, validate=True)
    except (binascii.Error, ValueError):
        raise RequestSignatureError("malformed") from None
    if len(raw) != SIGNATURE_SIZE:
        raise RequestSignatureError("malformed")
    return SignedRequest(device, key, int(time), nonce, raw)


def check_fresh(signed: SignedRequest, now: datetime, skew: timedelta = MAX_SKEW) -> None:
    """Refuse a request dated too far from ``now`` (a stale replay or a wrong clock)."""
    if abs(now.timestamp() - signed.time) > skew.total_seconds():
        raise RequestSignatureError("stale")


def check_signature(
    identity: PublicIdentity, signed: SignedRequest, method: str, path: str, body: bytes
) -> None:
    """Verify the signature by the enrolled ``identity`` over this exact request."""
    if identity.party_id != signed.device_id or identity.key_id != signed.key_id:
        raise RequestSignatureError("wrong-key")
    message = signed_message(
        method, path, body, signed.device_id, signed.key_id, signed.time, signed.nonce
    )
    if not verify(identity, signed.signature, message):
        raise RequestSignatureError("bad-signature")
