"""The PEP workflow as the authorities' own systems run it, and the moves it allows.

Forward moves go one step at a time so that no plan reaches the Virtual School without having
been ready for a meeting; any move back needs a reason, because a plan sent back (most often a
red quality-assurance rating) must tell the school what to mend.
"""

from __future__ import annotations

from enum import StrEnum

from vsdesk.errors import ValidationError


class PlanStatus(StrEnum):
    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    READY_FOR_MEETING = "ready-for-meeting"
    SUBMITTED = "submitted"
    QUALITY_ASSURED = "quality-assured"


ORDER: tuple[PlanStatus, ...] = tuple(PlanStatus)


def check_move(current: PlanStatus, new: PlanStatus, reason: str | None) -> None:
    """Raise ValidationError unless ``current → new`` is an allowed move."""
    if new == current:
        return
    step = ORDER.index(new) - ORDER.index(current)
    if step == 1:
        return
    if step > 1:
        raise ValidationError(
            f"A plan moves forward one step at a time: from '{current}' the next step is "
            f"'{ORDER[ORDER.index(current) + 1]}'.",
            field="plan.status",
        )
    if not (reason and reason.strip()):
        raise ValidationError(
            "Moving a plan back needs a reason (plan.status_reason).", field="plan.status_reason"
        )


def check_quality_rating(rating: str | None, status: PlanStatus, reason: str | None) -> None:
    """A red rating sends the plan back, so it must say why (DESIGN §3)."""
    if rating == "red" and not (reason and reason.strip()):
        raise ValidationError(
            "A red quality-assurance rating needs a reason for the school (qa.comments).",
            field="qa.comments",
        )
    if rating and status not in (PlanStatus.SUBMITTED, PlanStatus.QUALITY_ASSURED):
        raise ValidationError("Only a submitted plan can be quality-assured.", field="qa.rating")
