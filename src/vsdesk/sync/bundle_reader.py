"""Read bundles: every check, in a fixed order, before the caller changes anything.

The order (DESIGN §4, docs/bundle-format.md §7) goes from cheap and unauthenticated to
expensive and authenticated, and each step only trusts what earlier steps established:

 1. size cap               → BundleTooLargeError (a path is ``stat``-ed before it is read)
 2. magic line / version   → NotABundleError, UnsupportedBundleVersionError, Truncated
 3. header length cap      → MalformedBundleHeaderError, BundleTruncatedError
 4. strict header parse    → MalformedBundleHeaderError; then the file is long enough for
                             the declared ciphertext (BundleTruncatedError) and the
                             declared payload fits the cap (PayloadTooLargeError)
 4b. kind, schema version  → WrongKindError, UnsupportedSchemaError (only if the caller
                             says what it expects: a device's bundle imported on a
                             device is told so before "unknown sender" could confuse)
 5. known sender           → UnknownSenderError, RevokedSenderError
 6. signature              → BadSignatureError
 7. recipient is me        → WrongRecipientError
 8. sequence and base      → BundleAlreadyAppliedError, BundleGapError, BundleForkError,
                             BundleRollbackError
 9. expiry                 → BundleExpiredError
10. decrypt                → BundleDecryptError
11. bounded decompress     → PayloadTooLargeError, PayloadInvalidError (streamed: never
                             more than the declared size + one chunk in memory)
12. payload hash, size, strict JSON, caller's schema hook → PayloadInvalidError

The reader never writes: the keyring and chain state are only asked questions. Recording
the bundle as applied is the caller's job, in the same transaction as applying it.
"""

from __future__ import annotations

import errno
import os
import stat
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Final, Protocol

from vsdesk.errors import KnownError, ValidationError
from vsdesk.sync import crypto
from vsdesk.sync.bundle_errors import (
    BadSignatureError,
    BundleAlreadyAppliedError,
    BundleDecryptError,
    BundleExpiredError,
    BundleForkError,
    BundleGapError,
    BundleRollbackError,
    BundleTooLargeError,
    BundleTruncatedError,
    MalformedBundleHeaderError,
    NotABundleError,
    PayloadInvalidError,
    PayloadTooLargeError,
    RevokedSenderError,
    UnknownSenderError,
    UnsupportedBundleVersionError,
    UnsupportedSchemaError,
    WrongKindError,
    WrongRecipientError,
)
from vsdesk.sync.bundle_format import (
    KIND_DESTINATIONS,
    MAGIC,
    MAGIC_PREFIX,
    MAX_BUNDLE_BYTES,
    MAX_HEADER_BYTES,
    MAX_PAYLOAD_BYTES,
    BundleHeader,
    decode_canonical,
    hpke_info,
    signature_message,
)
from vsdesk.sync.crypto import SIGNATURE_SIZE, PartyKeys, PublicIdentity

__all__ = [
    "DEFAULT_LIMITS",
    "ChainPosition",
    "ChainState",
    "Expectation",
    "Keyring",
    "KnownSender",
    "Limits",
    "OpenedBundle",
    "PayloadValidator",
    "bundle_hash",
    "check_expectation",
    "open_bundle",
    "open_bundle_file",
    "peek_header",
    "read_bundle_file",
]

#: Longest version number the magic line may carry before the file is "not a bundle".
_MAX_VERSION_DIGITS: Final = 6
#: Longest header length line; longer than the cap's digits so "too long" is told apart.
_MAX_LENGTH_DIGITS: Final = 9

#: Inflate in pieces of this size, so that refusing a bomb holds at most the declared size
#: plus one piece, and a valid payload is never copied whole to be joined.
INFLATE_CHUNK: Final = 1024 * 1024

PayloadValidator = Callable[[Any], None]


@dataclass(frozen=True)
class Expectation:
    """What a caller accepts: the bundle kinds meant for it, and the payload schemas it reads.

    Checked straight after the header is parsed (step 4b), before anything is looked up:
    the answer is only ever a refusal, so trusting the unauthenticated header for it is
    safe, and it lets a bundle imported on the wrong side say where it belongs.
    """

    kinds: frozenset[str]
    schema_versions: frozenset[int]


