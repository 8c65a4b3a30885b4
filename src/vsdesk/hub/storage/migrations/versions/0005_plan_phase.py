"""Each plan's phase (early years, school age, post-16) in an indexed column (issue 10).

Revision ID: 0005
Revises: 0004

The hub's twin of the vault's revision 0004: the ``plans`` table is shared with the vault
(``storage.schema``), so both chains add the column, the same way. On PostgreSQL the
backfill runs in the schema the connection's search path names (one per authority in a
consortium). The phase decides which sections a plan shows and is counted for the monitoring return;
reading it from a column spares decoding every plan and identity document. Existing plans
are backfilled with the phase at the start of their own term, from the plan's term and the
pupil's date of birth and ``year_group_offset`` (0 when the identity predates it).

The arithmetic is the frozen copy in :mod:`vsdesk.storage.migrations.plan_phase_v1`, not
an import of :mod:`vsdesk.domain.phases`: a migration must compute today's rule whenever
it runs, and the domain is free to change (the repository then rewrites the column on
every save). A test checks that the copy agrees with the domain. NULL means unknown (no
date of birth or no term).
"""

from __future__ import annotations

from alembic import op

from vsdesk.storage.migrations.plan_phase_v1 import add_phase_column, drop_phase_column

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_phase_column(op)


def downgrade() -> None:
    drop_phase_column(op)
