"""What the pack states, worked out from the pupil's record before anything is laid out.

Kept apart from the flowables so that the rules (which meeting this is, which actions are
overdue on the meeting date, which fields are safeguarding-sensitive) can be read and tested
without reportlab.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Final, Literal

from vsdesk.domain.model import Action, FundingRequest, Meeting, Plan, Pupil, Target
from vsdesk.domain.terms import term_key
from vsdesk.packs.labels import LABELS

ActionState = Literal["done", "overdue", "open"]
Progress = Literal["above", "at", "below"]

#: The people a PEP meeting invites when the plan records no meeting yet (DESIGN §1).
STANDARD_ROLES: Final = ("role.pupil", "role.carer", "role.social_worker", "role.dt", "role.vso")
#: Recorded role words that fill a standard row ("Foster carer" is the carer's row).
ROLE_SYNONYMS: Final = {
    "foster carer": "carer",
    "kinship carer": "carer",
    "gofalwr maeth": "gofalwr",
    "vso": "virtual school officer",
    "dt": "designated teacher",
}


@dataclass(frozen=True)
class Invitee:
    """One person to list on the cover, with presence if the meeting recorded it."""

    name: str
    role: str
    role_key: str | None = None  # a label key for a standard role, translated when printed
    presence: str = "invited"


@dataclass(frozen=True)
class MeetingFacts:
    """The meeting this pack is for: its date, time, place, chair and invitees."""

    day: date | None
    place: str
    invitees: tuple[Invitee, ...]
    time: str = ""
    chair: str = ""


@dataclass(frozen=True)
class ActionLine:
    """An action with its state on the meeting date."""

    action: Action
    state: ActionState


@dataclass(frozen=True)
class FundingLine:
    """A funding request with its term and its linked target's wording."""

    term: str
    request: FundingRequest
    target: str


def ordered_plans(pupil: Pupil) -> list[Plan]:
    """Oldest term first (terms sort by :func:`term_key`, never as strings)."""
    return sorted(pupil.plans, key=lambda plan: term_key(plan.plan.term))


def meeting_day(pupil: Pupil, override: date | None) -> date | None:
    """The date this pack is for: the teacher's override, else the plan's next meeting."""
    plan = pupil.current_plan
    return override or (plan.plan.next_meeting if plan else None)


def this_meeting(
    pupil: Pupil,
    day: date | None,
    include_sensitive: bool,
    extra_roles: tuple[str, ...] = (),
    blank_rows: int = 0,
) -> MeetingFacts:
    """The current plan's meeting on ``day`` (or the next one still to come), with the
    standard invitees always listed, the recorded attendees merged into them by role, and
    ``blank_rows`` empty rows for people to add by hand."""
    invitees = list(_standard_invitees(pupil, include_sensitive, extra_roles))
    recorded = _recorded_meeting(pupil.current_plan, day)
    if recorded is None:
        return MeetingFacts(day, "", (*invitees, *_blank(blank_rows)))
    taken: set[int] = set()
    for attendee in recorded.attendees.values():
        slot = _slot_for(invitees, attendee.role, taken)
        found = Invitee(attendee.name, attendee.role, presence=attendee.presence)
        if slot is None:
            invitees.append(found)
        else:
            taken.add(slot)
            name = attendee.name or invitees[slot].name
            invitees[slot] = replace(found, name=name, role_key=invitees[slot].role_key)
    return MeetingFacts(
        day or recorded.date,
        recorded.place,
        (*invitees, *_blank(blank_rows)),
        time=recorded.time,
        chair=recorded.chair,
    )


def _blank(rows: int) -> list[Invitee]:
    return [Invitee("", "") for _ in range(rows)]


def _slot_for(invitees: list[Invitee], role: str, taken: set[int]) -> int | None:
    """The standard row a recorded attendee fills: same role (the role's English or Welsh
    words, or a known synonym such as "Foster carer"), not yet taken by a recorded one."""
    wanted = ROLE_SYNONYMS.get(role.strip().lower(), role.strip().lower())
    for index, invitee in enumerate(invitees):
        if index in taken or invitee.role_key is None:
            continue
        if wanted in _role_words(invitee.role_key):
            return index
    return None


def _role_words(role_key: str) -> set[str]:
    if role_key.startswith("role."):
        return {word.lower() for word in LABELS[role_key]}
    return {role_key.lower()}


def _recorded_meeting(plan: Plan | None, day: date | None) -> Meeting | None:
    """A meeting of the plan held on ``day``, or one still to come (undated or later)."""
    if plan is None:
        return None
    meetings = list(plan.meetings.values())
    exact = [m for m in meetings if day is not None and m.date == day]
    later = [m for m in meetings if m.date is None or day is None or m.date >= day]
    chosen = exact or sorted(later, key=lambda m: m.date or date.max)
    return chosen[0] if chosen else None


