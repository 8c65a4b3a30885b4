"""Every cryptographic call of the sync layer, in one module (STYLE lesson 8).

Keeping the primitives here means one place to review, one place to swap a suite when a
format version changes, and no ``cryptography`` imports scattered through the merge or
transport code. Nothing here is invented: Ed25519 signatures, X25519 keys, HPKE (RFC 9180)
and SHA-256 all come from ``cryptography``; this module only fixes the choices and gives
them names.

A party (a teacher's device, or an authority's hub) holds two key pairs: an Ed25519 pair to
sign what it sends and an X25519 pair to receive what is encrypted to it. They are separate
because a key should have exactly one job. The pair of public keys is named by a *key id*
(a hash over both), so that a key rotation is simply a new key id for the same party id.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

__all__ = [
    "HPKE_OVERHEAD",
    "KEY_ID_HEX_LENGTH",
    "KEY_SIZE",
    "PARTY_ID_PATTERN",
    "SIGNATURE_SIZE",
    "PartyKeys",
    "PublicIdentity",
    "derive_key_id",
    "fingerprint",
    "is_valid_party_id",
    "open_sealed",
    "seal",
    "sha256",
    "sha256_hex",
    "sign",
    "verify",
]

#: HPKE suite of bundle format 1. Changing it is a new format version, never a silent swap.
_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.CHACHA20_POLY1305)

#: Raw size of every key of format 1 (Ed25519 and X25519 public and private alike).
KEY_SIZE = 32
#: An Ed25519 signature is always 64 bytes, which lets the file layout give it a fixed slot.
SIGNATURE_SIZE = 64
#: Bytes HPKE adds to a plaintext: the encapsulated X25519 key plus the Poly1305 tag.
#: Known in advance so that the header can state the ciphertext size it is bound to.
HPKE_OVERHEAD = KEM.X25519.enc_length() + 16
#: A key id is the first 16 bytes of a SHA-256, written as lowercase hex.
KEY_ID_HEX_LENGTH = 32

#: Party ids are opaque, non-personal identifiers (an authority code, a device id), never a
#: name: they appear in headers, file names and logs.
PARTY_ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")
_KEY_ID_PATTERN = re.compile(r"[0-9a-f]{32}")
_IDENTITY_KEYS = frozenset({"party_id", "key_id", "signing_key", "encryption_key"})


def sha256(data: bytes) -> bytes:
    """Return the SHA-256 digest of ``data``."""
    return hashlib.sha256(data).digest()


def sha256_hex(data: bytes | bytearray) -> str:
    """Return SHA-256 as lowercase hex: the form hashes take in headers and chain records."""
    return hashlib.sha256(data).hexdigest()


def is_valid_party_id(value: object) -> bool:
    """Tell whether ``value`` is a well-formed party id (see :data:`PARTY_ID_PATTERN`)."""
    return isinstance(value, str) and PARTY_ID_PATTERN.fullmatch(value) is not None


def derive_key_id(signing_public: bytes, encryption_public: bytes) -> str:
    """Name a pair of public keys: hex of the first 16 bytes of SHA-256(signing ‖ encryption).

    Both keys go into the hash so that neither can be swapped on its own under the same id.
    """
    return sha256(signing_public + encryption_public)[:16].hex()


def fingerprint(key_id: str) -> str:
    """Format a key id for reading aloud over the phone: ``3F2A 9C01 …`` (8 groups of 4)."""
    upper = key_id.upper()
    return " ".join(upper[i : i + 4] for i in range(0, len(upper), 4))


@dataclass(frozen=True)
class PublicIdentity:
    """What a party publishes: its id, key id and the two raw public keys.

    Construction checks that ``key_id`` really is derived from the keys, so an identity
    object in hand is always self-consistent; a keyring cannot be fooled by an edited id.
    """

    party_id: str
    key_id: str
    signing_public: bytes = field(repr=False)
    encryption_public: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if not is_valid_party_id(self.party_id):
            raise ValueError("party id is not well-formed")
        if len(self.signing_public) != KEY_SIZE or len(self.encryption_public) != KEY_SIZE:
            raise ValueError("public keys must be 32 raw bytes each")
        if self.key_id != derive_key_id(self.signing_public, self.encryption_public):
            raise ValueError("key id does not match the public keys")

    @property
    def fingerprint(self) -> str:
        """The key id grouped for out-of-band confirmation (enrolment screens)."""
        return fingerprint(self.key_id)

    def to_dict(self) -> dict[str, str]:
        """Serialise for JSON: keys as standard base64, key id as hex."""
        return {
            "party_id": self.party_id,
            "key_id": self.key_id,
            "signing_key": base64.b64encode(self.signing_public).decode("ascii"),
            "encryption_key": base64.b64encode(self.encryption_public).decode("ascii"),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PublicIdentity:
        """Parse :meth:`to_dict` output strictly; raise ``ValueError`` on anything else."""
        if not isinstance(data, Mapping) or set(data) != _IDENTITY_KEYS:
            raise ValueError(
                "identity must have exactly the keys " + ", ".join(sorted(_IDENTITY_KEYS))
            )
        if not all(isinstance(data[k], str) for k in _IDENTITY_KEYS):
            raise ValueError("identity values must be strings")
        if _KEY_ID_PATTERN.fullmatch(data["key_id"]) is None:
            raise ValueError("key id must be 32 lowercase hex digits")
        return cls(
            party_id=data["party_id"],
            key_id=data["key_id"],
            signing_public=_b64decode(data["signing_key"]),
            encryption_public=_b64decode(data["encryption_key"]),
        )


def _b64decode(text: str) -> bytes:
    """Strict standard base64 (no stray characters), mapped to ``ValueError``."""
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error) as exc:
        raise ValueError("key is not valid base64") from exc


@dataclass(frozen=True)
class PartyKeys:
    """A party's private keys. Lives inside the vault; never serialised anywhere else."""

    party_id: str
    signing_key: Ed25519PrivateKey = field(repr=False)
    encryption_key: X25519PrivateKey = field(repr=False)

    def __post_init__(self) -> None:
        if not is_valid_party_id(self.party_id):
            raise ValueError("party id is not well-formed")

    @classmethod
    def generate(cls, party_id: str) -> PartyKeys:
        """Make fresh keys from the operating system's random source (via OpenSSL)."""
        return cls(party_id, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, party_id: str, signing: bytes, encryption: bytes) -> PartyKeys:
        """Rebuild keys from the 32-byte raw private keys that the vault stores."""
        return cls(
            party_id,
            Ed25519PrivateKey.from_private_bytes(signing),
            X25519PrivateKey.from_private_bytes(encryption),
        )

    def private_bytes(self) -> tuple[bytes, bytes]:
        """Return the raw private keys (signing, encryption) for the vault to store."""
        raw = serialization.Encoding.Raw
        fmt = serialization.PrivateFormat.Raw
        none = serialization.NoEncryption()
        return (
            self.signing_key.private_bytes(raw, fmt, none),
            self.encryption_key.private_bytes(raw, fmt, none),
        )

    def public(self) -> PublicIdentity:
        """The identity other parties put in their keyrings."""
        signing = _raw_public(self.signing_key.public_key())
        encryption = _raw_public(self.encryption_key.public_key())
        return PublicIdentity(
            self.party_id, derive_key_id(signing, encryption), signing, encryption
        )

    @property
    def key_id(self) -> str:
        """The key id of this party's current public keys."""
        return self.public().key_id


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def sign(keys: PartyKeys, message: bytes) -> bytes:
    """Ed25519-sign ``message`` (callers pass a domain-separated message, never raw data)."""
    return keys.signing_key.sign(message)


