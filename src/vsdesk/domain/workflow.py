"""The PEP workflow as the authorities' own systems run it, and the moves it allows.

Forward moves go one step at a time so that no plan reaches the Virtual School without having
been ready for a meeting; any move back needs a reason, because a plan sent back (most often a
red quality-assurance rating) must tell the school what to mend.
"""

from __future__ import annotations

from enum import StrEnum

from vsdesk.domain.meta import Owner
from vsdesk.errors import ValidationError


class PlanStatus(StrEnum):
    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    READY_FOR_MEETING = "ready-for-meeting"
    SUBMITTED = "submitted"
    QUALITY_ASSURED = "quality-assured"


ORDER: tuple[PlanStatus, ...] = tuple(PlanStatus)
#: Statuses only the Virtual School gives: the school submits, the authority assures. A
#: plan in one of them can be moved (sent back) only by the authority.
AUTHORITY_ONLY: frozenset[PlanStatus] = frozenset({PlanStatus.QUALITY_ASSURED})
#: What a school may set: the rest, in the order it works through them.
SCHOOL_STATUSES: tuple[PlanStatus, ...] = tuple(s for s in ORDER if s not in AUTHORITY_ONLY)


def school_may_move(current: PlanStatus, new: PlanStatus) -> bool:
    """The steps the workflow gives the school: forward one step, or back, among its own.

    The same answer decides a teacher's edit and a device's change received at the hub, so
    an honest device never sends a move its hub would refuse. (A move back also needs a
    reason, a rule of the PEP that :func:`check_move` applies to edits.)
    """
    if current == new:
        return True
    if current in AUTHORITY_ONLY or new in AUTHORITY_ONLY:
        return False
    return ORDER.index(new) - ORDER.index(current) <= 1


def check_move(
    current: PlanStatus, new: PlanStatus, reason: str | None, side: Owner = Owner.AUTHORITY
) -> None:
    """Raise ValidationError unless ``current → new`` is an allowed move for ``side``."""
    if new == current:
        return
    if side is not Owner.AUTHORITY and (current in AUTHORITY_ONLY or new in AUTHORITY_ONLY):
        raise ValidationError(
            "Only the Virtual School can mark a plan quality-assured or move it on from there.",
            field="plan.status",
        )
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
