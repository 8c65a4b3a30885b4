"""When an authority has gone too long without a sync (online or by file).

The last sync with an authority is the last bundle applied from it: that is when this
device last learnt what the Virtual School holds. Each authority's profile says how long
is too long (``timescales.sync_warning_days``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from vsdesk.clock import Clock, system_clock
from vsdesk.storage.pupil_repository import PupilRepository
from vsdesk.storage.store import Store
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.storage.sync_schema import ChainInRow


@dataclass(frozen=True)
class SyncStanding:
    authority: str
    name: str
    last_sync: datetime | None
    allowed_days: int
    overdue: bool


def sync_standings(store: Store, clock: Clock = system_clock) -> list[SyncStanding]:
    now = clock()
    found: list[SyncStanding] = []
    with store.session() as session:
        pupils = PupilRepository(session)
        for peer in SyncRepository(session).peers("authority"):
            last_text = session.scalar(
                select(func.max(ChainInRow.applied_at)).where(ChainInRow.peer == peer.party_id)
            )
            last = datetime.fromisoformat(last_text) if last_text else None
            profile = pupils.authority(peer.party_id)
            days = profile.timescales.sync_warning_days if profile else 14
            overdue = last is None or now - last > timedelta(days=days)
            found.append(SyncStanding(peer.party_id, peer.name, last, days, overdue))
    return found
