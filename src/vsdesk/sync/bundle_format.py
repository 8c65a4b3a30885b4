"""Bundle format 1: the header, canonical JSON and the byte layout (docs/bundle-format.md).

The header is the one part of a bundle that is read *before* it is authenticated, so it is
parsed as strictly as possible: exactly the known keys, exact types, bounded values, and the
bytes must be the canonical encoding of what they decode to. One meaning has one encoding,
so a signature over the bytes is a signature over the meaning, and two implementations
cannot read different things from the same header.

File layout (all of it covered by the bundle hash, ``SHA-256(file)``)::

    b"vsdesk-bundle/1\\n"                   magic line with the format version
    b"<decimal header length>\\n"           ASCII digits, no leading zero, <= MAX_HEADER_BYTES
    <header: canonical JSON, UTF-8>
    <signature: 64 bytes, Ed25519>          over signature_message(header, ciphertext)
    <ciphertext: to the end of the file>    HPKE: encapsulated key ‖ AEAD(zlib(payload))

Everything here is pure: no I/O, no keys. Parsing raises ``ValueError``; the reader maps it
to the bundle error that fits the stage it was in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, Final, NoReturn

from vsdesk.sync.crypto import (
    HPKE_OVERHEAD,
    KEY_ID_HEX_LENGTH,
    is_valid_party_id,
    sha256,
)

__all__ = [
    "BUNDLE_SUFFIX",
    "FORMAT_VERSION",
    "HEADER_FIELDS",
    "HPKE_INFO_PREFIX",
    "KINDS",
    "KINDS_FOR_DEVICE",
    "KINDS_FOR_HUB",
    "KIND_DESTINATIONS",
    "MAGIC",
    "MAGIC_PREFIX",
    "MAX_BUNDLE_BYTES",
    "MAX_HEADER_BYTES",
    "MAX_INT",
    "MAX_PAYLOAD_BYTES",
    "MAX_PAYLOAD_SIZE_FIELD",
    "SIGNATURE_DOMAIN",
    "BundleHeader",
    "decode_canonical",
    "encode_canonical",
    "format_timestamp",
    "frame_bundle",
    "hpke_info",
    "parse_timestamp",
    "signature_message",
]

FORMAT_VERSION: Final = 1
#: The extension of bundle files vsdesk writes (registered to open in ``vsdesk-app``). The
#: reader looks only at the content: a bundle under any name, ``.bundle`` included, is read.
BUNDLE_SUFFIX: Final = "vsbundle"
MAGIC_PREFIX: Final = b"vsdesk-bundle/"
MAGIC: Final = MAGIC_PREFIX + str(FORMAT_VERSION).encode("ascii") + b"\n"
#: Prefix of the signed message, so a bundle signature can never be replayed as a signature
#: over anything else the same key signs (enrolment files, say), nor the other way round.
SIGNATURE_DOMAIN: Final = b"vsdesk-bundle-sig/1\n"
#: Prefix of the HPKE ``info``, for the same reason on the encryption side.
HPKE_INFO_PREFIX: Final = b"vsdesk-bundle-hpke/1\n"

#: The cap on a bundle's plaintext (the uncompressed payload), enforced while inflating:
#: a snapshot of 10,000 changes is a few MiB, so this leaves room for a whole cohort's
#: history and still bounds what a hostile bundle can make a laptop hold in memory.
MAX_PAYLOAD_BYTES: Final = 64 * 1024 * 1024
#: A whole bundle file: the capped payload, compressed (zlib never grows data by more than
#: a few bytes per 16 KiB), plus header, signature and encryption overhead.
MAX_BUNDLE_BYTES: Final = MAX_PAYLOAD_BYTES + 1024 * 1024
#: The header is read before it is authenticated, so it is kept small.
MAX_HEADER_BYTES: Final = 16 * 1024
#: The format's bound on the header's ``payload_size`` field. A reader's cap (above) is
#: lower; keeping the field's range wider lets a later release raise the cap without a
#: new format version, and tells "too large for this reader" apart from "malformed".
MAX_PAYLOAD_SIZE_FIELD: Final = 1024 * 1024 * 1024
#: Largest integer in a header: exactly representable in every JSON implementation.
MAX_INT: Final = 2**53 - 1

#: Authority → device: a full snapshot, or the changes since the device's acknowledgement.
KINDS_FOR_DEVICE: Final = frozenset({"snapshot", "changes"})
#: Device → authority: the device's changes.
KINDS_FOR_HUB: Final = frozenset({"device-changes"})
KINDS: Final = KINDS_FOR_DEVICE | KINDS_FOR_HUB | {"enrolment-request", "enrolment-reply"}
#: Where each kind belongs, as a refusal elsewhere says it (never a party id).
KIND_DESTINATIONS: Final = {
    "snapshot": "meant for a teacher's device (import it with vsdesk)",
    "changes": "meant for a teacher's device (import it with vsdesk)",
    "device-changes": "a device's changes for its Virtual School (import it with vsdesk-hub)",
    "enrolment-request": "part of an enrolment, not a sync bundle",
    "enrolment-reply": "part of an enrolment, not a sync bundle",
}

_HEX64 = re.compile(r"[0-9a-f]{64}")
_KEY_ID = re.compile(rf"[0-9a-f]{{{KEY_ID_HEX_LENGTH}}}")
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_COUNT_NAME = re.compile(r"[a-z][a-z0-9_-]{0,63}")
_CAPABILITY = re.compile(r"[a-z0-9][a-z0-9.-]{0,63}")
_MAX_COUNTS = 64
_MAX_CAPABILITIES = 64


# --- canonical JSON -----------------------------------------------------------------------


def encode_canonical(value: Any) -> bytes:
    """Encode JSON canonically: sorted keys, no spaces, UTF-8, no NaN or infinities.

    Strings are written as UTF-8 (not ``\\u`` escapes) except the characters JSON requires
    escaped. Floats (allowed in payloads, never in headers) use Python's shortest
    round-trip form. Raises ``ValueError``/``TypeError`` for anything JSON cannot hold.
    """
    text = json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return text.encode("utf-8")


def decode_canonical(data: bytes | bytearray, *, allow_floats: bool) -> Any:
    """Parse canonical JSON strictly; ``ValueError`` unless ``data`` is exactly canonical.

    Refuses invalid UTF-8, a BOM, duplicate keys, NaN/Infinity, floats when not allowed,
    nesting too deep for the parser, and any encoding that differs from
    :func:`encode_canonical` of the result (spacing, key order, escapes, number forms).
    """
    try:
        text = data.decode("utf-8")
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_refuse_constant,
            parse_float=float if allow_floats else _refuse_float,
        )
        canonical = encode_canonical(value)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    if canonical != data:
        raise ValueError("JSON is not in canonical form")
    return value


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key in JSON object")
    return result


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError("NaN and Infinity are not JSON")


def _refuse_float(text: str) -> NoReturn:
    raise ValueError("only whole numbers are allowed here")


# --- timestamps ---------------------------------------------------------------------------


def format_timestamp(moment: datetime) -> str:
    """Write an aware datetime as ``YYYY-MM-DDTHH:MM:SSZ`` (UTC, whole seconds)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment.astimezone(UTC).strftime(_TIMESTAMP_FORMAT)


