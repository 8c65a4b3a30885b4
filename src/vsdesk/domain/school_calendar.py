"""School days in England and Wales, approximately: weekends, bank holidays and the usual
holidays of the school year.

Authorities set their own term dates and publish them late, so this is a fixed pattern
(half terms in the last week of October, mid-February and the end of May; Christmas from
20 December to 3 January; two weeks at Easter; the summer from 22 July to 2 September).
It serves *warnings* (a PEP meeting set on a day the school is shut) and the demo
generator, never a refusal: a real closure list from the authority would replace it.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache


def easter_sunday(year: int) -> date:
    """Gregorian Easter (the anonymous algorithm, as in every almanac)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month = (h + el - 7 * m + 114) // 31
    day = (h + el - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _monday_on_or_after(day: date) -> date:
    return day + timedelta(days=(7 - day.weekday()) % 7)


def _last_monday(year: int, month: int) -> date:
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=last.weekday())


def _substitute(days: list[date]) -> list[date]:
    """A holiday on a weekend moves to the next weekday not already a holiday."""
    taken: list[date] = []
    for day in days:
        while day.weekday() >= 5 or day in taken:
            day += timedelta(days=1)
        taken.append(day)
    return taken


@cache
def bank_holidays(year: int) -> frozenset[date]:
    """England and Wales's bank holidays (the standard pattern, without one-off extras)."""
    easter = easter_sunday(year)
    fixed = _substitute([date(year, 1, 1)])
    christmas = _substitute([date(year, 12, 25), date(year, 12, 26)])
    return frozenset(
        {
            *fixed,
            easter - timedelta(days=2),
            easter + timedelta(days=1),
            _monday_on_or_after(date(year, 5, 1)),
            _last_monday(year, 5),
            _last_monday(year, 8),
            *christmas,
        }
    )


def _span(start: date, end: date) -> set[date]:
    return {start + timedelta(days=n) for n in range((end - start).days + 1)}


@cache
def school_holidays(year: int) -> frozenset[date]:
    """Holiday days that fall in calendar ``year`` (weekdays and weekends alike)."""
    easter = easter_sunday(year)
    half_term_oct = _last_monday(year, 10)
    half_term_feb = _monday_on_or_after(date(year, 2, 15))
    half_term_may = _last_monday(year, 5)
    days = (
        _span(date(year, 1, 1), date(year, 1, 3))
        | _span(half_term_feb, half_term_feb + timedelta(days=4))
        | _span(easter - timedelta(days=9), easter + timedelta(days=5))
        | _span(half_term_may, half_term_may + timedelta(days=4))
        | _span(date(year, 7, 22), date(year, 9, 2))
        | _span(half_term_oct, half_term_oct + timedelta(days=4))
        | _span(date(year, 12, 20), date(year, 12, 31))
    )
    return frozenset(days)


def is_school_day(day: date) -> bool:
    """A weekday in term that is not a bank holiday."""
    return (
        day.weekday() < 5
        and day not in bank_holidays(day.year)
        and day not in school_holidays(day.year)
    )


def next_school_day(day: date) -> date:
    """``day`` itself if the school is open, else the next day it is."""
    while not is_school_day(day):
        day += timedelta(days=1)
    return day


def age_on(born: date, day: date) -> int:
    """Whole years of age on ``day``."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def school_year_start(day: date) -> int:
    """The calendar year in which the school year holding ``day`` began (1 September)."""
    return day.year if day.month >= 9 else day.year - 1


def year_group_for(born: date, school_year: int) -> int:
    """National Curriculum year in the school year starting September ``school_year``.

    A child starts Reception (Year 0) in the September after their fourth birthday, so the
    year group is the age on 31 August before the school year, less four: a child born on
    1 September is the youngest of the next cohort.
    """
    return age_on(born, date(school_year, 8, 31)) - 4
