"""The quantities indicators are made of: counts and sums over child records, or facts.

A measure has a stable id. Indicators name their numerator and denominator by measure id, so
one quantity (say, the children with attendance recorded in the 5-9 age band) is one cell
wherever it appears, and is suppressed everywhere once it is suppressed anywhere.

``contributors`` is how many children a figure is drawn from: a sum of pounds drawn from one
to four children is as disclosive as a count of them, so it is suppressed the same way.
Authority-level measures (``child=False``) come from the Virtual School's facts, exist only in
the ``all`` row and have no contributors.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from vsdesk.monitoring.records import ALN_STATUSES_WITH_NEEDS, STATUTORY_PLANS, ChildRecord
from vsdesk.monitoring.school_facts import SPEND_LINES, SchoolFacts

Figure = tuple[float, int]  # value, contributors
ChildFn = Callable[[Sequence[ChildRecord]], Figure]
FactFn = Callable[[SchoolFacts, str], float | None]


@dataclass(frozen=True)
class Measure:
    id: str
    kind: str  # "count" (of children or targets) | "amount" (pounds, FTE)
    child: Callable[[Sequence[ChildRecord]], Figure] | None = None
    fact: FactFn | None = None

    @property
    def child_level(self) -> bool:
        return self.child is not None


def _count(test: Callable[[ChildRecord], bool]) -> ChildFn:
    def measure(records: Sequence[ChildRecord]) -> Figure:
        n = sum(1 for r in records if test(r))
        return float(n), n

    return measure


def _sum(value: Callable[[ChildRecord], float]) -> ChildFn:
    def measure(records: Sequence[ChildRecord]) -> Figure:
        values = [value(r) for r in records]
        return float(sum(values)), sum(1 for v in values if v)

    return measure


def _attendance(low: float, high: float) -> Callable[[ChildRecord], bool]:
    return lambda r: r.attendance is not None and low <= r.attendance < high


def _spend(line: str | None) -> FactFn:
    return lambda facts, period: facts.spend_on(period, line)


_CHILD: Final[dict[str, tuple[str, ChildFn]]] = {
    "children": ("count", _count(lambda r: True)),
    "initial.due": ("count", _count(lambda r: r.initial_due)),
    "initial.met": ("count", _count(lambda r: r.initial_due and r.initial_met)),
    "reviewed": ("count", _count(lambda r: r.reviewed)),
    "review.overdue": ("count", _count(lambda r: r.review_overdue)),
    "qa.rated": ("count", _count(lambda r: r.qa_rating is not None)),
    "qa.green": ("count", _count(lambda r: r.qa_rating == "green")),
    "qa.amber": ("count", _count(lambda r: r.qa_rating == "amber")),
    "qa.red": ("count", _count(lambda r: r.qa_rating == "red")),
    "voice.recorded": ("count", _count(lambda r: r.pupil_voice)),
    "aln.recorded": ("count", _count(lambda r: r.aln_status is not None)),
    "aln.needs": ("count", _count(lambda r: r.aln_status in ALN_STATUSES_WITH_NEEDS)),
    "aln.plan": ("count", _count(lambda r: r.aln_status in STATUTORY_PLANS)),
    "att.recorded": ("count", _count(lambda r: r.attendance is not None)),
    "att.95": ("count", _count(_attendance(95.0, 1000.0))),
    "att.90": ("count", _count(_attendance(90.0, 95.0))),
    "att.80": ("count", _count(_attendance(80.0, 90.0))),
    "att.below80": ("count", _count(_attendance(-1.0, 80.0))),
    "att.persistent": ("count", _count(_attendance(-1.0, 90.0))),
    "excluded": ("count", _count(lambda r: r.excluded)),
    "targets.rated": ("count", _sum(lambda r: r.targets_rated)),
    "targets.met": ("count", _sum(lambda r: r.targets_met)),
    "attainment.compared": ("count", _count(lambda r: r.attainment_at_expected is not None)),
    "attainment.expected": ("count", _count(lambda r: r.attainment_at_expected is True)),
    "post16.recorded": ("count", _count(lambda r: r.eet_status is not None)),
    "post16.eet": ("count", _count(lambda r: r.eet_status not in (None, "neet"))),
    "post16.neet": ("count", _count(lambda r: r.eet_status == "neet")),
    "rt.running": ("count", _count(lambda r: r.reduced_timetable)),
    "rt.past-review": ("count", _count(lambda r: r.reduced_past_review)),
    "ap.running": ("count", _count(lambda r: r.alternative_provision)),
    "cme": ("count", _count(lambda r: r.missing_education)),
    "emergency.due": ("count", _count(lambda r: r.emergency_due)),
    "emergency.met": ("count", _count(lambda r: r.emergency_due and r.emergency_met)),
    "pdg.requested": ("amount", _sum(lambda r: r.pdg_requested)),
    "pdg.approved": ("amount", _sum(lambda r: r.pdg_approved)),
}

_FACTS: Final[dict[str, FactFn]] = {
    "staff.fte": lambda facts, period: facts.staff_fte(period),
    "spend.total": _spend(None),
    **{f"spend.{line}": _spend(line) for line in SPEND_LINES},
}

MEASURES: Final[dict[str, Measure]] = {
    **{key: Measure(key, kind, child=fn) for key, (kind, fn) in _CHILD.items()},
    **{key: Measure(key, "amount", fact=fn) for key, fn in _FACTS.items()},
}

#: Published quantities that add up: (total, parts), in every breakdown row.
ADDITIVE: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("att.recorded", ("att.95", "att.90", "att.80", "att.below80")),
    ("att.persistent", ("att.80", "att.below80")),
    ("qa.rated", ("qa.green", "qa.amber", "qa.red")),
    ("post16.recorded", ("post16.eet", "post16.neet")),
)