def parse_timestamp(text: str) -> datetime:
    """Read the one timestamp form :func:`format_timestamp` writes; ``ValueError`` else."""
    if _TIMESTAMP.fullmatch(text) is None:
        raise ValueError("timestamp must look like 2025-01-31T12:00:00Z")
    return datetime.strptime(text, _TIMESTAMP_FORMAT).replace(tzinfo=UTC)


# --- the header ---------------------------------------------------------------------------


_STR_FIELDS: Final = frozenset(
    {"base", "created", "expires", "kind", "payload_sha256", "recipient", "recipient_key_id"}
    | {"sender", "sender_key_id"}
)
_INT_FIELDS: Final = frozenset(
    {"ack", "ciphertext_size", "format", "payload_size", "schema_version", "sequence"}
)
#: Exactly the keys of a format 1 header: none may be missing, none may be added.
HEADER_FIELDS: Final = _STR_FIELDS | _INT_FIELDS | {"counts", "capabilities"}


@dataclass(frozen=True)
class BundleHeader:
    """The signed, length-capped header: who, to whom, where in the chain, what inside.

    Construction validates every field, so a header object always encodes to a header
    that :meth:`decode` accepts. Times are aware UTC datetimes with whole seconds.
    """

    kind: str
    sender: str
    sender_key_id: str
    recipient: str
    recipient_key_id: str
    sequence: int
    base: str
    ack: int
    schema_version: int
    created: datetime
    expires: datetime
    payload_sha256: str
    payload_size: int
    ciphertext_size: int
    counts: Mapping[str, int] = field(default_factory=dict)
    capabilities: tuple[str, ...] = ()
    format: int = FORMAT_VERSION

    def __post_init__(self) -> None:
        for check in _FIELD_CHECKS:
            check(self)
        object.__setattr__(self, "created", self.created.astimezone(UTC))
        object.__setattr__(self, "expires", self.expires.astimezone(UTC))
        object.__setattr__(self, "counts", MappingProxyType(dict(sorted(self.counts.items()))))
        object.__setattr__(self, "capabilities", tuple(self.capabilities))

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the header (plain types, timestamps as strings)."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data.update(
            created=format_timestamp(self.created),
            expires=format_timestamp(self.expires),
            counts=dict(self.counts),
            capabilities=list(self.capabilities),
        )
        return data

    def encode(self) -> bytes:
        """The exact header bytes that are signed and bound into the encryption."""
        return encode_canonical(self.to_dict())

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BundleHeader:
        """Build from a decoded JSON object; ``ValueError`` on unknown/missing keys or types."""
        if not isinstance(data, Mapping):
            raise ValueError("header must be a JSON object")
        if set(data) != HEADER_FIELDS:
            raise ValueError("header keys are not exactly the format 1 keys")
        _check_json_types(data)
        values = dict(data)
        values.update(
            created=parse_timestamp(data["created"]),
            expires=parse_timestamp(data["expires"]),
            capabilities=tuple(data["capabilities"]),
        )
        return cls(**values)

    @classmethod
    def decode(cls, raw: bytes) -> BundleHeader:
        """Parse header bytes strictly: canonical JSON of exactly a valid header."""
        header = cls.from_dict(decode_canonical(raw, allow_floats=False))
        if header.encode() != raw:
            raise ValueError("header is not in canonical form")
        return header


