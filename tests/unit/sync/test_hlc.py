"""The hybrid logical clock: monotonic, causal, close to wall time, and sortable as text."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vsdesk.sync.hlc import (
    MAX_COUNTER,
    MAX_MILLIS,
    ClockError,
    HybridClock,
    Stamp,
    is_stamp,
)

T0 = 1_700_000_000_000
NODES = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,10}", fullmatch=True)
STAMPS = st.builds(Stamp, st.integers(0, MAX_MILLIS), st.integers(0, MAX_COUNTER), NODES)
#: Peers' stamps near this clock's time, so that the counters meet.
NEAR = st.builds(Stamp, st.integers(T0 - 100, T0 + 100), st.integers(0, 5), NODES)


class Wall:
    def __init__(self, millis: int = T0) -> None:
        self.millis = millis

    def __call__(self) -> int:
        return self.millis


def test_now_follows_the_wall_clock_when_it_moves_on() -> None:
    wall = Wall()
    clock = HybridClock("dev-a", wall=wall)
    assert clock.now() == Stamp(T0, 0, "dev-a")
    wall.millis += 5
    assert clock.now() == Stamp(T0 + 5, 0, "dev-a")


def test_now_counts_within_one_millisecond_and_when_the_wall_goes_back() -> None:
    wall = Wall()
    clock = HybridClock("dev-a", wall=wall)
    first = clock.now()
    second = clock.now()
    wall.millis -= 60_000  # the laptop's clock was corrected backwards
    third = clock.now()
    assert first < second < third
    assert (third.millis, third.counter) == (T0, 2)


@pytest.mark.parametrize(
    ("remote", "expected"),
    [
        (Stamp(T0 + 100, 7, "hub"), (T0 + 100, 8)),  # remote ahead: take its time, count on
        (Stamp(T0 - 100, 7, "hub"), (T0, 1)),  # remote behind: like a local event
        (Stamp(T0, 7, "hub"), (T0, 8)),  # same millisecond: above both counters
    ],
)
def test_observe_puts_the_clock_above_the_received_stamp(
    remote: Stamp, expected: tuple[int, int]
) -> None:
    clock = HybridClock("dev-a", wall=Wall())
    clock.now()
    stamp = clock.observe(remote)
    assert (stamp.millis, stamp.counter) == expected
    assert stamp > remote and clock.now() > stamp


def test_observe_accepts_the_encoded_form() -> None:
    clock = HybridClock("dev-a", wall=Wall())
    assert clock.observe(f"{T0 + 9:013d}-000003-hub") == Stamp(T0 + 9, 4, "dev-a")


@settings(max_examples=200, deadline=None)
@given(
    events=st.lists(st.one_of(st.integers(-50, 50), NEAR), max_size=40),
)
def test_every_stamp_is_above_everything_issued_or_observed_before(
    events: list[int | Stamp],
) -> None:
    wall = Wall()
    clock = HybridClock("me", wall=wall)
    ceiling: Stamp | None = None
    for event in events:
        if isinstance(event, Stamp):
            stamp = clock.observe(event)
            assert stamp > event
        else:
            wall.millis += event
            stamp = clock.now()
            assert stamp.millis >= wall.millis  # never behind the wall clock
        assert ceiling is None or stamp > ceiling
        ceiling = max(stamp, event) if isinstance(event, Stamp) else stamp


def test_a_full_counter_borrows_a_millisecond() -> None:
    clock = HybridClock("dev-a", wall=Wall())
    stamp = clock.observe(Stamp(T0, MAX_COUNTER, "hub"))
    assert (stamp.millis, stamp.counter) == (T0 + 1, 0)


def test_running_out_of_time_is_an_error_not_a_wrap() -> None:
    clock = HybridClock("dev-a", wall=Wall())
    with pytest.raises(ClockError):
        clock.observe(Stamp(MAX_MILLIS, MAX_COUNTER, "hub"))


def test_max_drift_refuses_a_peer_far_in_the_future() -> None:
    clock = HybridClock("dev-a", wall=Wall(), max_drift_ms=60_000)
    clock.observe(Stamp(T0 + 60_000, 0, "hub"))
    with pytest.raises(ClockError):
        clock.observe(Stamp(T0 + 60_001, 0, "hub"))
    assert clock.now().millis == T0 + 60_000  # the refused stamp left no trace


def test_a_clock_restored_from_its_last_stamp_never_repeats_it() -> None:
    last = Stamp(T0 + 1_000, 4, "dev-a")
    clock = HybridClock("dev-a", wall=Wall(), last=last)
    assert clock.last == last
    assert clock.now() == Stamp(T0 + 1_000, 5, "dev-a")


def test_a_wall_clock_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError):
        HybridClock("dev-a", wall=lambda: -1).now()


def test_stamps_from_many_threads_are_unique() -> None:
    clock = HybridClock("dev-a", wall=Wall())
    stamps: list[Stamp] = []

    def issue() -> None:
        stamps.extend(clock.now() for _ in range(500))

    threads = [threading.Thread(target=issue) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(stamps)) == 2_000


# --- encoding --------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(a=STAMPS, b=STAMPS)
def test_the_text_form_sorts_exactly_like_the_stamps(a: Stamp, b: Stamp) -> None:
    assert (str(a) < str(b)) == (a < b)
    assert (str(a) == str(b)) == (a == b)
    assert Stamp.parse(a.encode()) == a


def test_the_text_form_is_fixed_width() -> None:
    assert str(Stamp(42, 7, "hub")) == "0000000000042-000007-hub"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1700000000000-000000",
        "1700000000000-000000-",
        "170000000000-000000-hub",  # 12 digits
        "01700000000000-000000-hub",  # 14 digits
        "1700000000000-0000000-hub",
        "1700000000000-00000-hub",
        "1700000000000-000000-hub\n",
        " 1700000000000-000000-hub",
        "1700000000000_000000-hub",
        "1700000000000-000000-hub dev",
        "1700000000000-000000--hub",  # node must start with a letter or digit
        "\u0661700000000000-000000-hub",  # an Arabic-Indic digit
        "1700000000000-000000-" + "h" * 65,
        "1700000000000-000000-hüb",
    ],
)
def test_parsing_is_strict(text: str) -> None:
    assert not is_stamp(text)
    with pytest.raises(ValueError):
        Stamp.parse(text)


@pytest.mark.parametrize("bad", [None, 1700000000000, b"1700000000000-000000-hub"])
def test_parsing_refuses_what_is_not_text(bad: object) -> None:
    with pytest.raises(ValueError):
        Stamp.parse(bad)


@pytest.mark.parametrize(
    ("millis", "counter", "node"),
    [(-1, 0, "a"), (MAX_MILLIS + 1, 0, "a"), (0, MAX_COUNTER + 1, "a"), (True, 0, "a"), (0, 0, "")],
)
def test_a_stamp_out_of_range_cannot_be_made(millis: int, counter: int, node: str) -> None:
    with pytest.raises(ValueError):
        Stamp(millis, counter, node)


def test_a_clock_needs_a_valid_node_id() -> None:
    with pytest.raises(ValueError):
        HybridClock("not a party id")
