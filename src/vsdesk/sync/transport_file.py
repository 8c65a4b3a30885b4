"""Sync by file as a :class:`~vsdesk.sync.transport.Transport`: an outbox and an inbox folder.

Bundles to send are written to the outbox (for a USB stick, secure e-mail or an upload
portal); bundles received are read from the inbox, the next one in the chain first. File
names carry only the authority id and sequence number, never anything personal. A folder
cannot say what the hub holds, so :meth:`state` is None and nothing is ever rewound.
"""

from __future__ import annotations

from pathlib import Path

from vsdesk.errors import BundleError
from vsdesk.sync.bundle_reader import ChainPosition, peek_header, read_bundle_file
from vsdesk.sync.bundle_writer import write_file_atomically
from vsdesk.sync.transport import RemoteState

SUFFIX = ".vsdesk-bundle"


class FileTransport:
    def __init__(self, authority_id: str, outbox: Path, inbox: Path) -> None:
        self.authority_id = authority_id
        self.outbox = outbox
        self.inbox = inbox

    def state(self) -> RemoteState | None:
        return None

    def send(self, bundle: bytes) -> str:
        sequence = peek_header(bundle).sequence
        self.outbox.mkdir(parents=True, exist_ok=True)
        write_file_atomically(self.outbox / f"{self.authority_id}-{sequence}{SUFFIX}", bundle)
        return "applied"

    def fetch(self, applied: ChainPosition, acknowledged: int) -> bytes | None:
        for path in sorted(self.inbox.glob(f"*{SUFFIX}")):
            data = read_bundle_file(path)
            try:
                header = peek_header(data)
            except BundleError:
                continue
            if header.sender == self.authority_id and header.sequence == applied.sequence + 1:
                return data
        return None

    def close(self) -> None:
        return None
