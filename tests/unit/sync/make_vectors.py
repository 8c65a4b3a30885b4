"""Generate the bundle test vectors in ``vectors/``: a bundle file plus a JSON sidecar each.

Run from the repository root::

    PYTHONPATH=src .venv/bin/python tests/unit/sync/make_vectors.py            # new ones only
    PYTHONPATH=src .venv/bin/python tests/unit/sync/make_vectors.py NAME ...   # these again
    PYTHONPATH=src .venv/bin/python tests/unit/sync/make_vectors.py --all      # every one


Keys are fixed (``bundle_testkit.fixed_keys``), but HPKE encryption is randomised, so the
bundle bytes differ on every run: the vectors are generated once and committed, and only
regenerated when the format changes. By default only vectors without files are written, so
adding one does not rewrite the others. Each vector is opened here before it is written,
and the script stops if any does not produce the error its sidecar names.

To add a vector, write one function returning a :class:`Vector` and decorate it with
``@single``; a family of vectors sharing a construction can be a generator in ``GROUPS``.

Most vectors are "one thing wrong": built validly, then exactly one property broken, and
re-signed where needed so that the intended check is the first to fail.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bundle_testkit import (
    CREATED,
    DEVICE,
    DEVICE_OLD,
    EXPIRES,
    HUB,
    HUB_OLD,
    NOW,
    OTHER_DEVICE,
    SAMPLE_PAYLOAD,
    STRANGER,
    fixed_keys,
    make_bundle,
    run_vector,
)
from rights_testkit import (
    PLAN_ENTITY,
    PUPIL,
    PUPIL_ENTITY,
    change,
    standard_pupils,
)

from vsdesk.clock import millis
from vsdesk.domain.profiles import default_profile
from vsdesk.errors import BundleError
from vsdesk.sync import crypto
from vsdesk.sync.bundle_errors import BundleGapError
from vsdesk.sync.bundle_format import (
    MAGIC,
    MAX_PAYLOAD_BYTES,
    BundleHeader,
    encode_canonical,
    format_timestamp,
    frame_bundle,
    hpke_info,
    signature_message,
)
from vsdesk.sync.bundle_reader import bundle_hash
from vsdesk.sync.changes import Change
from vsdesk.sync.crypto import HPKE_OVERHEAD, SIGNATURE_SIZE, PartyKeys, PublicIdentity
from vsdesk.sync.hlc import Stamp

VECTORS = Path(__file__).resolve().parent / "vectors"
SENDER = HUB.party_id


@dataclass
class Vector:
    name: str
    description: str
    expect: str
    data: bytes
    chain: dict[str, dict[str, str]] = field(default_factory=dict)
    limits: dict[str, int] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def sidecar(self) -> dict[str, Any]:
        side: dict[str, Any] = {
            "description": self.description,
            "expect": self.expect,
            "now": format_timestamp(NOW),
        }
        if self.chain:
            side["chain"] = self.chain
        if self.limits:
            side["limits"] = self.limits
        return side | self.extra


# --- low-level assembly: lets a vector break one property and still be validly signed -----


def header_dict(plaintext: bytes, compressed: bytes, **changes: Any) -> dict[str, Any]:
    """A valid hub→device header dict for this payload, with ``changes`` applied."""
    header = BundleHeader(
        kind="changes",
        sender=HUB.party_id,
        sender_key_id=HUB.key_id,
        recipient=DEVICE.party_id,
        recipient_key_id=DEVICE.key_id,
        sequence=1,
        base="",
        ack=0,
        schema_version=1,
        created=CREATED,
        expires=EXPIRES,
        payload_sha256=crypto.sha256_hex(plaintext),
        payload_size=len(plaintext),
        ciphertext_size=len(compressed) + HPKE_OVERHEAD,
        counts={"changes": 2},
    )
    return header.to_dict() | changes


def assemble(
    header_bytes: bytes,
    compressed: bytes,
    *,
    signer: PartyKeys = HUB,
    seal_to: PublicIdentity | None = None,
    info: bytes | None = None,
) -> bytes:
    """Seal and sign raw header bytes exactly as the writer would, minus its checks."""
    recipient = seal_to or DEVICE.public()
    ciphertext = crypto.seal(recipient, compressed, info or hpke_info(header_bytes))
    signature = crypto.sign(signer, signature_message(header_bytes, ciphertext))
    return frame_bundle(header_bytes, signature, ciphertext)


def sealed_payload(plaintext: bytes, compressed: bytes | None = None, **changes: Any) -> bytes:
    """A validly signed bundle around arbitrary plaintext (and optionally its compression)."""
    packed = zlib.compress(plaintext) if compressed is None else compressed
    return assemble(encode_canonical(header_dict(plaintext, packed, **changes)), packed)


def sealed_sample(**changes: Any) -> tuple[bytes, bytes]:
    """Header bytes (with ``changes``) and compressed sample payload, ready for assemble()."""
    plaintext = encode_canonical(SAMPLE_PAYLOAD)
    packed = zlib.compress(plaintext)
    return encode_canonical(header_dict(plaintext, packed, **changes)), packed


def layout(data: bytes) -> tuple[int, int]:
    """Offsets of the header start and the signature start in a well-formed bundle."""
    length_end = data.index(b"\n", len(MAGIC))
    header_start = length_end + 1
    return header_start, header_start + int(data[len(MAGIC) : length_end])


def flip(data: bytes, index: int, mask: int = 0x01) -> bytes:
    return data[:index] + bytes([data[index] ^ mask]) + data[index + 1 :]


# --- the vectors ----------------------------------------------------------------------------

Row = tuple[str, str, bytes]  # name, description, bundle bytes


def batch(expect: str, rows: Iterable[Row]) -> Iterator[Vector]:
    """Vectors that share an expected result and need no chain or limits."""
    for name, description, data in rows:
        yield Vector(name, description, expect, data)


def positive() -> Iterator[Vector]:
    first = make_bundle()
    second = make_bundle(sequence=2, base=bundle_hash(first), ack=4)
    payload = {"payload": SAMPLE_PAYLOAD}
    yield Vector("ok-first", "valid first bundle", "ok", first, extra=payload)
    chain = {SENDER: {"1": bundle_hash(first)}}
    yield Vector("ok-second", "valid, chained on ok-first", "ok", second, chain, extra=payload)


def structure() -> Iterator[Vector]:
    good = make_bundle()
    header, signature = layout(good)
    yield from batch("bundle-truncated", [
        ("empty-file", "zero bytes", b""),
        ("truncated-in-magic", "ends inside the magic line", good[:7]),
        ("truncated-in-length", "ends inside the length line", good[: len(MAGIC) + 2]),
        ("truncated-in-header", "ends inside the header", good[: header + 40]),
        ("truncated-in-signature", "ends inside the signature", good[: signature + 10]),
        ("truncated-in-ciphertext", "ends inside the ciphertext",
         good[: signature + SIGNATURE_SIZE + 20]),
        ("truncated-last-byte", "last byte missing", good[:-1]),
    ])  # fmt: skip
    yield from batch("not-a-bundle", [
        ("wrong-magic", "a ZIP file", b"PK\x03\x04" + good[4:]),
        ("magic-crlf", "magic mangled by a text-mode copy", good.replace(b"\n", b"\r\n", 1)),
        ("text-file", "some other text file", b"Dear colleague,\n"),
    ])  # fmt: skip
    future = b"vsdesk-bundle/2\n" + good[len(MAGIC) :]
    yield Vector("future-version", "magic says format 2", "bundle-unsupported-version", future)
    lowered = {"max_bundle_bytes": len(good) - 1}
    yield Vector(
        "oversized-file", "over the (lowered) cap", "bundle-too-large", good, limits=lowered
    )


def length_line() -> Iterator[Vector]:
    good = make_bundle()
    start, end = layout(good)
    header, rest = good[start:end], good[end:]
    size = str(len(header)).encode()
    long_header = header[:-1] + b" " * 20_000 + b"}"
    yield from batch("bundle-malformed-header", [
        ("length-leading-zero", "length written as 0NNN",
         MAGIC + b"0" + size + b"\n" + header + rest),
        ("length-not-a-number", "length not decimal", MAGIC + b"0x1f0\n" + header + rest),
        ("length-zero", "length 0", MAGIC + b"0\n" + header + rest),
        ("length-too-short", "length cuts the header JSON short",
         MAGIC + str(len(header) - 5).encode() + b"\n" + header + rest),
        ("header-too-long", "length over MAX_HEADER_BYTES",
         MAGIC + str(len(long_header)).encode() + b"\n" + long_header + rest),
    ])  # fmt: skip


def header_rules() -> Iterator[Vector]:
    header_bytes, packed = sealed_sample()
    valid = json.loads(header_bytes)
    raw_cases: list[tuple[str, str, bytes]] = [
        ("header-spaces", "JSON with spaces", json.dumps(valid, sort_keys=True).encode()),
        ("header-unsorted-keys", "keys not sorted",
         json.dumps(dict(reversed(valid.items())), separators=(",", ":")).encode()),
        ("header-escaped-char", "needless \\u escape",
         header_bytes.replace(b'"kind":"changes"', b'"kind":"chang\\u0065s"')),
        ("header-duplicate-key", "a key twice",
         header_bytes.replace(b'{"ack":0,', b'{"ack":0,"ack":0,')),
        ("header-missing-key", "no counts",
         encode_canonical({k: v for k, v in valid.items() if k != "counts"})),
        ("header-invalid-utf8", "a byte that is not UTF-8",
         header_bytes.replace(b"changes", b"chang\xffs", 1)),
        ("header-not-object", "a JSON array", encode_canonical(list(valid))),
    ]  # fmt: skip
    rows = [(name, text, assemble(raw, packed)) for name, text, raw in raw_cases]
    changed: list[tuple[str, str, dict[str, Any]]] = [
        ("header-unknown-key", "an extra key", {"priority": 1}),
        ("header-float-sequence", "sequence 1.0", {"sequence": 1.0}),
        ("header-bool-ack", "ack true", {"ack": True}),
        ("header-negative-ack", "ack -1", {"ack": -1}),
        ("header-sequence-zero", "sequence 0", {"sequence": 0}),
        ("header-format-2", "format 2 under magic 1", {"format": 2}),
        ("header-unknown-kind", "kind 'delete-all'", {"kind": "delete-all"}),
        ("header-bad-date", "created 30 February", {"created": "2025-02-30T10:00:00Z"}),
        ("header-local-time", "created without Z", {"created": "2025-03-02T09:00:00+00:00"}),
        ("header-expires-first", "expires before created",
         {"expires": format_timestamp(CREATED - timedelta(days=1))}),
        ("header-base-on-first", "sequence 1 with a base", {"base": "ab" * 32}),
        ("header-empty-base", "sequence 2 without a base", {"sequence": 2}),
        ("header-uppercase-hash", "payload hash in upper case",
         {"payload_sha256": valid["payload_sha256"].upper()}),
        ("header-unsorted-capabilities", "capabilities not sorted", {"capabilities": ["b", "a"]}),
        ("header-count-float", "a count of 2.5", {"counts": {"changes": 2.5}}),
        ("header-bad-party-id", "a sender id with a space", {"sender": "device one"}),
        ("header-huge-int", "an integer past 2**53", {"schema_version": 2**60}),
    ]  # fmt: skip
    rows += [(name, text, assemble(*sealed_sample(**change))) for name, text, change in changed]
    yield from batch("bundle-malformed-header", rows)


def tampering() -> Iterator[Vector]:
    good = make_bundle()
    header, signature = layout(good)
    at = good.index(b'"payload_sha256":"') + len(b'"payload_sha256":"') + 3
    other_digit = good[:at] + (b"0" if good[at] != ord("0") else b"1") + good[at + 1 :]
    broken_json = flip(good, header)
    yield Vector("flip-header-json", "header JSON broken", "bundle-malformed-header", broken_json)
    yield from batch("bundle-bad-signature", [
        ("flip-header-value", "a hex digit of payload_sha256 changed", other_digit),
        ("flip-signature", "signature byte flipped", flip(good, signature + 5)),
        ("flip-ciphertext", "ciphertext byte flipped", flip(good, len(good) - 30)),
        ("trailing-byte", "one byte appended", good + b"\x00"),
        ("signed-by-stranger", "header names the hub, a stranger signed",
         assemble(*sealed_sample(), signer=STRANGER)),
    ])  # fmt: skip


def senders_and_recipients() -> Iterator[Vector]:
    impostor = fixed_keys(HUB.party_id, "impostor")
    yield from batch("bundle-unknown-sender", [
        ("unknown-sender", "a party not in the keyring", make_bundle(sender_keys=STRANGER)),
        ("unknown-key", "the hub's id, an unknown key", make_bundle(sender_keys=impostor)),
    ])  # fmt: skip
    revoked = make_bundle(sender_keys=HUB_OLD)
    yield Vector("revoked-sender", "the hub's rotated-out key", "bundle-revoked-sender", revoked)
    yield from batch("bundle-wrong-recipient", [
        ("wrong-recipient", "to another device", make_bundle(recipient=OTHER_DEVICE.public())),
        ("wrong-recipient-key", "to my previous key", make_bundle(recipient=DEVICE_OLD.public())),
    ])  # fmt: skip


def chain() -> Iterator[Vector]:
    one = make_bundle()
    two = make_bundle(sequence=2, base=bundle_hash(one))
    three = make_bundle(sequence=3, base=bundle_hash(two))
    h1, h2, h3 = bundle_hash(one), bundle_hash(two), bundle_hash(three)
    other2 = bundle_hash(make_bundle(sequence=2, base=h1, ack=1))
    gap = "bundle-gap"
    rows: list[tuple[str, str, str, bytes, dict[str, str]]] = [
        ("replay-last", "the last applied bundle again", "bundle-already-applied", two,
         {"1": h1, "2": h2}),
        ("replay-older", "an earlier applied bundle again", "bundle-already-applied", two,
         {"1": h1, "2": h2, "3": h3}),
        ("rollback", "bundle 2 after 5, its hash not kept", "bundle-rollback", two,
         {"5": "cd" * 32}),
        ("fork-at-last", "another bundle 2 than the one applied", "bundle-fork", two,
         {"1": h1, "2": other2}),
        ("fork-earlier", "another bundle 2, and 3 applied since", "bundle-fork", two,
         {"1": h1, "2": other2, "3": "ef" * 32}),
        ("mix-and-match", "bundle 3 built on a bundle 2 not applied here", "bundle-fork", three,
         {"1": h1, "2": other2}),
    ]  # fmt: skip
    for name, text, expect, data, applied in rows:
        yield Vector(name, text, expect, data, {SENDER: applied})
    yield Vector(
        "gap", "3 when only 1 applied", gap, three, {SENDER: {"1": h1}}, {}, {"missing": 2}
    )
    yield Vector("gap-from-start", "2 when none applied", gap, two, extra={"missing": 1})


def expiry_and_decryption() -> Iterator[Vector]:
    stale = make_bundle(created=NOW - timedelta(days=90), expires=NOW - timedelta(seconds=1))
    yield from batch("bundle-expired", [
        ("expired", "expired one second before now", stale),
        ("expired-exactly", "expires at exactly now", make_bundle(expires=NOW)),
    ])  # fmt: skip
    header_bytes, packed = sealed_sample()
    other_info = hpke_info(sealed_sample(ack=9)[0])
    yield from batch("bundle-decrypt-failed", [
        ("decrypt-other-header", "sealed under another header's info, re-signed",
         assemble(header_bytes, packed, info=other_info)),
        ("decrypt-other-key", "header says my key, sealed to another device's",
         assemble(header_bytes, packed, seal_to=OTHER_DEVICE.public())),
    ])  # fmt: skip


def payloads() -> Iterator[Vector]:
    bomb = zlib.compress(bytes(16 * 1024 * 1024), 9)
    big = "bundle-payload-too-large"
    yield Vector("decompression-bomb", "declares 2 bytes, inflates to 16 MiB", big,
                 sealed_payload(b"[]", bomb))  # fmt: skip
    yield Vector("payload-over-cap", "declared size over the (lowered) cap", big, make_bundle(),
                 limits={"max_payload_bytes": 16})  # fmt: skip
    good = encode_canonical(SAMPLE_PAYLOAD)
    packed = zlib.compress(good)
    yield from batch("bundle-payload-invalid", [
        ("payload-shorter", "inflates to less than declared",
         sealed_payload(good, zlib.compress(good[:-1]))),
        ("payload-hash-mismatch", "differs from its hash",
         sealed_payload(good, payload_sha256="00" * 32)),
        ("payload-bad-zlib", "compressed stream corrupted",
         sealed_payload(good, flip(packed, len(packed) // 2, 0xFF))),
        ("payload-zlib-trailing", "data after the zlib stream",
         sealed_payload(good, packed + b"extra")),
        ("payload-not-json", "not JSON at all", sealed_payload(b"<xml/>")),
        ("payload-nan", "NaN", sealed_payload(b'{"x":NaN}')),
        ("payload-duplicate-key", "a key twice", sealed_payload(b'{"x":1,"x":2}')),
        ("payload-spaces", "JSON with spaces", sealed_payload(b'{"x": 1}')),
        ("payload-scalar", "a bare number", sealed_payload(b"42")),
        ("payload-bad-utf8", "not UTF-8", sealed_payload(b'["\xc3"]')),
        ("payload-lone-surrogate", "an escaped lone surrogate", sealed_payload(b'["\\ud800"]')),
        ("payload-deep", "nested past the parser's limit",
         sealed_payload(b"[" * 100_000 + b"]" * 100_000)),
    ])  # fmt: skip


# --- one function per vector: rights, resource limits, header kind and schema ---------------

SINGLES: list[Callable[[], Vector]] = []


def single(make: Callable[[], Vector]) -> Callable[[], Vector]:
    """Register a function that makes one vector."""
    SINGLES.append(make)
    return make


def device_bundle(*changes: Any, **overrides: Any) -> bytes:
    """A device's valid bundle to the hub carrying ``changes``."""
    payload = {"changes": [c.to_dict() for c in changes]}
    return make_bundle(kind="device-changes", sender_keys=DEVICE, recipient=HUB.public(),
                       payload=payload, counts={"changes": len(changes)}, **overrides)  # fmt: skip


