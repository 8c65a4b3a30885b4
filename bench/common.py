"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Figure:
    """One measured line of docs/benchmarks.md."""

    area: str
    work: str
    value: str
    target: str = ""
    verdict: str = ""


def timed(action: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def median_seconds(action: Callable[[], object], runs: int = 5) -> float:
    return statistics.median(timed(action)[0] for _ in range(runs))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def against(seconds: float, limit: float) -> str:
    return f"{'met' if seconds < limit else 'MISSED'} ({seconds / limit:.2f}× the target)"


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
