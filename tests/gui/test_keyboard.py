"""Keyboard only: move between screens, open a pupil with Enter, lock with Ctrl+L."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from helpers.gui import wait_idle
from vsdesk.ui.main_window import MainWindow
from vsdesk.ui.screens.pupils import PupilsScreen


def test_arrow_keys_move_between_screens_and_enter_opens_a_pupil(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert isinstance(window.stack.currentWidget(), PupilsScreen)
    wait_idle(qtbot)
    pupils = window.screen_of(PupilsScreen)
    assert isinstance(pupils, PupilsScreen)
    pupils.table.setFocus()
    pupils.table.setCurrentIndex(pupils.proxy.index(2, 0))
    with qtbot.waitSignal(pupils.pupil_requested) as opened:
        qtbot.keyClick(pupils.table, Qt.Key.Key_Return)
    assert opened.args[0] == pupils.model.rows[2].id


def test_every_control_has_a_name_and_lock_has_its_shortcut(window: MainWindow) -> None:
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.lock_action.text() == "Lock"  # icon and text, never the icon alone
    pupils = window.screen_of(PupilsScreen)
    assert isinstance(pupils, PupilsScreen)
    for control in (pupils.search, pupils.table, pupils.authority, pupils.status,
                    pupils.meeting_days):  # fmt: skip
        named = control.accessibleName() or any(
            label.buddy() is control
            for label in (pupils.authority_label, pupils.status_label, pupils.meeting_label)
        )
        assert named, type(control).__name__
