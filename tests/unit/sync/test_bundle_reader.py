"""Round trips, every refusal, and the order of checks of the bundle reader."""

from __future__ import annotations

import os
import zlib
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from bundle_testkit import (
    DEVICE,
    HUB,
    HUB_OLD,
    NOW,
    OTHER_DEVICE,
    SAMPLE_PAYLOAD,
    STRANGER,
    MemoryChain,
    MemoryKeyring,
    make_bundle,
    open_as_device,
    standard_keyring,
)

from vsdesk.errors import BundleError, KnownError, ValidationError
from vsdesk.sync import bundle_errors as errors
from vsdesk.sync import bundle_reader, crypto
from vsdesk.sync.bundle_format import (
    encode_canonical,
    frame_bundle,
    hpke_info,
    signature_message,
)
from vsdesk.sync.bundle_reader import (
    Limits,
    bundle_hash,
    open_bundle_file,
    peek_header,
    read_bundle_file,
)
from vsdesk.sync.bundle_writer import write_file_atomically


def chain_with(*bundles: bytes) -> MemoryChain:
    """A chain in which ``bundles`` (sequences 1, 2, …) from the hub were applied."""
    return MemoryChain({HUB.party_id: {i: bundle_hash(b) for i, b in enumerate(bundles, 1)}})


# --- round trips ------------------------------------------------------------------------


def test_round_trip_returns_payload_header_and_hash() -> None:
    data = make_bundle(capabilities=["zstd", "acks"], counts={"changes": 2, "pupils": 1})
    opened = open_as_device(data)
    assert opened.payload == SAMPLE_PAYLOAD
    assert opened.bundle_hash == bundle_hash(data)
    assert opened.raw_size == len(data)
    assert opened.header.sender == HUB.party_id
    assert opened.header.capabilities == ("acks", "zstd")
    assert dict(opened.header.counts) == {"changes": 2, "pupils": 1}


def test_chain_of_bundles_opens_in_order() -> None:
    chain = MemoryChain()
    base = ""
    for sequence in range(1, 5):
        data = make_bundle(sequence=sequence, base=base, payload=[sequence])
        opened = open_as_device(data, chain=chain)
        assert opened.payload == [sequence]
        chain.record(HUB.party_id, sequence, opened.bundle_hash)
        base = opened.bundle_hash


def test_empty_and_list_payloads_round_trip() -> None:
    assert open_as_device(make_bundle(payload={})).payload == {}
    assert open_as_device(make_bundle(payload=[])).payload == []


def test_peek_header_reads_without_keys() -> None:
    header = peek_header(make_bundle(sender_keys=STRANGER))
    assert (header.sender, header.sender_key_id) == (STRANGER.party_id, STRANGER.key_id)


def test_opened_bundle_repr_hides_the_payload() -> None:
    opened = open_as_device(make_bundle(payload={"note": "a private remark"}))
    assert "private remark" not in repr(opened)


# --- refusals, one per check --------------------------------------------------------------


def test_too_large() -> None:
    data = make_bundle()
    with pytest.raises(errors.BundleTooLargeError):
        open_as_device(data, limits=Limits(max_bundle_bytes=len(data) - 1))


@pytest.mark.parametrize("cut", [0, 3, 16, 18, 200])
def test_truncated(cut: int) -> None:
    with pytest.raises(errors.BundleTruncatedError):
        open_as_device(make_bundle()[:cut])


def test_not_a_bundle() -> None:
    with pytest.raises(errors.NotABundleError):
        open_as_device(b"%PDF-1.7\n")


def test_unsupported_version() -> None:
    data = make_bundle().replace(b"vsdesk-bundle/1\n", b"vsdesk-bundle/17\n", 1)
    with pytest.raises(errors.UnsupportedBundleVersionError):
        open_as_device(data)


def test_malformed_header() -> None:
    data = make_bundle().replace(b'"kind":"changes"', b'"kind":"chAnges"', 1)
    with pytest.raises(errors.MalformedBundleHeaderError):
        open_as_device(data)


def test_header_over_a_lowered_cap_is_malformed() -> None:
    with pytest.raises(errors.MalformedBundleHeaderError):
        open_as_device(make_bundle(), limits=Limits(max_header_bytes=100))


def test_payload_over_a_lowered_cap() -> None:
    with pytest.raises(errors.PayloadTooLargeError):
        open_as_device(make_bundle(), limits=Limits(max_payload_bytes=10))


