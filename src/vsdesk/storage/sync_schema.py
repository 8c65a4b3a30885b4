"""Sync state kept beside the data on both sides (vault and hub), in the same transaction.

- ``peers``: the other parties' pinned public keys (on a device: its authorities).
- ``chain_in`` / ``chain_out``: every bundle applied from / sent to a peer, by sequence and
  hash, so replays, gaps, forks and rollbacks can be told apart, and so an acknowledgement
  (a sequence number) can be turned back into "changes up to here arrived".
- ``changes``: the append-only change log; ``seq`` is the local order.
- ``entity_states``: each synced entity's merge registers (every concurrent version of
  each field and what they superseded), from which the pupil and plan documents are made.
- ``deliveries``: on a hub, which pupils a device holds (and in which bundle they first
  went), so a newly assigned pupil is sent whole and an unassigned one is purged.
- ``conflicts``: merge conflicts, open or settled, kept as the merge layer's own record.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vsdesk.storage.schema import Base


class PeerRow(Base):
    __tablename__ = "peers"
    party_id: Mapped[str] = mapped_column(String, primary_key=True)
    role: Mapped[str] = mapped_column(String)  # "authority" | "device"
    name: Mapped[str] = mapped_column(String)
    identity: Mapped[str] = mapped_column(Text)  # PublicIdentity.to_dict() as JSON
    pinned_at: Mapped[str] = mapped_column(String)
    revoked_at: Mapped[str | None] = mapped_column(String, nullable=True)


class ChainInRow(Base):
    __tablename__ = "chain_in"
    peer: Mapped[str] = mapped_column(String, primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[str] = mapped_column(String)
    applied_at: Mapped[str] = mapped_column(String)


class ChainOutRow(Base):
    __tablename__ = "chain_out"
    peer: Mapped[str] = mapped_column(String, primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[str] = mapped_column(String)
    max_change: Mapped[int] = mapped_column(Integer)  # highest changes.seq it carried
    created_at: Mapped[str] = mapped_column(String)
    acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)


class ChangeRow(Base):
    __tablename__ = "changes"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String, unique=True)
    authority_id: Mapped[str] = mapped_column(String, index=True)
    pupil_id: Mapped[str] = mapped_column(String, index=True)
    entity: Mapped[str] = mapped_column(String)
    field: Mapped[str] = mapped_column(String)
    body: Mapped[str] = mapped_column(Text)  # Change.to_dict() as JSON
    origin: Mapped[str] = mapped_column(String)  # party id the change came from


class EntityStateRow(Base):
    __tablename__ = "entity_states"
    entity: Mapped[str] = mapped_column(String, primary_key=True)
    pupil_id: Mapped[str] = mapped_column(String, index=True)
    registers: Mapped[str] = mapped_column(Text)  # the merge registers as JSON


class DeliveryRow(Base):
    __tablename__ = "deliveries"
    peer: Mapped[str] = mapped_column(String, primary_key=True)
    pupil_id: Mapped[str] = mapped_column(String, primary_key=True)
    first_sequence: Mapped[int] = mapped_column(Integer)  # bundle that first sent it whole
    purged_in: Mapped[int | None] = mapped_column(Integer, nullable=True)  # bundle asking purge


class ConflictRow(Base):
    __tablename__ = "conflicts"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    pupil_id: Mapped[str] = mapped_column(String, index=True)
    status: Mapped[str] = mapped_column(String)  # "open" | "auto-resolved" | "resolved"
    body: Mapped[str] = mapped_column(Text)  # the merge layer's Conflict as JSON
    raised_at: Mapped[str] = mapped_column(String)