def _standard_invitees(
    pupil: Pupil, include_sensitive: bool, extra_roles: tuple[str, ...]
) -> tuple[Invitee, ...]:
    """Names are filled only where the record has them and may print them: the carer's
    name is safeguarding-sensitive, so it appears only in a sensitive pack. Roles the
    authority's profile adds are listed by their own name (``role_key`` is the role)."""
    carer = pupil.safeguarding.carer_name if include_sensitive else ""
    names = (pupil.name, carer, pupil.pupil.social_worker, "", "")
    standard = [
        Invitee(name, role="", role_key=key)
        for key, name in zip(STANDARD_ROLES, names, strict=True)
    ]
    return (*standard, *(Invitee("", role, role_key=role) for role in extra_roles))


def last_meeting(pupil: Pupil, day: date | None) -> date | None:
    """The latest recorded meeting before ``day`` (any term): where "since" starts."""
    held = [
        meeting.date
        for plan in pupil.plans
        for meeting in plan.meetings.values()
        if meeting.date is not None and (day is None or meeting.date < day)
    ]
    return max(held, default=None)


def actions_since(pupil: Pupil, since: date | None, day: date) -> list[ActionLine]:
    """The current plan's actions, and any earlier plan's action due after ``since``.

    Each is done, overdue (not done and due before the meeting) or open, judged on the
    meeting date rather than the printing date: a pack printed a week early must still say
    what will be overdue when the meeting sits.
    """
    current = pupil.current_plan
    chosen = [
        action
        for plan in ordered_plans(pupil)
        for action in plan.actions.values()
        if plan is current or (since is not None and action.due is not None and action.due > since)
    ]
    chosen.sort(key=lambda action: action.due or date.max)
    return [ActionLine(action, action_state(action, day)) for action in chosen]


def action_state(action: Action, day: date) -> ActionState:
    """Done, or overdue (due before ``day``), or still open."""
    if action.done:
        return "done"
    return "overdue" if action.due is not None and action.due < day else "open"


def progress(current: str, expected: str) -> Progress | None:
    """Compare numeric grades/levels; anything else (letters, words) is left unjudged."""
    try:
        now, aim = float(current), float(expected)
    except ValueError:
        return None
    return "above" if now > aim else "at" if now == aim else "below"


def fell(before: str, now: str) -> bool:
    """A numeric grade or level lower than last term's."""
    try:
        return float(now) < float(before)
    except ValueError:
        return False


def duplicate_targets(plan: Plan) -> set[str]:
    """Ids of this plan's targets whose wording repeats another's (case and spacing aside)."""
    seen: dict[str, list[str]] = {}
    for key, target in plan.targets.items():
        seen.setdefault(" ".join(target.description.lower().split()), []).append(key)
    return {key for text, keys in seen.items() if text and len(keys) > 1 for key in keys}


def target_overdue(target: Target, day: date) -> bool:
    """Open (no outcome yet) and due before the meeting."""
    return target.outcome is None and target.due is not None and target.due < day


def sdq_band(score: int) -> str:
    """The bands used in the DfE statistics on looked-after children's SDQ scores."""
    return "normal" if score <= 13 else "borderline" if score <= 16 else "concern"


def earlier_targets(pupil: Pupil) -> list[tuple[str, Target]]:
    """Every target of every earlier plan, newest term first."""
    current = pupil.current_plan
    return [
        (plan.plan.term, target)
        for plan in reversed(ordered_plans(pupil))
        if plan is not current
        for target in plan.targets.values()
    ]


def funding_lines(pupil: Pupil) -> list[FundingLine]:
    """Every request in every plan, newest term first, with its linked target's wording."""
    return [
        FundingLine(plan.plan.term, request, _target_text(plan, request.target_id))
        for plan in reversed(ordered_plans(pupil))
        for request in plan.funding.values()
    ]


def granted(request: FundingRequest) -> float | None:
    """The sum the authority approved; a declined or pending request has none, whatever
    amount the record carries beside the decision."""
    return request.approved_amount if request.decision == "approved" else None


def _target_text(plan: Plan, target_id: str) -> str:
    target = plan.targets.get(target_id)
    return target.description if target else ""


def printable_fields(record: Any, include_sensitive: bool) -> Iterator[tuple[str, Any]]:
    """(name, value) of a model record, leaving out ``sensitive=True`` fields unless asked.

    The model is the one place that says what is sensitive (:mod:`vsdesk.domain.meta`); the
    pack asks it instead of keeping its own list.
    """
    for field in dataclasses.fields(record):
        if include_sensitive or not field.metadata.get("sensitive", False):
            yield field.name, getattr(record, field.name)
