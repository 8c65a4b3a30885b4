"""``plans.phase``: the migrations' frozen rule agrees with the domain, and the repository
keeps the column true on every save, including when the identity moves the phase."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import event, text

from helpers.hub_fixtures import FakeClock
from helpers.old_schemas import born_in_year_group, in_year_group, old_identity, old_plan
from vsdesk.domain.model import Identity, Plan, PlanMeta
from vsdesk.domain.phases import plan_phase
from vsdesk.domain.terms import term_of
from vsdesk.services.pupils import PupilService
from vsdesk.services.synthetic import Authority, generate_pupils
from vsdesk.storage.migrations.plan_phase_v1 import phase_of
from vsdesk.storage.pupil_repository import UNKNOWN_PHASE, PupilRepository, phase_column
from vsdesk.storage.vault import Vault

TERMS = st.builds(
    lambda year, season: f"{year}-{season}",
    st.integers(2000, 2040),
    st.sampled_from(["spring", "summer", "autumn"]),
)


@given(
    born=st.one_of(st.none(), st.dates(date(1980, 1, 1), date(2040, 12, 31))),
    term=st.one_of(st.just(""), TERMS),
    offset=st.integers(-2, 2),
)
def test_the_frozen_rule_agrees_with_the_domain(born: date | None, term: str, offset: int) -> None:
    identity = Identity(date_of_birth=born, year_group_offset=offset)
    plan = Plan(id="pl-1", plan=PlanMeta(term=term))
    documents = ({"date_of_birth": born and born.isoformat(), "year_group_offset": offset},
                 {"plan": {"term": term}})  # fmt: skip
    assert phase_of(*documents) == phase_column(identity, plan)
    if born is not None and term:
        assert phase_of(*documents) == plan_phase(identity, plan).phase.value


def test_the_frozen_rule_reads_documents_of_the_old_shape() -> None:
    """Written before the offset existed: no ``year_group_offset`` key means 0."""
    pupil = generate_pupils(1, seed=3, today=FakeClock()().date())[0]
    for plan in pupil.plans:
        assert phase_of(old_identity(pupil), old_plan(plan)) == phase_column(pupil.pupil, plan)
    assert phase_of({"date_of_birth": "not a date"}, {"plan": {"term": "2026-autumn"}}) is None
    assert phase_of({"date_of_birth": "2010-01-01"}, {"plan": {"term": "autumn"}}) is None


def stored_phases(vault: Vault) -> dict[str, str | None]:
    with vault.session() as session:
        rows = session.execute(text("SELECT id, phase FROM plans"))
        return {plan_id: phase for plan_id, phase in rows}


def test_every_save_writes_the_phase_and_an_identity_edit_rewrites_every_plan(
    vault: Vault, clock: FakeClock
) -> None:
    """A child moved a year back by the authority (offset -1) leaves post-16 for Year 11 in
    every plan; correcting the date of birth moves every plan again."""
    term = term_of(clock().date())
    pupil = generate_pupils(1, seed=8, today=clock().date(), terms=4)[0]
    pupil.pupil = in_year_group(pupil.pupil, term, 12)
    service = PupilService(vault, "officer", clock=clock)
    service.add([pupil])
    assert stored_phases(vault)[pupil.plans[-1].id] == "post-16"

    with vault.session() as session:  # as the hub's authority edit or a received bundle does
        moved = replace(pupil.pupil, year_group_offset=-1)
        PupilRepository(session, clock).save(replace(pupil, pupil=moved))
    assert set(stored_phases(vault).values()) == {"school-age"}

    with vault.session() as session:
        younger = replace(pupil.pupil, date_of_birth=born_in_year_group(term, 0))
        PupilRepository(session, clock).save(replace(pupil, pupil=younger))
    assert set(stored_phases(vault).values()) == {"early-years"}

    with vault.session() as session:
        unknown = replace(pupil.pupil, date_of_birth=None)
        PupilRepository(session, clock).save(replace(pupil, pupil=unknown))
    assert set(stored_phases(vault).values()) == {None}


def test_phase_counts_by_newest_plan_by_term_and_by_authority(
    vault: Vault, clock: FakeClock
) -> None:
    today = clock().date()
    term = term_of(today)
    homes = (Authority("cardiff", "Cardiff", "wales"), Authority("powys", "Powys", "wales"))
    pupils = generate_pupils(5, seed=4, today=today, terms=4, authorities=homes[:1])
    pupils += generate_pupils(1, seed=5, today=today, terms=4, authorities=homes[1:])
    for pupil, year_group in zip(pupils, (12, 12, 0, 5, 7, 12), strict=True):
        pupil.pupil = in_year_group(pupil.pupil, term, year_group)
    pupils[4].pupil = in_year_group(pupils[4].pupil, term, None)
    PupilService(vault, "officer", clock=clock).add(pupils)
    with vault.session() as session:
        counts = PupilRepository(session)
        assert counts.phase_counts() == {
            "post-16": 3, "early-years": 1, "school-age": 1, UNKNOWN_PHASE: 1,
        }  # fmt: skip
        assert counts.phase_counts(authority_id="powys") == {"post-16": 1}
        oldest = pupils[0].plans[0].plan.term  # last school year: the Year 12s were in Year 11
        assert counts.phase_counts(term=oldest, authority_id="cardiff") == {
            "school-age": 3, "early-years": 1, UNKNOWN_PHASE: 1,
        }  # fmt: skip
        assert counts.phase_counts(term="1999-autumn") == {}


def test_phase_counts_read_the_covering_index_never_a_plan_document(vault: Vault) -> None:
    """SQLite's own query plan for every statement phase_counts runs (no timing involved)."""
    statements: list[tuple[str, Any]] = []

    def record(_c: object, _cursor: object, statement: str, parameters: Any, *_: object) -> None:
        statements.append((statement, parameters))

    with vault.session() as session:
        connection = session.connection()
        event.listen(connection, "before_cursor_execute", record)
        repo = PupilRepository(session)
        repo.phase_counts()
        repo.phase_counts(term="2026-autumn")
        repo.phase_counts(term="2026-autumn", authority_id="cardiff")
        event.remove(connection, "before_cursor_execute", record)
        cursor = connection.connection.cursor()
        for statement, parameters in statements:
            explained = cursor.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
            steps = [row[3] for row in explained]
            on_plans = [step for step in steps if "plans" in step.split()]
            assert on_plans and all("COVERING INDEX ix_plans_phase" in s for s in on_plans), steps
    assert len(statements) == 3
