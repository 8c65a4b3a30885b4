"""The rules a plan must keep; each failure names the field path, never the value.

They run on every save, from any entry point (CLI, window, sync), so a bad value cannot reach
the vault by a side door.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from vsdesk.domain.frameworks import area_ids
from vsdesk.domain.model import Plan, Pupil
from vsdesk.domain.phases import (
    Phase,
    PhaseReading,
    check_year_group_offset,
    plan_phase,
)
from vsdesk.domain.profiles import AuthorityProfile
from vsdesk.domain.text_safety import unsafe_character
from vsdesk.domain.workflow import PlanStatus, check_quality_rating
from vsdesk.errors import ValidationError

SDQ_RANGE = (0, 40)
MAX_WEEKLY_HOURS = 60.0  # funded childcare and timetabled hours, with room to spare
#: A post-16 plan in education or training must say where and what; in employment, where.
POST16_BY_STATUS: dict[str, tuple[str, ...]] = {
    "education": ("post16.provider", "post16.provider_type", "post16.course"),
    "training": ("post16.provider", "post16.provider_type", "post16.course"),
    "employment": ("post16.provider",),
    "neet": ("post16.next_steps",),
}
TIME_OF_DAY = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")


def validate_pupil(pupil: Pupil, profile: AuthorityProfile) -> None:
    """Raise the first ValidationError found in the pupil's record."""
    for error in problems(pupil, profile):
        raise error


def problems(pupil: Pupil, profile: AuthorityProfile) -> Iterator[ValidationError]:
    """Every rule broken by the record, for forms that show them all at once."""
    yield from text_problems(pupil.pupil, "pupil")
    yield from text_problems(pupil.safeguarding, "safeguarding")
    if not pupil.pupil.given_name.strip() or not pupil.pupil.family_name.strip():
        yield ValidationError("A pupil needs a given name and a family name.", "pupil.given_name")
    try:
        check_year_group_offset(pupil.pupil.year_group_offset)
    except ValidationError as error:
        yield error
    if pupil.pupil.aln_status not in (None, *profile.aln_statuses):
        yield ValidationError(
            f"Use {profile.name}'s ALN terms: {', '.join(profile.aln_statuses)}.",
            "pupil.aln_status",
        )
    plan = pupil.current_plan
    if plan is not None:
        yield from plan_problems(plan, profile, plan_phase(pupil.pupil, plan))


def text_problems(record: Any, path: str) -> Iterator[ValidationError]:
    """Control characters anywhere (newline and tab only in free text) and text-direction
    controls outside free text: see :mod:`vsdesk.domain.text_safety`."""
    if isinstance(record, dict):
        for key, item in record.items():
            yield from text_problems(item, f"{path}.{key}")
        return
    for field in dataclasses.fields(record):
        value, where = getattr(record, field.name), f"{path}.{field.name}"
        if isinstance(value, str):
            found = unsafe_character(value, free_text=field.metadata.get("text", False))
            if found is not None:
                yield ValidationError(f"'{where}' contains {found}; type it again.", where)
        elif dataclasses.is_dataclass(value) or isinstance(value, dict):
            yield from text_problems(value, where)


def plan_problems(
    plan: Plan, profile: AuthorityProfile, reading: PhaseReading | None = None
) -> Iterator[ValidationError]:
    """``reading`` is the plan's phase (:func:`vsdesk.domain.phases.plan_phase`); without
    one the plan is checked as a school-age plan."""
    phase = reading.phase if reading is not None else Phase.SCHOOL_AGE
    for field in dataclasses.fields(plan):
        if field.name != "id":
            yield from text_problems(getattr(plan, field.name), field.name)
    yield from _meetings(plan)
    yield from _attendance(plan)
    yield from _wellbeing(plan)
    yield from _targets(plan)
    yield from _funding(plan, profile)
    yield from _early_years(plan, profile)
    yield from _post16(plan)
    yield from _alternative_provision(plan)
    yield from _missing_education(plan)
    yield from _status(plan, profile, phase)


def _attendance(plan: Plan) -> Iterator[ValidationError]:
    attendance = plan.attendance
    if attendance.percent is not None and not 0 <= attendance.percent <= 100:
        yield ValidationError("Attendance is a percentage from 0 to 100.", "attendance.percent")
    for name in ("sessions_missed", "exclusions", "exclusion_days"):
        value = getattr(attendance, name)
        if value is not None and value < 0:
            yield ValidationError("This count cannot be negative.", f"attendance.{name}")
    if attendance.sessions_possible is not None and attendance.sessions_possible < 0:
        yield ValidationError("This count cannot be negative.", "attendance.sessions_possible")


def _meetings(plan: Plan) -> Iterator[ValidationError]:
    for key, meeting in plan.meetings.items():
        if meeting.time and not TIME_OF_DAY.match(meeting.time):
            yield ValidationError(
                "A meeting time is written HH:MM, e.g. 14:30.", f"meetings.{key}.time"
            )


def _wellbeing(plan: Plan) -> Iterator[ValidationError]:
    score = plan.wellbeing.sdq_score
    if score is not None and not SDQ_RANGE[0] <= score <= SDQ_RANGE[1]:
        yield ValidationError("An SDQ total difficulties score is 0 to 40.", "wellbeing.sdq_score")


