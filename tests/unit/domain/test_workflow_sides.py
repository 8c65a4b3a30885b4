"""Which status steps the workflow gives the school, and that local edits follow them."""

from __future__ import annotations

import pytest

from vsdesk.domain.meta import Owner
from vsdesk.domain.workflow import (
    AUTHORITY_ONLY,
    SCHOOL_STATUSES,
    PlanStatus,
    check_move,
    school_may_move,
)
from vsdesk.errors import ValidationError

S = PlanStatus


def test_only_the_authority_assures_a_plan() -> None:
    assert {S.QUALITY_ASSURED} == AUTHORITY_ONLY
    assert S.QUALITY_ASSURED not in SCHOOL_STATUSES
    assert SCHOOL_STATUSES == (S.NOT_STARTED, S.IN_PROGRESS, S.READY_FOR_MEETING, S.SUBMITTED)


@pytest.mark.parametrize(
    ("current", "new", "allowed"),
    [
        (S.NOT_STARTED, S.IN_PROGRESS, True),
        (S.READY_FOR_MEETING, S.SUBMITTED, True),
        (S.SUBMITTED, S.NOT_STARTED, True),
        (S.SUBMITTED, S.SUBMITTED, True),
        (S.IN_PROGRESS, S.SUBMITTED, False),
        (S.SUBMITTED, S.QUALITY_ASSURED, False),
        (S.QUALITY_ASSURED, S.IN_PROGRESS, False),
        (S.QUALITY_ASSURED, S.QUALITY_ASSURED, True),
    ],
)
def test_school_steps(current: PlanStatus, new: PlanStatus, allowed: bool) -> None:
    assert school_may_move(current, new) is allowed


def test_a_school_edit_cannot_assure_but_the_authority_can() -> None:
    with pytest.raises(ValidationError) as caught:
        check_move(S.SUBMITTED, S.QUALITY_ASSURED, None, Owner.SCHOOL)
    assert caught.value.field == "plan.status"
    check_move(S.SUBMITTED, S.QUALITY_ASSURED, None, Owner.AUTHORITY)
    check_move(S.QUALITY_ASSURED, S.IN_PROGRESS, "Red: targets are not SMART", Owner.AUTHORITY)
    with pytest.raises(ValidationError):
        check_move(S.QUALITY_ASSURED, S.IN_PROGRESS, "Reopened", Owner.SCHOOL)
