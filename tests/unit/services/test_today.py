"""Today's agenda and the pupil list's rows, computed without a window."""

from __future__ import annotations

from datetime import date, timedelta

from vsdesk.domain.model import AlternativeProvision, Identity, Meeting, PlanMeta, Pupil, Target
from vsdesk.domain.model import Plan as PlanModel
from vsdesk.domain.terms import previous_term, term_of
from vsdesk.domain.workflow import PlanStatus
from vsdesk.services.pupil_list import pupil_rows
from vsdesk.services.pupils import PupilService
from vsdesk.services.today import agenda
from vsdesk.storage.vault import Vault

TODAY = date(2026, 11, 23)  # passed in as "today": the product never reads the clock here


def pupil(pid: str, term: str, status: PlanStatus, **plan: object) -> Pupil:
    identity = Identity(given_name="Gwen", family_name=f"Llwyd {pid}", home_authority="cardiff")
    meta = PlanMeta(term=term, status=status, next_meeting=plan.pop("next_meeting", None))  # type: ignore[arg-type]
    return Pupil(pid, identity, plans=[PlanModel(f"{pid}-plan", meta, **plan)])  # type: ignore[arg-type]


def test_agenda_lists_meetings_packs_unsubmitted_plans_and_late_targets(vault: Vault) -> None:
    term = term_of(TODAY)
    soon = TODAY + timedelta(days=5)
    late_target = Target(description="read", owner="DT", due=TODAY - timedelta(days=1))
    done_target = Target(
        description="x", owner="DT", due=TODAY - timedelta(days=9), progress="green"
    )
    PupilService(vault, "t").add(
        [
            pupil("p-1", term, PlanStatus.IN_PROGRESS, next_meeting=soon,
                  targets={"t-1": late_target, "t-2": done_target}),
            pupil("p-2", term, PlanStatus.SUBMITTED,
                  meetings={"m-1": Meeting(date=TODAY + timedelta(days=30))}),
            pupil("p-3", previous_term(term), PlanStatus.SUBMITTED),
        ]
    )  # fmt: skip
    found = {(i.kind, i.pupil_id, i.detail) for i in agenda(vault, TODAY).items}
    assert ("meeting", "p-1", "") in found
    assert ("pack", "p-1", "") in found
    assert ("target", "p-1", "t-1") in found
    assert ("target", "p-1", "t-2") not in found  # green: achieved
    assert ("unsubmitted", "p-1", "in-progress") in found
    assert not any(i[1] == "p-2" and i[0] in ("meeting", "unsubmitted") for i in found)
    assert ("unsubmitted", "p-3", "no-plan") in found
    rows = {r.id: r for r in pupil_rows(vault, TODAY)}
    assert rows["p-1"].overdue_targets == 1 and rows["p-1"].next_meeting == soon
    assert rows["p-2"].overdue_targets == 0 and rows["p-2"].status == "submitted"


def test_pack_is_overdue_when_the_meeting_is_less_than_three_days_away(vault: Vault) -> None:
    term = term_of(TODAY)
    PupilService(vault, "t").add(
        [pupil("p-1", term, PlanStatus.READY_FOR_MEETING, next_meeting=TODAY + timedelta(days=1))]
    )
    pack = next(i for i in agenda(vault, TODAY).items if i.kind == "pack")
    assert pack.overdue and pack.due == TODAY - timedelta(days=2)


def test_a_reduced_timetable_past_review_opens_the_circumstances_tab(vault: Vault) -> None:
    arrangement = AlternativeProvision(
        arrangement="reduced-timetable",
        started=TODAY - timedelta(days=40),
        review_date=TODAY - timedelta(days=3),
        hours_per_week=12.0,
    )
    PupilService(vault, "t").add(
        [pupil("p-1", term_of(TODAY), PlanStatus.IN_PROGRESS, alternative_provision=arrangement)]
    )
    items = [i for i in agenda(vault, TODAY).items if i.detail == "reduced-timetable-review"]
    assert [(i.section, i.overdue, i.due) for i in items] == [
        ("circumstances", True, TODAY - timedelta(days=3))
    ]
