"""Plan editor figure (issue 9): switching the editor to another pupil, target < 100 ms.

Measured on real widgets (offscreen) and a real SQLCipher vault of 1,000 demo pupils: from
``PlanScreen.show_pupil`` to every field and table of the new pupil filled, the vault read
running on the worker as in the app. The read (``PupilService.view``) and the filling of the
widgets are also timed apart, and the one-off cost of building the editor from the model.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import Figure, against, ms
from vsdesk.kdf import TEST_KDF
from vsdesk.services.pupils import PupilService
from vsdesk.storage.vault import Vault

PASSPHRASE = "benchmark passphrase"
PUPILS = 1000
SWITCHES = 30
AREA = "window"


def measure(directory: Path) -> tuple[float, float, float, float, float]:
    from vsdesk.ui.app import make_application
    from vsdesk.ui.operations import wait_for_operations
    from vsdesk.ui.screens.plan import PlanScreen
    from vsdesk.ui.session import AppSession

    app = make_application(["bench"])
    session = AppSession(directory)
    session.open_vault(Vault.unlock(directory, PASSPHRASE))
    built = time.perf_counter()
    screen = PlanScreen(session)
    screen.resize(1200, 760)
    screen.show()
    app.processEvents()
    build = time.perf_counter() - built
    service = session.pupils()
    ids = [s.id for s in service.summaries()][:SWITCHES]

    switches = []
    for pupil_id in ids:
        started = time.perf_counter()
        screen.show_pupil(pupil_id, "")
        while screen.editor.pupil_id != pupil_id:
            wait_for_operations()
            app.processEvents()
        switches.append(time.perf_counter() - started)

    reads, fills = [], []
    for pupil_id in ids:
        started = time.perf_counter()
        view = service.view(pupil_id)
        reads.append(time.perf_counter() - started)
        started = time.perf_counter()
        screen.editor.show_view(pupil_id, view)
        fills.append(time.perf_counter() - started)
    screen.close()
    session.lock()
    return (
        statistics.median(switches),
        max(switches),
        statistics.median(reads),
        statistics.median(fills),
        build,
    )


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as temp:
        directory = Path(temp) / "vault"
        vault = Vault.create(directory, PASSPHRASE, owner="Bench", kdf=TEST_KDF)
        PupilService(vault, "Bench").add_demo(PUPILS, seed=3)
        vault.lock()
        switch, worst, read, fill, build = measure(directory)
    return [
        Figure(AREA, f"switch the plan editor to another pupil (median of {SWITCHES}; worst "
               f"{ms(worst)}), {PUPILS} pupils in the vault", ms(switch), "< 100 ms",
               against(switch, 0.1)),
        Figure(AREA, "… of which reading the pupil's view from the vault", ms(read)),
        Figure(AREA, "… of which filling every field and table", ms(fill)),
        Figure(AREA, "building the plan editor from the model (once per window)", ms(build)),
    ]  # fmt: skip


if __name__ == "__main__":
    for figure in run():
        print(figure)
