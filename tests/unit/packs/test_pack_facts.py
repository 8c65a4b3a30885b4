"""The rules behind the pack's statements: which meeting, which actions are overdue."""

from __future__ import annotations

from datetime import date

from pack_testkit import CARER, welsh_pupil

from vsdesk.domain.model import Action, Attendee, Meeting, Plan, PlanMeta, Pupil
from vsdesk.packs.facts import (
    actions_since,
    last_meeting,
    meeting_day,
    progress,
    sdq_band,
    this_meeting,
)
from vsdesk.packs.formats import initials

MEETING = date(2026, 12, 1)


def _pupil_with_actions() -> Pupil:
    earlier = Plan(
        id="plan-a",
        plan=PlanMeta(term="2026-summer"),
        meetings={"m-1": Meeting(date=date(2026, 6, 1))},
        actions={
            "a-1": Action(description="before the last meeting", due=date(2026, 5, 1)),
            "a-2": Action(description="carried over", due=date(2026, 7, 1)),
        },
    )
    current = Plan(
        id="plan-b",
        plan=PlanMeta(term="2026-autumn", next_meeting=MEETING),
        actions={
            "a-1": Action(description="done", due=date(2026, 10, 1), done=True),
            "a-2": Action(description="late", due=date(2026, 11, 30)),
            "a-3": Action(description="open", due=MEETING),
        },
    )
    return Pupil(id="p-1", plans=[current, earlier])


def test_actions_since_the_last_meeting_are_judged_on_the_meeting_date() -> None:
    pupil = _pupil_with_actions()
    since = last_meeting(pupil, MEETING)
    assert since == date(2026, 6, 1)
    states = {line.action.description: line.state for line in actions_since(pupil, since, MEETING)}
    assert states == {"carried over": "overdue", "done": "done", "late": "overdue", "open": "open"}


def test_a_meeting_date_override_wins_over_the_plan() -> None:
    pupil = _pupil_with_actions()
    assert meeting_day(pupil, None) == MEETING
    assert meeting_day(pupil, date(2026, 12, 9)) == date(2026, 12, 9)


def test_without_a_recorded_meeting_the_standard_people_are_invited() -> None:
    pupil = welsh_pupil()
    plain = this_meeting(pupil, MEETING, include_sensitive=False)
    roles = [i.role_key for i in plain.invitees]
    assert roles == ["role.pupil", "role.carer", "role.social_worker", "role.dt", "role.vso"]
    assert plain.invitees[0].name == "Llŷr Prŷs"
    assert plain.invitees[1].name == ""  # the carer's name is safeguarding-sensitive
    assert plain.invitees[2].name == pupil.pupil.social_worker
    assert this_meeting(pupil, MEETING, include_sensitive=True).invitees[1].name == CARER


def test_a_recorded_meeting_of_the_current_plan_gives_its_own_attendees() -> None:
    pupil = welsh_pupil()
    plan = pupil.current_plan
    assert plan is not None
    plan.meetings["m-9"] = Meeting(
        date=MEETING,
        place="Ystafell gyfarfod",
        attendees={"at-1": Attendee(name="Gwenllian Hughes", role="Designated teacher")},
    )
    plan.meetings["m-9"].attendees["at-2"] = Attendee(
        name="Iolo Evans", role="Educational psychologist"
    )
    found = this_meeting(pupil, MEETING, include_sensitive=False, blank_rows=2)
    assert found.place == "Ystafell gyfarfod"
    rows = [(i.name, i.role_key) for i in found.invitees]
    assert rows[:5] == [
        ("Llŷr Prŷs", "role.pupil"),
        ("", "role.carer"),
        (pupil.pupil.social_worker, "role.social_worker"),
        ("Gwenllian Hughes", "role.dt"),  # the recorded attendee fills the standard row
        ("", "role.vso"),
    ]
    assert (found.invitees[5].name, found.invitees[5].role) == (
        "Iolo Evans",
        "Educational psychologist",
    )
    assert [(i.name, i.role) for i in found.invitees[6:]] == [("", ""), ("", "")]


def test_progress_sdq_bands_and_initials() -> None:
    assert (progress("5", "4"), progress("4", "4"), progress("3", "4")) == ("above", "at", "below")
    assert progress("B", "A") is None
    assert (sdq_band(13), sdq_band(14), sdq_band(17)) == ("normal", "borderline", "concern")
    pupil = welsh_pupil()
    assert initials(pupil.pupil) == "L.P."
    pupil.pupil.family_name = "ap Dafydd"
    assert initials(pupil.pupil) == "L.D."