def verify(identity: PublicIdentity, signature: bytes, message: bytes) -> bool:
    """Check an Ed25519 signature by ``identity``; a plain bool so callers pick the error."""
    key = Ed25519PublicKey.from_public_bytes(identity.signing_public)
    try:
        key.verify(signature, message)
    except InvalidSignature:
        return False
    return True


def seal(recipient: PublicIdentity, plaintext: bytes, info: bytes) -> bytes:
    """HPKE base-mode encrypt to the recipient's X25519 key, binding ``info``.

    The output is the encapsulated key followed by the AEAD ciphertext and tag, so its
    length is always ``len(plaintext) + HPKE_OVERHEAD``.
    """
    key = X25519PublicKey.from_public_bytes(recipient.encryption_public)
    return _SUITE.encrypt(plaintext, key, info=info)


def open_sealed(keys: PartyKeys, ciphertext: bytes, info: bytes) -> bytes | None:
    """Decrypt what :func:`seal` made; ``None`` if it does not authenticate.

    Wrong key, wrong ``info``, truncation and tampering are deliberately not told apart:
    the caller has one honest answer ("could not decrypt") and an attacker learns nothing.
    """
    try:
        return _SUITE.decrypt(ciphertext, keys.encryption_key, info=info)
    except (InvalidTag, ValueError):
        return None
