"""The phase of a stored plan, frozen as the rule stood when ``plans.phase`` was added.

Vault revision 0004 and hub revision 0005 backfill the new column with it. A migration must
give the same answer whenever it runs, on whichever release: a vault left unopened for a
year is migrated by a newer vsdesk than the one that wrote the revision. So the revisions
do not import :mod:`vsdesk.domain.phases` (which may grow, say, another country's
cut-off); they use this copy of its arithmetic, which is never edited. If the domain's rule
changes, the column is recomputed by a new revision (or by the repository, which writes
the phase on every save). tests/unit/storage/test_plan_phase_column.py checks that this
copy and :func:`vsdesk.domain.phases.plan_phase` agree today.

The rule: a plan is read at the start of its own term (1 January, 1 April, 1 September);
the year group is the age on 31 August before that school year, less four, plus the
authority's ``year_group_offset``; up to Reception (0) is early years, Years 1 to 11 school
age, later (or from the 18th birthday) post-16. A plan with no term, or a pupil with no date
of birth, has no known phase: the column holds NULL.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, text

EARLY_YEARS, SCHOOL_AGE, POST_16 = "early-years", "school-age", "post-16"
_TERM_START = {"spring": (1, 1), "summer": (4, 1), "autumn": (9, 1)}
#: Plans read and written per round trip: a hub may hold tens of thousands.
BATCH = 500
INDEX = "ix_plans_phase"
#: The index covers (pupil, term order, term, phase), so counting pupils by phase (by their
#: newest plan, in one term, or for one authority through the pupils join) reads the index
#: alone and never a plan document.
INDEX_COLUMNS = ["pupil_id", "term_order", "term", "phase"]


def add_phase_column(op: Any) -> None:
    """The upgrade both chains run (``op`` is Alembic's operations object)."""
    with op.batch_alter_table("plans") as batch:
        batch.add_column(sa.Column("phase", sa.String(), nullable=True))
    backfill(op.get_bind())
    op.create_index(INDEX, "plans", INDEX_COLUMNS)


def drop_phase_column(op: Any) -> None:
    op.drop_index(INDEX, "plans")
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("phase")


def _age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _term_start(term: Any) -> date | None:
    if not isinstance(term, str):
        return None
    year, _, season = term.partition("-")
    if not (len(year) == 4 and year.isdigit() and season in _TERM_START):
        return None
    return date(int(year), *_TERM_START[season])


def _born(identity: dict[str, Any]) -> date | None:
    try:
        return date.fromisoformat(identity["date_of_birth"])
    except (KeyError, TypeError, ValueError):
        return None


def phase_of(identity: dict[str, Any], plan: dict[str, Any]) -> str | None:
    """The phase of a plan document for the pupil's identity document, or None if unknown."""
    born = _born(identity)
    start = _term_start((plan.get("plan") or {}).get("term"))
    if born is None or start is None:
        return None
    school_year = start.year if start.month >= 9 else start.year - 1
    offset = identity.get("year_group_offset") or 0
    year_group = _age_on(born, date(school_year, 8, 31)) - 4 + int(offset)
    if _age_on(born, start) >= 18 or year_group > 11:
        return POST_16
    return EARLY_YEARS if year_group <= 0 else SCHOOL_AGE


def backfill(connection: Connection) -> int:
    """Write the phase of every plan, a batch at a time; returns how many plans have one.

    Plain SQL with unqualified table names, so it runs on SQLite and on PostgreSQL in
    whichever schema the connection's search path names (a consortium's authority).
    """
    written, last = 0, ""
    page = text(
        "SELECT plans.id, plans.document, pupils.identity FROM plans "
        "JOIN pupils ON pupils.id = plans.pupil_id "
        "WHERE plans.id > :last ORDER BY plans.id LIMIT :batch"
    )
    while rows := connection.execute(page, {"last": last, "batch": BATCH}).all():
        last = rows[-1][0]
        phases = [
            {"id": plan_id, "phase": phase_of(json.loads(identity), json.loads(document))}
            for plan_id, document, identity in rows
        ]
        known = [row for row in phases if row["phase"] is not None]
        if known:
            connection.execute(text("UPDATE plans SET phase = :phase WHERE id = :id"), known)
        written += len(known)
    return written
