"""The four fixed breakdowns every child-level indicator is cut by, with an ``unknown`` each.

The category lists are fixed (not "whatever occurs"), so two authorities' returns have the
same rows and can be put side by side, and so that each dimension's categories always add up
to the ``all`` row: every child falls in exactly one category of each dimension.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from vsdesk.domain.model import PLACEMENT_TYPES
from vsdesk.domain.phases import Phase, PhaseReading
from vsdesk.domain.school_calendar import age_on

ALL: Final = "all"
UNKNOWN: Final = "unknown"
#: Age bands of the DfE's children-looked-after statistics (SSDA903), under-1 folded into 0-4.
AGE_BANDS: Final = ("0-4", "5-9", "10-15", "16+")
AREAS: Final = ("in", "out")
#: The phase of the period's plan (:func:`vsdesk.domain.phases.plan_phase`).
PHASES: Final = tuple(phase.value for phase in Phase)

DIMENSIONS: Final[dict[str, tuple[str, ...]]] = {
    "age": (*AGE_BANDS, UNKNOWN),
    "placement": (*PLACEMENT_TYPES, UNKNOWN),
    "area": (*AREAS, UNKNOWN),
    "phase": (*PHASES, UNKNOWN),
}


def breakdown_names() -> list[str]:
    """``all`` first, then ``age:0-4`` … in a fixed order."""
    return [ALL] + [f"{dim}:{cat}" for dim, cats in DIMENSIONS.items() for cat in cats]


def age_band(born: date | None, on: date) -> str:
    if born is None:
        return UNKNOWN
    age = age_on(born, on)
    if age < 0:
        return UNKNOWN
    return "0-4" if age <= 4 else "5-9" if age <= 9 else "10-15" if age <= 15 else "16+"


def placement(value: str | None) -> str:
    return value if value in PLACEMENT_TYPES else UNKNOWN


def phase(reading: PhaseReading) -> str:
    """Unknown without a date of birth (the school-age default is not a fact to count)."""
    return reading.phase.value if reading.known else UNKNOWN


def area(school: str, in_area_schools: frozenset[str] | None) -> str:
    """In area when the school is on the Virtual School's list; unknown without a list."""
    if in_area_schools is None or not school.strip():
        return UNKNOWN
    return "in" if _fold(school) in {_fold(s) for s in in_area_schools} else "out"


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())
