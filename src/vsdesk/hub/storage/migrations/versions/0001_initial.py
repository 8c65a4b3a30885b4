"""The hub schema as it stood before the hub had migrations (made by ``create_all``).

Revision ID: 0001
Revises: (none)

A hub created before this chain existed has exactly these tables and no ``alembic_version``
row: opening it stamps it at 0001 (:mod:`vsdesk.hub.storage.migrate`), then upgrades it.
Frozen: never edit this file to follow the models; add a revision instead.
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
        "audit",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("pupil_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("old", sa.Text(), nullable=False),
        sa.Column("new", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_audit_pupil_id"), "audit", ["pupil_id"], unique=False)
    op.create_table(
        "authorities",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("profile", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "chain_in",
        sa.Column("peer", sa.String(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(), nullable=False),
        sa.Column("applied_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("peer", "sequence"),
    )
    op.create_table(
        "chain_out",
        sa.Column("peer", sa.String(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(), nullable=False),
        sa.Column("max_change", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("acknowledged", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("peer", "sequence"),
    )
    op.create_table(
        "changes",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("change_id", sa.String(), nullable=False),
        sa.Column("authority_id", sa.String(), nullable=False),
        sa.Column("pupil_id", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("change_id"),
    )
    op.create_index(op.f("ix_changes_authority_id"), "changes", ["authority_id"], unique=False)
    op.create_index(op.f("ix_changes_pupil_id"), "changes", ["pupil_id"], unique=False)
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("pupil_id", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("raised_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_conflicts_pupil_id"), "conflicts", ["pupil_id"], unique=False)
    op.create_table(
        "deliveries",
        sa.Column("peer", sa.String(), nullable=False),
        sa.Column("pupil_id", sa.String(), nullable=False),
        sa.Column("first_sequence", sa.Integer(), nullable=False),
        sa.Column("purged_in", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("peer", "pupil_id"),
    )
    op.create_table(
        "entity_states",
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("pupil_id", sa.String(), nullable=False),
        sa.Column("registers", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity"),
    )
    op.create_index(op.f("ix_entity_states_pupil_id"), "entity_states", ["pupil_id"], unique=False)
    op.create_table(
        "hub_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "peers",
        sa.Column("party_id", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("identity", sa.Text(), nullable=False),
        sa.Column("pinned_at", sa.String(), nullable=False),
        sa.Column("revoked_at", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("party_id"),
    )
    op.create_table(
        "pupils",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("authority_id", sa.String(), nullable=False),
        sa.Column("given_name", sa.String(), nullable=False),
        sa.Column("family_name", sa.String(), nullable=False),
        sa.Column("school", sa.String(), nullable=False),
        sa.Column("year_group", sa.Integer(), nullable=True),
        sa.Column("identity", sa.Text(), nullable=False),
        sa.Column("safeguarding", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_pupils_authority_id"), "pupils", ["authority_id"], unique=False)
    op.create_table(
        "teachers",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("school", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("pupil_id", sa.String(length=40), nullable=False),
        sa.Column("teacher_id", sa.String(length=40), nullable=False),
        sa.Column("assigned_at", sa.String(length=32), nullable=False),
        sa.Column("ended_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["teacher_id"],
            ["teachers.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_assignments_pupil_id"), "assignments", ["pupil_id"], unique=False)
    op.create_index(op.f("ix_assignments_teacher_id"), "assignments", ["teacher_id"], unique=False)
    op.create_index(
        "ux_assignments_open",
        "assignments",
        ["pupil_id", "teacher_id"],
        unique=True,
        sqlite_where=sa.text("ended_at IS NULL"),
        postgresql_where=sa.text("ended_at IS NULL"),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("teacher_id", sa.String(length=40), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("signing_public", sa.String(length=64), nullable=False),
        sa.Column("encryption_public", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("enrolled_at", sa.String(length=32), nullable=False),
        sa.Column("revoked_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["teacher_id"],
            ["teachers.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_devices_teacher_id"), "devices", ["teacher_id"], unique=False)
    op.create_table(
        "plans",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("pupil_id", sa.String(), nullable=False),
        sa.Column("term", sa.String(), nullable=False),
        sa.Column("term_order", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("next_meeting", sa.String(), nullable=True),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["pupil_id"], ["pupils.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_plans_next_meeting", "plans", ["next_meeting"], unique=False)
    op.create_index("ix_plans_pupil_term", "plans", ["pupil_id", "term_order"], unique=False)
    op.create_index(
        "ix_plans_summary",
        "plans",
        ["pupil_id", "term_order", "term", "status", "next_meeting"],
        unique=False,
    )
    op.create_table(
        "invites",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("teacher_id", sa.String(length=40), nullable=False),
        sa.Column("salt", sa.String(length=64), nullable=False),
        sa.Column("proof_key_sealed", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("expires_at", sa.String(length=32), nullable=False),
        sa.Column("used_at", sa.String(length=32), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["devices.id"],
        ),
        sa.ForeignKeyConstraint(
            ["teacher_id"],
            ["teachers.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_invites_teacher_id"), "invites", ["teacher_id"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("The hub schema is never downgraded; restore a backup instead.")
