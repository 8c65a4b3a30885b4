"""Meeting-pack figures: a ~10-page pack (target < 0.5 s), a batch of 30, peak memory.

``python -m bench.bench_packs`` prints a markdown table; ``bench.run`` collects ``run()``.
Synthetic pupils only; nothing is asserted here.
"""

from __future__ import annotations

import io
import sys
import tempfile
import tracemalloc
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader

from bench.common import Figure, against, median_seconds, ms, peak_rss_mib, timed
from vsdesk.domain.model import Pupil
from vsdesk.domain.profiles import AuthorityProfile, default_profile
from vsdesk.packs import PackOptions, pupils_due, render_pack, write_packs
from vsdesk.services.synthetic import AUTHORITIES, generate_pupils

TODAY = date(2026, 11, 23)
TARGET_SECONDS = 0.5
PROFILES: dict[str, AuthorityProfile] = {
    a.id: default_profile(a.id, a.name, a.country) for a in AUTHORITIES
}
OPTIONS = PackOptions(lang="both", printed_by="Benchmark", printed_at=datetime(2026, 11, 23, 9))


def ten_page_pupil() -> Pupil:
    """Five years of termly plans (15 terms), printed bilingually: about ten pages."""
    return generate_pupils(1, 7, today=TODAY, terms=15)[0]


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def single_pack() -> list[Figure]:
    pupil = ten_page_pupil()
    profile = PROFILES[pupil.pupil.home_authority]
    cold, data = timed(lambda: render_pack(pupil, profile, OPTIONS))  # registers the fonts
    warm = median_seconds(lambda: render_pack(pupil, profile, OPTIONS), runs=7)
    locked = replace(OPTIONS, password="benchmark password")
    encrypted = median_seconds(lambda: render_pack(pupil, profile, locked), runs=5)
    pages = page_count(data)
    return [
        Figure(
            "packs",
            f"render a {pages}-page pack (median of 7)",
            ms(warm),
            "< 0.5 s",
            against(warm, TARGET_SECONDS),
        ),
        Figure("packs", "first pack in a process (fonts registered)", ms(cold)),
        Figure(
            "packs",
            f"{pages}-page pack, AES-256 password (median of 5)",
            ms(encrypted),
            "< 0.5 s",
            against(encrypted, TARGET_SECONDS),
        ),
        Figure("packs", "pack size", f"{len(data) / 1024:.0f} KiB"),
    ]


def batch() -> list[Figure]:
    """Thirty pupils due in one window, written to a folder as a teacher's batch print."""
    pupils = generate_pupils(30, 21, today=TODAY)
    due = pupils_due(pupils, TODAY, TODAY + timedelta(days=60))
    with tempfile.TemporaryDirectory() as folder:
        seconds, written = timed(lambda: write_packs(due, PROFILES, Path(folder), OPTIONS))
    return [
        Figure("packs", f"batch: write {len(written)} packs", f"{seconds:.2f} s"),
        Figure("packs", "batch: per pack", ms(seconds / max(1, len(written)))),
    ]


def memory() -> list[Figure]:
    pupil = ten_page_pupil()
    profile = PROFILES[pupil.pupil.home_authority]
    tracemalloc.start()
    render_pack(pupil, profile, OPTIONS)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return [
        Figure("packs", "peak Python allocations, one 10-page pack", f"{peak / 2**20:.1f} MiB"),
        Figure("packs", "peak RSS of the benchmark process", f"{peak_rss_mib():.0f} MiB"),
    ]


def run() -> list[Figure]:
    return [*single_pack(), *batch(), *memory()]


def main() -> int:
    lines = ["| work | figure | target | verdict |", "| --- | --- | --- | --- |"]
    lines += [f"| {f.work} | {f.value} | {f.target} | {f.verdict} |" for f in run()]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
