"""Received stamps against the receiver's clock, and the stamp's node against its author."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from vsdesk.clock import millis
from vsdesk.domain.profiles import WALES, AuthorityProfile
from vsdesk.errors import ValidationError
from vsdesk.services.sync_payload import check_stamp_node
from vsdesk.sync.changes import Change
from vsdesk.sync.clock_checks import ClockAheadError, check_not_ahead, clock_behind
from vsdesk.sync.hlc import Stamp

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
DAY = timedelta(hours=24)


def change(at: datetime, node: str = "device-1", author: str = "device-1") -> Change:
    return Change(
        change_id="c1",
        entity="plan:p-1.plan-1",
        field="attendance.percent",
        value=90,
        base="",
        stamp=str(Stamp(millis(at), 0, node)),
        author=author,
        side="school",
    )


def test_a_stamp_just_within_the_limit_passes_and_just_past_it_is_refused() -> None:
    check_not_ahead([change(NOW + DAY)], NOW, DAY)
    with pytest.raises(ClockAheadError) as caught:
        check_not_ahead([change(NOW), change(NOW + DAY + timedelta(milliseconds=1))], NOW, DAY)
    assert "date and time look wrong" in str(caught.value)
    assert caught.value.code == "bundle-clock-ahead"


def test_the_clock_is_behind_only_past_the_limit() -> None:
    assert not clock_behind(None, NOW, DAY)
    assert not clock_behind(Stamp(millis(NOW + DAY), 0, "d"), NOW, DAY)
    assert clock_behind(Stamp(millis(NOW + DAY) + 1, 0, "d"), NOW, DAY)


def test_a_stamp_must_be_its_authors() -> None:
    check_stamp_node(change(NOW))
    with pytest.raises(ValidationError) as caught:
        check_stamp_node(change(NOW, node="device-2"))
    assert caught.value.field == "stamp"


def test_the_limit_is_in_the_profile_and_checked() -> None:
    assert WALES.max_clock_ahead_hours == 24
    assert AuthorityProfile.from_dict(WALES.to_dict() | {"max_clock_ahead_hours": 48}) != WALES
    old = WALES.to_dict()
    del old["max_clock_ahead_hours"]
    assert AuthorityProfile.from_dict(old) == WALES  # profiles sent before the limit existed
    for bad in (0, -1, 10**6, 2.5, True, "24"):
        with pytest.raises(ValidationError):
            AuthorityProfile.from_dict(WALES.to_dict() | {"max_clock_ahead_hours": bad})
