"""The test suite's wall time on this machine's cores, against the 4-minute budget.

`make test` must stay under 4 minutes on 2 cores or people stop running it. This runs the
same pytest command `make test` runs (without ruff and mypy, which take seconds) and
reports the wall time; nothing in the suite asserts a time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench.common import Figure, against, timed

ROOT = Path(__file__).resolve().parents[1]
BUDGET_SECONDS = 240.0


def run() -> list[Figure]:
    command = [sys.executable, "-m", "pytest", "-q", "-n", "auto", "--dist", "loadgroup"]
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    seconds, done = timed(
        lambda: subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    )
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "no output"
    return [
        Figure(
            "suite",
            f"`pytest -n auto` on {os.cpu_count()} cores ({summary.strip('= ')})",
            f"{seconds:.0f} s",
            "< 240 s",
            against(seconds, BUDGET_SECONDS),
        )
    ]
