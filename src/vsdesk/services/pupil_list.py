"""What the window's pupil list shows per pupil, in one pass over the vault.

The summaries (names, school, authority, status, next meeting) come from indexed columns;
overdue targets need the plan, so the current plans are decoded once here rather than per
row in the window. Nothing safeguarding-sensitive is included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vsdesk.domain.model import Pupil
from vsdesk.storage.pupil_repository import PupilRepository
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
        overdue = {pupil.id: len(overdue_targets(pupil, today)) for pupil in repo.all()}
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
        )
        for s in summaries
    ]
