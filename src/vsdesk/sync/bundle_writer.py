"""Write bundles: canonical payload → zlib → HPKE to the recipient → Ed25519 by the sender.

The order of operations is what makes the reader's checks possible. The header is fixed
first (including the payload's hash and sizes), then the compressed payload is encrypted
with the header bytes as HPKE ``info``, so the ciphertext only opens under this exact
header; finally the sender signs the header together with the ciphertext's hash, so neither
can be swapped for another bundle's (mix-and-match).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Final

from vsdesk.files import write_atomically
from vsdesk.sync import crypto
from vsdesk.sync.bundle_errors import BundleTooLargeError, PayloadTooLargeError
from vsdesk.sync.bundle_format import (
    MAX_BUNDLE_BYTES,
    MAX_PAYLOAD_BYTES,
    BundleHeader,
    encode_canonical,
    frame_bundle,
    hpke_info,
    signature_message,
)
from vsdesk.sync.crypto import HPKE_OVERHEAD, PartyKeys, PublicIdentity

__all__ = [
    "DEFAULT_LIFETIME",
    "seal_bundle",
    "write_bundle",
    "write_file_atomically",
]

#: How long a bundle stays acceptable. Long enough to sit in an inbox over a summer
#: holiday, short enough that a withheld (frozen) old bundle cannot be fed in much later.
DEFAULT_LIFETIME: Final = timedelta(days=60)
_COMPRESS_LEVEL: Final = 6


def write_bundle(
    *,
    kind: str,
    sequence: int,
    base: str,
    ack: int,
    schema_version: int,
    created: datetime,
    expires: datetime,
    payload: Mapping[str, Any] | list[Any],
    sender_keys: PartyKeys,
    recipient: PublicIdentity,
    counts: Mapping[str, int] | None = None,
    capabilities: Iterable[str] = (),
) -> bytes:
    """Build the bytes of one bundle from ``sender_keys`` to ``recipient``.

    ``created``/``expires`` must be timezone-aware; sub-second parts are dropped.
    Raises ``ValueError``/``TypeError`` for a header field or payload that the format cannot
    carry (a caller bug), and :class:`PayloadTooLargeError`/:class:`BundleTooLargeError` when
    the payload is too big for one bundle (the caller should split it).
    """
    plaintext = encode_canonical(payload)
    if len(plaintext) > MAX_PAYLOAD_BYTES:
        raise PayloadTooLargeError("These changes are too large for one bundle.")
    compressed = zlib.compress(plaintext, _COMPRESS_LEVEL)
    header = BundleHeader(
        kind=kind,
        sender=sender_keys.party_id,
        sender_key_id=sender_keys.key_id,
        recipient=recipient.party_id,
        recipient_key_id=recipient.key_id,
        sequence=sequence,
        base=base,
        ack=ack,
        schema_version=schema_version,
        created=created.replace(microsecond=0),
        expires=expires.replace(microsecond=0),
        payload_sha256=crypto.sha256_hex(plaintext),
        payload_size=len(plaintext),
        ciphertext_size=len(compressed) + HPKE_OVERHEAD,
        counts=dict(counts or {}),
        capabilities=tuple(sorted(set(capabilities))),
    )
    return seal_bundle(header, compressed, sender_keys, recipient)


def seal_bundle(
    header: BundleHeader, compressed: bytes, sender_keys: PartyKeys, recipient: PublicIdentity
) -> bytes:
    """Encrypt already-compressed payload bytes under ``header``, sign, and frame the file.

    The lower half of :func:`write_bundle`, public so that test-vector generators can seal
    deliberately inconsistent payloads (a decompression bomb must still be validly signed).
    """
    _check_addressing(header, sender_keys, recipient)
    header_bytes = header.encode()
    ciphertext = crypto.seal(recipient, compressed, hpke_info(header_bytes))
    if len(ciphertext) != header.ciphertext_size:
        raise ValueError("ciphertext_size does not match the compressed payload")
    signature = crypto.sign(sender_keys, signature_message(header_bytes, ciphertext))
    data = frame_bundle(header_bytes, signature, ciphertext)
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleTooLargeError("These changes are too large for one bundle.")
    return data


def _check_addressing(
    header: BundleHeader, sender_keys: PartyKeys, recipient: PublicIdentity
) -> None:
    """Refuse to seal a header that names other keys than the ones actually used."""
    if (header.sender, header.sender_key_id) != (sender_keys.party_id, sender_keys.key_id):
        raise ValueError("header sender does not match the signing keys")
    if (header.recipient, header.recipient_key_id) != (recipient.party_id, recipient.key_id):
        raise ValueError("header recipient does not match the recipient identity")


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write a bundle file whole or not at all (see :func:`vsdesk.files.write_atomically`)."""
    write_atomically(path, data, "bundle file")