def _check_json_types(data: Mapping[str, Any]) -> None:
    """Check JSON types before the dataclass sees them (a bool is not an int here)."""
    for name in _STR_FIELDS:
        _require(isinstance(data[name], str), f"{name} must be a string")
    for name in _INT_FIELDS:
        _require(_is_int(data[name]), f"{name} must be a whole number")
    _require(isinstance(data["counts"], dict), "counts must be an object")
    _require(isinstance(data["capabilities"], list), "capabilities must be a list")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _matches(pattern: re.Pattern[str], value: object) -> bool:
    return isinstance(value, str) and pattern.fullmatch(value) is not None


def _require(condition: bool, reason: str) -> None:
    if not condition:
        raise ValueError(reason)


def _in_range(value: object, low: int, high: int = MAX_INT) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _check_format_and_kind(h: BundleHeader) -> None:
    _require(_is_int(h.format) and h.format == FORMAT_VERSION, "format must be 1")
    _require(isinstance(h.kind, str) and h.kind in KINDS, "kind is not a known kind")


def _check_parties(h: BundleHeader) -> None:
    _require(is_valid_party_id(h.sender), "sender is not a party id")
    _require(is_valid_party_id(h.recipient), "recipient is not a party id")
    for key_id in (h.sender_key_id, h.recipient_key_id):
        _require(_matches(_KEY_ID, key_id), "key ids are 32 lowercase hex digits")


