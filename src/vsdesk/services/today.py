"""The Today view's agenda: what needs the teacher in the next fortnight, computed offline.

Pure logic over the vault (no Qt), so it is tested without a window: meetings coming up,
statutory timescales due or overdue (:mod:`vsdesk.domain.timescales`), meeting packs to
have ready three days before a meeting, plans not yet submitted this term, targets past
their date, conflicts waiting, and per authority the time since the last exchange.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vsdesk.domain.model import Pupil
from vsdesk.domain.profiles import AuthorityProfile, default_profile
from vsdesk.domain.terms import term_key, term_of
from vsdesk.domain.timescales import deadlines
from vsdesk.services.pupil_list import overdue_targets
from vsdesk.storage.pupil_repository import PupilRepository
from vsdesk.storage.store import Store
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.storage.sync_schema import ChainInRow, ChainOutRow

HORIZON_DAYS = 14
PACK_LEAD_DAYS = 3
SUBMITTED = ("submitted", "quality-assured")


@dataclass(frozen=True)
class AgendaItem:
    """One line of Today. ``kind`` says what it is; ``section`` where the plan opens."""

    kind: str  # meeting | pack | deadline | unsubmitted | target | conflict
    pupil_id: str
    pupil_name: str
    due: date | None
    detail: str  # deadline kind, target id, conflict field: codes, never free text
    section: str
    overdue: bool = False


@dataclass(frozen=True)
class AuthoritySync:
    authority_id: str
    name: str
    last_exchange: datetime | None  # the later of the last bundle applied and sent


@dataclass(frozen=True)
class Agenda:
    items: list[AgendaItem]
    authorities: list[AuthoritySync]


def agenda(store: Store, today: date, horizon_days: int = HORIZON_DAYS) -> Agenda:
    with store.session() as session:
        repo = PupilRepository(session)
        profiles = {p.id: p for p in repo.authorities()}
        pupils = list(repo.all())
        names = {p.id: p.name for p in pupils}
        items = [
            item for pupil in pupils for item in pupil_items(pupil, profiles, today, horizon_days)
        ]
        items += conflict_items(session, names)
        authorities = sync_ages(session)
    items.sort(key=lambda i: (i.due or today, i.kind, i.pupil_name))
    return Agenda(items, authorities)


def pupil_items(
    pupil: Pupil, profiles: dict[str, AuthorityProfile], today: date, horizon_days: int
) -> list[AgendaItem]:
    horizon = today + timedelta(days=horizon_days)
    authority = pupil.pupil.home_authority
    profile = profiles.get(authority) or default_profile(authority or "unknown", authority, "wales")
    found: list[AgendaItem] = []

    def add(kind: str, due: date | None, detail: str, section: str, late: bool = False) -> None:
        found.append(AgendaItem(kind, pupil.id, pupil.name, due, detail, section, late))

    for day in _meetings_between(pupil, today, horizon):
        add("meeting", day, "", "meetings")
        add("pack", day - timedelta(days=PACK_LEAD_DAYS), "", "meetings",
            today > day - timedelta(days=PACK_LEAD_DAYS))  # fmt: skip
    for deadline in deadlines(pupil, profile, today):
        if not deadline.met and deadline.due <= horizon:
            section = DEADLINE_SECTIONS.get(deadline.kind, "plan")
            add("deadline", deadline.due, deadline.kind, section, deadline.overdue)
    plan = pupil.current_plan
    this_term = term_of(today)
    if plan is None or term_key(plan.plan.term) < term_key(this_term):
        add("unsubmitted", None, "no-plan", "plan", True)
    elif plan.plan.status.value not in SUBMITTED:
        add("unsubmitted", None, plan.plan.status.value, "plan")
    if plan is not None:
        for target_id in overdue_targets(pupil, today):
            add("target", plan.targets[target_id].due, target_id, "targets", True)
    return found


#: Where the plan opens for a deadline: the section that meets it (the editor's tab keys).
DEADLINE_SECTIONS = {
    "post-16-review": "transition",
    "reduced-timetable-review": "circumstances",
    "sdq": "wellbeing",
}


def _meetings_between(pupil: Pupil, start: date, end: date) -> list[date]:
    plan = pupil.current_plan
    days: set[date] = set()
    if plan is not None:
        days.update(m.date for m in plan.meetings.values() if m.date is not None)
        if plan.plan.next_meeting is not None:
            days.add(plan.plan.next_meeting)
    return sorted(d for d in days if start <= d <= end)


def conflict_items(session: Session, names: dict[str, str]) -> list[AgendaItem]:
    rows = SyncRepository(session).conflicts("open")
    return [
        AgendaItem("conflict", r.pupil_id, names.get(r.pupil_id, ""), None, r.id, "conflicts")
        for r in rows
    ]


def sync_ages(session: Session) -> list[AuthoritySync]:
    return [
        AuthoritySync(peer.party_id, peer.name, _last_exchange(session, peer.party_id))
        for peer in SyncRepository(session).peers("authority")
    ]


def _last_exchange(session: Session, peer: str) -> datetime | None:
    received = select(func.max(ChainInRow.applied_at)).where(ChainInRow.peer == peer)
    sent = select(func.max(ChainOutRow.created_at)).where(ChainOutRow.peer == peer)
    return _latest(session.scalar(received), session.scalar(sent))


def _latest(*stamps: str | None) -> datetime | None:
    return max((datetime.fromisoformat(s) for s in stamps if s), default=None)
