"""Fixed parties, an in-memory keyring and chain state, and bundle builders for sync tests.

Keys come from fixed seeds (SHA-256 of a label), so the committed negative test vectors in
``vectors/`` stay openable by these same keys; see ``vectors/README.md``. They are test keys
and nothing else.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from rights_testkit import MemoryHoldings

from vsdesk.services.sync_payload import (
    DEVICE_EXPECTS,
    HUB_EXPECTS,
    parse_changes,
    parse_profile,
    validate_authority_payload,
    validate_device_payload,
)
from vsdesk.sync import rights
from vsdesk.sync.bundle_format import parse_timestamp
from vsdesk.sync.bundle_reader import (
    DEFAULT_LIMITS,
    ChainPosition,
    KnownSender,
    Limits,
    OpenedBundle,
    PayloadValidator,
    open_bundle,
    open_bundle_file,
)
from vsdesk.sync.bundle_writer import write_bundle
from vsdesk.sync.clock_checks import DEFAULT_LIMIT, check_not_ahead
from vsdesk.sync.crypto import PartyKeys, PublicIdentity


def seed(label: str) -> bytes:
    """A fixed 32-byte seed: SHA-256 of ``vsdesk-test-key/<label>``."""
    return hashlib.sha256(b"vsdesk-test-key/" + label.encode("ascii")).digest()


def fixed_keys(party_id: str, label: str) -> PartyKeys:
    """Deterministic keys for ``party_id``; ``label`` tells generations of keys apart."""
    return PartyKeys.from_private_bytes(
        party_id, seed(f"{label}/signing"), seed(f"{label}/encryption")
    )


HUB = fixed_keys("la-test-hub", "hub")  # the authority: the usual sender in tests
HUB_OLD = fixed_keys("la-test-hub", "hub-old")  # the hub's rotated-out, revoked key
DEVICE = fixed_keys("device-test-1", "device")  # "me": the usual recipient
DEVICE_OLD = fixed_keys("device-test-1", "device-old")  # my previous key (rotated)
OTHER_DEVICE = fixed_keys("device-test-2", "other-device")  # someone else's device
STRANGER = fixed_keys("la-stranger", "stranger")  # in nobody's keyring

NOW = datetime(2025, 3, 3, 9, 0, 0, tzinfo=UTC)
CREATED = NOW - timedelta(days=1)
EXPIRES = CREATED + timedelta(days=60)

SAMPLE_PAYLOAD: dict[str, Any] = {
    "changes": [
        {"entity": "plan/p-1", "field": "attendance.percent", "value": 93.5},
        {"entity": "plan/p-1", "field": "voice.pupil", "value": "Rydw i'n hoffi ŵyn ✓"},
    ],
    "schema": 1,
}


class MemoryKeyring:
    """A dict-backed :class:`~vsdesk.sync.bundle_reader.Keyring`; counts its lookups."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], KnownSender] = {}
        self.lookups = 0

    def add(self, identity: PublicIdentity, *, revoked: bool = False) -> MemoryKeyring:
        self._entries[(identity.party_id, identity.key_id)] = KnownSender(identity, revoked)
        return self

    def sender_identity(self, party_id: str, key_id: str) -> KnownSender | None:
        self.lookups += 1
        return self._entries.get((party_id, key_id))


class MemoryChain:
    """A dict-backed :class:`~vsdesk.sync.bundle_reader.ChainState`; counts its questions."""

    def __init__(self, applied: Mapping[str, Mapping[int, str]] | None = None) -> None:
        self._applied = {sender: dict(seqs) for sender, seqs in (applied or {}).items()}
        self.questions = 0

    def record(self, sender: str, sequence: int, bundle_hash: str) -> None:
        self._applied.setdefault(sender, {})[sequence] = bundle_hash

    def last_applied(self, sender: str) -> ChainPosition:
        self.questions += 1
        seqs = self._applied.get(sender, {})
        if not seqs:
            return ChainPosition()
        last = max(seqs)
        return ChainPosition(last, seqs[last])

    def hash_of(self, sender: str, sequence: int) -> str | None:
        self.questions += 1
        return self._applied.get(sender, {}).get(sequence)


