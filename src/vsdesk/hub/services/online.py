"""The hub's side of online sync: what the HTTP layer asks of the sync services.

A thin layer over :class:`~vsdesk.hub.services.sync.HubSync`, which it calls with bytes.
What it adds is resuming: the device says which of the hub's bundles it has applied
(sequence and hash, in a signed request), which acknowledges them as a bundle's ``ack``
would, and lets the hub forget any later bundle that was lost on the way (a dropped
connection), so the next bundle takes its place in the chain instead of leaving a gap.
"""

from __future__ import annotations

from dataclasses import dataclass

from vsdesk.clock import Clock, system_clock
from vsdesk.errors import EnrolmentError, VsdeskError
from vsdesk.hub.services.devices import known_sender
from vsdesk.hub.services.sync import HubExportReport, HubImportReport, HubSync
from vsdesk.hub.storage.repository import HubRepository
from vsdesk.hub.storage.store import HubStore
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.sync.bundle_errors import UnknownSenderError
from vsdesk.sync.bundle_reader import KnownSender, peek_header
from vsdesk.sync.crypto import PartyKeys


class ChainMismatchError(VsdeskError):
    """The device's account of what it applied does not match what the hub sent."""

    code = "chain-mismatch"
    default_message = (
        "This device's copy does not match what the Virtual School sent it (restored from "
        "an older backup?). Nothing was changed; ask the Virtual School for a full resync."
    )


@dataclass(frozen=True)
class ChainState:
    """The hub's view of one device's two chains, for the device to resume from."""

    applied_sequence: int
    applied_hash: str
    sent_sequence: int
    acknowledged_sequence: int


class HubOnline:
    def __init__(self, store: HubStore, keys: PartyKeys, clock: Clock = system_clock) -> None:
        self.store = store
        self.sync = HubSync(store, keys, clock)

    def sender(self, device_id: str, key_id: str) -> KnownSender | None:
        with self.store.session() as session:
            return known_sender(HubRepository(session), device_id, key_id)

    def state(self, device_id: str) -> ChainState:
        with self.store.session() as session:
            sync = SyncRepository(session)
            applied = sync.last_applied(device_id)
            return ChainState(
                applied.sequence,
                applied.bundle_hash,
                sync.last_sent(device_id).sequence,
                sync.acknowledged_sequence(device_id),
            )

    def receive(self, device_id: str, data: bytes) -> HubImportReport:
        """Apply a device's bundle; it must be the signed request's own device's."""
        if peek_header(data).sender != device_id:
            raise UnknownSenderError()
        return self.sync.import_bytes(data)

    def next_bundle(
        self, device_id: str, applied_sequence: int, applied_hash: str, acknowledged: int
    ) -> tuple[HubExportReport, bytes] | None:
        """The device's next bundle after the one it has applied, or None if nothing new.

        ``acknowledged`` is the last of its own bundles the device knows the hub applied:
        if the hub has applied more, a bundle goes even with no news, to carry the
        acknowledgement (signed), so the device stops sending those changes again.
        """
        with self.store.session() as session:
            device = HubRepository(session).device(device_id)
            if device.revoked:
                raise EnrolmentError("That device is revoked: nothing is sent to it.")
            sync = SyncRepository(session)
            if applied_sequence:
                if sync.sent_hash(device_id, applied_sequence) != applied_hash:
                    raise ChainMismatchError()
                sync.acknowledge(device_id, applied_sequence)
                sync.forget_purged(device_id, applied_sequence)
            if applied_sequence < sync.acknowledged_sequence(device_id):
                raise ChainMismatchError()
            sync.forget_sent_after(device_id, applied_sequence)
            owed_ack = sync.last_applied(device_id).sequence > acknowledged
            return self.sync.export_in(session, device, only_news=not owed_ack)
