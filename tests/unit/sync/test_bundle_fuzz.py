"""Property tests: whatever bytes arrive, the reader answers with a BundleError or a payload.

Anything else escaping the reader (an IndexError, a zlib.error, a RecursionError) would be
a crash on hostile input, and a message that is not fit to show a teacher.
"""

from __future__ import annotations

import contextlib
import zlib
from typing import Any

from bundle_testkit import DEVICE, HUB, SAMPLE_PAYLOAD, make_bundle, open_as_device
from hypothesis import given, settings
from hypothesis import strategies as st

from vsdesk.errors import BundleError
from vsdesk.sync import crypto
from vsdesk.sync.bundle_format import (
    MAGIC,
    encode_canonical,
    frame_bundle,
    hpke_info,
    signature_message,
)
from vsdesk.sync.bundle_reader import peek_header

VALID = make_bundle()
FUZZ = settings(max_examples=300, deadline=None)

Mutation = tuple[str, int, int]


def _refused(data: bytes) -> BundleError:
    try:
        open_as_device(data)
    except BundleError as exc:
        return exc
    raise AssertionError("a damaged bundle was accepted")


def _apply(data: bytes, mutation: Mutation) -> bytes:
    """Apply one flip/insert/delete/truncate; positions wrap around the current length."""
    op, position, value = mutation
    at = position % (len(data) + 1)
    if op == "insert":
        return data[:at] + bytes([value]) + data[at:]
    if op == "truncate":
        return data[:at]
    if at == len(data):
        return data
    if op == "flip":
        return data[:at] + bytes([data[at] ^ (value or 1)]) + data[at + 1 :]
    return data[:at] + data[at + 1 + value % 8 :]  # delete 1–8 bytes


MUTATIONS = st.lists(
    st.tuples(
        st.sampled_from(["flip", "insert", "delete", "truncate"]),
        st.integers(0, len(VALID)),
        st.integers(0, 255),
    ),
    min_size=1,
    max_size=4,
)


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes_are_refused(data: bytes) -> None:
    _refused(data)


@FUZZ
@given(st.binary(max_size=600))
def test_random_bytes_after_the_magic_are_refused(tail: bytes) -> None:
    _refused(MAGIC + tail)


@FUZZ
@given(MUTATIONS)
def test_mutated_bundles_are_refused_unless_unchanged(mutations: list[Mutation]) -> None:
    data = VALID
    for mutation in mutations:
        data = _apply(data, mutation)
    if data == VALID:
        assert open_as_device(data).payload == SAMPLE_PAYLOAD
    else:
        _refused(data)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=10,
)


@FUZZ
@given(st.sampled_from(sorted(peek_header(VALID).to_dict())), JSON_VALUES)
def test_validly_signed_headers_with_any_field_value_never_crash(name: str, value: Any) -> None:
    fields = peek_header(VALID).to_dict() | {name: value}
    try:
        header_bytes = encode_canonical(fields)
    except ValueError:
        return  # NaN: no canonical encoding exists, so no such header can be signed
    rest = VALID[-peek_header(VALID).ciphertext_size :]
    signature = crypto.sign(HUB, signature_message(header_bytes, rest))
    data = frame_bundle(header_bytes, signature, rest)
    with contextlib.suppress(BundleError):
        open_as_device(data)


def _sealed(compressed: bytes, payload_size: int, payload_sha256: str) -> bytes:
    """A validly signed and sealed hub→device bundle around any compressed bytes."""
    header = peek_header(VALID).to_dict()
    header.update(payload_size=payload_size, payload_sha256=payload_sha256)
    header["ciphertext_size"] = len(compressed) + crypto.HPKE_OVERHEAD
    header_bytes = encode_canonical(header)
    ciphertext = crypto.seal(DEVICE.public(), compressed, hpke_info(header_bytes))
    signature = crypto.sign(HUB, signature_message(header_bytes, ciphertext))
    return frame_bundle(header_bytes, signature, ciphertext)


@FUZZ
@given(st.binary(max_size=512), st.integers(0, 4096))
def test_any_signed_compressed_stream_gives_a_bundle_error(compressed: bytes, size: int) -> None:
    _refused(_sealed(compressed, size, "00" * 32))


@FUZZ
@given(st.binary(max_size=512))
def test_any_signed_plaintext_gives_a_bundle_error_or_a_payload(plaintext: bytes) -> None:
    data = _sealed(zlib.compress(plaintext), len(plaintext), crypto.sha256_hex(plaintext))
    try:
        opened = open_as_device(data)
    except BundleError:
        return
    assert encode_canonical(opened.payload) == plaintext


@FUZZ
@given(JSON_VALUES.filter(lambda v: isinstance(v, list | dict)))
def test_any_json_payload_round_trips_or_is_refused_by_the_writer(payload: Any) -> None:
    try:
        data = make_bundle(payload=payload)
    except ValueError:
        return  # NaN or infinity: the writer refuses what it cannot encode canonically
    assert open_as_device(data).payload == payload
