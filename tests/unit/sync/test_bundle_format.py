"""Canonical JSON, timestamps and the strict header of bundle format 1."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from bundle_testkit import CREATED, EXPIRES, make_bundle

from vsdesk.sync.bundle_format import (
    HEADER_FIELDS,
    MAGIC,
    BundleHeader,
    decode_canonical,
    encode_canonical,
    format_timestamp,
    parse_timestamp,
)
from vsdesk.sync.bundle_reader import peek_header


def a_header() -> BundleHeader:
    return peek_header(make_bundle())


# --- canonical JSON -------------------------------------------------------------------------


def test_canonical_encoding_is_sorted_compact_utf8() -> None:
    encoded = encode_canonical({"b": [1, "ŵ\n"], "a": {"d": None, "c": True}})
    assert encoded == '{"a":{"c":true,"d":null},"b":[1,"ŵ\\n"]}'.encode()


def test_canonical_round_trip_with_floats_in_payloads() -> None:
    value = {"percent": 93.5, "amount": 400.0, "n": -0, "text": "\u2028\x00"}
    assert decode_canonical(encode_canonical(value), allow_floats=True) == value


@pytest.mark.parametrize(
    "raw",
    [
        b'{"a":1, "b":2}',
        b'{"b":1,"a":2}',
        b'{"a":1,"a":1}',
        b'{"a":NaN}',
        b'{"a":Infinity}',
        b'{"a":1.50}',
        b'{"a":1e2}',
        b'["\\u0061"]',
        b"\xef\xbb\xbf[]",
        b"[1] ",
        b"[01]",
        b'["\xff"]',
        b"[" * 50_000 + b"]" * 50_000,
    ],
)
def test_decode_refuses_non_canonical_or_invalid(raw: bytes) -> None:
    with pytest.raises(ValueError):
        decode_canonical(raw, allow_floats=True)


def test_decode_refuses_floats_where_not_allowed() -> None:
    with pytest.raises(ValueError):
        decode_canonical(b"[1.5]", allow_floats=False)


def test_encode_refuses_nan() -> None:
    with pytest.raises(ValueError):
        encode_canonical([float("nan")])


# --- timestamps -----------------------------------------------------------------------------


def test_timestamps_are_utc_whole_seconds_with_z() -> None:
    moment = datetime(2025, 3, 3, 10, 0, 0, 999, tzinfo=timezone(timedelta(hours=1)))
    assert format_timestamp(moment) == "2025-03-03T09:00:00Z"
    assert parse_timestamp("2025-03-03T09:00:00Z") == moment.replace(microsecond=0)


@pytest.mark.parametrize(
    "text", ["2025-03-03T09:00:00", "2025-03-03 09:00:00Z", "2025-02-29T00:00:00Z", "+2025"]
)
def test_bad_timestamps(text: str) -> None:
    with pytest.raises(ValueError):
        parse_timestamp(text)


def test_naive_timestamp_is_refused() -> None:
    with pytest.raises(ValueError):
        format_timestamp(datetime(2025, 1, 1))


# --- the header -----------------------------------------------------------------------------


def test_header_bytes_round_trip_exactly() -> None:
    header = a_header()
    raw = header.encode()
    assert BundleHeader.decode(raw) == header
    assert set(header.to_dict()) == HEADER_FIELDS
    assert MAGIC == b"vsdesk-bundle/1\n"


def test_header_times_are_normalised_to_utc() -> None:
    header = dataclasses.replace(
        a_header(), created=CREATED.astimezone(timezone(timedelta(hours=-5)))
    )
    assert header.created.tzinfo is UTC
    assert header.created == CREATED


BAD_FIELD_VALUES: list[tuple[str, Any]] = [
    ("format", 2),
    ("kind", "purge"),
    ("sender", "Jo Bloggs"),
    ("recipient_key_id", "ABC"),
    ("sequence", 0),
    ("sequence", True),
    ("sequence", 2**53),
    ("base", "ab" * 32),
    ("ack", -1),
    ("schema_version", 0),
    ("created", EXPIRES),
    ("expires", CREATED.replace(tzinfo=None)),
    ("payload_sha256", "xyz"),
    ("payload_size", -1),
    ("payload_size", 2**31),
    ("ciphertext_size", 47),
    ("counts", {"Changes": 1}),
    ("counts", {"changes": -1}),
    ("counts", {f"c{i}": 1 for i in range(65)}),
    ("capabilities", ("b", "a")),
    ("capabilities", ("a", "a")),
    ("capabilities", ("A",)),
]


@pytest.mark.parametrize(("name", "value"), BAD_FIELD_VALUES)
def test_header_fields_are_validated_on_construction(name: str, value: Any) -> None:
    with pytest.raises(ValueError):
        dataclasses.replace(a_header(), **{name: value})


def test_later_sequence_needs_a_base() -> None:
    with pytest.raises(ValueError):
        dataclasses.replace(a_header(), sequence=2)
    assert dataclasses.replace(a_header(), sequence=2, base="ab" * 32).sequence == 2


@pytest.mark.parametrize(
    "change",
    [
        {"extra": 1},
        {"sequence": "1"},
        {"ack": False},
        {"counts": []},
        {"capabilities": {}},
        {"created": 1740992400},
    ],
)
def test_header_from_dict_refuses_wrong_keys_and_types(change: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        BundleHeader.from_dict(a_header().to_dict() | change)


def test_header_from_dict_refuses_missing_keys() -> None:
    data = a_header().to_dict()
    del data["ack"]
    with pytest.raises(ValueError):
        BundleHeader.from_dict(data)
