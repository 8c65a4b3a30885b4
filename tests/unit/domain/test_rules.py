from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from vsdesk.domain.model import FundingRequest, Pupil, Target
from vsdesk.domain.profiles import ENGLAND, WALES
from vsdesk.domain.rules import problems, validate_pupil
from vsdesk.domain.workflow import PlanStatus, check_move
from vsdesk.errors import ValidationError
from vsdesk.services.synthetic import generate_pupils


@pytest.fixture
def pupil() -> Pupil:
    pupil = generate_pupils(1, seed=11)[0]
    pupil.pupil.home_authority = "cardiff"
    pupil.pupil.aln_status = "none"
    return pupil


def fields_broken(pupil: Pupil, profile=WALES) -> set[str | None]:  # type: ignore[no-untyped-def]
    return {error.field for error in problems(pupil, profile)}


def test_generated_pupil_is_valid(pupil: Pupil) -> None:
    validate_pupil(pupil, WALES)


@pytest.mark.parametrize("percent", [-0.1, 100.1, 250])
def test_attendance_outside_0_to_100_is_refused(pupil: Pupil, percent: float) -> None:
    pupil.plans[-1].attendance.percent = percent
    assert fields_broken(pupil) == {"attendance.percent"}


@pytest.mark.parametrize("percent", [0, 100, 87.5])
def test_attendance_inside_range_is_accepted(pupil: Pupil, percent: float) -> None:
    pupil.plans[-1].attendance.percent = percent
    assert fields_broken(pupil) == set()


@pytest.mark.parametrize(("score", "ok"), [(-1, False), (0, True), (40, True), (41, False)])
def test_sdq_total_is_0_to_40(pupil: Pupil, score: int, ok: bool) -> None:
    pupil.plans[-1].wellbeing.sdq_score = score
    assert (fields_broken(pupil) == set()) is ok


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"success_measure": ""}, "success_measure"),
        ({"owner": " "}, "owner"),
        ({"due": None}, "due"),
    ],
)
def test_smart_target_needs_measure_owner_and_due_date(
    pupil: Pupil, change: dict[str, object], field: str
) -> None:
    plan = pupil.plans[-1]
    plan.targets["t-new"] = dataclasses.replace(
        Target(description="Read daily", success_measure="Log", owner="DT", due=date(2027, 1, 1)),
        **change,
    )
    assert fields_broken(pupil) == {f"targets.t-new.{field}"}


def test_funding_must_match_the_authority_bands(pupil: Pupil) -> None:
    plan = pupil.plans[-1]
    plan.funding = {"f-9": FundingRequest(amount=450.0, target_id=next(iter(plan.targets)))}
    assert fields_broken(pupil, WALES) == {"funding.f-9.amount"}
    plan.funding["f-9"].amount = 400.0
    assert fields_broken(pupil, WALES) == set()
    assert fields_broken(pupil, ENGLAND) >= {"funding.f-9.amount"}


def test_funding_must_link_to_a_target_of_the_plan(pupil: Pupil) -> None:
    pupil.plans[-1].funding = {"f-1": FundingRequest(amount=400.0, target_id="t-missing")}
    assert fields_broken(pupil) == {"funding.f-1.target_id"}


def test_ready_for_meeting_needs_the_profile_required_fields(pupil: Pupil) -> None:
    plan = pupil.plans[-1]
    plan.plan.status = PlanStatus.READY_FOR_MEETING
    plan.voice.pupil = ""
    assert fields_broken(pupil) == {"voice.pupil"}
    plan.plan.status = PlanStatus.IN_PROGRESS
    assert fields_broken(pupil) == set()


def test_red_quality_rating_needs_a_reason(pupil: Pupil) -> None:
    plan = pupil.plans[-1]
    plan.plan.status = PlanStatus.SUBMITTED
    plan.qa.rating, plan.qa.comments = "red", ""
    assert fields_broken(pupil) == {"qa.comments"}
    plan.qa.comments = "Targets are not SMART."
    assert fields_broken(pupil) == set()


def test_only_submitted_plans_are_quality_assured(pupil: Pupil) -> None:
    plan = pupil.plans[-1]
    plan.plan.status = PlanStatus.IN_PROGRESS
    plan.qa.rating = "green"
    assert fields_broken(pupil) == {"qa.rating"}


def test_aln_terms_follow_the_country(pupil: Pupil) -> None:
    pupil.pupil.aln_status = "ehcp"
    assert fields_broken(pupil, WALES) == {"pupil.aln_status"}


def test_workflow_moves_forward_one_step() -> None:
    check_move(PlanStatus.IN_PROGRESS, PlanStatus.READY_FOR_MEETING, None)
    with pytest.raises(ValidationError) as caught:
        check_move(PlanStatus.NOT_STARTED, PlanStatus.SUBMITTED, None)
    assert caught.value.field == "plan.status"


def test_moving_back_needs_a_reason() -> None:
    with pytest.raises(ValidationError) as caught:
        check_move(PlanStatus.SUBMITTED, PlanStatus.IN_PROGRESS, "  ")
    assert caught.value.field == "plan.status_reason"
    check_move(PlanStatus.SUBMITTED, PlanStatus.IN_PROGRESS, "Red QA: targets not SMART")
