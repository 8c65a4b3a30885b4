"""One plain record per child in a period: only what the indicators count, nothing identifying.

:func:`child_record` turns a :class:`~vsdesk.domain.model.Pupil` into a :class:`ChildRecord`
for one period. The record keeps no name, date of birth, UPN, id or free text: the age band,
placement and area are cut here, and free text becomes "recorded or not". Everything after
this point (indicators, suppression, outputs) therefore cannot leak a pupil's identity even
by mistake.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from vsdesk.domain.model import Plan, Pupil
from vsdesk.domain.phases import Phase, plan_phase
from vsdesk.domain.profiles import Timescales
from vsdesk.domain.timescales import add_open_days
from vsdesk.monitoring import breakdowns
from vsdesk.monitoring.periods import Period

COHORT = "looked-after"
STATUTORY_PLANS = ("aln-idp", "ehcp")
ALN_STATUSES_WITH_NEEDS = ("aln-idp", "sen-support", "ehcp")


@dataclass(frozen=True)
class ChildRecord:
    """What one child contributes to a period's return (see docs/indicators.md)."""

    age: str
    placement: str
    area: str
    phase: str
    initial_due: bool = False  # the initial PEP fell due in the period
    initial_met: bool = False  # … and a PEP meeting was held by then
    reviewed: bool = False  # a PEP meeting was held in the period
    review_overdue: bool = False  # no PEP meeting within the review interval at period end
    qa_rating: str | None = None
    pupil_voice: bool = False
    aln_status: str | None = None
    attendance: float | None = None
    excluded: bool = False
    targets_rated: int = 0
    targets_met: int = 0
    attainment_at_expected: bool | None = None  # None: no subject with comparable grades
    pdg_requested: float = 0.0
    pdg_approved: float = 0.0
    eet_status: str | None = None  # a post-16 plan's: education, employment, training, neet
    reduced_timetable: bool = False  # running at the period's end
    reduced_past_review: bool = False  # … and its review date passed by then
    alternative_provision: bool = False  # running at the period's end
    missing_education: bool = False  # missing, not resolved, at the period's end
    emergency_due: bool = False  # an emergency placement's initial PEP fell due in the period
    emergency_met: bool = False  # … and a PEP meeting was held by then

    def category(self, dimension: str) -> str:
        return {
            "age": self.age,
            "placement": self.placement,
            "area": self.area,
            "phase": self.phase,
        }[dimension]


def child_record(
    pupil: Pupil,
    period: Period,
    rules: Timescales,
    in_area_schools: frozenset[str] | None,
) -> ChildRecord | None:
    """The child's record, or None when the child is not in the period's cohort."""
    identity = pupil.pupil
    plan = next((p for p in pupil.plans if p.plan.term == period.name), None)
    if plan is None or identity.cohort != COHORT:
        return None
    meetings = sorted(m.date for p in pupil.plans for m in p.meetings.values() if m.date)
    initial_due, initial_met, first_due = _initial(pupil, period, rules, meetings)
    emergency_due, emergency_met = _emergency(pupil, period, rules, meetings)
    reading = plan_phase(identity, plan)
    provision, end = plan.alternative_provision, period.end
    running = provision.started is not None and provision.started <= end
    running = running and (provision.ended is None or provision.ended > end)
    reduced = running and provision.arrangement == "reduced-timetable"
    return ChildRecord(
        age=breakdowns.age_band(identity.date_of_birth, period.end),
        placement=breakdowns.placement(identity.placement_type),
        area=breakdowns.area(identity.school, in_area_schools),
        phase=breakdowns.phase(reading),
        initial_due=initial_due,
        initial_met=initial_met,
        reviewed=any(day in period for day in meetings),
        review_overdue=_review_overdue(meetings, period.end, rules, first_due),
        qa_rating=plan.qa.rating,
        pupil_voice=bool(plan.voice.pupil.strip()),
        aln_status=identity.aln_status,
        attendance=plan.attendance.percent,
        excluded=plan.attendance.exclusions >= 1,
        targets_rated=sum(1 for t in plan.targets.values() if t.progress is not None),
        targets_met=sum(1 for t in plan.targets.values() if t.progress == "green"),
        attainment_at_expected=_attainment(plan),
        pdg_requested=sum(f.amount for f in plan.funding.values()),
        pdg_approved=sum(
            _approved(f.approved_amount, f.amount, f.decision) for f in plan.funding.values()
        ),
        eet_status=plan.post16.eet_status if reading.phase is Phase.POST_16 else None,
        reduced_timetable=reduced,
        reduced_past_review=reduced
        and provision.review_date is not None
        and provision.review_date < end,
        alternative_provision=running and provision.arrangement == "alternative-provision",
        missing_education=_missing(plan, end),
        emergency_due=emergency_due,
        emergency_met=emergency_met,
    )


def records_for(
    pupils: Iterable[Pupil],
    authority_id: str,
    period: Period,
    rules: Timescales,
    in_area_schools: frozenset[str] | None,
) -> list[ChildRecord]:
    """The period's records of the authority's own children (its cohort)."""
    found = (
        child_record(pupil, period, rules, in_area_schools)
        for pupil in pupils
        if pupil.pupil.home_authority == authority_id
    )
    return [record for record in found if record is not None]


def _initial(
    pupil: Pupil, period: Period, rules: Timescales, meetings: list[date]
) -> tuple[bool, bool, date | None]:
    """(due in the period, met, due date): due 20 school days after care or school began."""
    identity = pupil.pupil
    start = max((d for d in (identity.entered_care, identity.joined_school) if d), default=None)
    if start is None:
        return False, False, None
    due = add_open_days(start, rules.initial_pep_school_days)
    met = any(start <= day <= due for day in meetings)
    return due in period, met, due


def _emergency(
    pupil: Pupil, period: Period, rules: Timescales, meetings: list[date]
) -> tuple[bool, bool]:
    """(due in the period, met) for a child who entered care in an emergency placement,
    by the authority's emergency timescale (its ordinary one if it sets none)."""
    if not pupil.pupil.emergency_placement:
        return False, False
    days = rules.emergency_initial_pep_school_days or rules.initial_pep_school_days
    identity = pupil.pupil
    start = max((d for d in (identity.entered_care, identity.joined_school) if d), default=None)
    if start is None:
        return False, False
    due = add_open_days(start, days)
    return due in period, any(start <= day <= due for day in meetings)


def _missing(plan: Plan, end: date) -> bool:
    record = plan.missing_education
    if record.missing_since is None or record.missing_since > end:
        return False
    return record.resolved_on is None or record.resolved_on > end


def _review_overdue(
    meetings: list[date], end: date, rules: Timescales, initial_due: date | None
) -> bool:
    """Overdue at the period's end: the last meeting is older than the review interval, or
    there has been none at all although the initial PEP fell due."""
    past = [day for day in meetings if day <= end]
    if past:
        return past[-1] + timedelta(days=rules.review_interval_days) < end
    return initial_due is not None and initial_due < end


def _attainment(plan: Plan) -> bool | None:
    pairs = [(_grade(s.current), _grade(s.expected)) for s in plan.attainment.values()]
    comparable = [(c, e) for c, e in pairs if c is not None and e is not None]
    if not comparable:
        return None
    return all(current >= expected for current, expected in comparable)


def _grade(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _approved(approved_amount: float | None, amount: float, decision: str) -> float:
    if decision != "approved":
        return 0.0
    return amount if approved_amount is None else approved_amount
