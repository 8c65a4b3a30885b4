"""Time on the hub: an injectable clock and one text form for every stored moment.

Moments are stored as fixed-width UTC text (``2026-11-23T14:05:09.123456Z``) rather than
database datetimes, because SQLite has no time zones and PostgreSQL does: fixed-width UTC
text compares the same way in both, so "unassigned since the last export" is one ``>=``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from vsdesk.clock import Clock, system_clock

__all__ = ["Clock", "from_text", "to_text", "utc_now"]

_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


utc_now = system_clock


def to_text(moment: datetime) -> str:
    """An aware datetime as stored text; naive datetimes are a caller bug."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("hub timestamps must be timezone-aware")
    return moment.astimezone(UTC).strftime(_FORMAT)


def from_text(text: str) -> datetime:
    return datetime.strptime(text, _FORMAT).replace(tzinfo=UTC)