def _check_chain_fields(h: BundleHeader) -> None:
    _require(_in_range(h.sequence, 1), "sequence must be at least 1")
    _require(_in_range(h.ack, 0), "ack must be zero or more")
    _require(_in_range(h.schema_version, 1), "schema_version must be at least 1")
    _require(isinstance(h.base, str), "base must be a string")
    if h.sequence == 1:
        _require(h.base == "", "the first bundle has an empty base")
    else:
        _require(_matches(_HEX64, h.base), "base must be a SHA-256 in hex")


def _check_times(h: BundleHeader) -> None:
    for moment in (h.created, h.expires):
        _require(isinstance(moment, datetime), "created and expires must be datetimes")
        _require(moment.utcoffset() is not None, "created and expires must be aware")
        _require(moment.microsecond == 0, "created and expires have whole seconds")
    _require(h.expires > h.created, "expires must be after created")


def _check_payload_fields(h: BundleHeader) -> None:
    _require(_matches(_HEX64, h.payload_sha256), "payload_sha256 must be a SHA-256 in hex")
    _require(_in_range(h.payload_size, 0, MAX_PAYLOAD_SIZE_FIELD), "payload_size out of range")
    size_ok = _in_range(h.ciphertext_size, HPKE_OVERHEAD, MAX_BUNDLE_BYTES)
    _require(size_ok, "ciphertext_size out of range")


def _check_counts(h: BundleHeader) -> None:
    _require(isinstance(h.counts, Mapping), "counts must be a mapping")
    _require(len(h.counts) <= _MAX_COUNTS, "too many counts")
    for name, number in h.counts.items():
        _require(_matches(_COUNT_NAME, name), "count names are short lowercase words")
        _require(_in_range(number, 0), "counts are whole numbers, zero or more")


def _check_capabilities(h: BundleHeader) -> None:
    caps = h.capabilities
    _require(isinstance(caps, tuple | list), "capabilities must be a sequence")
    _require(len(caps) <= _MAX_CAPABILITIES, "too many capabilities")
    for cap in caps:
        _require(_matches(_CAPABILITY, cap), "capabilities are short lowercase tokens")
    _require(list(caps) == sorted(set(caps)), "capabilities must be sorted and unique")


_FIELD_CHECKS: tuple[Callable[[BundleHeader], None], ...] = (
    _check_format_and_kind,
    _check_parties,
    _check_chain_fields,
    _check_times,
    _check_payload_fields,
    _check_counts,
    _check_capabilities,
)


# --- framing and the bound messages -------------------------------------------------------


def signature_message(header_bytes: bytes, ciphertext: bytes) -> bytes:
    """What the sender signs: domain ‖ header ‖ SHA-256(ciphertext).

    Unambiguous because the domain line is fixed and the hash has a fixed length at the end.
    """
    return SIGNATURE_DOMAIN + header_bytes + sha256(ciphertext)


def hpke_info(header_bytes: bytes) -> bytes:
    """HPKE ``info``: binds the ciphertext to this exact header (no mix-and-match)."""
    return HPKE_INFO_PREFIX + header_bytes


def frame_bundle(header_bytes: bytes, signature: bytes, ciphertext: bytes) -> bytes:
    """Lay out the file: magic, header length line, header, signature, ciphertext."""
    length_line = str(len(header_bytes)).encode("ascii") + b"\n"
    return b"".join((MAGIC, length_line, header_bytes, signature, ciphertext))
