"""``vsdesk-app`` (and ``vsdesk gui``): start the window on a data folder.

``main(argv)`` makes the QApplication, applies the saved language, then shows the first-run
wizard (no vault yet) or the unlock dialog; the main window opens once the vault is open.
Locking hides the window, clears it and asks for the passphrase again.

``vsdesk-app FILE.vsbundle`` (how a double-clicked bundle arrives, docs/installers.md) opens
the app as usual and, once the vault is unlocked, imports that file on the Sync screen.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from vsdesk import paths
from vsdesk.selftest.option import add_self_test_option
from vsdesk.ui import i18n
from vsdesk.ui.icons import app_icon
from vsdesk.ui.idle import IdleLock
from vsdesk.ui.operations import run_operation
from vsdesk.ui.session import AppSession
from vsdesk.ui.unlock_dialog import UnlockDialog, preload

if TYPE_CHECKING:  # imported when needed, so the unlock window opens fast (bench/bench_ui.py)
    from vsdesk.storage.vault import Vault
    from vsdesk.ui.first_run import FirstRunWizard
    from vsdesk.ui.main_window import MainWindow

APP_ID = "vsdesk"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="vsdesk-app", description="The vsdesk window.")
    parser.add_argument(
        "--data", metavar="DIR", help="data folder (default: VSDESK_DATA or your user data folder)"
    )
    parser.add_argument(
        "--demo", action="store_true", help="a demo world: show its passphrase when unlocking"
    )
    add_self_test_option(parser)
    parser.add_argument(
        "bundle",
        nargs="?",
        type=Path,
        metavar="BUNDLE",
        help="a bundle file to import once the vault is unlocked (a double-clicked .vsbundle)",
    )
    return parser.parse_args(argv)


class AppController(QObject):
    """Which window is showing: wizard, unlock dialog or main window."""

    def __init__(
        self, session: AppSession, demo_hint: str = "", bundle: Path | None = None
    ) -> None:
        super().__init__()
        self.session = session
        self.demo_hint = demo_hint
        self.bundle = bundle  # imported after the first unlock, then forgotten
        self.window: MainWindow | None = None
        self.unlock: UnlockDialog | None = None
        self.wizard: FirstRunWizard | None = None
        self.idle = IdleLock(session)
        session.locked.connect(self._on_locked)
        session.unlocked.connect(self._on_unlocked)

    def start(self) -> None:
        if self.session.vault_exists():
            self.show_unlock()
        else:
            from vsdesk.ui.first_run import FirstRunWizard

            self.wizard = FirstRunWizard(self.session)
            self.wizard.vault_ready.connect(self._vault_opened)
            self.wizard.show()

    def show_unlock(self) -> None:
        if self.unlock is not None:
            self.unlock.close()
            self.unlock.deleteLater()
        self.unlock = UnlockDialog(self.session, self.demo_hint)
        self.unlock.vault_opened.connect(self._vault_opened)
        self.unlock.show()
        self.unlock.raise_()
        run_operation(self.unlock, preload, lambda _: None)

    def _vault_opened(self, vault: Vault) -> None:
        self.session.open_vault(vault)

    def _on_unlocked(self) -> None:
        if self.window is None:
            from vsdesk.ui.main_window import MainWindow

            self.window = MainWindow(self.session)
            self.window.lock_requested.connect(self.session.lock)
        self.window.show()
        if self.bundle is not None:
            bundle, self.bundle = self.bundle, None
            self.window.import_bundle(bundle)
        else:
            self.window.refresh_current()
        self.idle.start()

    def _on_locked(self) -> None:
        self.idle.stop()
        closing = self.window is not None and self.window.closing
        if self.window is not None:
            self.window.clear_screens()
            self.window.hide()
        if not closing and not QApplication.closingDown():
            self.show_unlock()


def make_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName("vsdesk")
    app.setDesktopFileName("vsdesk")
    app.setWindowIcon(app_icon())
    return app


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING)
    app = make_application(sys.argv[:1])
    session = AppSession(paths.data_dir(args.data), demo=args.demo)
    i18n.set_language(session.settings.language)
    controller = AppController(session, demo_hint=_demo_hint(args.demo), bundle=args.bundle)
    controller.start()
    app.setQuitOnLastWindowClosed(True)
    code = app.exec()
    session.lock()
    return int(code)


def _demo_hint(demo: bool) -> str:
    if not demo:
        return ""
    from vsdesk.demo.world import DEMO_PASSPHRASE

    return DEMO_PASSPHRASE


__all__ = ["AppController", "main", "make_application"]

if __name__ == "__main__":
    sys.exit(main())
