"""The first vault schema: meta, authorities, pupils, plans, audit.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "authorities",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("profile", sa.Text(), nullable=False),
    )
    op.create_table(
        "pupils",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("authority_id", sa.String(), nullable=False),
        sa.Column("given_name", sa.String(), nullable=False),
        sa.Column("family_name", sa.String(), nullable=False),
        sa.Column("school", sa.String(), nullable=False),
        sa.Column("year_group", sa.Integer(), nullable=True),
        sa.Column("identity", sa.Text(), nullable=False),
        sa.Column("safeguarding", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
    )
    op.create_index("ix_pupils_authority_id", "pupils", ["authority_id"])
    op.create_table(
        "plans",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column(
            "pupil_id", sa.String(), sa.ForeignKey("pupils.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("term", sa.String(), nullable=False),
        sa.Column("term_order", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
    )
    op.create_index("ix_plans_pupil_term", "plans", ["pupil_id", "term_order"])
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("pupil_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("old", sa.Text(), nullable=False),
        sa.Column("new", sa.Text(), nullable=False),
    )
    op.create_index("ix_audit_pupil_id", "audit", ["pupil_id"])


def downgrade() -> None:
    for table in ("audit", "plans", "pupils", "authorities", "meta"):
        op.drop_table(table)
