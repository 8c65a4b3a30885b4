"""Strict parsing for the enrolment envelopes: every malformed input becomes one error type.

Each helper takes ``bad``, the :class:`~vsdesk.errors.EnrolmentError` subclass to raise, so
the envelope code reads as a list of requirements and no ``ValueError``, ``KeyError`` or
``TypeError`` can escape from a hostile file.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any, Final

from vsdesk.sync.bundle_format import decode_canonical, parse_timestamp
from vsdesk.sync.crypto import PublicIdentity
from vsdesk.sync.enrolment_errors import UnsupportedEnrolmentVersionError

ErrorType = Callable[[], Exception]
#: No base64 field of an envelope may be longer than this (the files are capped anyway).
MAX_B64_CHARS: Final = 64 * 1024
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")


def read_envelope(data: bytes, magic: bytes, cap: int, bad: ErrorType) -> Any:
    """Size cap, magic line, exactly one line of canonical JSON after it."""
    if not isinstance(data, bytes | bytearray) or len(data) > cap:
        raise bad()
    data = bytes(data)
    if not data.startswith(magic):
        _refuse_other_version(data, magic, bad)
    body = data[len(magic) :]
    require(body.endswith(b"\n") and body.count(b"\n") == 1, bad)
    return decode_json(body[:-1], bad)


def _refuse_other_version(data: bytes, magic: bytes, bad: ErrorType) -> None:
    prefix = magic[: magic.index(b"/") + 1]
    version = data[len(prefix) :].split(b"\n", 1)[0]
    if data.startswith(prefix) and version.isdigit() and len(version) <= 6:
        raise UnsupportedEnrolmentVersionError()
    raise bad()


def decode_json(data: bytes, bad: ErrorType) -> Any:
    try:
        return decode_canonical(data, allow_floats=False)
    except ValueError:
        raise bad() from None


def exact_keys(value: Any, keys: frozenset[str], bad: ErrorType) -> None:
    require(isinstance(value, dict) and set(value) == keys, bad)


def require(condition: bool, bad: ErrorType) -> None:
    if not condition:
        raise bad()


def is_id(value: Any) -> bool:
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def is_text(value: Any, limit: int) -> bool:
    """Non-blank, bounded, one line, no control characters (it is shown on screens)."""
    return (
        isinstance(value, str)
        and 0 < len(value) <= limit
        and bool(value.strip())
        and all(ch.isprintable() for ch in value)
    )


def public_identity(value: Any, bad: ErrorType) -> PublicIdentity:
    try:
        return PublicIdentity.from_dict(value)
    except ValueError:
        raise bad() from None


def timestamp_of(value: Any, bad: ErrorType) -> datetime:
    require(isinstance(value, str), bad)
    try:
        return parse_timestamp(value)
    except ValueError:
        raise bad() from None


def is_one(value: Any) -> bool:
    """The format number: exactly the integer 1 (JSON ``true`` is not 1 here)."""
    return type(value) is int and value == 1


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(value: Any, bad: ErrorType, exact: int | None = None) -> bytes:
    """Strict, canonical standard base64 (one encoding per value), optionally of a size."""
    require(isinstance(value, str) and len(value) <= MAX_B64_CHARS, bad)
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise bad() from None
    require(b64(data) == value and (exact is None or len(data) == exact), bad)
    return data
