"""Sync state: pinned peers, bundle chains, change log, merge registers, conflicts.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "peers",
        sa.Column("party_id", sa.String(), primary_key=True),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("identity", sa.Text(), nullable=False),
        sa.Column("pinned_at", sa.String(), nullable=False),
        sa.Column("revoked_at", sa.String(), nullable=True),
    )
    for name in ("chain_in", "chain_out"):
        extra = (
            [sa.Column("applied_at", sa.String(), nullable=False)]
            if name == "chain_in"
            else [
                sa.Column("max_change", sa.Integer(), nullable=False),
                sa.Column("created_at", sa.String(), nullable=False),
                sa.Column("acknowledged", sa.Boolean(), nullable=False),
            ]
        )
        op.create_table(
            name,
            sa.Column("peer", sa.String(), primary_key=True),
            sa.Column("sequence", sa.Integer(), primary_key=True),
            sa.Column("hash", sa.String(), nullable=False),
            *extra,
        )
    op.create_table(
        "changes",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("change_id", sa.String(), nullable=False, unique=True),
        sa.Column("authority_id", sa.String(), nullable=False),
        sa.Column("pupil_id", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(), nullable=False),
    )
    op.create_index("ix_changes_authority_id", "changes", ["authority_id"])
    op.create_index("ix_changes_pupil_id", "changes", ["pupil_id"])
    op.create_table(
        "entity_states",
        sa.Column("entity", sa.String(), primary_key=True),
        sa.Column("pupil_id", sa.String(), nullable=False),
        sa.Column("registers", sa.Text(), nullable=False),
    )
    op.create_index("ix_entity_states_pupil_id", "entity_states", ["pupil_id"])
    op.create_table(
        "deliveries",
        sa.Column("peer", sa.String(), primary_key=True),
        sa.Column("pupil_id", sa.String(), primary_key=True),
        sa.Column("first_sequence", sa.Integer(), nullable=False),
        sa.Column("purged_in", sa.Integer(), nullable=True),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("pupil_id", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("raised_at", sa.String(), nullable=False),
    )
    op.create_index("ix_conflicts_pupil_id", "conflicts", ["pupil_id"])


def downgrade() -> None:
    tables = ("deliveries", "conflicts", "entity_states", "changes", "chain_out", "chain_in")
    for table in (*tables, "peers"):
        op.drop_table(table)
