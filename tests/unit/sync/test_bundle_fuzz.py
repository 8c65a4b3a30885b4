"""Property tests: whatever bytes arrive, the reader answers with a BundleError or a payload.

Anything else escaping the reader (an IndexError, a zlib.error, a RecursionError) would be
a crash on hostile input, and a message that is not fit to show a teacher.
"""

from __future__ import annotations

import json
import math
import zlib
from typing import Any

import pytest
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


#: What damage before the signature check can give: the framing and header checks' errors.
FRAMING = {"not-a-bundle", "bundle-truncated", "bundle-malformed-header", "bundle-too-large"}


#: Checks made on the parsed header before the signature (DESIGN §4's order): a mutation
#: that keeps the header well formed can still name another kind, version or sender.
BEFORE_SIGNATURE = {
    "bundle-unsupported-version",
    "bundle-wrong-kind",
    "bundle-unsupported-schema",
    "bundle-unknown-sender",
    "bundle-bad-signature",
}


def _refused(data: bytes, codes: set[str]) -> BundleError:
    """The reader refuses ``data`` with one of the documented ``codes``, nothing else."""
    try:
        open_as_device(data)
    except BundleError as exc:
        assert exc.code in codes, (exc.code, codes)
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
    _refused(data, FRAMING)


@FUZZ
@given(st.binary(max_size=600))
def test_random_bytes_after_the_magic_are_refused(tail: bytes) -> None:
    _refused(MAGIC + tail, FRAMING)


@FUZZ
@given(MUTATIONS)
def test_mutated_bundles_are_refused_unless_unchanged(mutations: list[Mutation]) -> None:
    data = VALID
    for mutation in mutations:
        data = _apply(data, mutation)
    if data == VALID:
        assert open_as_device(data).payload == SAMPLE_PAYLOAD
    else:
        _refused(data, FRAMING | BEFORE_SIGNATURE)


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
    if header_bytes == encode_canonical(peek_header(VALID).to_dict()):
        assert open_as_device(data).payload == SAMPLE_PAYLOAD
        return
    # Signed by the right key, yet any other header is refused: malformed, or not what the
    # ciphertext was sealed with (HPKE binds the exact header bytes), or not for this device.
    _refused(data, HEADER_REFUSALS)


HEADER_REFUSALS = (
    FRAMING
    | BEFORE_SIGNATURE
    | {
        "bundle-decrypt-failed",
        "bundle-wrong-recipient",
        "bundle-gap",
        "bundle-expired",
        "bundle-payload-invalid",
        "bundle-payload-too-large",
    }
)


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
    _refused(_sealed(compressed, size, "00" * 32), {"bundle-payload-invalid"})


@FUZZ
@given(st.binary(max_size=512))
def test_any_signed_plaintext_gives_a_bundle_error_or_a_payload(plaintext: bytes) -> None:
    data = _sealed(zlib.compress(plaintext), len(plaintext), crypto.sha256_hex(plaintext))
    if _is_canonical_json_container(plaintext):
        assert encode_canonical(open_as_device(data).payload) == plaintext
    else:
        _refused(data, {"bundle-payload-invalid"})


def _is_canonical_json_container(data: bytes) -> bool:
    try:
        value = json.loads(data.decode("utf-8"))
        return isinstance(value, list | dict) and encode_canonical(value) == data
    except ValueError:
        return False


@FUZZ
@given(JSON_VALUES.filter(lambda v: isinstance(v, list | dict)))
def test_any_json_payload_round_trips_or_is_refused_by_the_writer(payload: Any) -> None:
    if _has_non_finite(payload):  # NaN or infinity: no canonical encoding exists
        with pytest.raises(ValueError):
            make_bundle(payload=payload)
        return
    assert open_as_device(make_bundle(payload=payload)).payload == payload


def _has_non_finite(value: Any) -> bool:
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, dict):
        return any(_has_non_finite(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_non_finite(v) for v in value)
    return False