def rights_vector(name: str, description: str, data: bytes, field: str) -> Vector:
    """Refused at the hub, which holds one pupil assigned to the device's teacher."""
    holdings = {"holdings": standard_pupils(), "reader": "hub", "field": field}
    return Vector(name, description, "bundle-forbidden-change", data, extra=holdings)


@single
def rights_ok_device_edit() -> Vector:
    data = device_bundle(change(PLAN_ENTITY, "attendance.percent", 91.5))
    payload = json.loads(crypto_open_payload(data))
    extra = {"holdings": standard_pupils(), "reader": "hub", "payload": payload}
    return Vector("rights-ok-device-edit", "a device edits a school field of the current plan",
                  "ok", data, extra=extra)  # fmt: skip


@single
def rights_device_deletes_authority_field() -> Vector:
    data = device_bundle(change(PUPIL_ENTITY, "pupil.upn", op="delete"))
    return rights_vector("rights-device-deletes-authority-field",
                         "a device deletes the pupil's UPN", data, "pupil.upn")  # fmt: skip


@single
def rights_device_deletes_safeguarding() -> Vector:
    data = device_bundle(change(PUPIL_ENTITY, "safeguarding", op="delete"))
    text = "a device deletes the safeguarding group"
    return rights_vector("rights-device-deletes-safeguarding", text, data, "safeguarding")


