"""Statutory timescales as due dates with an "overdue" flag (DESIGN §3).

School days and working days skip weekends and the dates the caller says are closed
(school holidays, bank holidays); without a calendar they count weekdays, which errs early,
the safe side for a deadline.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from vsdesk.domain.model import Pupil
from vsdesk.domain.phases import LAST_SCHOOL_AGE_YEAR, year_group_on
from vsdesk.domain.profiles import AuthorityProfile
from vsdesk.domain.school_calendar import age_on, school_year_start
from vsdesk.domain.terms import term_end


@dataclass(frozen=True)
class Deadline:
    #: initial-pep | significant-change | termly-review | care-review | sdq |
    #: post-16-review | reduced-timetable-review
    kind: str
    due: date
    met: bool
    overdue: bool


def add_open_days(start: date, days: int, closed: Collection[date] = ()) -> date:
    """The date ``days`` open days after ``start`` (weekends and ``closed`` skipped)."""
    day = start
    remaining = days
    while remaining > 0:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in closed:
            remaining -= 1
    return day


def deadlines(
    pupil: Pupil, profile: AuthorityProfile, today: date, closed: Collection[date] = ()
) -> list[Deadline]:
    """Every timescale that applies to the pupil today, met or not."""
    rules = profile.timescales
    identity = pupil.pupil
    meetings = _meeting_dates(pupil)
    found: list[Deadline] = []

    def add(kind: str, due: date, met: bool) -> None:
        found.append(Deadline(kind, due, met, overdue=not met and today > due))

    start = max((d for d in (identity.entered_care, identity.joined_school) if d), default=None)
    if start is not None:
        days = rules.initial_pep_school_days
        if identity.emergency_placement and rules.emergency_initial_pep_school_days:
            days = rules.emergency_initial_pep_school_days
        due = add_open_days(start, days, closed)
        add("initial-pep", due, _held_since(start, meetings, today))
    change = identity.last_significant_change
    if change is not None:
        due = add_open_days(change, rules.significant_change_working_days, closed)
        add("significant-change", due, _held_since(change, meetings, today))
    past = [m for m in meetings if m <= today]
    if past:
        due = max(past) + timedelta(days=rules.review_interval_days)
        add("termly-review", due, any(m > max(past) for m in meetings) or today <= due)
    if identity.care_review is not None:
        due = identity.care_review - timedelta(days=rules.care_review_lead_days)
        plan = pupil.current_plan
        sent = plan is not None and plan.plan.status.value in ("submitted", "quality-assured")
        add("care-review", due, sent)
    found.extend(_sdq(pupil, profile, today))
    found.extend(_post16_review(pupil, today, meetings))
    found.extend(_reduced_timetable(pupil, today))
    return found


def _post16_review(pupil: Pupil, today: date, meetings: list[date]) -> list[Deadline]:
    """In Year 11, a PEP review that plans the move to post-16: a meeting in the spring or
    summer term of Year 11 with the next setting recorded, by the end of the summer term."""
    year = year_group_on(pupil.pupil, today)
    if year != LAST_SCHOOL_AGE_YEAR:
        return []
    school_year = school_year_start(today)
    window_opens, due = date(school_year + 1, 1, 1), term_end(f"{school_year + 1}-summer")
    plan = pupil.current_plan
    destination = plan is not None and bool(
        plan.transition.moving_to.strip() or plan.post16.next_steps.strip()
    )
    held = any(window_opens <= m <= min(today, due) for m in meetings)
    met = held and destination
    return [Deadline("post-16-review", due, met, overdue=not met and today > due)]


def _reduced_timetable(pupil: Pupil, today: date) -> list[Deadline]:
    """A reduced timetable still running is reviewed by its review date; once past it, the
    plan is flagged until the timetable ends or the date is moved on after a review."""
    plan = pupil.current_plan
    if plan is None:
        return []
    record = plan.alternative_provision
    running = record.arrangement == "reduced-timetable" and (
        record.ended is None or record.ended > today
    )
    if not running or record.review_date is None:
        return []
    due = record.review_date
    return [Deadline("reduced-timetable-review", due, met=today <= due, overdue=today > due)]


def _held_since(start: date, meetings: Collection[date], today: date) -> bool:
    """A PEP meeting was held on or after ``start`` (by today): the duty is met, on time or
    late. A late one is no longer something to do, so it is not listed as overdue for ever;
    whether it was on time is the monitoring return's question (docs/indicators.md)."""
    return any(start <= m <= today for m in meetings)


def _sdq(pupil: Pupil, profile: AuthorityProfile, today: date) -> list[Deadline]:
    rules = profile.timescales
    born = pupil.pupil.date_of_birth
    if born is None or not rules.sdq_min_age <= age_on(born, today) <= rules.sdq_max_age:
        return []
    dates = [p.wellbeing.sdq_date for p in pupil.plans if p.wellbeing.sdq_date]
    if not dates:
        return [Deadline("sdq", today, met=False, overdue=True)]
    due = max(dates) + timedelta(days=rules.sdq_interval_days)
    return [Deadline("sdq", due, met=today <= due, overdue=today > due)]


def _meeting_dates(pupil: Pupil) -> list[date]:
    return sorted(
        meeting.date
        for plan in pupil.plans
        for meeting in plan.meetings.values()
        if meeting.date is not None
    )


def overdue(pupil: Pupil, profile: AuthorityProfile, today: date) -> list[Deadline]:
    return [d for d in deadlines(pupil, profile, today) if d.overdue]
