"""The vault's tables (SQLAlchemy ORM). Migrations in ``migrations/`` create and change them.

A pupil's identity and each plan's sections are kept as JSON documents addressed by field
paths (see :mod:`vsdesk.domain.fields`), with the few values that lists, sorting and queries
need (names, authority, term, status, next meeting, phase) copied into columns. Everything,
columns and documents alike, is inside SQLCipher's encrypted pages.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class MetaRow(Base):
    """Small facts about the vault itself (owner's display name, created, device id)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuthorityRow(Base):
    __tablename__ = "authorities"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    country: Mapped[str] = mapped_column(String)
    profile: Mapped[str] = mapped_column(Text)  # AuthorityProfile as JSON


class PupilRow(Base):
    __tablename__ = "pupils"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    authority_id: Mapped[str] = mapped_column(String, index=True)
    given_name: Mapped[str] = mapped_column(String)
    family_name: Mapped[str] = mapped_column(String)
    school: Mapped[str] = mapped_column(String)
    year_group: Mapped[int | None] = mapped_column(Integer, nullable=True)
    identity: Mapped[str] = mapped_column(Text)
    safeguarding: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(String)
    plans: Mapped[list[PlanRow]] = relationship(
        back_populates="pupil", cascade="all, delete-orphan", passive_deletes=True
    )


class PlanRow(Base):
    __tablename__ = "plans"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"))
    term: Mapped[str] = mapped_column(String)
    term_order: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String)
    next_meeting: Mapped[str | None] = mapped_column(String, nullable=True)
    #: The plan's phase at its term's start (``domain.phases.Phase`` value); None: unknown.
    phase: Mapped[str | None] = mapped_column(String, nullable=True)
    document: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(String)
    pupil: Mapped[PupilRow] = relationship(back_populates="plans")

    __table_args__ = (
        Index("ix_plans_pupil_term", "pupil_id", "term_order"),
        Index("ix_plans_next_meeting", "next_meeting"),
        Index("ix_plans_summary", "pupil_id", "term_order", "term", "status", "next_meeting"),
        Index("ix_plans_phase", "pupil_id", "term_order", "term", "phase"),
    )


class AuditRow(Base):
    """Who changed what, when, from what to what: kept inside the encrypted vault."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String)
    actor: Mapped[str] = mapped_column(String)
    pupil_id: Mapped[str] = mapped_column(String, index=True)
    field: Mapped[str] = mapped_column(String)
    old: Mapped[str] = mapped_column(Text)  # JSON
    new: Mapped[str] = mapped_column(Text)  # JSON
