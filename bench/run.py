"""Run every benchmark and write their figures, with the machine and the date, to a file.

``make bench`` calls this. Each area's module has ``run() -> list[Figure]``; an area runs in
its own process so that one area's peak memory is not another's.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import importlib.util
import multiprocessing
import os
import platform
import sys
from pathlib import Path
from queue import Empty

from bench.common import Figure

AREAS = (
    "bench.bench_vault",
    "bench.bench_sync",
    "bench.bench_packs",
    "bench.bench_ui",
    "bench.bench_ui_editor",
    "bench.bench_monitoring",
    "bench.bench_online",
    "bench.bench_suite",
)

NOTES = """
## What the figures include

- **Open and list** starts from the unwrapped key: engine, SQLCipher keying, the full
  page-MAC check of the whole file (`cipher_integrity_check`, about half the time), the
  migration check, and one query for 1,000 pupils with their current plan's term and status
  (3,000 plans), sorted by name. The Argon2id unlock before it is listed on its own.
- **ORM workload**: the same repository code inserts 1,000 pupils with a full plan each in
  one transaction, reads them all back as domain objects, then changes about 10 % of plan
  fields and saves; on SQLCipher and on plain SQLite with the same pragmas (WAL,
  `synchronous=FULL`, `secure_delete`). The ratio is of the three phases together.
- **Sync apply** is `ClientSync.import_file` / `HubSync.import_file` end to end: read the
  file, every check of the reader, decrypt, inflate, validate, check every change's rights
  (`sync/rights.py`, timed on its own for the device's bundle), merge each change into its
  field register, rebuild the pupils' documents, append the change log, save conflicts and
  chain state, commit. The plain-SQLite figure only inserts the resulting rows: it is a
  floor, not the same work; the ratio shows what verification and merging cost over it.
- **Inflation bomb**: a validly signed bundle of about 190 KiB that declares exactly the
  64 MiB plaintext cap and would inflate to 192 MiB, refused by the real reader (default
  limits) in a fresh process whose peak-RSS mark is reset after its imports
  (`/proc/self/clear_refs`); the target is issue 8's "under twice the cap".
- **Online sync** runs real `vsdesk-hub serve` processes on 127.0.0.1 (SQLite: one
  process; PostgreSQL: two on one database) and the devices in one Python process, one
  thread each, so the devices' own work (unlock, export, import, on SQLCipher) shares the
  same two cores and the GIL with nothing to spare: the fleet figures are for the whole
  system on one machine, not the hub alone. The round trip is one `OnlineSync.run` after
  100 edits (send, then fetch and apply the hub's signed acknowledgement). The "unchecked"
  ratio posts the very bundles the fleet sent, at the same concurrency, to a bare Starlette
  endpoint that only stores the bytes in SQLite; it compares summed send times.
- **Packs**: a bilingual pack of a pupil with five years of history (about ten pages),
  rendered in memory; the batch writes 30 packs to a folder.
- **Window** (`bench/bench_ui.py`, offscreen): cold start runs `vsdesk-app`'s `main` in a
  new process until the unlock dialog is shown (median of 3). "Unlock to a filled list"
  starts at the passphrase: `Vault.unlock` (less the Argon2id time, measured apart), the
  page-MAC check, `AppSession.open_vault`, then the pupil list's rows (one worker query,
  overdue targets from the current plans) until the table is filled and sorted by name.
  A keystroke is `setText` on the search box plus the event processing that repaints the
  filtered list, over 12 keystrokes ("e", "ev" … "evans" and back). The plan editor's
  pupil switch (`bench/bench_ui_editor.py`) opens another pupil in the editor and waits
  until every field and table is filled. Load on the machine shows directly in these
  figures: quote them from a quiet machine.
- **Monitoring**: a hub with 5,000 fictional pupils of its own authority, three termly plans
  each, and the Virtual School's facts; `write_monitoring` end to end (read both terms'
  records, compute and suppress both returns, write the two CSVs and the English and Welsh
  committee PDFs), on SQLite and on a throwaway PostgreSQL server (`tests/helpers/postgres.py`).
- **Suite**: the same pytest command `make test` runs, its wall time against the 4-minute
  budget on this machine's cores.
"""


def _run_area(module: str, queue: multiprocessing.Queue[list[Figure]]) -> None:
    queue.put(importlib.import_module(module).run())


def run_area(module: str) -> list[Figure]:
    """One area in a fresh process; its failure stops the run instead of hanging it."""
    context = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue[list[Figure]] = context.Queue()
    process = context.Process(target=_run_area, args=(module, queue))
    process.start()
    while True:
        try:
            figures = queue.get(timeout=1)
            break
        except Empty:
            if not process.is_alive():
                raise SystemExit(f"{module} failed (exit code {process.exitcode})") from None
    process.join()
    return figures


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        models = [line.split(":", 1)[1].strip() for line in info if line.startswith("model name")]
    return (
        f"{models[0] if models else cpu}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}"
    )


def render(figures: list[Figure]) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Made by `make bench` (`python -m bench.run`); targets from DESIGN §7. Figures are",
        "medians where a work is repeated. Nothing here is asserted by the test suite.",
        "",
        f"- Date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {machine()}",
        "",
        "| area | work | figure | target | verdict |",
        "| --- | --- | --- | --- | --- |",
    ]
    lines += [f"| {f.area} | {f.work} | {f.value} | {f.target} | {f.verdict} |" for f in figures]
    return "\n".join(lines) + "\n" + NOTES


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, help="write the markdown table here as well")
    parser.add_argument("--only", choices=[a.split("_")[-1] for a in AREAS], action="append")
    args = parser.parse_args()
    figures: list[Figure] = []
    for module in AREAS:
        if args.only and module.split("_")[-1] not in args.only:
            continue
        if importlib.util.find_spec(module) is None:  # an area not built yet
            continue
        figures += run_area(module)
        print(render(figures).splitlines()[-1])
    text = render(figures)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
