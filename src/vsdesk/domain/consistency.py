"""Values that contradict each other, found across fields (the issue's "say what the data
says": a pack must not print 95 % beside 40 sessions missed out of 100).

Two uses, one list of rules:

- on save (:func:`refuse_new_contradictions`, called by the pupil service's edit), an edit
  that *introduces* a contradiction is refused with a clear message and nothing is saved;
  a contradiction the record already carried (it arrived by sync) does not block other
  edits, since the person editing may not own the fields involved;
- in the meeting pack's summary (:func:`inconsistencies`), every contradiction the record
  holds is listed again, for data that arrived by sync or import without this check.

A meeting on a weekend or in a school holiday is a *warning*, never a refusal: the calendar
is an approximation (:mod:`.school_calendar`) and some meetings are held in the holidays.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from vsdesk.domain.model import Plan, Pupil
from vsdesk.domain.school_calendar import is_school_day, year_group_for
from vsdesk.domain.terms import parse_term
from vsdesk.errors import ValidationError

Severity = Literal["contradiction", "warning"]
ATTENDANCE_TOLERANCE = 0.15  # percentage points: a rounded 87.5 from 7 of 56 sessions is fine
ALN_WITH_PLAN = frozenset({"aln-idp", "ehcp"})


@dataclass(frozen=True)
class Inconsistency:
    """One rule broken: ``kind`` names it (a label key in packs), ``path`` the field."""

    kind: str
    path: str
    severity: Severity
    message: str
    figures: dict[str, int] = field(default_factory=dict, compare=False)


def inconsistencies(pupil: Pupil) -> list[Inconsistency]:
    """Every contradiction and warning in the pupil's identity and current plan."""
    found = _year_group(pupil) + _aln(pupil)
    plan = pupil.current_plan
    if plan is not None:
        found += _attendance(plan) + _meeting_days(plan)
    return found


def refuse_new_contradictions(before: Pupil, after: Pupil) -> None:
    """Raise for the first contradiction ``after`` has that ``before`` did not."""
    old = {(i.kind, i.path) for i in inconsistencies(before)}
    for found in inconsistencies(after):
        if found.severity == "contradiction" and (found.kind, found.path) not in old:
            raise ValidationError(found.message, field=found.path)


def school_year_of_term(term: str) -> int:
    """``2026-autumn`` and ``2027-spring`` both belong to the school year 2026/27."""
    year, season = parse_term(term)
    return year if season == "autumn" else year - 1


def _year_group(pupil: Pupil) -> list[Inconsistency]:
    identity, plan = pupil.pupil, pupil.current_plan
    if identity.date_of_birth is None or identity.year_group is None:
        return []
    if plan is None or not plan.plan.term:
        return []
    born, school_year = identity.date_of_birth, school_year_of_term(plan.plan.term)
    expected = year_group_for(born, school_year) + identity.year_group_offset  # the override
    if expected == identity.year_group:
        return []
    return [
        Inconsistency(
            "year_group",
            "pupil.year_group",
            "contradiction",
            f"The year group does not match the date of birth: a pupil born then is in "
            f"Year {expected} this school year (1 September cut-off).",
            {"expected": expected},
        )
    ]


def _aln(pupil: Pupil) -> list[Inconsistency]:
    status, plan = pupil.pupil.aln_status or "none", pupil.current_plan
    summary = plan.plan.aln_summary.strip() if plan is not None else ""
    if plan is None:
        return []
    if status == "none" and summary:
        message = "The ALN status says none, but the plan records an ALN/IDP summary."
    elif status in ALN_WITH_PLAN and not summary:
        message = "The ALN status names an IDP or EHCP, but the plan records no summary of it."
    else:
        return []
    return [Inconsistency("aln", "pupil.aln_status", "contradiction", message)]


def _attendance(plan: Plan) -> list[Inconsistency]:
    record = plan.attendance
    if record.sessions_possible is None or record.sessions_missed is None:
        return []
    possible, missed = record.sessions_possible, record.sessions_missed
    if missed > possible:
        message = "More sessions are recorded as missed than were possible."
    elif possible and record.percent is not None:
        expected = 100 * (possible - missed) / possible
        if abs(expected - record.percent) <= ATTENDANCE_TOLERANCE:
            return []
        message = (
            f"Attendance does not match the sessions: {possible - missed} of {possible} "
            f"sessions is {expected:.1f}%."
        )
    else:
        return []
    return [Inconsistency("attendance", "attendance.percent", "contradiction", message)]


def _meeting_days(plan: Plan) -> list[Inconsistency]:
    days = {"plan.next_meeting": plan.plan.next_meeting} | {
        f"meetings.{key}.date": meeting.date for key, meeting in plan.meetings.items()
    }
    return [
        Inconsistency(
            "meeting_day",
            path,
            "warning",
            "The meeting falls on a weekend, a bank holiday or in a school holiday.",
        )
        for path, day in days.items()
        if day is not None and not is_school_day(day)
    ]
