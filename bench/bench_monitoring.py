"""Monitoring-return figures: 5,000 pupils over 3 terms, on SQLite and on PostgreSQL.

A hub is made with 5,000 fictional pupils of its own authority, each with three termly plans
(15,000 plans), written straight through the pupil repository (the sync change log is not
the work measured here), plus the Virtual School's facts. Then ``write_monitoring`` runs end
to end, three times into fresh folders (median shown): read every pupil from the store for
this term and last, cut the records, compute and suppress both returns, write
``indicators.csv``, ``data-dictionary.csv`` and the English and Welsh committee PDFs. The
read-and-compute part and the files part are timed apart as well. Each figure is wall-clock
and this process's CPU time: on a shared machine the CPU time is the steadier of the two
(on PostgreSQL it leaves out the server's own work).

PostgreSQL is a throwaway server started with ``tests/helpers/postgres.py`` (``initdb`` +
``pg_ctl`` on a Unix socket in a temp folder); without it, only SQLite is reported.
``python -m bench.bench_monitoring`` prints the figures; ``bench.run`` collects ``run()``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import Figure, timed
from vsdesk.hub.services.authority import hub_info, initialise
from vsdesk.hub.storage.store import HubStore, default_url
from vsdesk.kdf import TEST_KDF
from vsdesk.monitoring.committee_pdf import committee_pdf
from vsdesk.monitoring.compute import compute_return
from vsdesk.monitoring.csv_output import dictionary_csv, indicators_csv
from vsdesk.monitoring.periods import Period
from vsdesk.monitoring.reader import read_input
from vsdesk.monitoring.report import build_returns, write_monitoring
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


def median_of(action: Callable[[], object]) -> tuple[float, float]:
    """Median wall-clock and median CPU seconds of this process over ``RUNS`` runs."""
    walls, cpus = [], []
    for _ in range(RUNS):
        cpu = time.process_time()
        walls.append(timed(action)[0])
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def measure(label: str, url: str) -> list[Figure]:
    started, (store, period) = timed(lambda: fill(url))
    try:
        info = hub_info(store)
        authority = (info.authority_id, info.name)
        periods = [Period.of(period), Period.of(period).previous()]
        folder = Path(tempfile.mkdtemp(prefix="vsdesk-bench-mon-"))
        runs = iter(range(RUNS * 2))

        def whole() -> None:
            write_monitoring(store, authority, period, folder / f"run-{next(runs)}")

        def read_and_compute() -> None:
            data = read_input(store, info.authority_id, periods)
            for p in periods:
                compute_return(data.records[p.name], data.facts, p.name)

        returns = build_returns(store, info.authority_id, period)

        def files_only() -> None:
            out = folder / f"files-{next(runs)}"
            out.mkdir()
            (out / "indicators.csv").write_text(indicators_csv(returns.current), "utf-8")
            (out / "data-dictionary.csv").write_text(dictionary_csv(), "utf-8")
            for lang in ("en", "cy"):
                pdf = committee_pdf(returns.current, returns.previous, info.name, lang)
                (out / f"committee-{lang}.pdf").write_bytes(pdf)

        total = median_of(whole)
        reading = median_of(read_and_compute)
        writing = median_of(files_only)
    finally:
        store.close()
    return [
        Figure(
            AREA,
            f"{label}: monitoring return, {PUPILS:,} pupils × {TERMS} terms "
            "(this term and last; CSVs and both PDFs), median of 3: wall / CPU",
            _pair(total),
        ),
        Figure(
            AREA,
            f"{label}: … read the pupils, cut records, compute and suppress both terms",
            _pair(reading),
        ),
        Figure(AREA, f"{label}: … write the two CSVs and the two committee PDFs", _pair(writing)),
        Figure(
            AREA,
            f"{label}: loading the {PUPILS:,} pupils (set-up, not the return)",
            f"{started:.1f} s",
        ),
    ]


def _pair(figures: tuple[float, float]) -> str:
    return f"{figures[0]:.2f} s / {figures[1]:.2f} s"


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
