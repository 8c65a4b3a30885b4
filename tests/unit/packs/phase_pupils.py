"""Pupils of each phase, built from the model for the pack tests (and the docs' renders).

Every date is derived from the test date passed in (the pack is given the same date as its
meeting and printing time), never from the wall clock. Everyone is fictional; the Welsh
names carry ŵ, ŷ and â so a font fault shows as a missing letter.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from vsdesk.domain.frameworks import area_ids
from vsdesk.domain.model import (
    AlternativeProvision,
    Attendance,
    DevelopmentArea,
    EarlyYears,
    Identity,
    MissingEducation,
    Plan,
    PlanMeta,
    Post16,
    Pupil,
    SubjectAttainment,
    Transition,
    Voice,
)
from vsdesk.domain.profiles import AuthorityProfile
from vsdesk.domain.school_calendar import next_school_day, school_year_start, year_group_for
from vsdesk.domain.terms import term_of

#: Words recorded in a section the phase does not use: they must never reach the pack.
HIDDEN_SUBJECT = "Astronomy"
HIDDEN_GRADE = "7"


def meeting_on(today: date) -> date:
    """A school day a week after ``today``: the meeting every test pack is printed for."""
    return next_school_day(today + timedelta(days=7))


def born_in_year(today: date, year_group: int, month: int = 1, day: int = 15) -> date:
    """A date of birth that puts the child in ``year_group`` in ``today``'s school year."""
    school_year = school_year_start(today)
    born = date(school_year - 5 - year_group + 1, month, day)
    assert year_group_for(born, school_year) == year_group, "test date of birth is off"
    return born


def _plan(today: date, **sections: object) -> Plan:
    plan = Plan(
        id="plan-now",
        plan=PlanMeta(term=term_of(today), next_meeting=meeting_on(today)),
        voice=Voice(pupil="I like the sand tray.", carer="Settling well."),
        # recorded in an earlier phase or by mistake: kept, never printed in these phases
        attainment={"s1": SubjectAttainment(HIDDEN_SUBJECT, HIDDEN_GRADE, "6", "8", "")},
    )
    return replace(plan, **sections)  # type: ignore[arg-type]


def early_years_child(today: date, profile: AuthorityProfile) -> Pupil:
    """Elin Ŵyn, in Reception, with a development record for every area of the profile's
    country; placed in an emergency a month ago, with no PEP meeting held since."""
    areas = area_ids(profile.country)
    progress = ("on-track", "not-on-track", "exceeding", "on-track", "on-track", "on-track")
    development = {
        area: DevelopmentArea(progress[i % len(progress)], f"Notes for area {i + 1}.")
        for i, area in enumerate(areas)
    }
    born = born_in_year(today, 0)
    identity = Identity(
        given_name="Elin",
        family_name="Ŵyn",
        date_of_birth=born,
        home_authority=profile.id,
        school="Ysgol Gynradd Tŷ Gwyn",
        year_group=0,
        legal_status="interim-care-order",
        placement_type="foster",
        entered_care=today - timedelta(days=30),
        emergency_placement=True,
        first_language="welsh",
    )
    plan = _plan(
        today,
        attendance=Attendance(percent=96.0),
        early_years=EarlyYears(
            setting="Meithrinfa'r Dôl",
            setting_type="school-nursery",
            funded_hours=10,
            funded_hours_entitled=15,
            development=development,
            early_years_funding="claimed",
            speech_language="referred",
            speech_language_notes="Waiting for a speech and language therapy assessment.",
        ),
        transition=Transition(
            moving_to="Ysgol Gynradd Tŷ Gwyn, Year 1",
            move_date=date(school_year_start(today) + 1, 9, 3),
            support="Two visits to the Year 1 class with her carer.",
        ),
    )
    return Pupil(id="p-early", pupil=identity, plans=[plan])


def neet_seventeen(today: date, profile: AuthorityProfile) -> Pupil:
    """Jac Prŷs, 17, in Year 13 by age, NEET since he left college six weeks ago."""
    born = born_in_year(today, 13, month=3, day=10)
    identity = Identity(
        given_name="Jac",
        family_name="Prŷs",
        date_of_birth=born,
        home_authority=profile.id,
        school="",
        year_group=13,
        legal_status="care-order",
        placement_type="independent",
        first_language="english",
    )
    plan = _plan(
        today,
        voice=Voice(
            pupil="I want to work on cars, not sit in a classroom.",
            carer="Personal adviser: keen, but the bus fare is a barrier.",
        ),
        attendance=Attendance(percent=62.0, sessions_missed=70, sessions_possible=184),
        post16=Post16(
            provider="Harbourside College",
            provider_type="college",
            course="Motor vehicle maintenance",
            level="2",
            qualifications="Level 2 Diploma in Light Vehicle Maintenance",
            eet_status="neet",
            eet_since=today - timedelta(days=42),
            bursary="applied",
            careers_guidance="Careers adviser met Jac twice; interested in an apprenticeship.",
            next_steps="Apply for the January start of a traineeship.",
            pathway_plan_education="Back into learning by January; bursary to cover travel.",
            attendance_percent=71.5,
            attendance_basis="timetabled hours",
            attendance_reported_on=today - timedelta(days=45),
        ),
    )
    return Pupil(id="p-neet", pupil=identity, plans=[plan])


def reduced_timetable_year_11(today: date, profile: AuthorityProfile) -> Pupil:
    """Year 11, educated a year below their age group, on a reduced timetable whose review
    date has passed, missing education for a spell still open, and no post-16 review yet."""
    born = born_in_year(today, 12)  # a year older than the Year 11 cohort
    identity = Identity(
        given_name="Nia",
        family_name="Llwyd",
        date_of_birth=born,
        home_authority=profile.id,
        school="Ysgol y Bryn",
        year_group=12,  # the record's year group follows the date of birth
        year_group_offset=-1,
        legal_status="care-order",
        placement_type="residential",
        first_language="english",
    )
    plan = _plan(
        today,
        attendance=Attendance(percent=91.0),
        alternative_provision=AlternativeProvision(
            arrangement="reduced-timetable",
            hours_per_week=12,
            started=today - timedelta(days=60),
            review_date=today - timedelta(days=10),
            reason="Anxiety about the full school day after a placement move.",
            plan_to_return="Add a morning a fortnight from the next review.",
        ),
        missing_education=MissingEducation(
            missing_since=today - timedelta(days=20),
            reported_on=today - timedelta(days=18),
            actions="Home visits by the education welfare officer.",
        ),
    )
    return Pupil(id="p-rt", pupil=identity, plans=[plan])
