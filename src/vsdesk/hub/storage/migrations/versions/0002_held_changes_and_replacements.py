"""Held changes and device replacements (issue 8, items 4a and 4c).

Revision ID: 0002
Revises: 0001

``held_changes`` keeps a device's changes for a pupil unassigned before its bundle
arrived, for the Virtual School to review; ``device_replacements`` records which device a
re-enrolled one replaces. Frozen once released: add a revision rather than edit this one.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "held_changes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("change_id", sa.String(length=128), nullable=False),
        sa.Column("pupil_id", sa.String(length=40), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("teacher_id", sa.String(length=40), nullable=False),
        sa.Column("bundle_sequence", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("change_id"),
    )
    op.create_index(op.f("ix_held_changes_pupil_id"), "held_changes", ["pupil_id"])
    op.create_index(op.f("ix_held_changes_device_id"), "held_changes", ["device_id"])
    op.create_table(
        "device_replacements",
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("replaces", sa.String(length=64), nullable=False),
        sa.Column("replaced_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("device_id"),
    )
    op.create_index(
        op.f("ix_device_replacements_replaces"), "device_replacements", ["replaces"]
    )


def downgrade() -> None:
    op.drop_table("device_replacements")
    op.drop_table("held_changes")
