"""Each phase's required fields and rules (issue 10), and the phase timescales: the
10-school-day emergency initial PEP, the Year 11 post-16 review, the reduced-timetable
review alert."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from vsdesk.domain.model import (
    AlternativeProvision,
    Attendance,
    DevelopmentArea,
    EarlyYears,
    Identity,
    Meeting,
    MissingEducation,
    Plan,
    PlanMeta,
    Post16,
    Pupil,
    Transition,
    Voice,
    Wellbeing,
)
from vsdesk.domain.profiles import ENGLAND, WALES, AuthorityProfile, Timescales
from vsdesk.domain.rules import problems
from vsdesk.domain.timescales import add_open_days, deadlines
from vsdesk.domain.workflow import PlanStatus

TERM = "2026-autumn"  # plans are read at 1 September 2026; no date here is compared with now
EARLY_YEARS_BORN = date(2022, 10, 1)  # Nursery in 2026/27
SCHOOL_AGE_BORN = date(2016, 10, 1)  # Year 4
POST16_BORN = date(2009, 12, 1)  # Year 12, 16 at the term's start
YEAR_11_BORN = date(2011, 1, 15)


def pupil(born: date, *, status: PlanStatus = PlanStatus.IN_PROGRESS, **sections: object) -> Pupil:
    plan = Plan(id="plan-1", plan=PlanMeta(term=TERM, status=status), **sections)  # type: ignore[arg-type]
    identity = Identity(given_name="Lowri", family_name="Bevan", date_of_birth=born)
    return Pupil(id="p-1", pupil=identity, plans=[plan])


def failing_paths(record: Pupil, profile: AuthorityProfile = WALES) -> list[str]:
    return [error.field or "" for error in problems(record, profile)]


def test_a_school_age_plan_keeps_the_profiles_list_before_a_meeting() -> None:
    ready = pupil(SCHOOL_AGE_BORN, status=PlanStatus.READY_FOR_MEETING)
    assert failing_paths(ready) == ["attendance.percent", "voice.pupil", "wellbeing.sdq_score"]
    filled = pupil(
        SCHOOL_AGE_BORN,
        status=PlanStatus.READY_FOR_MEETING,
        attendance=Attendance(percent=96.0),
        voice=Voice(pupil="I like art."),
        wellbeing=Wellbeing(sdq_score=12),
    )
    assert failing_paths(filled) == []


def test_an_early_years_plan_needs_its_setting_and_hours_not_attendance_or_sdq() -> None:
    ready = pupil(EARLY_YEARS_BORN, status=PlanStatus.READY_FOR_MEETING)
    assert failing_paths(ready) == [
        "early_years.setting",
        "early_years.setting_type",
        "early_years.funded_hours",
        "voice.carer",
    ]
    filled = pupil(
        EARLY_YEARS_BORN,
        status=PlanStatus.READY_FOR_MEETING,
        early_years=EarlyYears(setting="Cylch Meithrin", setting_type="nursery", funded_hours=15),
        voice=Voice(carer="She loves the sand tray."),
    )
    assert failing_paths(filled) == []


@pytest.mark.parametrize(
    ("status", "missing"),
    [
        ("education", ["post16.provider", "post16.provider_type", "post16.course"]),
        ("training", ["post16.provider", "post16.provider_type", "post16.course"]),
        ("employment", ["post16.provider"]),
        ("neet", ["post16.next_steps"]),
    ],
)
def test_a_post16_plan_needs_what_its_eet_status_implies(status: str, missing: list[str]) -> None:
    ready = pupil(
        POST16_BORN,
        status=PlanStatus.READY_FOR_MEETING,
        post16=Post16(eet_status=status, eet_since=date(2026, 9, 1)),
        voice=Voice(pupil="I want to be a mechanic."),
    )
    assert failing_paths(ready) == missing


def test_a_post16_plan_without_a_status_needs_one_and_not_school_attendance() -> None:
    ready = pupil(POST16_BORN, status=PlanStatus.READY_FOR_MEETING)
    assert failing_paths(ready) == ["post16.eet_status", "voice.pupil"]


def test_an_eet_status_needs_the_date_it_changed() -> None:
    record = pupil(POST16_BORN, post16=Post16(eet_status="neet"))
    assert failing_paths(record) == ["post16.eet_since"]


def test_provider_attendance_is_a_percentage() -> None:
    record = pupil(POST16_BORN, post16=Post16(attendance_percent=104.0))
    assert failing_paths(record) == ["post16.attendance_percent"]


def test_development_areas_are_the_countrys_own() -> None:
    welsh = pupil(
        EARLY_YEARS_BORN,
        early_years=EarlyYears(development={"belonging": DevelopmentArea(progress="on-track")}),
    )
    assert failing_paths(welsh, WALES) == []
    assert failing_paths(welsh, ENGLAND) == ["early_years.development.belonging"]
    english = pupil(
        EARLY_YEARS_BORN,
        early_years=EarlyYears(development={"literacy": DevelopmentArea(progress="exceeding")}),
    )
    assert failing_paths(english, ENGLAND) == []


def test_funded_hours_are_hours_a_week() -> None:
    record = pupil(EARLY_YEARS_BORN, early_years=EarlyYears(funded_hours=-1))
    assert failing_paths(record) == ["early_years.funded_hours"]


def test_a_reduced_timetable_needs_its_start_hours_and_review_date() -> None:
    bare = pupil(
        SCHOOL_AGE_BORN, alternative_provision=AlternativeProvision(arrangement="reduced-timetable")
    )
    assert failing_paths(bare) == [
        "alternative_provision.started",
        "alternative_provision.review_date",
        "alternative_provision.hours_per_week",
    ]
    backwards = pupil(
        SCHOOL_AGE_BORN,
        alternative_provision=AlternativeProvision(
            arrangement="reduced-timetable",
            started=date(2026, 9, 10),
            review_date=date(2026, 9, 1),
            hours_per_week=12.5,
        ),
    )
    assert failing_paths(backwards) == ["alternative_provision.review_date"]
    provision = pupil(
        SCHOOL_AGE_BORN,
        alternative_provision=AlternativeProvision(
            arrangement="alternative-provision", started=date(2026, 9, 10)
        ),
    )
    assert failing_paths(provision) == []


def test_a_child_missing_education_needs_actions_and_ordered_dates() -> None:
    record = pupil(
        SCHOOL_AGE_BORN,
        missing_education=MissingEducation(
            missing_since=date(2026, 10, 5), reported_on=date(2026, 10, 1)
        ),
    )
    assert failing_paths(record) == ["missing_education.actions", "missing_education.reported_on"]


def test_the_out_of_year_group_offset_is_at_most_two() -> None:
    record = pupil(SCHOOL_AGE_BORN)
    record.pupil.year_group_offset = 3
    assert failing_paths(record) == ["pupil.year_group_offset"]


# --- timescales --------------------------------------------------------------------------

EMERGENCY = dataclasses.replace(WALES, timescales=Timescales(emergency_initial_pep_school_days=10))


def entered(on: date, emergency: bool, meetings: tuple[date, ...] = ()) -> Pupil:
    record = pupil(
        SCHOOL_AGE_BORN, meetings={f"m-{i}": Meeting(date=day) for i, day in enumerate(meetings)}
    )
    record.pupil.entered_care = on
    record.pupil.emergency_placement = emergency
    return record


def initial(record: Pupil, profile: AuthorityProfile, today: date):  # type: ignore[no-untyped-def]
    return next(d for d in deadlines(record, profile, today) if d.kind == "initial-pep")


def test_an_emergency_placement_has_its_initial_pep_within_10_school_days() -> None:
    start = date(2026, 9, 7)  # a Monday
    today = date(2026, 9, 25)
    emergency = initial(entered(start, True), EMERGENCY, today)
    assert emergency.due == add_open_days(start, 10) == date(2026, 9, 21)
    assert emergency.overdue
    planned = initial(entered(start, False), EMERGENCY, today)
    assert planned.due == add_open_days(start, 20) and not planned.overdue
    # A profile without the emergency rule keeps 20 school days for every placement.
    assert initial(entered(start, True), WALES, today).due == add_open_days(start, 20)
    held = initial(entered(start, True, (date(2026, 9, 18),)), EMERGENCY, today)
    assert held.met and not held.overdue


def test_year_11_needs_a_post16_review_with_a_destination_by_the_summer() -> None:
    record = pupil(YEAR_11_BORN)
    spring = date(2027, 2, 1)
    found = {d.kind: d for d in deadlines(record, WALES, spring)}
    review = found["post-16-review"]
    assert review.due == date(2027, 7, 20) and not review.met and not review.overdue
    assert {d.kind: d for d in deadlines(record, WALES, date(2027, 7, 21))}[
        "post-16-review"
    ].overdue
    record.plans[0].meetings = {"m-1": Meeting(date=date(2027, 3, 3))}
    record.plans[0].transition = Transition(moving_to="Coleg Gwent, Level 2 engineering")
    assert {d.kind: d for d in deadlines(record, WALES, spring.replace(month=4))}[
        "post-16-review"
    ].met
    # Only Year 11 has it.
    assert "post-16-review" not in {
        d.kind for d in deadlines(pupil(SCHOOL_AGE_BORN), WALES, spring)
    }


def test_a_reduced_timetable_past_its_review_date_is_flagged_until_it_ends() -> None:
    arrangement = AlternativeProvision(
        arrangement="reduced-timetable",
        started=date(2026, 9, 7),
        review_date=date(2026, 10, 9),
        hours_per_week=15.0,
    )
    record = pupil(SCHOOL_AGE_BORN, alternative_provision=arrangement)

    def review(today: date):  # type: ignore[no-untyped-def]
        return next(
            (d for d in deadlines(record, WALES, today) if d.kind == "reduced-timetable-review"),
            None,
        )

    assert not review(date(2026, 10, 9)).overdue  # type: ignore[union-attr]
    assert review(date(2026, 10, 12)).overdue  # type: ignore[union-attr]
    arrangement.ended = date(2026, 10, 16)
    assert review(date(2026, 10, 12)).overdue  # type: ignore[union-attr]
    assert review(date(2026, 10, 19)) is None
