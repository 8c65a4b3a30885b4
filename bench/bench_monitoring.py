"""Monitoring-return figures: 5,000 pupils over 3 terms, on SQLite and on PostgreSQL.

A hub is made with 5,000 fictional pupils of its own authority, each with three termly plans
(15,000 plans), written straight through the pupil repository (the sync change log is not
the work measured here), plus the Virtual School's facts. Then ``write_monitoring`` runs end
to end, three times into fresh folders (median shown): read every pupil from the store for
this term and last, cut the records, compute and suppress both returns, write
``indicators.csv``, ``data-dictionary.csv`` and the English and Welsh committee PDFs. The
read-and-compute part and the files part are timed apart as well.

PostgreSQL is a throwaway server started with ``tests/helpers/postgres.py`` (``initdb`` +
``pg_ctl`` on a Unix socket in a temp folder); without it, only SQLite is reported.
``python -m bench.bench_monitoring`` prints the figures; ``bench.run`` collects ``run()``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.common import Figure, timed
from vsdesk.hub.services.authority import hub_info, initialise
from vsdesk.hub.storage.store import HubStore, default_url
from vsdesk.kdf import TEST_KDF
from vsdesk.monitoring.compute import compute_return
from vsdesk.monitoring.periods import Period
from vsdesk.monitoring.reader import read_input
from vsdesk.monitoring.report import write_monitoring
from vsdesk.monitoring.school_facts import parse_pair
from vsdesk.monitoring.school_store import SchoolFactsStore
from vsdesk.services.synthetic import Authority, generate_pupils
from vsdesk.storage.pupil_repository import PupilRepository

AREA = "monitoring"
PUPILS = 5_000
TERMS = 3
SEED = 13
RUNS = 3
PASSPHRASE = "benchmark hub passphrase"
FACTS = (
    "model=extended", "head-appointed=yes", "in-area-schools=Ysgol y Dŵr Gwyn; Riverside Academy",
    "staff.{p}.head=1", "staff.{p}.education-officer=6.5", "spend.{p}.pdg-lac=1200000",
    "spend.{p}.staff=310000", "spend.{p}.commissioned=90000", "spend.{p}.grant=40000",
)  # fmt: skip


def fill(url: str) -> tuple[HubStore, str]:
    store = initialise(url, name="Caerdydd", country="wales", authority_id="caerdydd",
                       passphrase=PASSPHRASE, kdf=TEST_KDF)  # fmt: skip
    pupils = generate_pupils(PUPILS, SEED, terms=TERMS,
                             authorities=(Authority("caerdydd", "Caerdydd", "wales"),))  # fmt: skip
    with store.session() as session:
        PupilRepository(session).add_many(pupils)
    period = pupils[0].plans[-1].plan.term  # the generator's "this term"
    previous = Period.of(period).previous().name
    facts = [f.format(p=p) for f in FACTS for p in {period, previous}]
    SchoolFactsStore(store, "bench").set([parse_pair(f) for f in dict.fromkeys(facts)])
    return store, period


def median_of(action: Callable[[], object]) -> float:
    return statistics.median(timed(action)[0] for _ in range(RUNS))


def measure(label: str, url: str) -> list[Figure]:
    started, (store, period) = timed(lambda: fill(url))
    try:
        info = hub_info(store)
        periods = [Period.of(period), Period.of(period).previous()]
        folder = Path(tempfile.mkdtemp(prefix="vsdesk-bench-mon-"))
        runs = iter(range(RUNS))

        def whole() -> None:
            write_monitoring(store, (info.authority_id, info.name), period,
                             folder / f"run-{next(runs)}")  # fmt: skip

        def read_and_compute() -> None:
            data = read_input(store, info.authority_id, periods)
            for p in periods:
                compute_return(data.records[p.name], data.facts, p.name)

        total = median_of(whole)
        reading = median_of(read_and_compute)
    finally:
        store.close()
    return [
        Figure(
            AREA,
            f"{label}: monitoring return, {PUPILS:,} pupils × {TERMS} terms "
            "(this term and last; CSVs and both PDFs), median of 3",
            f"{total:.2f} s",
        ),
        Figure(
            AREA,
            f"{label}: … of which read the pupils, cut records, compute and suppress both terms",
            f"{reading:.2f} s",
        ),
        Figure(
            AREA,
            f"{label}: … of which write the four files (by difference)",
            f"{total - reading:.2f} s",
        ),
        Figure(
            AREA,
            f"{label}: loading the {PUPILS:,} pupils (set-up, not the return)",
            f"{started:.1f} s",
        ),
    ]


def sqlite() -> list[Figure]:
    folder = Path(tempfile.mkdtemp(prefix="vsdesk-bench-mon-hub-"))
    return measure("SQLite", default_url(folder))


def postgres() -> list[Figure]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    try:
        from helpers.postgres import start_server

        server = start_server()
    except BaseException as error:  # pytest.skip raises a BaseException outside pytest
        return [Figure(AREA, "PostgreSQL", f"not measured: no server ({type(error).__name__})")]
    try:
        return measure("PostgreSQL", server.create_database())
    finally:
        server.stop()


def run() -> list[Figure]:
    return [*sqlite(), *postgres()]


def main() -> int:
    lines = ["| work | figure |", "| --- | --- |"]
    lines += [f"| {f.work} | {f.value} |" for f in run()]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
