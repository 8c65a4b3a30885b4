"""The Virtual School's own facts for the monitoring return (issue 13).

Revision ID: 0003
Revises: 0002

``vs_school_facts`` holds each fact's current value (model, Head appointed, staff FTE and
spending per term, in-area schools); ``vs_school_fact_audit`` every change to them. Facts
about the service, never about a pupil.
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
        "vs_school_facts",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "vs_school_fact_audit",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_vs_school_fact_audit_key"), "vs_school_fact_audit", ["key"])


def downgrade() -> None:
    op.drop_table("vs_school_fact_audit")
    op.drop_table("vs_school_facts")
