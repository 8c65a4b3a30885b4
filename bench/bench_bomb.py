"""Peak memory while refusing an inflation bomb (issue 8 item 5: under twice the cap).

A bundle of about 190 KiB that declares exactly the plaintext cap (64 MiB) and would
inflate to three times it, validly signed and sealed, opened by the real reader with its
default limits in a fresh process. Its peak RSS mark is reset after imports (Linux:
``/proc/self/clear_refs``), so the figure is what refusing cost, not what the parent or the
imports once held. Nothing is asserted here.
"""

from __future__ import annotations

import multiprocessing
import resource
import tempfile
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import Figure, ms, timed
from vsdesk.sync.bundle_errors import PayloadTooLargeError
from vsdesk.sync.bundle_format import MAX_PAYLOAD_BYTES, BundleHeader
from vsdesk.sync.bundle_reader import ChainPosition, KnownSender, open_bundle, read_bundle_file
from vsdesk.sync.bundle_writer import seal_bundle
from vsdesk.sync.crypto import HPKE_OVERHEAD, PartyKeys, PublicIdentity, sha256_hex

AREA = "sync"
INFLATES_TO = 3 * MAX_PAYLOAD_BYTES
NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # the reader is given this "now"


class _Keyring:
    def __init__(self, sender: PublicIdentity) -> None:
        self.sender = sender

    def sender_identity(self, party_id: str, key_id: str) -> KnownSender | None:
        return KnownSender(self.sender)


class _Chain:
    def last_applied(self, sender: str) -> ChainPosition:
        return ChainPosition()

    def hash_of(self, sender: str, sequence: int) -> str | None:
        return None


def make_bomb(hub: PartyKeys, device: PartyKeys) -> bytes:
    packer = zlib.compressobj(9)
    piece = bytes(1024 * 1024)
    packed = b"".join(packer.compress(piece) for _ in range(INFLATES_TO // len(piece)))
    packed += packer.flush()
    header = BundleHeader(
        kind="changes", sender=hub.party_id, sender_key_id=hub.key_id,
        recipient=device.party_id, recipient_key_id=device.key_id, sequence=1, base="",
        ack=0, schema_version=1, created=NOW - timedelta(hours=1),
        expires=NOW + timedelta(days=1), payload_sha256=sha256_hex(b""),
        payload_size=MAX_PAYLOAD_BYTES, ciphertext_size=len(packed) + HPKE_OVERHEAD,
    )  # fmt: skip
    return seal_bundle(header, packed, hub, device.public())


Answer = tuple[int, int, float, str]


def _refuse(
    path: str, signing: bytes, encryption: bytes, hub: dict[str, str],
    out: multiprocessing.Queue[Answer],
) -> None:  # fmt: skip
    """In a fresh process: peak RSS after imports, then after refusing the bomb (KiB)."""
    device = PartyKeys.from_private_bytes("device-bench", signing, encryption)
    before = _reset_peak_kib()
    data = read_bundle_file(Path(path))

    def refuse() -> str:
        try:
            open_bundle(data, me=device, keyring=_Keyring(PublicIdentity.from_dict(hub)),
                        chain=_Chain(), now=NOW)  # fmt: skip
        except PayloadTooLargeError as error:
            return error.code
        return "opened"

    spent, code = timed(refuse)
    out.put((before, _peak_kib(), spent, code))


def _status_kib(name: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1])
    raise LookupError(name)


def _reset_peak_kib() -> int:
    """Reset the peak RSS mark to the current RSS; return it (KiB)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return _status_kib("VmRSS")
    except OSError:  # not Linux: the lifetime peak is the best there is
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak_kib() -> int:
    try:
        return _status_kib("VmHWM")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as temp:
        path = Path(temp) / "bomb.bundle"
        hub, device = PartyKeys.generate("la-bench"), PartyKeys.generate("device-bench")
        path.write_bytes(make_bomb(hub, device))
        context = multiprocessing.get_context("spawn")
        answers: multiprocessing.Queue[Answer] = context.Queue()
        child = context.Process(target=_refuse, args=(str(path), *device.private_bytes(),
                                                      hub.public().to_dict(), answers))  # fmt: skip
        child.start()
        before, after, spent, code = answers.get()
        child.join()
        size = path.stat().st_size
    assert code == "bundle-payload-too-large", code
    cap = MAX_PAYLOAD_BYTES / 2**20
    grew = (after - before) / 1024
    return [
        Figure(AREA, f"refuse an inflation bomb ({size / 1024:.0f} KiB declaring the {cap:.0f} "
               f"MiB cap, would inflate to {INFLATES_TO / 2**20:.0f} MiB): time", ms(spent)),
        Figure(AREA, "… peak RSS while refusing, over the RSS before it", f"{grew:.0f} MiB",
               f"< {2 * cap:.0f} MiB (twice the cap)",
               f"{'met' if grew < 2 * cap else 'MISSED'} ({grew / (2 * cap):.2f}× the target)"),
        Figure(AREA, "… peak RSS of that process while refusing, imports included",
               f"{after / 1024:.0f} MiB"),
    ]  # fmt: skip


if __name__ == "__main__":
    for figure in run():
        print(f"| {figure.work} | {figure.value} | {figure.target} | {figure.verdict} |")