def test_unknown_sender() -> None:
    with pytest.raises(errors.UnknownSenderError):
        open_as_device(make_bundle(sender_keys=STRANGER))


def test_revoked_sender() -> None:
    with pytest.raises(errors.RevokedSenderError):
        open_as_device(make_bundle(sender_keys=HUB_OLD))


def test_keyring_answering_for_another_key_is_not_trusted() -> None:
    class LyingKeyring:
        def sender_identity(self, party_id: str, key_id: str) -> bundle_reader.KnownSender:
            return bundle_reader.KnownSender(STRANGER.public())

    with pytest.raises(errors.UnknownSenderError):
        bundle_reader.open_bundle(
            make_bundle(), me=DEVICE, keyring=LyingKeyring(), chain=MemoryChain(), now=NOW
        )


def test_bad_signature() -> None:
    data = bytearray(make_bundle())
    data[-1] ^= 0x80
    with pytest.raises(errors.BadSignatureError):
        open_as_device(bytes(data))


def test_wrong_recipient() -> None:
    with pytest.raises(errors.WrongRecipientError):
        open_as_device(make_bundle(recipient=OTHER_DEVICE.public()))


def test_replay_is_already_applied_and_harmless() -> None:
    data = make_bundle()
    with pytest.raises(errors.BundleAlreadyAppliedError) as caught:
        open_as_device(data, chain=chain_with(data))
    assert caught.value.harmless


def test_gap_names_the_missing_bundle() -> None:
    one = make_bundle()
    three = make_bundle(sequence=3, base="ab" * 32)
    with pytest.raises(errors.BundleGapError) as caught:
        open_as_device(three, chain=chain_with(one))
    assert caught.value.missing == 2
    assert "2" in str(caught.value)


def test_fork_same_sequence_different_bundle() -> None:
    one = make_bundle()
    other_one = make_bundle(ack=1)
    with pytest.raises(errors.BundleForkError):
        open_as_device(other_one, chain=chain_with(one))


def test_mix_and_match_base_is_a_fork() -> None:
    one = make_bundle()
    two = make_bundle(sequence=2, base=bundle_hash(make_bundle(ack=5)))
    with pytest.raises(errors.BundleForkError):
        open_as_device(two, chain=chain_with(one))


def test_rollback_when_old_hash_not_kept() -> None:
    one = make_bundle()
    chain = MemoryChain({HUB.party_id: {4: "ab" * 32}})
    with pytest.raises(errors.BundleRollbackError):
        open_as_device(one, chain=chain)


def test_expired() -> None:
    with pytest.raises(errors.BundleExpiredError):
        open_as_device(make_bundle(), now=NOW + timedelta(days=365))


def test_decrypt_failed_when_sealed_to_another_key() -> None:
    good = make_bundle()
    header = peek_header(good)
    header_bytes = header.encode()
    compressed = zlib.compress(encode_canonical(SAMPLE_PAYLOAD))
    ciphertext = crypto.seal(OTHER_DEVICE.public(), compressed, hpke_info(header_bytes))
    signature = crypto.sign(HUB, signature_message(header_bytes, ciphertext))
    with pytest.raises(errors.BundleDecryptError):
        open_as_device(frame_bundle(header_bytes, signature, ciphertext))


# --- the caller's schema hook ---------------------------------------------------------------


@pytest.mark.parametrize("failure", [ValueError("bad"), TypeError("bad")])
def test_validator_errors_become_payload_invalid(failure: Exception) -> None:
    def validate(payload: Any) -> None:
        raise failure

    with pytest.raises(errors.PayloadInvalidError) as caught:
        open_as_device(make_bundle(), validate_payload=validate)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_validation_error_keeps_only_the_field_path() -> None:
    def validate(payload: Any) -> None:
        raise ValidationError("Attendance 'Jo Bloggs' is 140%", "attendance.percent")

    with pytest.raises(errors.PayloadInvalidError) as caught:
        open_as_device(make_bundle(), validate_payload=validate)
    assert caught.value.field == "attendance.percent"
    assert "Bloggs" not in str(caught.value)


def test_validator_sees_the_payload() -> None:
    seen: list[Any] = []
    open_as_device(make_bundle(), validate_payload=seen.append)
    assert seen == [SAMPLE_PAYLOAD]


def test_other_validator_exceptions_are_bugs_and_propagate() -> None:
    def validate(payload: Any) -> None:
        raise KeyError("bug")

    with pytest.raises(KeyError):
        open_as_device(make_bundle(), validate_payload=validate)


