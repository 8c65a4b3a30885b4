"""Validly signed, correctly chained bundles whose contents overstep, as a tampered-with or
buggy sender's would: for tests of what a receiver refuses (rights, values)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from helpers.sync_kit import Device, Kit
from vsdesk.services.device import device_keys
from vsdesk.services.sync_payload import DEVICE_KIND, SCHEMA_VERSION
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.sync.bundle_writer import DEFAULT_LIFETIME, write_bundle
from vsdesk.sync.changes import Change, JsonValue, Op, Side
from vsdesk.sync.hlc import HybridClock


class Forger:
    """Makes changes as some node and seals them in the device's next bundle to the hub."""

    def __init__(self, kit: Kit, device: Device) -> None:
        self.kit, self.device = kit, device
        self.millis = int(kit.clock().timestamp() * 1000)
        self.clocks: dict[str, HybridClock] = {}
        self.count = 0

    def stamp(self, node: str) -> str:
        clock = self.clocks.setdefault(node, HybridClock(node, wall=lambda: self.millis))
        return str(clock.now())

    def change(
        self,
        entity: str,
        field: str,
        value: JsonValue = None,
        *,
        op: Op = "set",
        author: str | None = None,
        side: Side = "school",
    ) -> Change:
        self.count += 1
        return Change(
            change_id=f"forged-{self.count}",
            entity=entity,
            field=field,
            value=value,
            base="",
            stamp=self.stamp(author or self.device.id),
            author=author or self.device.id,
            side=side,
            op=op,
        )

    def bundle(self, changes: Sequence[Change], out: Path, kind: str = DEVICE_KIND) -> Path:
        with self.device.vault.session() as session:
            keys = device_keys(session)
            assert keys is not None
            sync = SyncRepository(session)
            (authority,) = [peer.party_id for peer in sync.peers("authority")]
            recipient = sync.identity_of(authority)
            assert recipient is not None
            last = sync.last_sent(authority)
            now = self.kit.clock()
            data = write_bundle(
                kind=kind,
                sequence=last.sequence + 1,
                base=last.bundle_hash,
                ack=sync.last_applied(authority).sequence,
                schema_version=SCHEMA_VERSION,
                created=now,
                expires=now + DEFAULT_LIFETIME,
                payload={"changes": [c.to_dict() for c in changes]},
                sender_keys=keys,
                recipient=recipient,
                counts={"changes": len(changes)},
            )
        out.write_bytes(data)
        return out
