"""The hub's own tables, beside the pupil tables it shares with the vault (``storage.schema``).

They sit on their own declarative base so that the vault (whose schema is migrated by
Alembic) never grows hub tables; the hub's schema has its own Alembic chain
(``hub/storage/migrations``). Pupils are not foreign keys here: an assignment must
outlive a purged pupil, because the end of an assignment is what tells a device to purge
its copy (sync export reads ``ended_at``). Timestamps are text from
:mod:`vsdesk.hub.storage.clock`.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, MetaData, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from vsdesk.storage import sync_schema
from vsdesk.storage.schema import Base


class HubBase(DeclarativeBase):
    pass


def hub_metadata() -> list[MetaData]:
    """Every table of a hub: the pupil and sync tables shared with the vault, and its own."""
    assert sync_schema.ChangeRow.__table__ in Base.metadata.sorted_tables
    return [Base.metadata, HubBase.metadata]


class HubMetaRow(HubBase):
    """Facts about the hub: authority id/name/country, its public and wrapped keys."""

    __tablename__ = "hub_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class TeacherRow(HubBase):
    """A designated teacher; ``school`` is the school they serve (free text)."""

    __tablename__ = "teachers"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    school: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(32))


class AssignmentRow(HubBase):
    """A pupil held by a teacher from ``assigned_at`` until ``ended_at`` (kept once ended).

    At most one open row per (pupil, teacher): a partial unique index, so two officers
    assigning at once cannot both succeed, on SQLite and PostgreSQL alike.
    """

    __tablename__ = "assignments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    pupil_id: Mapped[str] = mapped_column(String(40), index=True)
    teacher_id: Mapped[str] = mapped_column(ForeignKey("teachers.id"), index=True)
    assigned_at: Mapped[str] = mapped_column(String(32))
    ended_at: Mapped[str | None] = mapped_column(String(32), nullable=True)

    __table_args__ = (
        Index(
            "ux_assignments_open",
            "pupil_id",
            "teacher_id",
            unique=True,
            sqlite_where=text("ended_at IS NULL"),
            postgresql_where=text("ended_at IS NULL"),
        ),
    )


class DeviceRow(HubBase):
    """An enrolled device: its party id, public keys (base64) and whose it is."""

    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    teacher_id: Mapped[str] = mapped_column(ForeignKey("teachers.id"), index=True)
    key_id: Mapped[str] = mapped_column(String(32))
    signing_public: Mapped[str] = mapped_column(String(64))
    encryption_public: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(String(200))
    enrolled_at: Mapped[str] = mapped_column(String(32))
    revoked_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class InviteRow(HubBase):
    """A one-time invitation. The code is never stored: only the key that checks its proof,
    itself sealed to the authority's own encryption key (so a copy of the database alone
    cannot forge an enrolment)."""

    __tablename__ = "invites"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    teacher_id: Mapped[str] = mapped_column(ForeignKey("teachers.id"), index=True)
    salt: Mapped[str] = mapped_column(String(64))
    proof_key_sealed: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))
    expires_at: Mapped[str] = mapped_column(String(32))
    used_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    device_id: Mapped[str | None] = mapped_column(ForeignKey("devices.id"), nullable=True)


class HeldChangeRow(HubBase):
    """A change a device sent for a pupil no longer assigned to its teacher (issue 8, 4a).

    The teacher edited offline, then the pupil was unassigned before the bundle arrived:
    the change is neither applied (the teacher no longer holds the pupil) nor dropped (it
    may be the last record of a meeting); the Virtual School reviews it
    (``vsdesk-hub sync held``). ``change_id`` is unique, so a resent bundle holds it once.
    A change to last term's plan, made before the device had the new term's, is held the
    same way (issue 10); the reason is kept in ``body`` (``hub/services/held_changes.py``).
    """

    __tablename__ = "held_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(128), unique=True)
    pupil_id: Mapped[str] = mapped_column(String(40), index=True)
    device_id: Mapped[str] = mapped_column(String(64), index=True)
    teacher_id: Mapped[str] = mapped_column(String(40))
    bundle_sequence: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[str] = mapped_column(String(32))
    body: Mapped[str] = mapped_column(Text)  # Change.to_dict() and why it was held, as JSON


class DeviceReplacementRow(HubBase):
    """A device enrolled again (restored vault, replacement laptop): which one it replaces.

    The old device is revoked in the same transaction; changes it authored but never
    delivered arrive later from the new device and are accepted as that teacher's.
    """

    __tablename__ = "device_replacements"
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    replaces: Mapped[str] = mapped_column(String(64), index=True)
    replaced_at: Mapped[str] = mapped_column(String(32))


# --- the Virtual School's own facts (the monitoring return; docs/indicators.md) ---------


class SchoolFactRow(HubBase):
    __tablename__ = "vs_school_facts"
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(String(32))
    updated_by: Mapped[str] = mapped_column(String(200))


class SchoolFactAuditRow(HubBase):
    __tablename__ = "vs_school_fact_audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(120), index=True)
    old: Mapped[str | None] = mapped_column(Text, nullable=True)
    new: Mapped[str | None] = mapped_column(Text, nullable=True)


class RequestNonceRow(HubBase):
    """Nonces of signed HTTP requests seen lately, so a replayed request is refused by every
    hub process on the database; rows older than the signing window are deleted."""

    __tablename__ = "request_nonces"
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[int] = mapped_column(Integer, index=True)  # Unix seconds