@dataclass(frozen=True)
class Limits:
    """Caps the reader enforces. Defaults are the format's; tests and tools may lower them."""

    max_bundle_bytes: int = MAX_BUNDLE_BYTES
    max_header_bytes: int = MAX_HEADER_BYTES
    max_payload_bytes: int = MAX_PAYLOAD_BYTES


DEFAULT_LIMITS: Final = Limits()


@dataclass(frozen=True)
class KnownSender:
    """A keyring's answer: the identity for a (party, key id), and whether it is revoked."""

    identity: PublicIdentity
    revoked: bool = False


class Keyring(Protocol):
    """Who this party trusts. The reader only asks; it never adds or revokes keys.

    Return ``None`` for a (party id, key id) pair never seen, so that the reader, not each
    keyring, decides which error that is. A rotated-out key stays in the keyring marked
    ``revoked`` so that its bundles are refused by name rather than as "unknown".
    """

    def sender_identity(self, party_id: str, key_id: str) -> KnownSender | None: ...


@dataclass(frozen=True)
class ChainPosition:
    """The last bundle applied from one sender: its sequence (0 if none) and file hash."""

    sequence: int = 0
    bundle_hash: str = ""


class ChainState(Protocol):
    """What has been applied from each sender to this party (one chain per direction).

    ``hash_of`` answers for any sequence still remembered (the last one at least), and
    ``None`` for one never applied or no longer kept.
    """

    def last_applied(self, sender: str) -> ChainPosition: ...

    def hash_of(self, sender: str, sequence: int) -> str | None: ...


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle that passed every check: safe to apply (the caller validates meaning)."""

    header: BundleHeader
    payload: Any = field(repr=False)  # personal data: never in a repr, so never in a log
    bundle_hash: str
    raw_size: int


@dataclass(frozen=True)
class _Parts:
    header: BundleHeader
    header_bytes: bytes
    signature: bytes
    ciphertext: bytes


def bundle_hash(data: bytes) -> str:
    """The chain's hash of a bundle: SHA-256 of the whole file, as hex (the next ``base``)."""
    return crypto.sha256_hex(data)


