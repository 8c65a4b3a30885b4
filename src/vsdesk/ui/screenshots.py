"""``make screenshots``: every screen on the demo world, in English and Welsh, as PNGs.

Run with ``QT_SCALE_FACTOR=2`` for the 200 % set. The clock is fixed to the demo data's
"today" so the pictures do not change from one run to the next. Fictional pupils only.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from vsdesk.demo.world import DEMO_PASSPHRASE, build
from vsdesk.domain.phases import Phase, plan_phase
from vsdesk.kdf import TEST_KDF
from vsdesk.services.pupils import PupilService
from vsdesk.storage.vault import Vault
from vsdesk.ui import i18n
from vsdesk.ui.app import make_application
from vsdesk.ui.first_run import FirstRunWizard
from vsdesk.ui.main_window import SCREENS, MainWindow
from vsdesk.ui.operations import wait_for_operations
from vsdesk.ui.screens.meeting import MeetingScreen
from vsdesk.ui.screens.plan import PlanScreen
from vsdesk.ui.screens.print_screen import PrintScreen
from vsdesk.ui.session import AppSession
from vsdesk.ui.unlock_dialog import UnlockDialog

DEMO_TODAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
SHOWN_PASSPHRASE = "lantern pebble orchard whistle"


def settle(app: QApplication) -> None:
    for _ in range(3):
        wait_for_operations()
        app.processEvents()


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.show()
    settle(app)
    widget.grab().save(str(path))
    print(path)


def first_in_phase(pupils: PupilService, phase: Phase) -> str:
    """The demo world's first pupil whose current plan is in ``phase``: the generator makes
    pupils of every phase, so the editor screenshots show real demo records."""
    for pupil in sorted(pupils.all(), key=lambda p: p.id):
        plan = pupil.current_plan
        if plan is not None and plan_phase(pupil.pupil, plan).phase is phase:
            return pupil.id
    raise RuntimeError(f"The demo world has no pupil in the {phase} phase.")


def shoot_all(app: QApplication, out: Path, world: Path) -> None:
    session = AppSession(world / "teacher", clock=lambda: DEMO_TODAY, demo=True)
    session.open_vault(Vault.unlock(session.data_dir, DEMO_PASSPHRASE))
    pupils = PupilService(session.vault(), "Ms Siân Llŷr", clock=session.clock)
    phase_pupils = {
        "early-years": first_in_phase(pupils, Phase.EARLY_YEARS),
        "post-16": first_in_phase(pupils, Phase.POST_16),
    }
    window = MainWindow(session)
    window.resize(1200, 760)
    unlock = UnlockDialog(session, DEMO_PASSPHRASE)
    wizard = FirstRunWizard(AppSession(world / "new-teacher"), kdf=TEST_KDF)
    for language in i18n.LANGUAGES:
        session.save_settings(replace(session.settings, language=language))
        i18n.set_language(language)
        settle(app)
        for kind in SCREENS:
            window.show_screen(kind)
            _demo_content(app, window.screen_of(kind))
            save(
                app, window, out / f"{language}-{kind.__name__.removesuffix('Screen').lower()}.png"
            )
        for name, pupil_id in phase_pupils.items():
            _phase_plan(app, window, pupil_id, name, out / f"{language}-plan-{name}.png")
        save(app, unlock, out / f"{language}-unlock.png")
        unlock.hide()
        _wizard_pages(app, wizard, out, language)
    window.close()
    session.lock()


def _demo_content(app: QApplication, screen: QWidget) -> None:
    """Screens about one pupil show the first demo pupil in the list (Print: its pack)."""
    if not isinstance(screen, PlanScreen | MeetingScreen | PrintScreen):
        return
    settle(app)
    pupil_id = screen.picker.current_id() or screen.picker.combo.itemData(1)
    if pupil_id:
        screen.show_pupil(str(pupil_id), "targets")
        settle(app)
    if isinstance(screen, PrintScreen):
        screen.make_pack()
        settle(app)


def _phase_plan(
    app: QApplication, window: MainWindow, pupil_id: str, phase: str, path: Path
) -> None:
    """The plan editor open at the phase's own tab (early years, post-16)."""
    window.show_screen(PlanScreen)
    screen = window.screen_of(PlanScreen)
    assert isinstance(screen, PlanScreen)
    settle(app)  # the screen's own refresh first: one worker on the vault at a time
    screen.show_pupil(pupil_id, "early_years" if phase == "early-years" else "post16")
    settle(app)
    save(app, window, path)


def _wizard_pages(app: QApplication, wizard: FirstRunWizard, out: Path, language: str) -> None:
    """The wizard's first page, then (the vault made) its enrolment page, as a teacher sees them."""
    wizard.restart()
    page = wizard.create_page
    page.name.setText("Ms Siân Llŷr")
    page.passphrase.setText(SHOWN_PASSPHRASE)
    page.repeat.setText(SHOWN_PASSPHRASE)
    page.passphrase.setFocus()
    save(app, wizard, out / f"{language}-first-run.png")
    wizard.next()
    settle(app)
    wizard.choice_page.enrol.setChecked(True)
    save(app, wizard, out / f"{language}-first-run-choice.png")
    wizard.next()
    save(app, wizard, out / f"{language}-first-run-enrol.png")
    wizard.hide()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_application(["vsdesk-screenshots"])
    with tempfile.TemporaryDirectory(prefix="vsdesk-shots-") as temp:
        world = Path(temp)
        build(world)
        shoot_all(app, args.out, world)
    i18n.set_language("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
