"""Pupils in a chosen phase, for tests.

- :func:`pupil_in_year` rewrites a demo pupil through the services into a chosen year group
  (the editor's phase tests need an early-years or post-16 child). The date of birth is
  derived from the pupil's own current plan term (a plan is read at the start of its term),
  so no calendar date is written into a test.
- :func:`school_age_first` orders generated pupils for tests that edit school-age sections:
  the generator's world has early-years and post-16 children too (about 30 %), whose plans
  have no subject attainment or no school attendance section, and an edit there is refused.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from vsdesk.domain.model import (
    AlternativeProvision,
    Attendance,
    EarlyYears,
    MissingEducation,
    Post16,
    Pupil,
)
from vsdesk.domain.phases import Phase, plan_phase, term_start
from vsdesk.domain.school_calendar import school_year_start
from vsdesk.domain.workflow import PlanStatus
from vsdesk.services.pupils import PupilService
from vsdesk.storage.store import Store


def born_for(year_group: int, school_year: int) -> date:
    """A birthday that puts a child in ``year_group`` in the school year starting in
    September of ``school_year`` (mid-September, well clear of the cut-off)."""
    return date(school_year - year_group - 5, 9, 15)


def pupil_in_year(
    service: PupilService, year_group: int, country: str, offset: int = 0, skip: int = 0
) -> str:
    """Rewrite a demo pupil of ``country`` (the ``skip``-th) so their current plan is in
    ``year_group`` (``offset`` years out of their age group); returns their id.

    The phase-specific and circumstance sections start empty and the plan in progress, as a
    new plan would.
    """
    pupils = [
        p
        for p in sorted(service.all(), key=lambda p: p.id)
        if p.current_plan is not None and service.profile_for(p).country == country
    ]
    pupil: Pupil = pupils[skip]
    plan = pupil.current_plan
    assert plan is not None
    school_year = school_year_start(term_start(plan.plan.term))
    pupil.pupil = replace(
        pupil.pupil,
        date_of_birth=born_for(year_group - offset, school_year),
        year_group=year_group,
        year_group_offset=offset,
    )
    plan.attainment = {}
    plan.early_years = EarlyYears()
    plan.post16 = Post16()
    plan.alternative_provision = AlternativeProvision()
    plan.missing_education = MissingEducation()
    if year_group >= 12:
        plan.attendance = Attendance()
    plan.plan.status = PlanStatus.IN_PROGRESS
    service.add([pupil])
    return pupil.id


def is_school_age(pupil: Pupil) -> bool:
    plan = pupil.current_plan
    return plan is not None and plan_phase(pupil.pupil, plan).phase is Phase.SCHOOL_AGE


def school_age_first(store: Store) -> list[str]:
    """Every pupil id: the school-age ones sorted, then the others sorted."""
    pupils = PupilService(store, "tests").all()
    return [p.id for p in sorted(pupils, key=lambda p: (not is_school_age(p), p.id))]