def _targets(plan: Plan) -> Iterator[ValidationError]:
    """SMART: a target is only a target with a success measure, an owner and a due date."""
    for target_id, target in plan.targets.items():
        path = f"targets.{target_id}"
        if not target.description.strip():
            yield ValidationError("A target needs a description.", f"{path}.description")
        if not target.success_measure.strip():
            yield ValidationError(
                "A SMART target needs a success measure.", f"{path}.success_measure"
            )
        if not target.owner.strip():
            yield ValidationError("A SMART target needs an owner.", f"{path}.owner")
        if target.due is None:
            yield ValidationError("A SMART target needs a due date.", f"{path}.due")


def _funding(plan: Plan, profile: AuthorityProfile) -> Iterator[ValidationError]:
    for request_id, request in plan.funding.items():
        path = f"funding.{request_id}"
        if request.amount < 0:
            yield ValidationError("A funding request cannot be negative.", f"{path}.amount")
        if request.target_id and request.target_id not in plan.targets:
            yield ValidationError(
                "A funding request must link to a target of this plan.", f"{path}.target_id"
            )
        try:
            profile.check_funding(request.amount, f"{path}.amount")
        except ValidationError as error:
            yield error


def _early_years(plan: Plan, profile: AuthorityProfile) -> Iterator[ValidationError]:
    record = plan.early_years
    for name in ("funded_hours", "funded_hours_entitled"):
        hours = getattr(record, name)
        if hours is not None and not 0 <= hours <= MAX_WEEKLY_HOURS:
            yield ValidationError(
                f"Funded hours are hours a week, from 0 to {MAX_WEEKLY_HOURS:.0f}.",
                f"early_years.{name}",
            )
    known = area_ids(profile.country)
    for area in record.development:
        if area not in known:
            yield ValidationError(
                f"'{area}' is not an area of learning of the {profile.country.capitalize()} "
                f"early-years framework; use one of: {', '.join(known)}.",
                f"early_years.development.{area}",
            )


def _post16(plan: Plan) -> Iterator[ValidationError]:
    record = plan.post16
    percent = record.attendance_percent
    if percent is not None and not 0 <= percent <= 100:
        yield ValidationError(
            "Attendance is a percentage from 0 to 100.", "post16.attendance_percent"
        )
    if record.eet_status is not None and record.eet_since is None:
        yield ValidationError(
            "Give the date the education, employment or training status began.",
            "post16.eet_since",
        )


def _alternative_provision(plan: Plan) -> Iterator[ValidationError]:
    record, where = plan.alternative_provision, "alternative_provision"
    if record.hours_per_week is not None and not 0 <= record.hours_per_week <= MAX_WEEKLY_HOURS:
        yield ValidationError(
            f"Hours a week are from 0 to {MAX_WEEKLY_HOURS:.0f}.", f"{where}.hours_per_week"
        )
    if record.arrangement is None:
        return
    if record.started is None:
        yield ValidationError("Give the date the arrangement started.", f"{where}.started")
    if record.arrangement == "reduced-timetable":
        if record.review_date is None:
            yield ValidationError(
                "A reduced timetable needs a review date: it is a short-term measure.",
                f"{where}.review_date",
            )
        if record.hours_per_week is None:
            yield ValidationError(
                "Give the hours a week the reduced timetable allows.", f"{where}.hours_per_week"
            )
    yield from _not_before(record.started, record.review_date, f"{where}.review_date")
    yield from _not_before(record.started, record.ended, f"{where}.ended")


def _missing_education(plan: Plan) -> Iterator[ValidationError]:
    record, where = plan.missing_education, "missing_education"
    if record.missing_since is None:
        return
    if not record.actions.strip():
        yield ValidationError(
            "Record the actions taken for a child missing education.", f"{where}.actions"
        )
    yield from _not_before(record.missing_since, record.reported_on, f"{where}.reported_on")
    yield from _not_before(record.missing_since, record.resolved_on, f"{where}.resolved_on")


def _not_before(start: Any, end: Any, path: str) -> Iterator[ValidationError]:
    if start is not None and end is not None and end < start:
        yield ValidationError("This date is before the date the arrangement began.", path)


def required_for_meeting(plan: Plan, profile: AuthorityProfile, phase: Phase) -> tuple[str, ...]:
    """The fields a plan of ``phase`` needs before it is ready for a meeting."""
    if phase is Phase.EARLY_YEARS:
        return profile.required_for_meeting_early_years
    if phase is Phase.POST_16:
        status = plan.post16.eet_status
        extra = POST16_BY_STATUS.get(status, ()) if status else ()
        return profile.required_for_meeting_post16 + extra
    return profile.required_for_meeting


def _status(plan: Plan, profile: AuthorityProfile, phase: Phase) -> Iterator[ValidationError]:
    status = plan.plan.status
    past_ready = list(PlanStatus).index(status) >= list(PlanStatus).index(
        PlanStatus.READY_FOR_MEETING
    )
    if past_ready:
        for path in dict.fromkeys(required_for_meeting(plan, profile, phase)):
            section, _, name = path.partition(".")
            value = getattr(getattr(plan, section, None), name, None)
            if value in (None, "") or (isinstance(value, str) and not value.strip()):
                yield ValidationError(
                    f"{profile.name} requires this field before a plan is ready for a meeting.",
                    path,
                )
    try:
        check_quality_rating(plan.qa.rating, status, plan.qa.comments)
    except ValidationError as error:
        yield error
