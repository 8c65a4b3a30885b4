"""Chain checks the bundle reader leaves to the caller, because only the caller knows what it
has sent: an acknowledgement must not claim a bundle that was never sent (fast-forward)."""

from __future__ import annotations

from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.sync.bundle_errors import PayloadInvalidError


def check_ack(sync: SyncRepository, peer: str, ack: int) -> None:
    if ack > sync.last_sent(peer).sequence:
        raise PayloadInvalidError(field="ack")
