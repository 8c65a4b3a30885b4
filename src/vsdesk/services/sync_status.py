"""Per authority: when this device last exchanged a bundle with it, and what waits to go.

The sync screen shows one line per Virtual School. "Waiting to send" counts this device's
own changes for that authority that no exported bundle has carried yet, so the teacher
knows whether an export is worth making.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from vsdesk.services.device import device_keys
from vsdesk.services.today import sync_ages
from vsdesk.storage.store import Store
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.storage.sync_schema import ChainOutRow, ChangeRow


@dataclass(frozen=True)
class AuthorityStatus:
    authority_id: str
    name: str
    last_exchange: datetime | None
    received: int  # the last bundle sequence applied from the authority
    sent: int  # the last bundle sequence exported to it
    waiting: int  # this device's changes for it that no bundle has carried yet


def authority_status(store: Store) -> list[AuthorityStatus]:
    with store.session() as session:
        keys = device_keys(session)
        sync = SyncRepository(session)
        found = []
        for peer in sync_ages(session):
            carried = session.scalar(
                select(func.max(ChainOutRow.max_change)).where(
                    ChainOutRow.peer == peer.authority_id
                )
            )
            waiting = 0
            if keys is not None:
                waiting = int(
                    session.scalar(
                        select(func.count()).where(
                            ChangeRow.seq > int(carried or 0),
                            ChangeRow.authority_id == peer.authority_id,
                            ChangeRow.origin == keys.party_id,
                        )
                    )
                    or 0
                )
            found.append(
                AuthorityStatus(
                    peer.authority_id,
                    peer.name,
                    peer.last_exchange,
                    sync.last_applied(peer.authority_id).sequence,
                    sync.last_sent(peer.authority_id).sequence,
                    waiting,
                )
            )
        return found
