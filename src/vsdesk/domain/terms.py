"""School terms, named like ``2026-autumn``.

The year is the calendar year in which the term falls; the school year 2025/26 is
``2025-autumn``, ``2026-spring``, ``2026-summer``. Names sort by :func:`term_key`, never as
strings (``autumn`` < ``spring`` alphabetically).
"""

from __future__ import annotations

from datetime import date

from vsdesk.errors import ValidationError

SEASONS = ("spring", "summer", "autumn")


def term_key(term: str) -> tuple[int, int]:
    """Sort key; a plan with no term yet sorts before every named term."""
    if not term:
        return 0, 0
    year, season = parse_term(term)
    return year, SEASONS.index(season)


def parse_term(term: str) -> tuple[int, str]:
    year_text, _, season = term.partition("-")
    if not (year_text.isdigit() and len(year_text) == 4 and season in SEASONS):
        raise ValidationError("A term is written like 2026-autumn.", field="plan.term")
    return int(year_text), season


def term_of(day: date) -> str:
    """The term a date falls in (Jan–Mar spring, Apr–Aug summer, Sep–Dec autumn)."""
    season = "spring" if day.month <= 3 else "summer" if day.month <= 8 else "autumn"
    return f"{day.year}-{season}"


def previous_term(term: str) -> str:
    year, season = parse_term(term)
    index = SEASONS.index(season)
    return f"{year - 1}-autumn" if index == 0 else f"{year}-{SEASONS[index - 1]}"


def term_end(term: str) -> date:
    """Last day a termly review may fall on (a fixed approximation of term dates)."""
    year, season = parse_term(term)
    return {"spring": date(year, 3, 31), "summer": date(year, 7, 20), "autumn": date(year, 12, 19)}[
        season
    ]


def next_term(term: str) -> str:
    year, season = parse_term(term)
    index = SEASONS.index(season)
    return f"{year + 1}-spring" if index == 2 else f"{year}-{SEASONS[index + 1]}"
