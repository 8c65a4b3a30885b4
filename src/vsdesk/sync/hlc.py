"""Hybrid logical clocks (Kulkarni et al., 2014): causal order with wall-clock-like stamps.

Every change carries a stamp ``(millis, counter, node)``. The clock keeps the wall-clock
part at the largest time it has seen, from its own wall clock or from a stamp it received,
and breaks ties with the counter, so:

- a stamp is greater than every stamp its node had issued or observed before it (so a change
  made on top of a version always sorts after that version, whatever the wall clocks say);
- stamps stay close to real time, so "the later edit wins" means what a teacher expects;
- the node id makes stamps of different devices distinct, so the order is total.

Stamps are written as ``"{millis:013d}-{counter:06d}-{node}"``. The numbers have a fixed
width and node ids are ASCII, so comparing two encoded stamps as strings (in Python, or as
a SQL ``TEXT`` column) gives the same answer as comparing the stamps. Parsing is strict:
one stamp has exactly one encoding.

The wall clock is injected (``wall``: a callable returning Unix milliseconds) so tests and
simulations control time; nothing here reads a file or the network.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from vsdesk.clock import system_millis

__all__ = [
    "MAX_COUNTER",
    "MAX_MILLIS",
    "NODE_PATTERN",
    "ClockError",
    "HybridClock",
    "Stamp",
    "WallClock",
    "is_stamp",
    "system_millis",
]

#: Largest wall-clock part: 13 digits (the year 2286).
MAX_MILLIS: Final = 10**13 - 1
#: Largest counter: 6 digits. Past it the clock borrows one millisecond (see ``_next``).
MAX_COUNTER: Final = 10**6 - 1
#: A node id is a party id (the same pattern as ``vsdesk.sync.crypto.PARTY_ID_PATTERN``,
#: repeated here so that the clock does not load the crypto backend).
NODE_PATTERN: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")
_STAMP_PATTERN: Final = re.compile(r"([0-9]{13})-([0-9]{6})-(" + NODE_PATTERN.pattern + ")")

WallClock = Callable[[], int]


class ClockError(ValueError):
    """A stamp cannot be issued: time ran past the encodable range, or a peer is too far ahead.

    A ``ValueError`` so that callers reading a peer's stamps treat it like any other
    malformed input.
    """


@dataclass(frozen=True, order=True)
class Stamp:
    """One instant of a hybrid logical clock; stamps compare as ``(millis, counter, node)``."""

    millis: int
    counter: int
    node: str

    def __post_init__(self) -> None:
        _check_int("millis", self.millis, MAX_MILLIS)
        _check_int("counter", self.counter, MAX_COUNTER)
        if not isinstance(self.node, str) or NODE_PATTERN.fullmatch(self.node) is None:
            raise ValueError("stamp node is not a valid party id")

    def __str__(self) -> str:
        return f"{self.millis:013d}-{self.counter:06d}-{self.node}"

    def encode(self) -> str:
        """The sortable string form, as written in change records."""
        return str(self)

    @classmethod
    def parse(cls, text: object) -> Stamp:
        """Read an encoded stamp; ``ValueError`` unless ``text`` is exactly one stamp."""
        match = _STAMP_PATTERN.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError("not a clock stamp")
        return cls(int(match[1]), int(match[2]), match[3])


def is_stamp(text: object) -> bool:
    """Tell whether ``text`` is a well-formed encoded stamp."""
    return isinstance(text, str) and _STAMP_PATTERN.fullmatch(text) is not None


def _check_int(name: str, value: object, maximum: int) -> None:
    if type(value) is not int or not 0 <= value <= maximum:
        raise ValueError(f"stamp {name} must be an integer from 0 to {maximum}")


class HybridClock:
    """The clock of one node: issues stamps for local events and absorbs received stamps.

    ``last`` restores the clock from a persisted stamp (persist :attr:`last` with every
    change you record), so a restarted app never issues a stamp below one it issued before.
    ``max_drift_ms``, if given, makes :meth:`observe` refuse a stamp that far ahead of the
    local wall clock, so one device with a wrong clock cannot drag every clock forward.
    Safe to share between threads.
    """

    def __init__(
        self,
        node: str,
        *,
        wall: WallClock = system_millis,
        last: Stamp | None = None,
        max_drift_ms: int | None = None,
    ) -> None:
        self._origin = Stamp(0, 0, node)  # validates the node id
        self._wall = wall
        self._millis, self._counter = (last.millis, last.counter) if last else (0, 0)
        self._max_drift_ms = max_drift_ms
        self._last = Stamp(last.millis, last.counter, node) if last else None
        self._lock = threading.Lock()

    @property
    def node(self) -> str:
        return self._origin.node

    @property
    def last(self) -> Stamp | None:
        """The last stamp issued (or restored from ``last``); ``None`` before the first."""
        return self._last

    def now(self) -> Stamp:
        """A stamp for a local event: greater than every stamp issued or observed so far."""
        with self._lock:
            return self._advance(self._read_wall(), None)

    def observe(self, remote: Stamp | str) -> Stamp:
        """Absorb a received stamp; returns a stamp for the receive event, above both clocks."""
        stamp = remote if isinstance(remote, Stamp) else Stamp.parse(remote)
        with self._lock:
            wall = self._read_wall()
            if self._max_drift_ms is not None and stamp.millis > wall + self._max_drift_ms:
                raise ClockError("a received clock stamp is too far ahead of this clock")
            return self._advance(wall, stamp)

    def _read_wall(self) -> int:
        wall = self._wall()
        _check_int("wall clock", wall, MAX_MILLIS)
        return wall

    def _advance(self, wall: int, remote: Stamp | None) -> Stamp:
        """Kulkarni's send/receive rules: keep the largest millis, count within it."""
        candidates = [(self._millis, self._counter + 1), (wall, 0)]
        if remote is not None:
            candidates.append((remote.millis, remote.counter + 1))
        millis, counter = max(candidates)
        self._millis, self._counter = _carry(millis, counter)
        self._last = Stamp(self._millis, self._counter, self.node)
        return self._last


def _carry(millis: int, counter: int) -> tuple[int, int]:
    """Keep the counter in six digits by borrowing a millisecond: still strictly increasing."""
    if counter <= MAX_COUNTER:
        return millis, counter
    if millis >= MAX_MILLIS:
        raise ClockError("the clock has run past the largest time a stamp can hold")
    return millis + 1, 0
