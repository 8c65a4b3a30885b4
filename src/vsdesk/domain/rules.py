"""The rules a plan must keep; each failure names the field path, never the value.

They run on every save, from any entry point (CLI, window, sync), so a bad value cannot reach
the vault by a side door.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from vsdesk.domain.model import Plan, Pupil
from vsdesk.domain.profiles import AuthorityProfile
from vsdesk.domain.text_safety import unsafe_character
from vsdesk.domain.workflow import PlanStatus, check_quality_rating
from vsdesk.errors import ValidationError

SDQ_RANGE = (0, 40)
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
    if pupil.pupil.aln_status not in (None, *profile.aln_statuses):
        yield ValidationError(
            f"Use {profile.name}'s ALN terms: {', '.join(profile.aln_statuses)}.",
            "pupil.aln_status",
        )
    plan = pupil.current_plan
    if plan is not None:
        yield from plan_problems(plan, profile)


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


def plan_problems(plan: Plan, profile: AuthorityProfile) -> Iterator[ValidationError]:
    for field in dataclasses.fields(plan):
        if field.name != "id":
            yield from text_problems(getattr(plan, field.name), field.name)
    yield from _meetings(plan)
    yield from _attendance(plan)
    yield from _wellbeing(plan)
    yield from _targets(plan)
    yield from _funding(plan, profile)
    yield from _status(plan, profile)


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


def _status(plan: Plan, profile: AuthorityProfile) -> Iterator[ValidationError]:
    status = plan.plan.status
    past_ready = list(PlanStatus).index(status) >= list(PlanStatus).index(
        PlanStatus.READY_FOR_MEETING
    )
    if past_ready:
        for path in profile.required_for_meeting:
            section, _, name = path.partition(".")
            value = getattr(getattr(plan, section, None), name, None)
            if value in (None, ""):
                yield ValidationError(
                    f"{profile.name} requires this field before a plan is ready for a meeting.",
                    path,
                )
    try:
        check_quality_rating(plan.qa.rating, status, plan.qa.comments)
    except ValidationError as error:
        yield error
