"""Demo pupils in the early-years and post-16 phases, for ``make screenshots``.

The screenshots show the plan editor of an early-years and of a post-16 pupil. When the demo
world has none (its generator may make only school-age pupils), one of its fictional pupils
is moved into the phase in the screenshots' throwaway copy of the world: born so that their
current plan's term falls in the year group, the phase's sections filled with fictional
content through the ordinary edit service. Nothing is logged for sync.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from vsdesk.domain.frameworks import area_ids
from vsdesk.domain.model import Attendance, EarlyYears, Post16, Pupil
from vsdesk.domain.phases import Phase, plan_phase, term_start
from vsdesk.domain.school_calendar import school_year_start
from vsdesk.domain.workflow import PlanStatus
from vsdesk.services.pupils import PupilService

#: The year group a made-up pupil of each phase is put in: Nursery, Year 12.
YEAR_GROUPS = {Phase.EARLY_YEARS: -1, Phase.POST_16: 12}


def pupil_in_phase(service: PupilService, phase: Phase) -> str:
    """A demo pupil whose current plan is in ``phase``: an existing one, else one moved."""
    pupils = sorted(service.all(), key=lambda p: p.id)
    for pupil in pupils:
        plan = pupil.current_plan
        if plan is not None and plan_phase(pupil.pupil, plan).phase is phase:
            return pupil.id
    taken = {Phase.EARLY_YEARS: 0, Phase.POST_16: 1}[phase]
    pupil = [p for p in pupils if p.current_plan is not None][taken]
    _move(service, pupil, YEAR_GROUPS[phase])
    service.edit(pupil.id, _content(service, pupil, phase))
    return pupil.id


def _move(service: PupilService, pupil: Pupil, year_group: int) -> None:
    plan = pupil.current_plan
    assert plan is not None
    school_year = school_year_start(term_start(plan.plan.term))
    pupil.pupil = replace(
        pupil.pupil,
        date_of_birth=date(school_year - year_group - 5, 10, 12),
        year_group=year_group,
        year_group_offset=0,
    )
    plan.attainment, plan.early_years, plan.post16 = {}, EarlyYears(), Post16()
    if year_group >= 12:
        plan.attendance = Attendance()
    plan.plan.status = PlanStatus.IN_PROGRESS
    service.add([pupil])


def _content(service: PupilService, pupil: Pupil, phase: Phase) -> dict[str, Any]:
    plan = pupil.current_plan
    assert plan is not None
    since = term_start(plan.plan.term).isoformat()
    if phase is Phase.EARLY_YEARS:
        areas = area_ids(service.profile_for(pupil).country)
        progress = ("on-track", "not-on-track", "on-track", "exceeding", "on-track")
        notes = ("Settles quickly with the key person.", "Uses two-word phrases; loves songs.")
        content: dict[str, Any] = {
            "early_years.setting": "Meithrinfa Seren Fach",
            "early_years.setting_type": "nursery",
            "early_years.funded_hours": 12.5,
            "early_years.funded_hours_entitled": 15.0,
            "early_years.early_years_funding": "claimed",
            "early_years.speech_language": "monitoring",
            "early_years.speech_language_notes": "Speech and language screen at the setting.",
        }
        for index, area in enumerate(areas[:4]):
            content[f"early_years.development.{area}.progress"] = progress[index]
            if index < len(notes):
                content[f"early_years.development.{area}.notes"] = notes[index]
        return content
    return {
        "post16.provider": "Coleg Bro Afon",
        "post16.provider_type": "college",
        "post16.course": "Level 3 Extended Diploma in Sport",
        "post16.level": "3",
        "post16.eet_status": "education",
        "post16.eet_since": since,
        "post16.bursary": "receiving",
        "post16.careers_guidance": "Met the Careers Wales adviser in October.",
        "post16.next_steps": "University open days in the spring term.",
        "post16.attendance_percent": 91.0,
        "post16.attendance_basis": "timetabled hours",
        "post16.attendance_reported_on": since,
    }
