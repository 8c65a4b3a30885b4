"""Helpers for driving real widgets: waiting for workers, typing any text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from vsdesk.ui.operations import operations_running, wait_for_operations


def wait_idle(qtbot: QtBot, timeout_ms: int = 10_000) -> None:
    """Let every worker finish and its result reach the UI thread."""
    wait_for_operations(timeout_ms)
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=timeout_ms)
    qtbot.wait(10)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as key events carrying it (``qtbot.keyClicks`` aborts on ŵ, â)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QCoreApplication.sendEvent(widget, event)
