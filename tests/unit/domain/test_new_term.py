"""Carrying a plan into a new term and, across 1 September, into a new phase (issue 10).

Pure domain: the dates here are facts of the records (birthdays, terms), never compared
with "now".
"""

from __future__ import annotations

import copy
from datetime import date

import pytest

from vsdesk.domain.model import (
    AlternativeProvision,
    Attendance,
    DevelopmentArea,
    EarlyYears,
    Identity,
    Intervention,
    MissingEducation,
    Plan,
    PlanMeta,
    Post16,
    Pupil,
    SubjectAttainment,
    Target,
    Voice,
)
from vsdesk.domain.new_term import TermNotLaterError, next_term_plan, year_group_in
from vsdesk.domain.phases import Phase, plan_phase
from vsdesk.domain.terms import next_term
from vsdesk.domain.workflow import PlanStatus
from vsdesk.errors import ValidationError

#: Year 11 in the school year 2026/27 (born in the 2010/11 cohort).
YEAR_11_BORN = date(2011, 5, 10)
#: Reception in 2026/27, so Year 1 from 1 September 2027.
RECEPTION_BORN = date(2022, 3, 14)


def target(outcome: str | None = None) -> Target:
    return Target(
        description="Read a chapter a week",
        success_measure="Reading log",
        owner="DT",
        due=date(2027, 7, 1),
        progress="amber",
        outcome=outcome,
    )


def school_plan(term: str) -> Plan:
    return Plan(
        id="plan-old",
        plan=PlanMeta(
            term=term,
            status=PlanStatus.QUALITY_ASSURED,
            next_meeting=date(2027, 6, 10),
            aln_summary="Small-group literacy support.",
        ),
        attendance=Attendance(percent=93.5, sessions_missed=9),
        attainment={
            "s-1": SubjectAttainment(
                subject="English", current="4", expected="5", target="6", scale="GCSE"
            )
        },
        voice=Voice(pupil="Rwy'n hoffi Cymraeg"),
        targets={"t-1": target(), "t-2": target("met")},
        interventions={"i-1": Intervention(what="Tutoring", who="TA", frequency="weekly")},
        post16=Post16(
            provider="Coleg y Cymoedd",
            provider_type="college",
            course="Level 3 Engineering",
            level="3",
            eet_status="education",
            eet_since=date(2027, 9, 6),
            careers_guidance="Careers Wales interview",
        ),
        alternative_provision=AlternativeProvision(
            arrangement="reduced-timetable",
            hours_per_week=15,
            started=date(2027, 4, 20),
            review_date=date(2027, 9, 30),
        ),
        missing_education=MissingEducation(
            missing_since=date(2027, 5, 1), actions="Referred to the EWO"
        ),
    )


def pupil(born: date, *plans: Plan, year_group: int | None = None) -> Pupil:
    identity = Identity(
        given_name="Gwen", family_name="Rowlands", date_of_birth=born, year_group=year_group
    )
    return Pupil(id="p-1", pupil=identity, plans=list(plans))


def test_a_year_11_pupil_opened_into_the_next_autumn_gets_a_post_16_plan() -> None:
    old = school_plan("2027-summer")
    leaver = pupil(YEAR_11_BORN, old)
    before = copy.deepcopy(leaver)

    new = next_term_plan(leaver, "2027-autumn", "plan-new")

    assert plan_phase(leaver.pupil, old).phase is Phase.SCHOOL_AGE
    assert plan_phase(leaver.pupil, new).phase is Phase.POST_16
    assert (new.id, new.plan.term, new.plan.status) == ("plan-new", "2027-autumn", "not-started")
    assert new.attainment == {}  # a post-16 plan has no Key Stage attainment table
    assert new.attendance == Attendance()  # post-16 attendance is the provider's, in post16
    assert new.post16.provider == "Coleg y Cymoedd"
    assert (new.post16.eet_status, new.post16.eet_since) == ("education", date(2027, 9, 6))
    assert new.post16.careers_guidance == ""  # written afresh each term
    assert list(new.targets) == ["t-1"] and new.targets["t-1"] == target()
    assert new.interventions == old.interventions
    assert new.plan.aln_summary == "Small-group literacy support."
    assert new.alternative_provision == old.alternative_provision
    assert new.missing_education == old.missing_education
    # …and nothing of the term just ended comes with it.
    assert new.voice == Voice() and new.plan.next_meeting is None and new.meetings == {}
    # The history is kept as it was: the old plan still has its attainment.
    assert leaver == before
    assert leaver.plans[0].attainment["s-1"].current == "4"


