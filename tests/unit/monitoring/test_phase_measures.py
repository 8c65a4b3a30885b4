"""The monitoring hooks of issue 10 on a hub filled by the generator: children by phase,
post-16 EET and NEET, reduced timetables, alternative provision, children missing education
and emergency placements' initial PEPs, each read as at the period's end.

The expected figures are worked out here from the generated records with plain predicates
and the domain's phase derivation, not by calling the monitoring package."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from helpers.hub_fixtures import HUB_PASSPHRASE
from vsdesk.domain.model import Plan, Pupil
from vsdesk.domain.phases import plan_phase
from vsdesk.domain.profiles import default_profile
from vsdesk.domain.terms import term_end, term_of
from vsdesk.domain.timescales import add_open_days
from vsdesk.hub.services.authority import initialise
from vsdesk.hub.services.pupils import HubPupils
from vsdesk.hub.storage.store import HubStore, default_url
from vsdesk.kdf import TEST_KDF
from vsdesk.monitoring.compute import MonitoringReturn, Row
from vsdesk.monitoring.report import build_returns
from vsdesk.services.pupils import PupilService
from vsdesk.storage.pupil_repository import PupilRepository

AUTHORITY = "cardiff"
EMERGENCY_DAYS = 10
#: The hub's clock for the generation: the world's terms and meetings are around this day.
GENERATED_AT = datetime(2026, 11, 23, 12, tzinfo=UTC)


#: One worker builds the 300-pupil hub once for every test here (not once per worker).
pytestmark = pytest.mark.xdist_group("phase-measures")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[MonitoringReturn, list[Pupil]]:
    hub: HubStore = initialise(
        default_url(tmp_path_factory.mktemp("phase-hub")),
        name="Cardiff",
        country="wales",
        authority_id=AUTHORITY,
        passphrase=HUB_PASSPHRASE,
        kdf=TEST_KDF,
    )
    try:
        profile = default_profile(AUTHORITY, "Cardiff", "wales")
        timescales = replace(profile.timescales, emergency_initial_pep_school_days=EMERGENCY_DAYS)
        with hub.session() as session:
            PupilRepository(session).save_authority(replace(profile, timescales=timescales))
        HubPupils(hub, "cardiff:officer", clock=lambda: GENERATED_AT).generate(300, 21)
        pupils = PupilService(hub, "t").all()
        period = term_of(GENERATED_AT.date())
        return build_returns(hub, AUTHORITY, period).current, pupils
    finally:
        hub.close()


def period_plans(pupils: list[Pupil], period: str) -> list[tuple[Pupil, Plan]]:
    return [(p, plan) for p in pupils for plan in p.plans if plan.plan.term == period]


def assert_count(row: Row, expected: int, denominator: int | None = None) -> None:
    """A count from 1 to 4 is hidden; otherwise it is published as worked out here."""
    if 1 <= expected <= 4:
        assert row.numerator_hidden and row.suppressed
    else:
        assert row.numerator == expected and not row.numerator_hidden
        if denominator is not None and not row.denominator_hidden:
            assert row.denominator == denominator
            share = round(100 * expected / denominator, 1) if denominator else None
            assert row.value == share


def test_children_by_phase(world: tuple[MonitoringReturn, list[Pupil]]) -> None:
    result, pupils = world
    counts = {"early-years": 0, "school-age": 0, "post-16": 0}
    for pupil, plan in period_plans(pupils, result.period):
        counts[plan_phase(pupil.pupil, plan).phase.value] += 1
    assert sum(counts.values()) == 300 == result.row("IMPL-03").numerator
    assert all(n > 4 for n in counts.values())  # the generator's spread: none suppressed
    for phase, count in counts.items():
        assert_count(result.row("IMPL-03", f"phase:{phase}"), count)
    assert result.row("IMPL-03", "phase:unknown").numerator == 0


def test_post16_eet_and_neet(world: tuple[MonitoringReturn, list[Pupil]]) -> None:
    result, pupils = world
    statuses = [
        plan.post16.eet_status
        for pupil, plan in period_plans(pupils, result.period)
        if plan_phase(pupil.pupil, plan).phase.value == "post-16"
    ]
    neet = statuses.count("neet")
    assert None not in statuses and neet > 4
    assert_count(result.row("IMPA-10"), neet, len(statuses))
    assert_count(result.row("IMPA-09"), len(statuses) - neet, len(statuses))
    assert result.row("IMPA-09", "phase:school-age").denominator == 0


def test_circumstances_as_at_the_period_end(world: tuple[MonitoringReturn, list[Pupil]]) -> None:
    result, pupils = world
    end = term_end(result.period)
    reduced = provision = missing = past_review = 0
    for _, plan in period_plans(pupils, result.period):
        record = plan.alternative_provision
        running = record.started is not None and record.started <= end
        running = running and (record.ended is None or record.ended > end)
        if running and record.arrangement == "reduced-timetable":
            reduced += 1
            past_review += record.review_date is not None and record.review_date < end
        provision += running and record.arrangement == "alternative-provision"
        cme = plan.missing_education
        missing += cme.missing_since is not None and (cme.resolved_on or date.max) > end
    assert reduced > 4 and provision > 4 and missing >= 1
    assert_count(result.row("PRAC-12"), reduced, 300)
    assert_count(result.row("PRAC-13"), past_review, reduced)
    assert_count(result.row("PRAC-14"), provision, 300)
    assert_count(result.row("PRAC-15"), missing, 300)


def test_emergency_placements_initial_pep_by_the_authoritys_timescale(
    world: tuple[MonitoringReturn, list[Pupil]],
) -> None:
    result, pupils = world
    start_of_period = term_end(result.period.replace("autumn", "summer")) + timedelta(days=1)
    end = term_end(result.period)

    def on_time(school_days: int) -> tuple[int, int]:
        due = met = 0
        for pupil, _ in period_plans(pupils, result.period):
            identity = pupil.pupil
            if not identity.emergency_placement or identity.entered_care is None:
                continue
            start = max(d for d in (identity.entered_care, identity.joined_school) if d)
            deadline = add_open_days(start, school_days)
            if start_of_period <= deadline <= end:
                due += 1
                days = [m.date for p in pupil.plans for m in p.meetings.values() if m.date]
                met += any(start <= day <= deadline for day in days)
        return due, met

    due, met = on_time(EMERGENCY_DAYS)
    assert due > 4 and 0 < met < due  # the generator holds some on time, not all
    assert met < on_time(20)[1]  # so the return below shows the profile's timescale was used
    assert_count(result.row("PRAC-11"), met, due)
    assert result.period.endswith("autumn")