def standard_keyring() -> MemoryKeyring:
    """What the device knows: the hub's current key, and its old key marked revoked."""
    return MemoryKeyring().add(HUB.public()).add(HUB_OLD.public(), revoked=True)


def make_bundle(**overrides: Any) -> bytes:
    """A valid hub→device bundle, sequence 1, with any ``write_bundle`` argument replaced."""
    arguments: dict[str, Any] = {
        "kind": "changes",
        "sequence": 1,
        "base": "",
        "ack": 0,
        "schema_version": 1,
        "created": CREATED,
        "expires": EXPIRES,
        "payload": SAMPLE_PAYLOAD,
        "sender_keys": HUB,
        "recipient": DEVICE.public(),
        "counts": {"changes": 2},
    }
    arguments.update(overrides)
    return write_bundle(**arguments)


def open_as_device(
    data: bytes,
    *,
    chain: MemoryChain | None = None,
    keyring: MemoryKeyring | None = None,
    now: datetime = NOW,
    validate_payload: PayloadValidator | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> OpenedBundle:
    """Open ``data`` as :data:`DEVICE` with the standard keyring and an empty chain."""
    return open_bundle(
        data,
        me=DEVICE,
        keyring=keyring if keyring is not None else standard_keyring(),
        chain=chain if chain is not None else MemoryChain(),
        now=now,
        validate_payload=validate_payload,
        limits=limits,
    )


# --- negative test vectors: the sidecar format shared by make_vectors.py and the test ------


def run_vector(bundle_path: Path, sidecar: Mapping[str, Any]) -> OpenedBundle:
    """Open a vector's bundle file in the context its sidecar describes.

    Sidecar keys: ``expect`` (an error code, or ``"ok"``), ``now`` (timestamp), and
    optionally ``chain`` ({sender: {sequence: bundle hash}} already applied), ``limits``
    (``Limits`` fields to lower), ``reader`` (``"device"``, the default, or ``"hub"``),
    ``holdings`` (what the receiver holds: then the payload is parsed as that side's and
    every change is checked by :mod:`vsdesk.sync.rights`) and, for the reader's
    convenience, ``missing``/``payload``/``field``.
    """
    applied = {
        sender: {int(seq): digest for seq, digest in seqs.items()}
        for sender, seqs in sidecar.get("chain", {}).items()
    }
    at_hub = sidecar.get("reader", "device") == "hub"
    now = parse_timestamp(sidecar["now"])
    opened = open_bundle_file(
        bundle_path,
        me=HUB if at_hub else DEVICE,
        keyring=MemoryKeyring().add(DEVICE.public()) if at_hub else standard_keyring(),
        chain=MemoryChain(applied),
        now=now,
        validate_payload=received_changes_check(now) if sidecar.get("check") == "changes" else None,
        limits=Limits(**sidecar.get("limits", {})),
        expect=HUB_EXPECTS if at_hub else DEVICE_EXPECTS,
    )
    if "holdings" in sidecar:
        check_rights(opened, at_hub, MemoryHoldings(sidecar["holdings"]))
    return opened


def check_rights(opened: OpenedBundle, at_hub: bool, holdings: MemoryHoldings) -> None:
    """What the receiving service checks after opening: the payload's shape, then rights."""
    sender = opened.header.sender
    if at_hub:
        changes = validate_device_payload(opened.payload)
        rights.check_device_changes(changes, device_id=sender, holdings=holdings)
        return
    changes = validate_authority_payload(opened.payload)
    rights.check_profile_owner(parse_profile(opened.payload["profile"]).id, sender)
    rights.check_authority_changes(changes, authority_id=sender, holdings=holdings)


def received_changes_check(now: datetime) -> PayloadValidator:
    """``check: "changes"``: the payload's change records, checked as both sync services
    check them on receipt (well-formed, stamp node = author, not too far ahead)."""

    def check(payload: Any) -> None:
        changes = parse_changes(payload["changes"])
        check_not_ahead(changes, now, DEFAULT_LIMIT)

    return check