def read_bundle_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Read a bundle file, refusing an oversized one from ``stat`` before reading it.

    The read itself is bounded too, in case the file grows between ``stat`` and ``read``.
    """
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise NotABundleError()
        if info.st_size > limits.max_bundle_bytes:
            raise BundleTooLargeError()
        with open(path, "rb") as handle:
            data = handle.read(limits.max_bundle_bytes + 1)
    except OSError as exc:
        name = errno.errorcode.get(exc.errno or 0, "unknown error")
        raise KnownError(
            f"The bundle file could not be read ({name}). Check that it exists and that "
            "you may open it."
        ) from None
    _check_size(data, limits)
    return data


def peek_header(data: bytes, limits: Limits = DEFAULT_LIMITS) -> BundleHeader:
    """Parse the header without trusting it: steps 1–4 only, nothing verified.

    For tools that must know the sender (or which of my keys it was sealed to) before they
    can load the right keyring. Never act on what it returns beyond choosing keys.
    """
    return _parse(data, limits).header


def open_bundle(
    data: bytes,
    *,
    me: PartyKeys,
    keyring: Keyring,
    chain: ChainState,
    now: datetime,
    validate_payload: PayloadValidator | None = None,
    limits: Limits = DEFAULT_LIMITS,
    expect: Expectation | None = None,
) -> OpenedBundle:
    """Check and open a bundle addressed to ``me``; raise the first failing check's error.

    ``now`` is an aware datetime (the injectable clock). ``validate_payload`` is the
    caller's schema check: a ``ValueError``, ``TypeError`` or ``ValidationError`` from it
    becomes :class:`PayloadInvalidError` (keeping only a ``ValidationError``'s field path);
    a ``BundleError`` from it passes through. ``expect``: the kinds and schema versions
    the caller accepts (step 4b); ``None`` accepts any.
    """
    if now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    parts = _parse(data, limits)
    header = parts.header
    if expect is not None:
        check_expectation(header, expect)
    identity = _known_sender(keyring, header)
    _check_signature(identity, parts)
    _check_recipient(me, header)
    digest = bundle_hash(data)
    _check_chain(chain, header, digest)
    _check_expiry(header, now)
    payload = _open_payload(me, parts, validate_payload)
    return OpenedBundle(header, payload, digest, len(data))


def open_bundle_file(
    path: Path,
    *,
    me: PartyKeys,
    keyring: Keyring,
    chain: ChainState,
    now: datetime,
    validate_payload: PayloadValidator | None = None,
    limits: Limits = DEFAULT_LIMITS,
    expect: Expectation | None = None,
) -> OpenedBundle:
    """:func:`read_bundle_file` then :func:`open_bundle`."""
    data = read_bundle_file(path, limits)
    return open_bundle(
        data,
        me=me,
        keyring=keyring,
        chain=chain,
        now=now,
        validate_payload=validate_payload,
        limits=limits,
        expect=expect,
    )


def check_expectation(header: BundleHeader, expect: Expectation) -> None:
    """Step 4b: refuse a kind meant for elsewhere, or a payload schema not read here."""
    if header.kind not in expect.kinds:
        raise WrongKindError(KIND_DESTINATIONS.get(header.kind, "not a sync bundle"))
    if header.schema_version not in expect.schema_versions:
        raise UnsupportedSchemaError(newer=header.schema_version > max(expect.schema_versions))


# --- steps 1–4: structure ----------------------------------------------------------------


def _parse(data: bytes, limits: Limits) -> _Parts:
    _check_size(data, limits)
    position = _check_magic(data)
    length, position = _header_length(data, position, limits)
    header_end = position + length
    if len(data) < header_end + SIGNATURE_SIZE:
        raise BundleTruncatedError()
    header_bytes = data[position:header_end]
    header = _decode_header(header_bytes)
    ciphertext = data[header_end + SIGNATURE_SIZE :]
    if len(ciphertext) < header.ciphertext_size:
        raise BundleTruncatedError()
    if header.payload_size > limits.max_payload_bytes:
        raise PayloadTooLargeError()
    signature = data[header_end : header_end + SIGNATURE_SIZE]
    return _Parts(header, header_bytes, signature, ciphertext)


def _check_size(data: bytes, limits: Limits) -> None:
    if len(data) > limits.max_bundle_bytes:
        raise BundleTooLargeError()


def _check_magic(data: bytes) -> int:
    """Return the offset after the magic line, or say why there is none."""
    if data.startswith(MAGIC):
        return len(MAGIC)
    if MAGIC.startswith(data):
        raise BundleTruncatedError()
    if data.startswith(MAGIC_PREFIX):
        _check_other_version(data[len(MAGIC_PREFIX) :])
    raise NotABundleError()


def _check_other_version(rest: bytes) -> None:
    """``vsdesk-bundle/<digits>\\n`` with another number is a bundle from another version."""
    window = rest[: _MAX_VERSION_DIGITS + 1]
    digits, newline, _ = window.partition(b"\n")
    if newline and digits.isdigit():
        raise UnsupportedBundleVersionError()
    if not newline and window == rest and (digits.isdigit() or not digits):
        raise BundleTruncatedError()


def _header_length(data: bytes, position: int, limits: Limits) -> tuple[int, int]:
    """Parse the decimal length line; return (header length, offset of the header)."""
    window = data[position : position + _MAX_LENGTH_DIGITS + 1]
    digits, newline, _ = window.partition(b"\n")
    if not newline:
        at_end = position + len(window) == len(data)
        if at_end and (digits.isdigit() or not digits):
            raise BundleTruncatedError()
        raise MalformedBundleHeaderError()
    if not digits.isdigit() or digits.startswith(b"0"):
        raise MalformedBundleHeaderError()
    length = int(digits)
    if length > limits.max_header_bytes:
        raise MalformedBundleHeaderError()
    return length, position + len(digits) + 1


def _decode_header(header_bytes: bytes) -> BundleHeader:
    try:
        return BundleHeader.decode(header_bytes)
    except ValueError as exc:
        raise MalformedBundleHeaderError() from exc


# --- steps 5–9: authentication and place in the chain ------------------------------------


def _known_sender(keyring: Keyring, header: BundleHeader) -> PublicIdentity:
    known = keyring.sender_identity(header.sender, header.sender_key_id)
    if known is None:
        raise UnknownSenderError()
    identity = known.identity
    if (identity.party_id, identity.key_id) != (header.sender, header.sender_key_id):
        raise UnknownSenderError()  # a keyring bug must not let another key stand in
    if known.revoked:
        raise RevokedSenderError()
    return identity


def _check_signature(identity: PublicIdentity, parts: _Parts) -> None:
    message = signature_message(parts.header_bytes, parts.ciphertext)
    if not crypto.verify(identity, parts.signature, message):
        raise BadSignatureError()


def _check_recipient(me: PartyKeys, header: BundleHeader) -> None:
    if (header.recipient, header.recipient_key_id) != (me.party_id, me.key_id):
        raise WrongRecipientError()


def _check_chain(chain: ChainState, header: BundleHeader, digest: str) -> None:
    """Place the bundle in the sender→me chain (replay, gap, fork, rollback, mix-and-match)."""
    last = chain.last_applied(header.sender)
    if header.sequence <= last.sequence:
        _check_old_sequence(chain, header, digest, last)
    elif header.sequence > last.sequence + 1:
        raise BundleGapError(missing=last.sequence + 1)
    elif header.base != last.bundle_hash:
        raise BundleForkError()


def _check_old_sequence(
    chain: ChainState, header: BundleHeader, digest: str, last: ChainPosition
) -> None:
    if header.sequence == last.sequence:
        recorded: str | None = last.bundle_hash
    else:
        recorded = chain.hash_of(header.sender, header.sequence)
    if recorded == digest:
        raise BundleAlreadyAppliedError()
    if recorded is not None:
        raise BundleForkError()
    raise BundleRollbackError()


def _check_expiry(header: BundleHeader, now: datetime) -> None:
    if now >= header.expires:
        raise BundleExpiredError()


# --- steps 10–12: the payload -------------------------------------------------------------


def _open_payload(me: PartyKeys, parts: _Parts, validate: PayloadValidator | None) -> Any:
    if len(parts.ciphertext) != parts.header.ciphertext_size:
        raise PayloadInvalidError()  # signed, yet inconsistent: only a faulty writer does this
    compressed = crypto.open_sealed(me, parts.ciphertext, hpke_info(parts.header_bytes))
    if compressed is None:
        raise BundleDecryptError()
    plaintext = _inflate(compressed, parts.header.payload_size)
    if crypto.sha256_hex(plaintext) != parts.header.payload_sha256:
        raise PayloadInvalidError()
    payload = _decode_payload(plaintext)
    if validate is not None:
        _run_validator(validate, payload)
    return payload


def _inflate(compressed: bytes, declared_size: int) -> bytearray:
    """Stream-decompress at most ``declared_size`` + 1 bytes, one chunk at a time.

    ``declared_size`` is already within the reader's cap, so a bomb stops at the first
    byte past it, having held at most the cap plus one chunk: the whole stream is never
    inflated first. The chunks go into one buffer, so a valid payload is not copied again.
    """
    inflater = zlib.decompressobj()
    plaintext = bytearray()
    pending = memoryview(compressed)
    try:
        while not inflater.eof:
            room = declared_size + 1 - len(plaintext)
            piece = inflater.decompress(pending, min(INFLATE_CHUNK, room))
            plaintext += piece
            if len(plaintext) > declared_size:
                raise PayloadTooLargeError()
            progressed = bool(piece) or len(inflater.unconsumed_tail) < len(pending)
            pending = memoryview(inflater.unconsumed_tail)
            if not progressed:
                break  # the input ended before the stream did
    except zlib.error:
        raise PayloadInvalidError() from None
    if not inflater.eof or inflater.unused_data or len(plaintext) != declared_size:
        raise PayloadInvalidError()
    return plaintext


def _decode_payload(plaintext: bytes | bytearray) -> Any:
    try:
        payload = decode_canonical(plaintext, allow_floats=True)
    except ValueError:
        raise PayloadInvalidError() from None
    if not isinstance(payload, dict | list):
        raise PayloadInvalidError()
    return payload


def _run_validator(validate: PayloadValidator, payload: Any) -> None:
    """Turn the caller's schema failure into a bundle error, dropping its wording.

    ``from None``: the original message may quote a value from the payload.
    """
    try:
        validate(payload)
    except ValidationError as exc:
        raise PayloadInvalidError(exc.field) from None
    except (ValueError, TypeError):
        raise PayloadInvalidError() from None
