"""What the window's pupil list shows per pupil, in one pass over the vault.

The summaries (names, school, authority, status, next meeting) come from indexed columns;
overdue targets are counted from the current plans' JSON documents in one query, without
decoding whole pupils; the phase on ``today`` comes from each identity's date of birth and
out-of-year-group offset (one more query). Nothing safeguarding-sensitive is included.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vsdesk.domain.model import Identity, Pupil
from vsdesk.domain.phases import PhaseReading, phase_on
from vsdesk.storage.pupil_repository import PupilRepository
from vsdesk.storage.schema import PlanRow
from vsdesk.storage.schema import PupilRow as PupilRecord
from vsdesk.storage.store import Store


@dataclass(frozen=True)
class PupilRow:
    id: str
    given_name: str
    family_name: str
    school: str
    authority_id: str
    authority_name: str
    year_group: int | None
    status: str
    next_meeting: date | None
    overdue_targets: int
    phase: str = ""  # today's phase (early-years, school-age, post-16), "" when not known
    phase_year: int | None = None  # today's year group from the date of birth and offset

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


def overdue_targets(pupil: Pupil, today: date) -> list[str]:
    """Ids of the current plan's targets past their due date and not yet green."""
    plan = pupil.current_plan
    if plan is None:
        return []
    return [
        target_id
        for target_id, target in plan.targets.items()
        if target.due is not None and target.due < today and target.progress != "green"
    ]


def pupil_rows(store: Store, today: date) -> list[PupilRow]:
    with store.session() as session:
        repo = PupilRepository(session)
        names = {profile.id: profile.name for profile in repo.authorities()}
        overdue = _overdue_counts(session, today)
        phases = _phases(session, today)
        summaries = repo.summaries()
    return [
        PupilRow(
            id=s.id,
            given_name=s.given_name,
            family_name=s.family_name,
            school=s.school,
            authority_id=s.authority_id,
            authority_name=names.get(s.authority_id, s.authority_id),
            year_group=s.year_group,
            status=s.status or "not-started",
            next_meeting=date.fromisoformat(s.next_meeting) if s.next_meeting else None,
            overdue_targets=overdue.get(s.id, 0),
            phase=phases[s.id].phase.value if s.id in phases else "",
            phase_year=phases[s.id].year_group if s.id in phases else None,
        )
        for s in summaries
    ]


def _phases(session: Session, today: date) -> dict[str, PhaseReading]:
    """Each pupil's phase on ``today``, from the two identity facts it needs (not known,
    and left out, without a date of birth). SQLite picks the two facts out of each identity
    document, so the list never parses whole documents for them."""
    found: dict[str, PhaseReading] = {}
    rows = session.execute(
        select(
            PupilRecord.id,
            func.json_extract(PupilRecord.identity, "$.date_of_birth"),
            func.json_extract(PupilRecord.identity, "$.year_group_offset"),
        )
    )
    for pupil_id, born, offset in rows:
        if not isinstance(born, str):
            continue
        identity = Identity(
            date_of_birth=date.fromisoformat(born),
            year_group_offset=offset if isinstance(offset, int) else 0,
        )
        found[pupil_id] = phase_on(identity, today)
    return found


def _overdue_counts(session: Session, today: date) -> dict[str, int]:
    """Overdue targets per pupil from the current plans' documents, in one query.

    Decoding whole pupils into the domain model costs milliseconds each; a list of 1,000
    pupils needs only each current plan's target dates and progress.
    """
    newest = (
        select(PlanRow.pupil_id, func.max(PlanRow.term_order).label("term_order"))
        .group_by(PlanRow.pupil_id)
        .subquery()
    )
    current = select(PlanRow.pupil_id, PlanRow.document).join(
        newest,
        (PlanRow.pupil_id == newest.c.pupil_id) & (PlanRow.term_order == newest.c.term_order),
    )
    cutoff = today.isoformat()
    counts: dict[str, int] = {}
    for pupil_id, document in session.execute(current):
        targets = json.loads(document).get("targets") or {}
        counts[pupil_id] = sum(
            1
            for target in targets.values()
            if isinstance(target, dict)
            and isinstance(target.get("due"), str)
            and target["due"] < cutoff
            and target.get("progress") != "green"
        )
    return counts
