"""Chain checks the bundle reader leaves to the caller, because only the caller knows what it
has sent: an acknowledgement must not claim a bundle that was never sent (fast-forward).

And resends (``sync export --resend``): when a bundle file was lost or refused, its sender
writes everything since the receiver's last acknowledgement again, as the bundle after the
acknowledged one, and says so in the signed header (``counts["resend-from"]`` = the
acknowledged sequence). The receiver may meanwhile have applied more bundles than the
sender knew of (their acknowledgement had not come back yet); such a resend would then look
like a fork. Since it carries every change since the acknowledged bundle, and changes merge
by id whatever their order, the receiver can safely check it against its chain *as it stood
after the acknowledged bundle*, apply it, and continue the chain from it. A resend already
applied is recognised by its hash, so replaying it later is harmless.
"""

from __future__ import annotations

from typing import Final

from vsdesk.errors import BundleError
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.sync.bundle_errors import PayloadInvalidError
from vsdesk.sync.bundle_reader import ChainPosition, ChainState, bundle_hash, peek_header

RESEND_COUNT: Final = "resend-from"


def check_ack(sync: SyncRepository, peer: str, ack: int) -> None:
    if ack > sync.last_sent(peer).sequence:
        raise PayloadInvalidError(field="ack")


class _ChainBefore:
    """The sender's chain as it stood after sequence ``since`` (for a resend)."""

    def __init__(self, sync: SyncRepository, sender: str, since: int, since_hash: str) -> None:
        self.sync, self.sender, self.since, self.since_hash = sync, sender, since, since_hash

    def last_applied(self, sender: str) -> ChainPosition:
        if sender != self.sender:
            return self.sync.last_applied(sender)
        return ChainPosition(self.since, self.since_hash)

    def hash_of(self, sender: str, sequence: int) -> str | None:
        if sender == self.sender and sequence > self.since:
            return None
        return self.sync.hash_of(sender, sequence)


def chain_for(data: bytes, sync: SyncRepository) -> tuple[ChainState, int | None]:
    """The chain state to open ``data`` against, and the sequence a resend restarts after.

    Anything but a resend that restarts behind what was applied gets the ordinary chain
    (and so the reader's ordinary verdicts). The header is only peeked at here; the reader
    then authenticates every part of it.
    """
    try:
        header = peek_header(data)
    except BundleError:
        return sync, None
    since = header.counts.get(RESEND_COUNT)
    if since is None or header.sequence != since + 1:
        return sync, None
    if header.sequence > sync.last_applied(header.sender).sequence:
        return sync, None  # nothing to rewind: the ordinary checks apply
    if sync.hash_of(header.sender, header.sequence) == bundle_hash(data):
        return sync, None  # this very resend was applied: "already applied"
    recorded = sync.hash_of(header.sender, since) if since else ""
    if recorded is None or recorded != header.base:
        return sync, None
    return _ChainBefore(sync, header.sender, since, recorded), since
