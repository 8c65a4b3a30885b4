"""Indicator values against hand-computed expectations (tests/helpers/monitoring_data.py)."""

from __future__ import annotations

import pytest

from helpers.monitoring_data import build, cohort
from vsdesk.monitoring.compute import MonitoringReturn
from vsdesk.monitoring.indicators import INDICATORS


def result(copies: int) -> MonitoringReturn:
    return build(cohort(copies))


# Eight archetypes × 5 copies: every share is the eight-child arithmetic of the helper.
EXPECTED = {
    "IMPL-01": (None, None, "extended"),
    "IMPL-02": (None, None, "yes"),
    "IMPL-03": (40, None, 40),
    "IMPL-04": (2.5, 40, 6.25),  # 2.5 FTE / 40 × 100
    "SPND-01": (53000, 40, 1325.0),
    "SPND-02": (None, 40, None),  # no grant line recorded
    "SPND-03": (3000, 40, 75.0),
    "SPND-04": (50000, 40, 1250.0),
    "SPND-05": (None, 40, None),
    "SPND-06": (26000, 40, 650.0),  # 5 × (800+400+1500+1500+400+600)
    "SPND-07": (15000, 40, 375.0),  # 5 × (800+300+1000+400+500)
    "SPND-08": (15000, 26000, 57.7),
    "SPND-09": (3000, 15000, 20.0),
    "PRAC-01": (5, 10, 50.0),  # C5 due 30 Nov, missed; C6 due 5 Oct, met 25 Sep
    "PRAC-02": (20, 40, 50.0),  # C1 C2 C4 C6
    "PRAC-03": (20, 40, 50.0),  # C3 (May) C5 (none) C7 (none) C8 (July)
    "PRAC-04": (30, 40, 75.0),
    "PRAC-05": (20, 30, 66.7),
    "PRAC-06": (5, 30, 16.7),
    "PRAC-07": (5, 30, 16.7),
    "PRAC-08": (30, 40, 75.0),  # all but C3 (empty) and C7
    "PRAC-09": (35, 40, 87.5),  # all but C4
    "PRAC-10": (10, 15, 66.7),  # C2, C8 of C2, C3, C8
    "PRAC-11": (5, 10, 50.0),  # emergency placements: C5 due 30 Nov, missed; C6 met
    "PRAC-12": (5, 40, 12.5),  # C3 (C1's reduced timetable ended 30 Nov)
    "PRAC-13": (5, 5, 100.0),  # C3's review date 1 Dec, before 19 Dec
    "PRAC-14": (5, 40, 12.5),  # C8
    "PRAC-15": (5, 40, 12.5),  # C2 since 1 Dec (C6's was resolved 1 Oct)
    "IMPA-01": (15, 35, 42.9),  # C1 96, C6 99, C7 95 of 7 recorded (not C5)
    "IMPA-02": (5, 35, 14.3),
    "IMPA-03": (10, 35, 28.6),  # C3 85, C8 89.9
    "IMPA-04": (5, 35, 14.3),
    "IMPA-05": (15, 35, 42.9),
    "IMPA-06": (10, 40, 25.0),  # C4, C8
    "IMPA-07": (20, 30, 66.7),  # green of rated targets: C1 1/2, C2 1/1, C3 0/1, C6 2/2
    "IMPA-08": (10, 15, 66.7),  # C1, C4 of C1, C2, C4 (C3's grades are words)
    "IMPA-09": (0, 5, 0.0),  # C4 is the only post-16 plan (Year 13), and NEET
    "IMPA-10": (5, 5, 100.0),
}


def test_every_indicator_has_an_expectation() -> None:
    assert set(EXPECTED) == {i.id for i in INDICATORS}


@pytest.mark.parametrize("indicator_id", sorted(EXPECTED))
def test_all_row_matches_hand_computation(indicator_id: str) -> None:
    row = result(5).row(indicator_id)
    numerator, denominator, value = EXPECTED[indicator_id]
    assert (row.numerator, row.denominator, row.value) == (numerator, denominator, value)
    assert not row.suppressed


@pytest.mark.parametrize(
    ("indicator_id", "breakdown", "expected"),
    [
        ("IMPL-03", "age:0-4", (0, None, 0)),
        ("IMPL-03", "age:5-9", (15, None, 15)),  # C2 C5 C8
        ("IMPL-03", "age:10-15", (15, None, 15)),  # C1 C3 C6
        ("IMPL-03", "age:16+", (5, None, 5)),  # C4
        ("IMPL-03", "age:unknown", (5, None, 5)),  # C7
        ("IMPL-03", "area:in", (25, None, 25)),  # C1 C3 C4 C6 C8
        ("IMPL-03", "area:out", (10, None, 10)),
        ("IMPL-03", "area:unknown", (5, None, 5)),
        ("IMPL-03", "placement:foster", (25, None, 25)),
        ("IMPL-03", "placement:unknown", (5, None, 5)),
        ("IMPA-05", "age:10-15", (5, 15, 33.3)),  # C3 of C1 C3 C6
        ("PRAC-03", "area:in", (10, 25, 40.0)),  # C3 C8
        ("SPND-06", "placement:residential", (7500, 5, 1500.0)),
        ("PRAC-01", "area:out", (0, 5, 0.0)),  # C5
        ("IMPL-03", "phase:early-years", (0, None, 0)),
        ("IMPL-03", "phase:school-age", (30, None, 30)),  # C1 C2 C3 C5 C6 C8 (Years 2–9)
        ("IMPL-03", "phase:post-16", (5, None, 5)),  # C4, Year 13
        ("IMPL-03", "phase:unknown", (5, None, 5)),  # C7: no date of birth
        ("PRAC-12", "phase:school-age", (5, 30, 16.7)),
        ("IMPA-10", "phase:post-16", (5, 5, 100.0)),
        ("IMPA-10", "phase:school-age", (0, 0, None)),
    ],
)
def test_breakdown_rows(indicator_id: str, breakdown: str, expected: tuple[object, ...]) -> None:
    row = result(5).row(indicator_id, breakdown)
    assert (row.numerator, row.denominator, row.value) == expected


def test_text_and_authority_indicators_are_not_broken_down() -> None:
    rows = result(5).rows
    for indicator in INDICATORS:
        count = sum(1 for row in rows if row.indicator.id == indicator.id)
        assert count == (20 if indicator.by_breakdown else 1), indicator.id


def test_categories_add_up_to_all() -> None:
    got = result(5)
    for prefix, size in (("age:", 5), ("placement:", 7), ("area:", 3), ("phase:", 4)):
        parts = [
            r for r in got.rows if r.indicator.id == "IMPL-03" and r.breakdown.startswith(prefix)
        ]
        assert len(parts) == size
        assert sum(r.numerator or 0 for r in parts) == 40


def test_previous_term_has_its_own_cohort() -> None:
    got = build(cohort(5), "2026-summer")
    assert got.row("IMPL-03").numerator == 15  # C3, C8 and X3 have summer plans
    assert got.row("IMPL-04").value is None  # no staff recorded for the summer
