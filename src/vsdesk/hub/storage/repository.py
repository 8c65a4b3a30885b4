"""Hub records in and out of the database: typed records on one side, rows on the other.

Services (and the lead's sync engine, inside its own transaction) hand a session to
:class:`HubRepository` and get plain frozen records back, never rows, so nothing outside
``hub.schema`` and this module knows a column name.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, select, update
from sqlalchemy.orm import Session

from vsdesk.errors import NotFoundError
from vsdesk.hub.storage.clock import from_text, to_text
from vsdesk.hub.storage.schema import AssignmentRow, DeviceRow, HubMetaRow, InviteRow, TeacherRow
from vsdesk.sync.crypto import PublicIdentity, fingerprint


@dataclass(frozen=True)
class Teacher:
    id: str
    name: str
    school: str
    created_at: datetime


@dataclass(frozen=True)
class Assignment:
    """A pupil held by a teacher; ``ended_at`` set once unassigned (the row is kept)."""

    pupil_id: str
    teacher_id: str
    assigned_at: datetime
    ended_at: datetime | None

    @property
    def active(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True)
class Device:
    """An enrolled device and its keys; ``identity`` goes straight into a bundle keyring."""

    id: str
    teacher_id: str
    identity: PublicIdentity
    label: str
    enrolled_at: datetime
    revoked_at: datetime | None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.identity.key_id)


@dataclass(frozen=True)
class Invitation:
    """An issued invitation as stored (its proof key still sealed to the authority)."""

    id: str
    teacher_id: str
    proof_key_sealed: bytes
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None
    device_id: str | None


class HubRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # --- meta -------------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        return self.session.scalar(select(HubMetaRow.value).where(HubMetaRow.key == key))

    def set_meta(self, key: str, value: str) -> None:
        self.session.merge(HubMetaRow(key=key, value=value))

    # --- teachers ---------------------------------------------------------------------------

    def add_teacher(self, teacher: Teacher) -> None:
        self.session.add(
            TeacherRow(
                id=teacher.id,
                name=teacher.name,
                school=teacher.school,
                created_at=to_text(teacher.created_at),
            )
        )

    def teacher(self, teacher_id: str) -> Teacher:
        row = self.session.get(TeacherRow, teacher_id)
        if row is None:
            raise NotFoundError("No teacher with that id on this hub.")
        return Teacher(row.id, row.name, row.school, from_text(row.created_at))

    def teachers(self) -> list[Teacher]:
        rows = self.session.scalars(select(TeacherRow).order_by(TeacherRow.name, TeacherRow.id))
        return [Teacher(r.id, r.name, r.school, from_text(r.created_at)) for r in rows]

    # --- assignments ------------------------------------------------------------------------

    def add_assignment(self, pupil_id: str, teacher_id: str, at: datetime) -> None:
        self.session.add(
            AssignmentRow(pupil_id=pupil_id, teacher_id=teacher_id, assigned_at=to_text(at))
        )

    def end_assignment(self, pupil_id: str, teacher_id: str, at: datetime) -> bool:
        """Close the open assignment; False if there was none."""
        result = self.session.execute(
            update(AssignmentRow)
            .where(_open(pupil_id, teacher_id))
            .values(ended_at=to_text(at))
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(result, "rowcount", 0))

    def is_assigned(self, pupil_id: str, teacher_id: str) -> bool:
        return (
            self.session.scalar(select(AssignmentRow.id).where(_open(pupil_id, teacher_id)))
            is not None
        )

    def assignments(
        self,
        *,
        teacher_id: str | None = None,
        pupil_id: str | None = None,
        include_ended: bool = True,
    ) -> list[Assignment]:
        """Assignments, oldest first, optionally for one teacher or pupil, ended ones too."""
        query = select(AssignmentRow).order_by(AssignmentRow.assigned_at, AssignmentRow.id)
        if teacher_id is not None:
            query = query.where(AssignmentRow.teacher_id == teacher_id)
        if pupil_id is not None:
            query = query.where(AssignmentRow.pupil_id == pupil_id)
        if not include_ended:
            query = query.where(AssignmentRow.ended_at.is_(None))
        return [_assignment(row) for row in self.session.scalars(query)]

    def ended_since(self, teacher_id: str, since: datetime) -> list[Assignment]:
        """Assignments of ``teacher_id`` that ended at or after ``since`` (devices must purge)."""
        query = (
            select(AssignmentRow)
            .where(AssignmentRow.teacher_id == teacher_id)
            .where(AssignmentRow.ended_at >= to_text(since))
            .order_by(AssignmentRow.ended_at)
        )
        return [_assignment(row) for row in self.session.scalars(query)]

    # --- devices ----------------------------------------------------------------------------

    def add_device(self, device: Device) -> None:
        identity = device.identity
        self.session.add(
            DeviceRow(
                id=device.id,
                teacher_id=device.teacher_id,
                key_id=identity.key_id,
                signing_public=_b64(identity.signing_public),
                encryption_public=_b64(identity.encryption_public),
                label=device.label,
                enrolled_at=to_text(device.enrolled_at),
                revoked_at=None,
            )
        )

    def find_device(self, device_id: str) -> Device | None:
        row = self.session.get(DeviceRow, device_id)
        return None if row is None else _device(row)

    def device(self, device_id: str) -> Device:
        found = self.find_device(device_id)
        if found is None:
            raise NotFoundError("No device with that id on this hub.")
        return found

    def key_in_use(self, key_id: str) -> bool:
        return (
            self.session.scalar(select(DeviceRow.id).where(DeviceRow.key_id == key_id)) is not None
        )

    def devices(self, teacher_id: str | None = None) -> list[Device]:
        query = select(DeviceRow).order_by(DeviceRow.enrolled_at, DeviceRow.id)
        if teacher_id is not None:
            query = query.where(DeviceRow.teacher_id == teacher_id)
        return [_device(row) for row in self.session.scalars(query)]

    def revoke_device(self, device_id: str, at: datetime) -> bool:
        """Mark the device revoked; False if it already was."""
        result = self.session.execute(
            update(DeviceRow)
            .where(DeviceRow.id == device_id, DeviceRow.revoked_at.is_(None))
            .values(revoked_at=to_text(at))
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(result, "rowcount", 0))

    # --- invitations ------------------------------------------------------------------------

    def add_invitation(self, invitation: Invitation, salt: bytes) -> None:
        self.session.add(
            InviteRow(
                id=invitation.id,
                teacher_id=invitation.teacher_id,
                salt=_b64(salt),
                proof_key_sealed=_b64(invitation.proof_key_sealed),
                created_at=to_text(invitation.created_at),
                expires_at=to_text(invitation.expires_at),
            )
        )

    def invitation(self, invite_id: str) -> Invitation | None:
        row = self.session.get(InviteRow, invite_id)
        if row is None:
            return None
        return Invitation(
            id=row.id,
            teacher_id=row.teacher_id,
            proof_key_sealed=base64.b64decode(row.proof_key_sealed),
            created_at=from_text(row.created_at),
            expires_at=from_text(row.expires_at),
            used_at=None if row.used_at is None else from_text(row.used_at),
            device_id=row.device_id,
        )

    def use_invitation(self, invite_id: str, device_id: str, at: datetime) -> bool:
        """Mark the invitation used by ``device_id``; False if someone used it first."""
        result = self.session.execute(
            update(InviteRow)
            .where(InviteRow.id == invite_id, InviteRow.used_at.is_(None))
            .values(used_at=to_text(at), device_id=device_id)
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(result, "rowcount", 0))


def _open(pupil_id: str, teacher_id: str) -> ColumnElement[bool]:
    return and_(
        AssignmentRow.pupil_id == pupil_id,
        AssignmentRow.teacher_id == teacher_id,
        AssignmentRow.ended_at.is_(None),
    )


def _assignment(row: AssignmentRow) -> Assignment:
    ended = None if row.ended_at is None else from_text(row.ended_at)
    return Assignment(row.pupil_id, row.teacher_id, from_text(row.assigned_at), ended)


def _device(row: DeviceRow) -> Device:
    identity = PublicIdentity(
        party_id=row.id,
        key_id=row.key_id,
        signing_public=base64.b64decode(row.signing_public),
        encryption_public=base64.b64decode(row.encryption_public),
    )
    revoked = None if row.revoked_at is None else from_text(row.revoked_at)
    return Device(row.id, row.teacher_id, identity, row.label, from_text(row.enrolled_at), revoked)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