# --- order of checks -----------------------------------------------------------------------


def test_signature_is_checked_before_the_chain_is_consulted() -> None:
    data = bytearray(make_bundle())
    data[-1] ^= 1
    chain = MemoryChain()
    with pytest.raises(errors.BadSignatureError):
        open_as_device(bytes(data), chain=chain)
    assert chain.questions == 0


def test_keyring_is_not_consulted_for_a_malformed_header() -> None:
    keyring = MemoryKeyring()
    with pytest.raises(errors.MalformedBundleHeaderError):
        open_as_device(make_bundle().replace(b'"ack":0', b'"ack":00', 1), keyring=keyring)
    assert keyring.lookups == 0


def test_unknown_sender_wins_over_expiry_and_wrong_recipient() -> None:
    data = make_bundle(sender_keys=STRANGER, recipient=OTHER_DEVICE.public())
    with pytest.raises(errors.UnknownSenderError):
        open_as_device(data, now=NOW + timedelta(days=365))


def test_wrong_recipient_wins_over_chain_and_expiry() -> None:
    data = make_bundle(sequence=9, base="ab" * 32, recipient=OTHER_DEVICE.public())
    with pytest.raises(errors.WrongRecipientError):
        open_as_device(data, now=NOW + timedelta(days=365))


def test_replay_of_an_expired_bundle_is_still_just_a_replay() -> None:
    data = make_bundle()
    with pytest.raises(errors.BundleAlreadyAppliedError):
        open_as_device(data, chain=chain_with(data), now=NOW + timedelta(days=365))


def test_gap_wins_over_expiry() -> None:
    data = make_bundle(sequence=3, base="ab" * 32)
    with pytest.raises(errors.BundleGapError):
        open_as_device(data, now=NOW + timedelta(days=365))


def test_naive_clock_is_a_caller_bug() -> None:
    with pytest.raises(ValueError):
        open_as_device(make_bundle(), now=NOW.replace(tzinfo=None))


# --- files -----------------------------------------------------------------------------------


def test_file_round_trip_through_atomic_write(tmp_path: Path) -> None:
    path = tmp_path / "hub-to-device-000001.vsbundle"
    write_file_atomically(path, make_bundle())
    opened = open_bundle_file(
        path, me=DEVICE, keyring=standard_keyring(), chain=MemoryChain(), now=NOW
    )
    assert opened.payload == SAMPLE_PAYLOAD
    assert os.listdir(tmp_path) == [path.name]


def test_atomic_write_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    path = tmp_path / "out.vsbundle"
    path.write_bytes(b"old")
    write_file_atomically(path, b"new")
    assert path.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["out.vsbundle"]


def test_atomic_write_failure_is_a_known_error_without_the_path(tmp_path: Path) -> None:
    target = tmp_path / "Jo Bloggs" / "out.vsbundle"
    with pytest.raises(KnownError) as caught:
        write_file_atomically(target, b"x")
    assert "Bloggs" not in str(caught.value)
    assert caught.value.__cause__ is None


def test_oversized_file_is_refused_from_stat_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.vsbundle"
    with open(path, "wb") as handle:
        handle.truncate(10_000)  # sparse: nothing to read, only a size

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(bundle_reader, "open", no_open, raising=False)
    with pytest.raises(errors.BundleTooLargeError):
        read_bundle_file(path, Limits(max_bundle_bytes=4096))


def test_directory_is_not_a_bundle(tmp_path: Path) -> None:
    with pytest.raises(errors.NotABundleError):
        read_bundle_file(tmp_path)


def test_missing_file_is_a_known_error_without_the_path(tmp_path: Path) -> None:
    with pytest.raises(KnownError) as caught:
        read_bundle_file(tmp_path / "Jo Bloggs.vsbundle")
    assert "Bloggs" not in str(caught.value)


# --- the error classes -----------------------------------------------------------------------


def test_error_codes_are_unique_and_every_class_is_a_bundle_error() -> None:
    classes = [getattr(errors, name) for name in errors.__all__]
    assert all(issubclass(cls, BundleError) for cls in classes)
    assert len({cls.code for cls in classes}) == len(classes) == 20


def test_all_lists_every_public_error_class() -> None:
    public = {
        name
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, BundleError) and not name.startswith("_")
    }
    assert public - {"BundleError"} == set(errors.__all__)
