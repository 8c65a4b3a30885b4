"""Keys, key ids, fingerprints and the signing/sealing wrappers of ``vsdesk.sync.crypto``."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from bundle_testkit import DEVICE, HUB, OTHER_DEVICE, seed

from vsdesk.sync import crypto
from vsdesk.sync.crypto import HPKE_OVERHEAD, PartyKeys, PublicIdentity


def test_key_id_is_a_hash_of_both_public_keys() -> None:
    identity = HUB.public()
    expected = crypto.sha256(identity.signing_public + identity.encryption_public)[:16].hex()
    assert identity.key_id == expected == HUB.key_id
    assert len(identity.key_id) == 32


def test_fingerprint_groups_the_key_id_for_reading_aloud() -> None:
    printed = crypto.fingerprint("0123456789abcdef0123456789abcdef")
    assert printed == "0123 4567 89AB CDEF 0123 4567 89AB CDEF"
    assert HUB.public().fingerprint == crypto.fingerprint(HUB.key_id)


def test_fixed_seeds_give_fixed_keys() -> None:
    again = PartyKeys.from_private_bytes(HUB.party_id, seed("hub/signing"), seed("hub/encryption"))
    assert again.public() == HUB.public()
    assert again.private_bytes() == (seed("hub/signing"), seed("hub/encryption"))


def test_generated_keys_differ() -> None:
    assert PartyKeys.generate("device-a").key_id != PartyKeys.generate("device-a").key_id


def test_identity_dict_round_trip() -> None:
    identity = DEVICE.public()
    assert PublicIdentity.from_dict(identity.to_dict()) == identity


def _tampered(**changes: Any) -> dict[str, Any]:
    return DEVICE.public().to_dict() | changes


@pytest.mark.parametrize(
    "data",
    [
        _tampered(key_id=HUB.key_id),
        _tampered(signing_key=HUB.public().to_dict()["signing_key"]),
        _tampered(party_id="Jo Bloggs"),
        _tampered(key_id=DEVICE.key_id.upper()),
        _tampered(encryption_key="not base64!"),
        _tampered(encryption_key=base64.b64encode(b"short").decode()),
        _tampered(extra="x"),
        {k: v for k, v in DEVICE.public().to_dict().items() if k != "key_id"},
        _tampered(party_id=7),
    ],
)
def test_identity_from_dict_is_strict(data: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        PublicIdentity.from_dict(data)


def test_reprs_hold_no_key_material() -> None:
    signing, encryption = HUB.private_bytes()
    for text in (repr(HUB), repr(HUB.public())):
        assert signing.hex() not in text and encryption.hex() not in text
        assert "Ed25519PrivateKey" not in text


def test_sign_and_verify() -> None:
    signature = crypto.sign(HUB, b"message")
    assert len(signature) == crypto.SIGNATURE_SIZE
    assert crypto.verify(HUB.public(), signature, b"message")
    assert not crypto.verify(HUB.public(), signature, b"messagE")
    assert not crypto.verify(DEVICE.public(), signature, b"message")
    assert not crypto.verify(HUB.public(), b"\0" * 64, b"message")


def test_seal_and_open_bind_info_and_recipient() -> None:
    sealed = crypto.seal(DEVICE.public(), b"plaintext", b"info")
    assert len(sealed) == len(b"plaintext") + HPKE_OVERHEAD
    assert crypto.open_sealed(DEVICE, sealed, b"info") == b"plaintext"
    assert crypto.open_sealed(DEVICE, sealed, b"other") is None
    assert crypto.open_sealed(OTHER_DEVICE, sealed, b"info") is None
    assert crypto.open_sealed(DEVICE, sealed[:-1], b"info") is None
    assert crypto.open_sealed(DEVICE, b"", b"info") is None


def test_sealing_is_randomised() -> None:
    first = crypto.seal(DEVICE.public(), b"x", b"i")
    assert first != crypto.seal(DEVICE.public(), b"x", b"i")


@pytest.mark.parametrize("value", ["la-cardiff", "device-0b1c", "a", "x" * 64, "la:gwynedd"])
def test_valid_party_ids(value: str) -> None:
    assert crypto.is_valid_party_id(value)


@pytest.mark.parametrize("value", ["", "-x", "Jo Bloggs", "x" * 65, "ŵ", "a/b", 3, None])
def test_invalid_party_ids(value: object) -> None:
    assert not crypto.is_valid_party_id(value)
