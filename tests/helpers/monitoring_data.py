"""A small synthetic cohort whose indicator values are worked out by hand (docs/indicators.md).

Eight archetype children (C1–C8) for the autumn 2026 term, plus three who must be left out
(previously looked after, another authority's, no autumn plan). ``cohort(copies=5)`` repeats
each archetype five times: every count is then a multiple of five, so nothing is suppressed
and every share equals the eight-child arithmetic in the comments below; ``copies=1`` gives
small counts, for the suppression tests. All names are the generator's kind of invention.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from vsdesk.domain.model import (
    AlternativeProvision,
    Attendance,
    FundingRequest,
    Identity,
    Meeting,
    MissingEducation,
    Plan,
    PlanMeta,
    Post16,
    Pupil,
    QualityAssurance,
    SubjectAttainment,
    Target,
    Voice,
)
from vsdesk.domain.profiles import Timescales
from vsdesk.monitoring.compute import MonitoringReturn, compute_return
from vsdesk.monitoring.periods import Period
from vsdesk.monitoring.records import records_for
from vsdesk.monitoring.school_facts import SchoolFacts, facts_from, normalise, parse_pair

AUTHORITY = "cardiff"
PERIOD = "2026-autumn"
IN_AREA = "Ysgol A"
FACTS = (
    "model=extended",
    "head-appointed=yes",
    f"in-area-schools={IN_AREA}; Ysgol Gyfun Ŵyn",
    "staff.2026-autumn.head=1",
    "staff.2026-autumn.education-officer=1.5",
    "spend.2026-autumn.pdg-lac=3000",
    "spend.2026-autumn.staff=50000",
)
EARLY = {"entered_care": date(2020, 1, 6), "joined_school": date(2021, 9, 1)}


def _plan(term: str, *, meeting: date | None = None, **sections: Any) -> Plan:
    plan = Plan(id=f"plan-{term}", plan=PlanMeta(term=term), **sections)
    if meeting is not None:
        plan.meetings = {"m-1": Meeting(date=meeting)}
    return plan


def _child(
    key: str,
    n: int,
    *,
    born: date | None,
    placement: str | None,
    school: str,
    aln: str | None,
    autumn: Plan,
    summer: Plan | None = None,
    authority: str = AUTHORITY,
    cohort: str = "looked-after",
    dates: dict[str, date] | None = None,
    emergency: bool = False,
) -> Pupil:
    identity = Identity(
        given_name=f"Siân{key}{n}",
        family_name="Prŷs-Testun",
        date_of_birth=born,
        upn=f"Z{n:02d}{key}0000000",
        home_authority=authority,
        school=school,
        placement_type=placement,
        aln_status=aln,
        cohort=cohort,
        **(EARLY if dates is None else dates),
        emergency_placement=emergency,
    )
    plans = [p for p in (summer, autumn) if p is not None]
    for plan in plans:
        plan.id = f"plan-{key.lower()}-{n}-{plan.plan.term}"
    return Pupil(id=f"p-{key.lower()}-{n:02d}", pupil=identity, plans=plans)


def _targets(*progress: str) -> dict[str, Target]:
    return {f"t-{i}": Target(description="Darllen", progress=p) for i, p in enumerate(progress)}


def _grades(current: str, expected: str) -> dict[str, SubjectAttainment]:
    return {"maths": SubjectAttainment(subject="Mathemateg", current=current, expected=expected)}


def _funding(amount: float, decision: str, approved: float | None) -> dict[str, FundingRequest]:
    return {"f-1": FundingRequest(amount=amount, decision=decision, approved_amount=approved)}


def _reduced(started: date, review: date, ended: date | None) -> AlternativeProvision:
    return AlternativeProvision(
        arrangement="reduced-timetable",
        hours_per_week=15.0,
        started=started,
        review_date=review,
        ended=ended,
    )


def _missing(since: date, resolved: date | None) -> MissingEducation:
    return MissingEducation(missing_since=since, reported_on=since, actions="Wedi'i adrodd",
                            resolved_on=resolved)  # fmt: skip


def _qa(rating: str | None) -> QualityAssurance:
    return QualityAssurance(rating=rating)


def archetypes(n: int) -> list[Pupil]:
    """C1–C8 (in the cohort) and X1–X3 (left out), copy ``n``."""
    voice = Voice(pupil="Rwy'n hoffi celf.")
    return [
        # C1: 10, foster, in area; 96%; green; reviewed 1 Oct; targets g+a; 5 ≥ 4; £800 → £800;
        # a reduced timetable that ended on 30 Nov (not running at the end of term)
        _child("C1", n, born=date(2016, 5, 1), placement="foster", school=IN_AREA, aln="none",
               autumn=_plan(PERIOD, meeting=date(2026, 10, 1), attendance=Attendance(96.0),
                            qa=_qa("green"), voice=voice, targets=_targets("green", "amber"),
                            attainment=_grades("5", "4"),
                            funding=_funding(800, "approved", 800),
                            alternative_provision=_reduced(date(2026, 10, 1),
                                                           date(2027, 1, 10), date(2026, 11, 30)))),
        # C2: 7, foster, out of area; 92%; amber; reviewed 20 Sep; IDP; 3 < 4; £400 → £300;
        # missing education since 1 Dec, not resolved
        _child("C2", n, born=date(2019, 3, 1), placement="foster", school="Ysgol B",
               aln="aln-idp",
               autumn=_plan(PERIOD, meeting=date(2026, 9, 20), attendance=Attendance(92.0),
                            qa=_qa("amber"), voice=voice, targets=_targets("green"),
                            attainment=_grades("3", "4"),
                            funding=_funding(400, "approved", 300),
                            missing_education=_missing(date(2026, 12, 1), None))),
        # C3: 14, kinship, in; 85%; green; last meeting 1 May (overdue); no voice; SEN support;
        # grades not numbers; £1,500 declined; a reduced timetable whose review date (1 Dec)
        # passed before the end of term
        _child("C3", n, born=date(2012, 1, 10), placement="kinship", school=IN_AREA,
               aln="sen-support",
               summer=_plan("2026-summer", meeting=date(2026, 5, 1)),
               autumn=_plan(PERIOD, attendance=Attendance(85.0), qa=_qa("green"),
                            targets=_targets("red"), attainment=_grades("emerging", "secure"),
                            funding=_funding(1500, "declined", None),
                            alternative_provision=_reduced(date(2026, 10, 1),
                                                           date(2026, 12, 1), None))),
        # C4: 17 (Year 13: post-16), residential, in; 70%, 1 exclusion; red; reviewed 1 Nov;
        # no ALN status; 4 ≥ 4; £1,500 → £1,000; NEET
        _child("C4", n, born=date(2009, 6, 1), placement="residential", school=IN_AREA,
               aln=None,
               autumn=_plan(PERIOD, meeting=date(2026, 11, 1),
                            attendance=Attendance(70.0, exclusions=1), qa=_qa("red"),
                            voice=voice, attainment=_grades("4", "4"),
                            funding=_funding(1500, "approved", 1000),
                            post16=Post16(eet_status="neet", eet_since=date(2026, 7, 20),
                                          next_steps="Cwrs ailymgysylltu"))),
        # C5: 8, foster, out; entered care Mon 2 Nov in an emergency placement: initial PEP
        # due 30 Nov, no meeting
        _child("C5", n, born=date(2018, 9, 1), placement="foster", school="Ysgol B", aln="none",
               dates={"entered_care": date(2026, 11, 2)}, emergency=True,
               autumn=_plan(PERIOD, voice=voice)),
        # C6: 11, foster, in; entered care Mon 7 Sep in an emergency placement: due 5 Oct, met
        # 25 Sep; 99%; g+g; £400; missed education 10 Sep to 1 Oct (resolved)
        _child("C6", n, born=date(2015, 2, 2), placement="foster", school=IN_AREA, aln="none",
               dates={"entered_care": date(2026, 9, 7)}, emergency=True,
               autumn=_plan(PERIOD, meeting=date(2026, 9, 25), attendance=Attendance(99.0),
                            qa=_qa("green"), voice=voice, targets=_targets("green", "green"),
                            funding=_funding(400, "approved", None),
                            missing_education=_missing(date(2026, 9, 10), date(2026, 10, 1)))),
        # C7: no date of birth, no placement, no school; 95%; never met (overdue)
        _child("C7", n, born=None, placement=None, school="", aln="none",
               autumn=_plan(PERIOD, attendance=Attendance(95.0))),
        # C8: 6, foster, in (other spelling); 89.9%, 2 exclusions; green; met 1 Jul (overdue
        # by 19 Dec); IDP; £600 → £500
        _child("C8", n, born=date(2020, 1, 1), placement="foster", school=" ysgol  a ",
               aln="aln-idp",
               summer=_plan("2026-summer", meeting=date(2026, 7, 1)),
               autumn=_plan(PERIOD, attendance=Attendance(89.9, exclusions=2),
                            qa=_qa("green"), voice=voice,
                            funding=_funding(600, "approved", 500),
                            alternative_provision=AlternativeProvision(
                                arrangement="alternative-provision", provider="Canolfan",
                                started=date(2026, 10, 5)))),
        # X1 previously looked after; X2 another authority's; X3 no autumn plan
        _child("X1", n, born=date(2016, 1, 1), placement="foster", school=IN_AREA, aln="none",
               cohort="previously-looked-after", autumn=_plan(PERIOD, qa=_qa("red"))),
        _child("X2", n, born=date(2016, 1, 1), placement="foster", school=IN_AREA, aln="none",
               authority="gwynedd", autumn=_plan(PERIOD, qa=_qa("red"))),
        _child("X3", n, born=date(2016, 1, 1), placement="foster", school=IN_AREA, aln="none",
               autumn=_plan("2026-summer", qa=_qa("red"))),
    ]  # fmt: skip


def cohort(copies: int) -> list[Pupil]:
    return [pupil for n in range(copies) for pupil in archetypes(n)]


def facts() -> SchoolFacts:
    pairs = [parse_pair(fact) for fact in FACTS]
    return facts_from({key: normalise(key, value) for key, value in pairs})


def build(pupils: list[Pupil], period: str = PERIOD) -> MonitoringReturn:
    """The return of ``pupils`` for ``period`` with the helper's facts (pure, no store)."""
    found = facts()
    records = records_for(pupils, AUTHORITY, Period.of(period), Timescales(), found.in_area_schools)
    return compute_return(records, found, period)
