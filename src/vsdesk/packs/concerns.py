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
from vsdesk.domain.phases import UNUSED_SECTIONS, plan_phase
from vsdesk.domain.profiles import AuthorityProfile
from vsdesk.domain.timescales import deadlines
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
from vsdesk.packs.vocabulary import grant_for

PERSISTENT_ABSENCE: Final = 90.0
#: Deadline kinds the summary raises; the termly review has its own line (``sum.review``).
SUMMARY_DEADLINES: Final = ("initial-pep", "post-16-review", "reduced-timetable-review")
#: Of those, the ones raised while still to come (a review date is met until it passes).
RAISED_BEFORE_DUE: Final = ("initial-pep", "post-16-review")


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

    reading = plan_phase(pupil.pupil, plan)
    unused = UNUSED_SECTIONS[reading.phase]
    attendance = plan.attendance
    if "attendance" not in unused:  # a post-16 plan has no school attendance
        if attendance.percent is not None and attendance.percent < PERSISTENT_ABSENCE:
            add("sum.attendance", percent=percent(attendance.percent))
        if attendance.exclusions:
            add(
                "sum.exclusion",
                count=attendance.exclusions,
                days=number(attendance.exclusion_days),
            )
    found += phase_alerts(pupil, plan, labels, day, "post16" not in unused)
    found += deadline_alerts(pupil, profile, labels, day)
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
        phase = plan_phase(pupil.pupil, plan).phase.value
        named = grant_for(labels, profile.grant_name, profile.country, phase)
        add("sum.unspent", grant=named, amount=money(unspent))
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


def phase_alerts(
    pupil: Pupil, plan: Plan, labels: Labels, day: date, post16_in_use: bool
) -> list[Concern]:
    """NEET (a post-16 plan's, with the date it began) and a child missing education not
    yet resolved on the pack's date."""
    found: list[Concern] = []
    record = plan.post16
    if post16_in_use and record.eet_status == "neet":
        found.append(Concern("sum.neet", labels("sum.neet", date=short_date(record.eet_since))))
    missing = plan.missing_education
    if missing.missing_since is not None and (
        missing.resolved_on is None or missing.resolved_on > day
    ):
        found.append(Concern("sum.cme", labels("sum.cme", date=short_date(missing.missing_since))))
    return found


def deadline_alerts(
    pupil: Pupil, profile: AuthorityProfile, labels: Labels, day: date
) -> list[Concern]:
    """The statutory deadlines of :func:`vsdesk.domain.timescales.deadlines` a meeting must
    act on, judged on the pack's date: an initial PEP (the emergency placement's shorter
    one named as such) or the Year 11 post-16 review not yet met (overdue, or still due),
    and a reduced timetable past its review date. The termly review has its own line."""
    found: list[Concern] = []
    for deadline in deadlines(pupil, profile, day):
        if deadline.met or deadline.kind not in SUMMARY_DEADLINES:
            continue
        if not deadline.overdue and deadline.kind not in RAISED_BEFORE_DUE:
            continue
        key = f"sum.{'deadline' if deadline.overdue else 'due'}.{deadline.kind}"
        if deadline.kind == "initial-pep" and _emergency(pupil, profile):
            key += ".emergency"
        found.append(Concern(key, labels(key, date=short_date(deadline.due))))
    return found


def _emergency(pupil: Pupil, profile: AuthorityProfile) -> bool:
    """The initial PEP runs to the emergency timescale (as ``deadlines`` decides)."""
    return pupil.pupil.emergency_placement and bool(
        profile.timescales.emergency_initial_pep_school_days
    )


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
