"""Vaults and hubs as the releases before issue 10 left them, with data in them.

The pupils come from the seeded generator, written as the old release wrote them: documents
without the sections and fields issue 10 added (early years, post-16, alternative
provision, missing education, the transition's move fields, the identity's year-group
offset and emergency flag), inserted with plain SQL into tables of the old shape (no
``plans.phase``). Audit, change-log and chain rows beside them show that a migration keeps
what it does not touch.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from vsdesk import paths
from vsdesk.clock import Clock
from vsdesk.domain.fields import to_document
from vsdesk.domain.model import Identity, Plan, Pupil
from vsdesk.domain.phases import term_start
from vsdesk.domain.school_calendar import school_year_start
from vsdesk.domain.terms import term_key, term_of
from vsdesk.domain.workflow import PlanStatus
from vsdesk.kdf import TEST_KDF
from vsdesk.services.synthetic import Authority, generate_pupils
from vsdesk.storage import keywrap, migrate
from vsdesk.storage.engine import open_engine

NEW_PLAN_SECTIONS = ("early_years", "post16", "alternative_provision", "missing_education")
NEW_TRANSITION_FIELDS = ("moving_to", "move_date", "support", "information_shared")
NEW_IDENTITY_FIELDS = ("year_group_offset", "emergency_placement")
#: Tables whose rows a migration to the phase column must leave exactly as they were.
KEPT_TABLES = ("audit", "changes", "peers", "chain_in", "chain_out", "conflicts")
AUTHORITY = "cardiff"
OLD_AT = "2026-01-01T00:00:00+00:00"  # a stored timestamp, never compared with now
#: Every row of some tables, by table name (:func:`dump_tables`).
TableRows = dict[str, list[tuple[Any, ...]]]


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def old_identity(pupil: Pupil) -> dict[str, Any]:
    document = to_document(pupil.pupil)
    for name in NEW_IDENTITY_FIELDS:
        document.pop(name)
    return document


def old_plan(plan: Plan) -> dict[str, Any]:
    document = to_document(plan)
    document.pop("id")
    for name in NEW_PLAN_SECTIONS:
        document.pop(name)
    for name in NEW_TRANSITION_FIELDS:
        document["transition"].pop(name)
    return document


def in_year_group(identity: Identity, term: str, year_group: int | None) -> Identity:
    """``identity`` in ``year_group`` in the school year of ``term`` (None: no date of birth),
    educated in their own year group and not an emergency placement (as every identity
    written before issue 10 was), whatever the generator drew."""
    born = None if year_group is None else born_in_year_group(term, year_group)
    return replace(identity, date_of_birth=born, year_group=year_group,
                   year_group_offset=0, emergency_placement=False)  # fmt: skip


def born_in_year_group(term: str, year_group: int) -> date:
    """A date of birth that puts a child in ``year_group`` in the school year of ``term``
    (born in December: the middle of the cohort, far from the 1 September cut-off)."""
    school_year = school_year_start(term_start(term))
    return date(school_year - year_group - 5, 12, 1)


#: The intended phase of each pupil's newest plan, by the year group they are put in.
YEAR_GROUPS = {"early-years": 0, "school-age": 5, "post-16": 12}


def old_pupils(clock: Clock) -> list[Pupil]:
    """Four pupils with four termly plans ending this term (so two school years): one in
    Reception, one in Year 5, one in Year 12 (Year 11 last school year) and one with no
    date of birth. Their newest plans are in progress."""
    today = clock().date()
    home = (Authority(AUTHORITY, "Cardiff", "wales"),)
    pupils = generate_pupils(4, seed=11, today=today, terms=4, authorities=home)
    term = term_of(today)
    for pupil, year_group in zip(pupils, YEAR_GROUPS.values(), strict=False):
        pupil.pupil = in_year_group(pupil.pupil, term, year_group)
    pupils[3].pupil = in_year_group(pupils[3].pupil, term, None)
    for pupil in pupils:  # still being written: the meeting's required fields may be empty
        newest = pupil.plans[-1]
        newest.plan = replace(newest.plan, status=PlanStatus.IN_PROGRESS)
    return pupils


def insert_old_pupils(connection: Connection, pupils: Sequence[Pupil]) -> None:
    """The pupils as rows of the old ``pupils`` and ``plans`` tables (no phase column)."""
    for pupil in pupils:
        identity = pupil.pupil
        connection.execute(
            text(
                "INSERT INTO pupils (id, authority_id, given_name, family_name, school, "
                "year_group, identity, safeguarding, updated_at) VALUES (:id, :authority, "
                ":given, :family, :school, :year, :identity, :safeguarding, :at)"
            ),
            {
                "id": pupil.id,
                "authority": identity.home_authority,
                "given": identity.given_name,
                "family": identity.family_name,
                "school": identity.school,
                "year": identity.year_group,
                "identity": _dump(old_identity(pupil)),
                "safeguarding": _dump(to_document(pupil.safeguarding)),
                "at": OLD_AT,
            },
        )
        for plan in pupil.plans:
            year, season = term_key(plan.plan.term)
            document = old_plan(plan)
            connection.execute(
                text(
                    "INSERT INTO plans (id, pupil_id, term, term_order, status, next_meeting, "
                    "document, updated_at) VALUES (:id, :pupil, :term, :order, :status, "
                    ":meeting, :document, :at)"
                ),
                {
                    "id": plan.id,
                    "pupil": pupil.id,
                    "term": plan.plan.term,
                    "order": year * 10 + season,
                    "status": plan.plan.status.value,
                    "meeting": document["plan"]["next_meeting"],
                    "document": _dump(document),
                    "at": OLD_AT,
                },
            )


def insert_old_history(
    connection: Connection, pupil_ids: Sequence[str], peer: str = AUTHORITY, role: str = "authority"
) -> None:
    """Audit entries, change-log rows, a pinned peer, bundle chains and a conflict."""
    for number, pupil_id in enumerate(pupil_ids):
        connection.execute(
            text(
                "INSERT INTO audit (at, actor, pupil_id, field, old, new) "
                "VALUES (:at, 'Ms Siân Llŷr', :pupil, 'voice.pupil', '\"\"', :new)"
            ),
            {"at": OLD_AT, "pupil": pupil_id, "new": _dump(f"Hoffi'r ysgol {number}")},
        )
        body = {"change_id": f"old-{number}", "field": "voice.pupil", "entity": pupil_id}
        connection.execute(
            text(
                "INSERT INTO changes (change_id, authority_id, pupil_id, entity, field, body, "
                "origin) VALUES (:id, :authority, :pupil, :entity, 'voice.pupil', :body, "
                ":authority)"
            ),
            {
                "id": f"old-{number}",
                "authority": AUTHORITY,
                "pupil": pupil_id,
                "entity": f"pupil:{pupil_id}",
                "body": _dump(body),
            },
        )
    connection.execute(
        text(
            "INSERT INTO peers (party_id, role, name, identity, pinned_at) "
            "VALUES (:peer, :role, 'Cardiff', '{}', :at)"
        ),
        {"peer": peer, "role": role, "at": OLD_AT},
    )
    connection.execute(
        text("INSERT INTO chain_in (peer, sequence, hash, applied_at) VALUES (:p, 3, 'h3', :at)"),
        {"p": peer, "at": OLD_AT},
    )
    connection.execute(
        text(
            "INSERT INTO chain_out (peer, sequence, hash, max_change, created_at, acknowledged) "
            "VALUES (:p, 2, 'o2', 2, :at, :ack)"
        ),
        {"p": peer, "at": OLD_AT, "ack": True},
    )
    connection.execute(
        text(
            "INSERT INTO conflicts (id, pupil_id, status, body, raised_at) "
            "VALUES ('c-1', :pupil, 'open', '{}', :at)"
        ),
        {"pupil": pupil_ids[0], "at": OLD_AT},
    )


def dump_tables(connection: Connection, tables: Sequence[str] = KEPT_TABLES) -> TableRows:
    """Every row of ``tables``, sorted: equal before and after iff nothing changed."""
    return {
        table: sorted((tuple(row) for row in connection.execute(text(f"SELECT * FROM {table}"))),
                      key=repr)
        for table in tables
    }  # fmt: skip


def vault_at(directory: Path, passphrase: str, revision: str, pupils: Sequence[Pupil]) -> TableRows:
    """A SQLCipher vault migrated only to ``revision``, holding ``pupils`` and history, as
    the release of that revision would have left it; returns the kept tables' rows."""
    directory.mkdir(parents=True)
    raw_key = keywrap.new_vault_key()
    engine = open_engine(paths.vault_db(directory), raw_key)
    try:
        with engine.begin() as connection:
            migrate.upgrade(connection, revision)
            connection.execute(text("INSERT INTO meta (key, value) VALUES ('owner', 'Test')"))
            insert_old_pupils(connection, pupils)
            insert_old_history(connection, [pupil.id for pupil in pupils])
            kept = dump_tables(connection)
    finally:
        engine.dispose()
    paths.vault_key(directory).write_bytes(keywrap.wrap(raw_key, passphrase, TEST_KDF))
    return kept
