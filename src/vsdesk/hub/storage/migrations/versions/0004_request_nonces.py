"""Nonces of signed HTTP requests, shared by every hub process (issue 12, online sync).

Revision ID: 0004
Revises: 0003

A replayed request is refused by whichever process receives it, because the nonces live in
the database; rows older than the signing window are deleted as requests arrive.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "request_nonces",
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("nonce", sa.String(length=64), nullable=False),
        sa.Column("seen_at", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "nonce"),
    )
    op.create_index(op.f("ix_request_nonces_seen_at"), "request_nonces", ["seen_at"])


def downgrade() -> None:
    op.drop_table("request_nonces")
