"""A period's return: every indicator in every breakdown row, with its suppression applied.

Pure: child records and the Virtual School's facts in, rows out. The rows hold numbers and
flags only; how a hidden figure is written (``*``) is the writers' business.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vsdesk.monitoring import breakdowns
from vsdesk.monitoring.indicators import INDICATORS, SCHEMA_VERSION, Indicator
from vsdesk.monitoring.measures import ADDITIVE, MEASURES
from vsdesk.monitoring.records import ChildRecord
from vsdesk.monitoring.school_facts import SchoolFacts
from vsdesk.monitoring.suppression import Cell, CellKey, Constraint, suppress

_SCALE = {"count": 1.0, "percent": 100.0, "per-100": 100.0, "gbp-per-child": 1.0}
_DIGITS = {"count": 0, "percent": 1, "per-100": 2, "gbp-per-child": 2}


@dataclass(frozen=True)
class Row:
    indicator: Indicator
    period: str
    breakdown: str
    numerator: float | None
    denominator: float | None
    value: float | str | None
    numerator_hidden: bool = False
    denominator_hidden: bool = False

    @property
    def suppressed(self) -> bool:
        return self.numerator_hidden or self.denominator_hidden


@dataclass(frozen=True)
class MonitoringReturn:
    period: str
    rows: tuple[Row, ...]
    schema_version: str = SCHEMA_VERSION

    def row(self, indicator_id: str, breakdown: str = breakdowns.ALL) -> Row:
        return next(
            r for r in self.rows if r.indicator.id == indicator_id and r.breakdown == breakdown
        )


def compute_return(
    records: Sequence[ChildRecord], facts: SchoolFacts, period: str
) -> MonitoringReturn:
    cells = measure_cells(records, facts, period)
    hidden = suppress(cells, constraints())
    rows = [
        _row(indicator, period, breakdown, cells, hidden, facts)
        for indicator in INDICATORS
        for breakdown in (breakdowns.breakdown_names() if indicator.by_breakdown else ["all"])
    ]
    return MonitoringReturn(period, tuple(rows))


def groups(records: Sequence[ChildRecord]) -> dict[str, list[ChildRecord]]:
    """Records per breakdown row (``all``, ``age:0-4``, …), every row present."""
    found: dict[str, list[ChildRecord]] = {name: [] for name in breakdowns.breakdown_names()}
    found[breakdowns.ALL] = list(records)
    for record in records:
        for dimension in breakdowns.DIMENSIONS:
            found[f"{dimension}:{record.category(dimension)}"].append(record)
    return found


def measure_cells(
    records: Sequence[ChildRecord], facts: SchoolFacts, period: str
) -> dict[CellKey, Cell]:
    cells: dict[CellKey, Cell] = {}
    by_row = groups(records)
    for measure in MEASURES.values():
        if measure.child is not None:
            for breakdown, members in by_row.items():
                value, contributors = measure.child(members)
                cells[(measure.id, breakdown)] = Cell(value, contributors, measure.kind)
        elif measure.fact is not None:
            fact = measure.fact(facts, period)
            if fact is not None:
                cells[(measure.id, breakdowns.ALL)] = Cell(fact, None, measure.kind)
    return cells


def constraints() -> list[Constraint]:
    """Every group of published cells that adds up (see :mod:`.suppression`)."""
    found: list[Constraint] = []
    for measure in MEASURES.values():
        if measure.child is None:
            continue
        for dimension, categories in breakdowns.DIMENSIONS.items():
            parts = tuple((measure.id, f"{dimension}:{c}") for c in categories)
            found.append(Constraint((measure.id, breakdowns.ALL), parts))
    for breakdown in breakdowns.breakdown_names():
        for total, members in ADDITIVE:
            found.append(Constraint((total, breakdown), tuple((m, breakdown) for m in members)))
    return found


def _row(
    indicator: Indicator,
    period: str,
    breakdown: str,
    cells: dict[CellKey, Cell],
    hidden: set[CellKey],
    facts: SchoolFacts,
) -> Row:
    if indicator.unit == "text":
        return Row(indicator, period, breakdown, None, None, _text_value(indicator, facts))
    num_key = (indicator.numerator or "", breakdown)
    den_key = (indicator.denominator or "", breakdown)
    numerator = cells[num_key].value if num_key in cells else None
    denominator = cells[den_key].value if den_key in cells else None
    return Row(
        indicator,
        period,
        breakdown,
        numerator,
        denominator,
        _value(indicator, numerator, denominator),
        numerator_hidden=num_key in hidden,
        denominator_hidden=den_key in hidden,
    )


def _value(
    indicator: Indicator, numerator: float | None, denominator: float | None
) -> float | None:
    if numerator is None:
        return None
    if indicator.denominator is None:
        return numerator
    if not denominator:
        return None
    return round(numerator / denominator * _SCALE[indicator.unit], _DIGITS[indicator.unit])


def _text_value(indicator: Indicator, facts: SchoolFacts) -> str | None:
    if indicator.id == "IMPL-01":
        return facts.model
    if facts.head_appointed is None:
        return None
    return "yes" if facts.head_appointed else "no"