@single
def rights_device_deletes_pupil() -> Vector:
    data = device_bundle(change(PUPIL_ENTITY, "", op="delete"))
    return rights_vector("rights-device-deletes-pupil", "a device deletes a whole pupil",
                         data, "")  # fmt: skip


@single
def rights_device_creates_plan() -> Vector:
    data = device_bundle(change(f"plan:{PUPIL}.pl-2027-spring", "plan.term", "2027-spring"))
    return rights_vector("rights-device-creates-plan", "a device creates a plan", data,
                         "plan.term")  # fmt: skip


@single
def rights_device_sets_quality_assured() -> Vector:
    data = device_bundle(change(PLAN_ENTITY, "plan.status", "quality-assured"))
    text = "a device sets plan.status=quality-assured"
    return rights_vector("rights-device-sets-quality-assured", text, data, "plan.status")


@single
def rights_other_authority_profile() -> Vector:
    profile = default_profile("la-other", "Another authority", "wales").to_dict()
    payload = {"authority": {"id": HUB.party_id, "name": "Test", "country": "wales"},
               "profile": profile, "changes": [], "purge": []}  # fmt: skip
    data = make_bundle(payload=payload, counts={"changes": 0})
    extra = {"holdings": standard_pupils(), "field": "profile.id"}
    return Vector("rights-other-authority-profile", "an authority sends another's profile",
                  "bundle-forbidden-change", data, extra=extra)  # fmt: skip


