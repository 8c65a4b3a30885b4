"""Pupils in and out of the vault: domain objects on one side, rows on the other.

Services hand a :class:`~sqlalchemy.orm.Session` to this repository and never see rows; the
domain never sees SQL.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from vsdesk.clock import Clock, system_clock
from vsdesk.domain.fields import from_document, to_document
from vsdesk.domain.model import Identity, Plan, Pupil, Safeguarding
from vsdesk.domain.phases import plan_phase
from vsdesk.domain.profiles import AuthorityProfile
from vsdesk.domain.terms import term_key
from vsdesk.errors import NotFoundError
from vsdesk.storage.schema import AuditRow, AuthorityRow, PlanRow, PupilRow
from vsdesk.storage.sync_schema import ChangeRow, ConflictRow, DeliveryRow, EntityStateRow

#: The :meth:`PupilRepository.phase_counts` key for plans whose phase is not known.
UNKNOWN_PHASE = "unknown"


@dataclass(frozen=True)
class PupilSummary:
    """What a pupil list shows: enough to find a pupil, nothing safeguarding-sensitive."""

    id: str
    given_name: str
    family_name: str
    authority_id: str
    school: str
    year_group: int | None
    term: str | None
    status: str | None
    next_meeting: str | None

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(frozen=True)
class AuditEntry:
    at: str
    actor: str
    field: str
    old: Any
    new: Any


def _text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


class PupilRepository:
    def __init__(self, session: Session, clock: Clock = system_clock) -> None:
        self.session = session
        self.clock = clock

    # --- writing --------------------------------------------------------------------------

    def save(self, pupil: Pupil) -> None:
        """Insert or replace the pupil and every plan (one statement batch per table)."""
        now = _text(self.clock())
        row = self.session.get(PupilRow, pupil.id)
        identity = pupil.pupil
        values = {
            "authority_id": identity.home_authority,
            "given_name": identity.given_name,
            "family_name": identity.family_name,
            "school": identity.school,
            "year_group": identity.year_group,
            "identity": _dump(to_document(identity)),
            "safeguarding": _dump(to_document(pupil.safeguarding)),
            "updated_at": now,
        }
        if row is None:
            row = PupilRow(id=pupil.id, **values)
            self.session.add(row)
        else:
            for key, value in values.items():
                setattr(row, key, value)
        self._save_plans(row, identity, pupil.plans, now)

    def _save_plans(self, row: PupilRow, identity: Identity, plans: list[Plan], now: str) -> None:
        """Write every plan, its ``phase`` column included: a plan's phase depends on the
        identity too (date of birth, year-group offset), so rewriting every plan on each
        save keeps the column true when the authority corrects either."""
        existing = {plan.id: plan for plan in row.plans} if row.id else {}
        for plan in plans:
            document = to_document(plan)
            document.pop("id")
            year, season = term_key(plan.plan.term)
            values = {
                "term": plan.plan.term,
                "term_order": year * 10 + season,
                "status": plan.plan.status.value,
                "next_meeting": document["plan"]["next_meeting"],
                "phase": phase_column(identity, plan),
                "document": _dump(document),
                "updated_at": now,
            }
            plan_row = existing.pop(plan.id, None)
            if plan_row is None:
                row.plans.append(PlanRow(id=plan.id, **values))
            else:
                for key, value in values.items():
                    setattr(plan_row, key, value)
        for stale in existing.values():
            row.plans.remove(stale)

    def add_many(self, pupils: Iterable[Pupil]) -> int:
        count = 0
        for pupil in pupils:
            self.save(pupil)
            count += 1
        return count

    def delete(self, pupil_id: str) -> None:
        """Remove the pupil and every row that holds their data: plans, audit, sync state."""
        for table in (PlanRow, AuditRow, ChangeRow, EntityStateRow, ConflictRow, DeliveryRow):
            self.session.execute(delete(table).where(table.pupil_id == pupil_id))
        self.session.execute(delete(PupilRow).where(PupilRow.id == pupil_id))

    def record_audit(self, pupil_id: str, actor: str, changes: list[tuple[str, Any, Any]]) -> None:
        at = _text(self.clock())
        self.session.add_all(
            AuditRow(at=at, actor=actor, pupil_id=pupil_id, field=f, old=_dump(o), new=_dump(n))
            for f, o, n in changes
        )

    # --- reading --------------------------------------------------------------------------

    def get(self, pupil_id: str) -> Pupil:
        row = self.session.get(PupilRow, pupil_id)
        if row is None:
            raise NotFoundError("No pupil with that id in this vault.")
        return _to_pupil(row)

    def find(self, pupil_id: str) -> Pupil | None:
        row = self.session.get(PupilRow, pupil_id)
        return None if row is None else _to_pupil(row)

    def authority_of(self, pupil_id: str) -> str | None:
        """A pupil's home authority from its column, without decoding the record."""
        return self.session.scalar(select(PupilRow.authority_id).where(PupilRow.id == pupil_id))

    def exists(self, pupil_id: str) -> bool:
        return self.session.get(PupilRow, pupil_id) is not None

    def all(self) -> Iterator[Pupil]:
        """Every pupil with its plans, in two queries (not one more per pupil)."""
        rows = select(PupilRow).options(selectinload(PupilRow.plans)).order_by(PupilRow.id)
        for row in self.session.scalars(rows):
            yield _to_pupil(row)

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(PupilRow)) or 0

    def summaries(self) -> list[PupilSummary]:
        """Every pupil with their current plan's term and status, in two queries."""
        latest: dict[str, tuple[int, str, str, str | None]] = {}
        plan_rows = self.session.execute(
            select(
                PlanRow.pupil_id,
                PlanRow.term_order,
                PlanRow.term,
                PlanRow.status,
                PlanRow.next_meeting,
            )
        )
        for pupil_id, order, term, status, next_meeting in plan_rows:
            if pupil_id not in latest or order > latest[pupil_id][0]:
                latest[pupil_id] = (order, term, status, next_meeting)
        pupil_rows = self.session.execute(
            select(
                PupilRow.id,
                PupilRow.given_name,
                PupilRow.family_name,
                PupilRow.authority_id,
                PupilRow.school,
                PupilRow.year_group,
            )
        )
        return [
            PupilSummary(pid, given, family, authority, school, year,
                         *latest.get(pid, (0, None, None, None))[1:])
            for pid, given, family, authority, school, year in pupil_rows
        ]  # fmt: skip

    def phase_counts(
        self, term: str | None = None, authority_id: str | None = None
    ) -> dict[str, int]:
        """How many pupils are in each phase, from the ``plans.phase`` column alone.

        With ``term``: the phases of that term's plans; without: of each pupil's newest
        plan. ``authority_id`` limits the count to that home authority's pupils (a vault
        may hold several). Keys are :class:`~vsdesk.domain.phases.Phase` values, and
        :data:`UNKNOWN_PHASE` for plans with no known phase (no date of birth or no
        term); phases with no pupil are absent. Reads the ``ix_plans_phase`` index, never
        a document (so a monitoring count over thousands of pupils stays cheap).
        """
        plans = select(PlanRow.pupil_id, PlanRow.term_order, PlanRow.phase)
        if term is not None:
            plans = plans.where(PlanRow.term == term)
        if authority_id is not None:
            plans = plans.join(PupilRow, PupilRow.id == PlanRow.pupil_id).where(
                PupilRow.authority_id == authority_id
            )
        newest: dict[str, tuple[int, str | None]] = {}
        for pupil_id, order, phase in self.session.execute(plans):
            if pupil_id not in newest or order > newest[pupil_id][0]:
                newest[pupil_id] = (order, phase)
        return dict(Counter(phase or UNKNOWN_PHASE for _, phase in newest.values()))

    def history(self, pupil_id: str) -> list[AuditEntry]:
        rows = self.session.scalars(
            select(AuditRow).where(AuditRow.pupil_id == pupil_id).order_by(AuditRow.id)
        )
        return [
            AuditEntry(r.at, r.actor, r.field, json.loads(r.old), json.loads(r.new)) for r in rows
        ]

    # --- authorities ----------------------------------------------------------------------

    def save_authority(self, profile: AuthorityProfile) -> None:
        self.session.merge(
            AuthorityRow(
                id=profile.id,
                name=profile.name,
                country=profile.country,
                profile=_dump(profile.to_dict()),
            )
        )

    def authority(self, authority_id: str) -> AuthorityProfile | None:
        row = self.session.get(AuthorityRow, authority_id)
        return None if row is None else AuthorityProfile.from_dict(json.loads(row.profile))

    def authorities(self) -> list[AuthorityProfile]:
        rows = self.session.scalars(select(AuthorityRow).order_by(AuthorityRow.name))
        return [AuthorityProfile.from_dict(json.loads(row.profile)) for row in rows]


def phase_column(identity: Identity, plan: Plan) -> str | None:
    """What ``plans.phase`` holds for ``plan``: its phase at its term's start, None if the
    date of birth or the term is missing (the domain then defaults to school age)."""
    reading = plan_phase(identity, plan)
    return reading.phase.value if reading.known else None


def _to_pupil(row: PupilRow) -> Pupil:
    plans = [
        from_document(Plan, {"id": plan.id} | json.loads(plan.document))
        for plan in sorted(row.plans, key=lambda p: p.term_order)
    ]
    return Pupil(
        id=row.id,
        pupil=from_document(Identity, json.loads(row.identity), "pupil"),
        safeguarding=from_document(Safeguarding, json.loads(row.safeguarding), "safeguarding"),
        plans=plans,
    )
