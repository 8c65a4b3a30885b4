"""Per-device rate limits: a token bucket for each device, in this process's memory.

Each hub process keeps its own buckets, so N processes allow up to N times the rate; the
limit is there to stop a runaway or stolen device from hogging the hub, not to meter use.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from vsdesk.clock import Clock, system_clock


@dataclass
class _Bucket:
    tokens: float
    at: float


class RateLimiter:
    def __init__(self, per_minute: int, burst: int, clock: Clock = system_clock) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.clock = clock
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        """Take one token from ``key``'s bucket; False when it is empty."""
        now = self.clock().timestamp()
        with self._lock:
            bucket = self._buckets.get(key) or _Bucket(self.burst, now)
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.at) * self.rate)
            bucket.at = now
            self._buckets[key] = bucket
            if bucket.tokens < 1:
                return False
            bucket.tokens -= 1
            return True
