"""What the meeting must discuss, worked out before anything is laid out: the first thing a
Virtual School Head reads on page 1.

Each concern carries its figure (84.2 %, two actions, £400), in the pack's language; an
empty list means the summary says plainly that nothing stands out. The record's own
contradictions (:mod:`vsdesk.domain.consistency`) are listed here too, because data that
arrived by sync was never checked by this device's save.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from vsdesk.domain.consistency import Inconsistency, inconsistencies
from vsdesk.domain.model import Plan, Pupil
from vsdesk.domain.profiles import AuthorityProfile
from vsdesk.packs.facts import (
    actions_since,
    granted,
    last_meeting,
    ordered_plans,
    target_overdue,
)
from vsdesk.packs.formats import money, number, percent, short_date, term_name
from vsdesk.packs.labels import Labels
from vsdesk.packs.tables import rating_word
from vsdesk.packs.vocabulary import grant

PERSISTENT_ABSENCE: Final = 90.0


@dataclass(frozen=True)
class Concern:
    """One line of the summary: its label key and the sentence in the pack's language."""

    key: str
    text: str


def concerns(
    pupil: Pupil,
    profile: AuthorityProfile,
    labels: Labels,
    day: date,
    open_conflicts: int = 0,
) -> list[Concern]:
    """Every concern, in the order the issue's checklist and the meeting's agenda use."""
    plan = pupil.current_plan or Plan(id="none")
    found: list[Concern] = []

    def add(key: str, **values: object) -> None:
        found.append(Concern(key, labels(key, **values)))

    attendance = plan.attendance
    if attendance.percent is not None and attendance.percent < PERSISTENT_ABSENCE:
        add("sum.attendance", percent=percent(attendance.percent))
    if attendance.exclusions:
        add("sum.exclusion", count=attendance.exclusions, days=number(attendance.exclusion_days))
    targets = sum(target_overdue(t, day) for t in plan.targets.values())
    since = last_meeting(pupil, day)
    actions = sum(line.state == "overdue" for line in actions_since(pupil, since, day))
    if targets or actions:
        add("sum.overdue", targets=targets, actions=actions)
    review_due = _review_due(pupil, profile, day)
    if review_due is not None:
        add("sum.review", date=short_date(review_due))
    if plan.plan.term and not plan.voice.pupil.strip():
        add("sum.voice")
    unspent = _unspent(pupil)
    if unspent > 0:
        add("sum.unspent", grant=grant(labels, profile.grant_name), amount=money(unspent))
    rated = [p for p in ordered_plans(pupil) if p.qa.rating]
    if rated and rated[-1].qa.rating in ("red", "amber"):
        last = rated[-1]
        add(
            "sum.qa",
            rating=rating_word(labels, last.qa.rating),
            term=term_name(labels, last.plan.term),
        )
    if open_conflicts:
        add("sum.conflict", count=open_conflicts)
    found += [_contradiction(pupil, labels, item) for item in inconsistencies(pupil)]
    return found


def _review_due(pupil: Pupil, profile: AuthorityProfile, day: date) -> date | None:
    """The termly review's due date if it passed before the meeting: the last meeting held
    plus the profile's review interval."""
    held = last_meeting(pupil, day)
    if held is None:
        return None
    due = held + timedelta(days=profile.timescales.review_interval_days)
    return due if day > due else None


def _unspent(pupil: Pupil) -> float:
    """Approved money not (yet) recorded as spent, across every term."""
    return sum(
        max((granted(request) or 0) - (request.spent or 0), 0)
        for plan in pupil.plans
        for request in plan.funding.values()
    )


def _contradiction(pupil: Pupil, labels: Labels, item: Inconsistency) -> Concern:
    key = f"sum.incons.{item.kind}"
    plan = pupil.current_plan or Plan(id="none")
    values: dict[str, object] = {}
    if item.kind == "attendance":
        record = plan.attendance
        possible, missed = record.sessions_possible or 0, record.sessions_missed or 0
        expected = 100 * (possible - missed) / possible if possible else None
        values = {
            "percent": percent(record.percent),
            "missed": missed,
            "possible": possible,
            "expected": percent(expected),
        }
    elif item.kind == "year_group":
        values = {"year": pupil.pupil.year_group, "expected": item.figures.get("expected", "?")}
    elif item.kind == "meeting_day":
        values = {"date": short_date(_day_at(plan, item.path))}
    return Concern(key, labels(key, **values))


def _day_at(plan: Plan, path: str) -> date | None:
    if path == "plan.next_meeting":
        return plan.plan.next_meeting
    meeting = plan.meetings.get(path.split(".")[1])
    return meeting.date if meeting else None
