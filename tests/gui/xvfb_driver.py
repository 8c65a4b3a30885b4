"""Run inside a real X server by test_real_x_server.py: unlock the app's window for real.

Prints one line per fact checked; exits non-zero on the first failure.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from vsdesk.ui import i18n
from vsdesk.ui.app import AppController, make_application
from vsdesk.ui.operations import wait_for_operations
from vsdesk.ui.screens.pupils import PupilsScreen
from vsdesk.ui.session import AppSession


def main(data: str, passphrase: str) -> int:
    app = make_application(["vsdesk-app"])
    print("platform", QGuiApplication.platformName())
    session = AppSession(Path(data))
    i18n.set_language(session.settings.language)
    controller = AppController(session)
    controller.start()
    assert controller.unlock is not None
    controller.unlock.passphrase.setText(passphrase)
    result: dict[str, object] = {}

    def check() -> None:
        wait_for_operations()
        app.processEvents()
        window = controller.window
        if window is None or not session.is_unlocked:
            QTimer.singleShot(50, check)
            return
        handle = window.windowHandle()
        result["exposed"] = handle is not None and handle.isExposed()
        window.show_screen(PupilsScreen)
        wait_for_operations()
        app.processEvents()
        screen = window.screen_of(PupilsScreen)
        assert isinstance(screen, PupilsScreen)
        result["rows"] = screen.model.rowCount()
        result["grab"] = not window.grab().toImage().isNull()
        window.close()
        app.quit()

    controller.unlock.try_unlock()
    QTimer.singleShot(50, check)
    QTimer.singleShot(20_000, app.quit)  # never hang a test run
    app.exec()
    for key, value in result.items():
        print(key, value)
    return 0 if result.get("exposed") and result.get("rows") and result.get("grab") else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
