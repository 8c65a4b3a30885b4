"""Designated teachers and which pupils each one holds.

An assignment is never deleted: unassigning closes it (``ended_at``), because sync export
must tell the teacher's devices to purge a pupil they no longer hold, and it can only do
that if the hub remembers that, and when, the assignment ended.
"""

from __future__ import annotations

import secrets
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from vsdesk.errors import NotFoundError, UsageError, ValidationError
from vsdesk.hub.storage.clock import Clock, utc_now
from vsdesk.hub.storage.repository import Assignment, HubRepository, Teacher
from vsdesk.hub.storage.store import HubStore
from vsdesk.storage.pupil_repository import PupilRepository

MAX_TEXT = 200


@dataclass(frozen=True)
class TeacherSummary:
    teacher: Teacher
    pupils: int
    devices: int


def new_teacher_id() -> str:
    return f"t-{secrets.token_hex(5)}"


def clean_text(value: str, what: str) -> str:
    """A name or school: trimmed, 1–200 characters, one line (it is shown and printed)."""
    cleaned = " ".join(value.split())
    if not cleaned or len(cleaned) > MAX_TEXT or not cleaned.isprintable():
        raise UsageError(f"{what} must be 1 to {MAX_TEXT} characters on one line.")
    return cleaned


class TeacherService:
    """Teachers and assignments of one hub; each method is one transaction."""

    def __init__(self, store: HubStore, clock: Clock = utc_now) -> None:
        self.store = store
        self.clock = clock

    def add(self, name: str, school: str) -> Teacher:
        teacher = Teacher(
            new_teacher_id(),
            clean_text(name, "--name"),
            clean_text(school, "--school"),
            self.clock(),
        )
        with self.store.session() as session:
            HubRepository(session).add_teacher(teacher)
        return teacher

    def get(self, teacher_id: str) -> Teacher:
        with self.store.session() as session:
            return HubRepository(session).teacher(teacher_id)

    def summaries(self) -> list[TeacherSummary]:
        with self.store.session() as session:
            repo = HubRepository(session)
            pupils = Counter(a.teacher_id for a in repo.assignments(include_ended=False))
            devices = Counter(d.teacher_id for d in repo.devices() if not d.revoked)
            return [
                TeacherSummary(t, pupils.get(t.id, 0), devices.get(t.id, 0))
                for t in repo.teachers()
            ]

    def assign(self, pupil_id: str, teacher_id: str) -> Assignment:
        """Give the teacher the pupil (their devices receive it at the next sync)."""
        at = self.clock()
        with self.store.session() as session:
            repo = HubRepository(session)
            _check_pupil(session, pupil_id)
            repo.teacher(teacher_id)
            if repo.is_assigned(pupil_id, teacher_id):
                raise ValidationError("That pupil is already assigned to that teacher.")
            repo.add_assignment(pupil_id, teacher_id, at)
        return Assignment(pupil_id, teacher_id, at, None)

    def unassign(self, pupil_id: str, teacher_id: str) -> None:
        """End the assignment; the teacher's devices are told to purge at the next sync."""
        with self.store.session() as session:
            repo = HubRepository(session)
            repo.teacher(teacher_id)
            if repo.end_assignment(pupil_id, teacher_id, self.clock()):
                return  # even if the pupil has since been purged here: devices must purge too
            _check_pupil(session, pupil_id)
            raise ValidationError("That pupil is not assigned to that teacher.")

    def assignments(
        self,
        *,
        teacher_id: str | None = None,
        pupil_id: str | None = None,
        include_ended: bool = True,
    ) -> list[Assignment]:
        with self.store.session() as session:
            return HubRepository(session).assignments(
                teacher_id=teacher_id, pupil_id=pupil_id, include_ended=include_ended
            )

    def pupils_of(self, teacher_id: str) -> list[str]:
        """Ids of the pupils the teacher holds now (what their devices should have)."""
        return sorted(
            a.pupil_id for a in self.assignments(teacher_id=teacher_id, include_ended=False)
        )

    def ended_since(self, teacher_id: str, since: datetime) -> list[Assignment]:
        with self.store.session() as session:
            return HubRepository(session).ended_since(teacher_id, since)

    def teachers_by_pupil(self) -> dict[str, list[str]]:
        """Pupil id → ids of the teachers holding them now (for the pupil list)."""
        found: dict[str, list[str]] = {}
        for assignment in self.assignments(include_ended=False):
            found.setdefault(assignment.pupil_id, []).append(assignment.teacher_id)
        return found


def _check_pupil(session: Session, pupil_id: str) -> None:
    if not PupilRepository(session).exists(pupil_id):
        raise NotFoundError("No pupil with that id on this hub.")
