"""Received clock stamps against the receiver's own clock (issue 8, part 3).

A hybrid logical clock keeps the largest time it has seen. One computer whose date is years
ahead would, through its stamps, drag every replica's clock years ahead with it, and from
then on "the later edit wins" would favour whoever synced with it. So a receiver refuses a
bundle that carries a stamp further ahead of its own clock than the authority's profile
allows (``AuthorityProfile.max_clock_ahead_hours``, 24 hours by default), *before* its own
clock observes any stamp: a refused bundle moves nothing, and the receiver goes on working
for everyone else.

The other direction is the sender's business: a device whose clock was ahead and has been
corrected finds its own newest stamp ahead of its wall clock, warns
(:func:`clock_behind`), and re-stamps what it has not yet had acknowledged before sending it
(``services.restamp``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Final

from vsdesk.clock import millis
from vsdesk.errors import NOTHING_CHANGED, BundleError
from vsdesk.sync.changes import Change
from vsdesk.sync.hlc import Stamp

__all__ = ["DEFAULT_LIMIT", "ClockAheadError", "check_not_ahead", "clock_behind"]

DEFAULT_LIMIT: Final = timedelta(hours=24)


class ClockAheadError(BundleError):
    """A received stamp is further ahead of this computer's clock than the limit allows."""

    code = "bundle-clock-ahead"
    default_message = (
        "This bundle was refused: it carries changes dated further in the future than "
        "allowed, so the sending computer's date and time look wrong (or this computer's). "
        "Ask whoever sent it to correct that computer's clock, then send again with "
        "'sync export --resend'. " + NOTHING_CHANGED
    )


def check_not_ahead(changes: Iterable[Change], now: datetime, limit: timedelta) -> None:
    """Refuse if any change's stamp is more than ``limit`` ahead of ``now``."""
    latest = millis(now + limit)
    for change in changes:
        if Stamp.parse(change.stamp).millis > latest:
            raise ClockAheadError()


def clock_behind(newest: Stamp | None, now: datetime, limit: timedelta) -> bool:
    """Whether this computer's clock is behind the newest stamp it recorded by over ``limit``.

    That happens after its date was wrong (ahead) for a while and has since been corrected,
    or after it observed a stamp from such a computer.
    """
    return newest is not None and newest.millis > millis(now + limit)