@single
def inflation_bomb() -> Vector:
    """Declares exactly the default cap; inflates to three times it (about 190 KiB)."""
    packer = zlib.compressobj(9)
    chunk = bytes(1024 * 1024)
    packed = b"".join(packer.compress(chunk) for _ in range(3 * MAX_PAYLOAD_BYTES // len(chunk)))
    packed += packer.flush()
    header = header_dict(b"", packed, payload_size=MAX_PAYLOAD_BYTES)
    data = assemble(encode_canonical(header), packed)
    return Vector("inflation-bomb", "declares the 64 MiB cap, would inflate to 192 MiB",
                  "bundle-payload-too-large", data)  # fmt: skip


@single
def wrong_kind_device_bundle_on_device() -> Vector:
    data = make_bundle(kind="device-changes")
    return Vector("wrong-kind", "a device's (hub-bound) bundle imported on a device",
                  "bundle-wrong-kind", data)  # fmt: skip


@single
def unknown_schema_version() -> Vector:
    return Vector("unknown-schema-version", "payload schema version 2",
                  "bundle-unsupported-schema", make_bundle(schema_version=2))  # fmt: skip


def crypto_open_payload(data: bytes) -> bytes:
    """The canonical payload inside a device bundle (for an ``ok`` vector's sidecar)."""
    start, end = layout(data)
    header_bytes = data[start:end]
    opened = crypto.open_sealed(HUB, data[end + SIGNATURE_SIZE :], hpke_info(header_bytes))
    assert opened is not None
    return zlib.decompress(opened)


def singles() -> Iterator[Vector]:
    for make in SINGLES:
        yield make()


def _change(stamp_at: datetime, node: str, author: str) -> dict[str, Any]:
    stamp = Stamp(millis(stamp_at), 0, node)
    return Change(
        change_id="c-vector-1",
        entity="plan:p-1.plan-1",
        field="attendance.percent",
        value=91.5,
        base="",
        stamp=str(stamp),
        author=author,
        side="authority",
    ).to_dict()


def clocks() -> Iterator[Vector]:
    """Received change records checked as the sync services check them (``check`` key)."""
    check = {"check": "changes"}
    ahead = {"changes": [_change(NOW + timedelta(days=3 * 365), SENDER, SENDER)]}
    yield Vector("stamp-three-years-ahead", "a change stamped 3 years after the reader's clock",
                 "bundle-clock-ahead", sealed_payload(encode_canonical(ahead)),
                 extra=check)  # fmt: skip
    within = {"changes": [_change(NOW + timedelta(hours=23), SENDER, SENDER)]}
    yield Vector("stamp-23-hours-ahead", "ahead of the reader's clock, within the 24 h limit",
                 "ok", sealed_payload(encode_canonical(within)),
                 extra=check | {"payload": within})  # fmt: skip
    forged = {"changes": [_change(NOW, OTHER_DEVICE.party_id, SENDER)]}
    yield Vector("stamp-node-not-author", "a change whose stamp names another party's clock",
                 "bundle-payload-invalid", sealed_payload(encode_canonical(forged)),
                 extra=check | {"field": "stamp"})  # fmt: skip


GROUPS: tuple[Callable[[], Iterator[Vector]], ...] = (
    positive,
    structure,
    length_line,
    header_rules,
    tampering,
    senders_and_recipients,
    chain,
    expiry_and_decryption,
    payloads,
    singles,
    clocks,
)


def self_check(path: Path, vector: Vector) -> None:
    """Open the written vector as the test will, and fail loudly if it misbehaves."""
    try:
        opened = run_vector(path, vector.sidecar())
    except BundleError as exc:
        assert exc.code == vector.expect, (vector.name, exc.code, vector.expect)
        if isinstance(exc, BundleGapError):
            assert exc.missing == vector.extra["missing"], vector.name
        if "field" in vector.extra:
            assert getattr(exc, "field", None) == vector.extra["field"], vector.name
        return
    assert vector.expect == "ok", (vector.name, "opened", vector.expect)
    assert opened.payload == vector.extra["payload"], vector.name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the bundle test vectors.")
    parser.add_argument("names", nargs="*", help="vectors to write again")
    parser.add_argument("--all", action="store_true", help="write every vector again")
    args = parser.parse_args(argv)
    VECTORS.mkdir(exist_ok=True)
    names: set[str] = set()
    written = 0
    for group in GROUPS:
        for vector in group():
            assert vector.name not in names, vector.name
            names.add(vector.name)
            bundle_path = VECTORS / f"{vector.name}.bundle"
            if not (args.all or vector.name in args.names or not bundle_path.exists()):
                continue
            bundle_path.write_bytes(vector.data)
            sidecar = json.dumps(vector.sidecar(), indent=2, sort_keys=True, ensure_ascii=False)
            (VECTORS / f"{vector.name}.json").write_text(sidecar + "\n", encoding="utf-8")
            self_check(bundle_path, vector)
            written += 1
    stale = {p.stem for p in VECTORS.glob("*.bundle")} - names
    for name in stale:  # a vector no longer made
        (VECTORS / f"{name}.bundle").unlink()
        (VECTORS / f"{name}.json").unlink(missing_ok=True)
    print(f"wrote {written} of {len(names)} vectors to {VECTORS}; removed {len(stale)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