def test_an_early_years_child_moving_into_year_1_leaves_the_early_years_section_behind() -> None:
    old = Plan(
        id="plan-ey",
        plan=PlanMeta(term="2027-summer"),
        early_years=EarlyYears(
            setting="Meithrinfa'r Dderwen",
            setting_type="school-nursery",
            funded_hours=15,
            development={"belonging": DevelopmentArea(progress="on-track")},
        ),
        targets={"t-1": target()},
    )
    child = pupil(RECEPTION_BORN, old)
    assert plan_phase(child.pupil, old).phase is Phase.EARLY_YEARS

    new = next_term_plan(child, "2027-autumn", "plan-y1")

    assert plan_phase(child.pupil, new).phase is Phase.SCHOOL_AGE
    assert new.early_years == EarlyYears()
    assert new.attainment == {}  # in use now, to be filled in: early years recorded none
    assert list(new.targets) == ["t-1"]
    assert child.plans[0].early_years.development["belonging"].progress == "on-track"


def test_within_a_phase_the_lasting_details_come_forward() -> None:
    old = Plan(
        id="plan-ey",
        plan=PlanMeta(term="2026-autumn"),
        early_years=EarlyYears(
            setting="Meithrinfa'r Dderwen",
            setting_type="nursery",
            funded_hours=15,
            funded_hours_entitled=30,
            development={"belonging": DevelopmentArea(progress="on-track")},
            speech_language="monitoring",
        ),
    )
    new = next_term_plan(pupil(RECEPTION_BORN, old), "2027-spring", "plan-2")
    assert new.early_years == EarlyYears(
        setting="Meithrinfa'r Dderwen",
        setting_type="nursery",
        funded_hours=15,
        funded_hours_entitled=30,
    )


def test_a_school_age_plan_carries_its_subjects_with_the_current_grade_to_record() -> None:
    year_9 = pupil(date(2013, 1, 5), school_plan("2026-autumn"))
    new = next_term_plan(year_9, "2027-spring", "plan-2")
    assert new.attainment == {
        "s-1": SubjectAttainment(subject="English", current="", expected="5", target="6",
                                 scale="GCSE")
    }  # fmt: skip
    assert new.post16 == Post16()  # not a post-16 plan
    assert year_9.plans[0].attainment["s-1"].current == "4"


def test_ended_arrangements_and_resolved_records_stay_behind() -> None:
    old = school_plan("2026-autumn")
    old.alternative_provision.ended = date(2026, 11, 30)
    old.missing_education.resolved_on = date(2026, 10, 1)
    new = next_term_plan(pupil(date(2013, 1, 5), old), "2027-spring", "plan-2")
    assert new.alternative_provision == AlternativeProvision()
    assert new.missing_education == MissingEducation()


def test_carried_values_are_copies_not_shared_with_the_old_plan() -> None:
    old = school_plan("2026-autumn")
    new = next_term_plan(pupil(date(2013, 1, 5), old), "2027-spring", "plan-2")
    new.targets["t-1"].progress = "green"
    new.interventions["i-1"].who = "Mentor"
    assert (old.targets["t-1"].progress, old.interventions["i-1"].who) == ("amber", "TA")


@pytest.mark.parametrize("term", ["2026-autumn", "2026-summer"])
def test_a_term_not_after_the_current_plans_is_refused(term: str) -> None:
    with pytest.raises(TermNotLaterError) as caught:
        next_term_plan(pupil(date(2013, 1, 5), school_plan("2026-autumn")), term, "plan-2")
    assert "must come after the current plan's term (2026-autumn)" in caught.value.message
    assert caught.value.field == "plan.term"


def test_a_misspelt_term_is_refused_with_the_form_it_takes() -> None:
    with pytest.raises(ValidationError, match="written like 2026-autumn"):
        next_term_plan(pupil(date(2013, 1, 5)), "autumn-2027", "plan-1")


def test_a_pupil_with_no_plan_gets_a_fresh_one() -> None:
    new = next_term_plan(pupil(date(2013, 1, 5)), "2027-spring", "plan-1")
    assert new == Plan(id="plan-1", plan=PlanMeta(term="2027-spring"))


def test_the_year_group_moves_on_with_each_first_of_september() -> None:
    year_11 = pupil(YEAR_11_BORN, school_plan("2027-summer"), year_group=11)
    assert year_group_in(year_11, "2027-autumn") == 12
    assert year_group_in(year_11, "2028-summer") == 12
    assert year_group_in(year_11, "2028-autumn") == 13
    spring = pupil(YEAR_11_BORN, school_plan("2026-autumn"), year_group=11)
    assert year_group_in(spring, "2027-summer") == 11
    assert year_group_in(pupil(YEAR_11_BORN, year_group=11), "2027-autumn") == 11
    assert year_group_in(pupil(YEAR_11_BORN, school_plan("2026-autumn")), "2027-autumn") is None


@pytest.mark.parametrize(
    ("term", "after"),
    [
        ("2026-spring", "2026-summer"),
        ("2026-summer", "2026-autumn"),
        ("2026-autumn", "2027-spring"),
    ],
)
def test_next_term(term: str, after: str) -> None:
    assert next_term(term) == after
