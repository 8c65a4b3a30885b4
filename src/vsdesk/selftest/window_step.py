"""The window step: the main window opens on the self-test's vault, lists its pupils, closes.

This is the only part of the self-test that loads PySide6, and it does so inside the step,
so the self-test's other modules stay below the UI layer. Where Linux has no display (a
server, an SSH session, CI) Qt is told to draw offscreen; elsewhere the real platform plugin
loads (which is what a missing system library would break), but the window is never put on
screen (``WA_DontShowOnScreen``): the check must not flash a window at a teacher.

A modal dialog would stop the run for ever where nobody can click, so a watchdog closes any
that opens and the step fails saying so.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NoReturn

from vsdesk.selftest.errors import SelfTestError
from vsdesk.selftest.report import SelfTestReport
from vsdesk.selftest.workspace import PUPILS, Workspace

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

STEP = "window"
PLATFORM_ENV = "QT_QPA_PLATFORM"
QT_STOPPED = (
    "the window system could not start (Qt stopped: no usable platform plugin, or a system "
    "library missing); the other steps can be checked with QT_QPA_PLATFORM=offscreen."
)
WAIT_SECONDS = 20.0


def no_display() -> bool:
    """Linux (or another X11/Wayland system) without a display to connect to."""
    if sys.platform in ("win32", "darwin"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


@contextmanager
def platform_for_self_test() -> Iterator[None]:
    """``QT_QPA_PLATFORM=offscreen`` for this run only, when nothing else was chosen and
    there is no display; restored afterwards."""
    chosen = os.environ.get(PLATFORM_ENV)
    if chosen is None and no_display():
        os.environ[PLATFORM_ENV] = "offscreen"
    try:
        yield
    finally:
        if chosen is None:
            os.environ.pop(PLATFORM_ENV, None)


def open_main_window(workspace: Workspace) -> None:
    with platform_for_self_test(), _qt_messages_handled(workspace):
        _open_main_window(workspace)


@contextmanager
def _qt_messages_handled(workspace: Workspace) -> Iterator[None]:
    """Qt's own chatter (the offscreen plugin's "does not support…") would break the one
    line the self-test promises, so it is dropped; the checks below say what matters.

    A fatal message is different: Qt aborts the process right after it (a platform plugin
    that cannot load, the classic broken installation), so the run is ended here instead,
    with the folder removed and the step named, as for any other failure.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handle(kind: Any, _context: Any, _message: Any) -> None:
        if kind == QtMsgType.QtFatalMsg:
            _end_the_run(workspace)

    previous = qInstallMessageHandler(handle)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _end_the_run(workspace: Workspace) -> NoReturn:
    workspace.remove_quietly()
    if sys.stdout is not None:
        print(SelfTestReport(0, 0.0, STEP, QT_STOPPED).line(), flush=True)
    os._exit(1)


def _open_main_window(workspace: Workspace) -> None:
    from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
    from PySide6.QtWidgets import QApplication

    from vsdesk.ui import i18n
    from vsdesk.ui.app import make_application
    from vsdesk.ui.icons import app_icon
    from vsdesk.ui.main_window import MainWindow
    from vsdesk.ui.screens.pupils import PupilsScreen
    from vsdesk.ui.session import AppSession

    make_application(["vsdesk"])
    if app_icon().pixmap(32, 32).isNull():
        raise SelfTestError("The window's icons cannot be drawn (SVG support missing?).")
    if not QTranslator().load(str(i18n.qm_path("cy"))):
        raise SelfTestError("The Welsh translation of the window is missing.")
    dialogs: list[str] = []
    watchdog = QTimer()
    watchdog.timeout.connect(lambda: _close_modal(QApplication.activeModalWidget(), dialogs))
    watchdog.start(100)
    session = AppSession(workspace.vault_dir)
    session.open_vault(workspace.open_vault())
    window = MainWindow(session)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    try:
        window.show()
        window.show_screen(PupilsScreen)
        screen = window.screen_of(PupilsScreen)
        assert isinstance(screen, PupilsScreen)
        _wait_until(lambda: screen.loaded or bool(dialogs), QCoreApplication.processEvents)
        if dialogs:
            raise SelfTestError("The window showed an error instead of the pupils.")
        if screen.model.rowCount() != PUPILS:
            raise SelfTestError("The window's pupil list is not the vault's.")
        if window.grab().isNull():
            raise SelfTestError("The window could not be drawn.")
    finally:
        window.close()  # waits for its work, then locks the vault
        window.deleteLater()
        watchdog.stop()
        QCoreApplication.processEvents()
    if session.is_unlocked:
        raise SelfTestError("Closing the window did not lock the vault.")


def _close_modal(modal: QWidget | None, seen: list[str]) -> None:
    if modal is not None:
        seen.append(type(modal).__name__)
        modal.close()


def _wait_until(done: Callable[[], bool], pump: Callable[[], None]) -> None:
    deadline = time.perf_counter() + WAIT_SECONDS
    while not done():
        if time.perf_counter() > deadline:
            raise SelfTestError("The window did not finish loading in time.")
        pump()
        time.sleep(0.01)
