"""A monitoring period is a school term (``2026-autumn``): its first and last day.

A term runs from the day after the previous term's end to its own end
(:func:`vsdesk.domain.terms.term_end`), so the periods tile the year with no gap: every
meeting and every deadline falls in exactly one period, holidays included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from vsdesk.domain.terms import parse_term, previous_term, term_end


@dataclass(frozen=True)
class Period:
    name: str
    start: date
    end: date

    @classmethod
    def of(cls, name: str) -> Period:
        parse_term(name)  # ValidationError for anything but 2026-autumn and the like
        return cls(name, term_end(previous_term(name)) + timedelta(days=1), term_end(name))

    def previous(self) -> Period:
        return Period.of(previous_term(self.name))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end
