"""Copy each plan's next meeting date into an indexed column.

Batch printing ("every pupil whose next meeting falls in this range") would otherwise decode
every plan document; the value is backfilled from the documents already stored.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.add_column(sa.Column("next_meeting", sa.String(), nullable=True))
    op.execute("UPDATE plans SET next_meeting = json_extract(document, '$.plan.next_meeting')")
    op.create_index("ix_plans_next_meeting", "plans", ["next_meeting"])


def downgrade() -> None:
    op.drop_index("ix_plans_next_meeting", "plans")
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("next_meeting")
