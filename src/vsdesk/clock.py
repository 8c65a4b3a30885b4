"""The one place the product reads the wall clock.

Everything that needs the time takes a :data:`Clock` (a callable returning an aware UTC
``datetime``) and defaults to :func:`system_clock`. Tests inject their own clock, or move
this one with ``time-machine``; a test (``tests/unit/test_wall_clock_guard.py``) fails if any
other module under ``src/`` reads the wall clock itself. Keeping the reads here is what lets
the suite pass on any date: an invitation made "now" is opened "now" by the same clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

__all__ = ["Clock", "millis", "system_clock", "system_millis", "to_local"]

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Now, as an aware UTC datetime."""
    return datetime.now(UTC)


def millis(moment: datetime) -> int:
    """Milliseconds since the Unix epoch of an aware datetime."""
    return int(moment.timestamp() * 1000)


def system_millis() -> int:
    """Now in Unix milliseconds: the wall-clock part of hybrid logical clock stamps."""
    return millis(system_clock())


def to_local(moment: datetime) -> datetime:
    """An aware moment in the computer's time zone, naive, as a teacher reads a clock."""
    return moment.astimezone().replace(tzinfo=None)
