"""The hub tables for the Virtual School's own facts, on the hub's metadata (``HubBase``).

``vs_school_facts`` holds the current value of each fact; ``vs_school_fact_audit`` keeps every
change (who, when, old → new), append-only. Keys and values are facts about the service,
never about a pupil. Importing this module registers the tables, so the hub's ``create_all``
makes them (``hub.storage.store`` imports it).
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vsdesk.hub.storage.schema import HubBase


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
