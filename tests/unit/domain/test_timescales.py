from __future__ import annotations

from datetime import date

from vsdesk.domain.model import Identity, Meeting, Plan, PlanMeta, Pupil, Wellbeing
from vsdesk.domain.profiles import ENGLAND, WALES
from vsdesk.domain.timescales import add_open_days, deadlines, overdue


def test_open_days_skip_weekends_and_closures() -> None:
    friday = date(2026, 11, 20)
    assert add_open_days(friday, 1) == date(2026, 11, 23)
    assert add_open_days(friday, 5) == date(2026, 11, 27)
    assert add_open_days(friday, 1, closed={date(2026, 11, 23)}) == date(2026, 11, 24)


def pupil_with(meetings: list[date], **identity: object) -> Pupil:
    plan = Plan(
        id="plan-1",
        plan=PlanMeta(term="2026-autumn"),
        meetings={f"m-{i}": Meeting(date=d) for i, d in enumerate(meetings)},
        wellbeing=Wellbeing(sdq_score=10, sdq_date=date(2026, 9, 10)),
    )
    return Pupil(
        id="p-1", pupil=Identity(given_name="A", family_name="B", **identity), plans=[plan]
    )  # type: ignore[arg-type]


def by_kind(pupil: Pupil, today: date, profile=WALES):  # type: ignore[no-untyped-def]
    return {d.kind: d for d in deadlines(pupil, profile, today)}


def test_initial_pep_is_due_within_20_school_days_of_entering_care() -> None:
    entered = date(2026, 9, 1)  # a Tuesday
    found = by_kind(pupil_with([], entered_care=entered), today=date(2026, 10, 20))
    assert found["initial-pep"].due == date(2026, 9, 29)
    assert found["initial-pep"].overdue
    met = by_kind(pupil_with([date(2026, 9, 25)], entered_care=entered), date(2026, 10, 20))
    assert met["initial-pep"].met and not met["initial-pep"].overdue


def test_a_late_initial_pep_is_met_and_no_longer_overdue_but_a_planned_one_is_not() -> None:
    entered = date(2026, 9, 1)
    late = by_kind(pupil_with([date(2026, 10, 9)], entered_care=entered), date(2026, 10, 20))
    assert late["initial-pep"].met and not late["initial-pep"].overdue
    planned = by_kind(pupil_with([date(2026, 11, 3)], entered_care=entered), date(2026, 10, 20))
    assert planned["initial-pep"].overdue  # a meeting in the diary is not a meeting held
    before = by_kind(pupil_with([date(2026, 8, 3)], entered_care=entered), date(2026, 10, 20))
    assert before["initial-pep"].overdue  # a meeting before entering care does not count


def test_significant_change_needs_a_new_pep_within_10_working_days() -> None:
    found = by_kind(
        pupil_with([], last_significant_change=date(2026, 11, 2)), today=date(2026, 11, 10)
    )
    assert found["significant-change"].due == date(2026, 11, 16)
    assert not found["significant-change"].overdue


def test_pep_goes_to_the_reviewing_officer_3_days_before_the_care_review() -> None:
    found = by_kind(pupil_with([], care_review=date(2026, 12, 10)), today=date(2026, 12, 8))
    assert found["care-review"].due == date(2026, 12, 7)
    assert found["care-review"].overdue


def test_termly_review_overdue_when_no_meeting_for_a_term() -> None:
    found = by_kind(pupil_with([date(2026, 3, 1)]), today=date(2026, 11, 23))
    assert found["termly-review"].overdue


def test_sdq_is_annual_for_ages_4_to_16() -> None:
    young = pupil_with([], date_of_birth=date(2023, 1, 1))
    assert "sdq" not in by_kind(young, date(2026, 11, 23))
    pupil = pupil_with([], date_of_birth=date(2014, 1, 1))
    assert by_kind(pupil, date(2027, 9, 11))["sdq"].overdue
    assert not by_kind(pupil, date(2027, 9, 9))["sdq"].overdue


def test_england_profile_asks_for_sdq_to_17() -> None:
    seventeen = pupil_with([], date_of_birth=date(2009, 6, 1))
    assert "sdq" not in by_kind(seventeen, date(2026, 11, 23), WALES)
    assert "sdq" in by_kind(seventeen, date(2026, 11, 23), ENGLAND)


def test_overdue_lists_only_missed_deadlines() -> None:
    pupil = pupil_with([], care_review=date(2027, 3, 1), entered_care=date(2026, 1, 5))
    assert [d.kind for d in overdue(pupil, WALES, date(2026, 11, 23))] == ["initial-pep"]
