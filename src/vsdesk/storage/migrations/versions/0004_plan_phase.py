"""Each plan's phase (early years, school age, post-16) in an indexed column (issue 10).

Revision ID: 0004
Revises: 0003

The phase decides which sections a plan shows and is counted for the monitoring return;
reading it from a column spares decoding every plan and identity document. Existing plans
are backfilled with the phase at the start of their own term, from the plan's term and the
pupil's date of birth and ``year_group_offset`` (0 when the identity predates it).

The arithmetic is the frozen copy in :mod:`vsdesk.storage.migrations.plan_phase_v1`, not
an import of :mod:`vsdesk.domain.phases`: a migration must compute today's rule whenever
it runs, and the domain is free to change (the repository then rewrites the column on
every save). A test checks that the copy agrees with the domain. NULL means unknown (no
date of birth or no term). The index covers (pupil, term order, term, phase), so counting
pupils by phase (by their newest plan, in one term, or for one authority through the
pupils join) reads the index alone and never a plan document.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from vsdesk.storage.migrations.plan_phase_v1 import backfill

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEX_COLUMNS = ["pupil_id", "term_order", "term", "phase"]


def upgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.add_column(sa.Column("phase", sa.String(), nullable=True))
    backfill(op.get_bind())
    op.create_index("ix_plans_phase", "plans", INDEX_COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_plans_phase", "plans")
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("phase")
