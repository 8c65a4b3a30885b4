"""Locking (by the idle timer) clears every screen; the language switch turns it Welsh."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from helpers.fixtures import PASSPHRASE
from helpers.gui import wait_idle
from vsdesk.ui import i18n
from vsdesk.ui import settings as settings_store
from vsdesk.ui.app import AppController
from vsdesk.ui.main_window import MainWindow
from vsdesk.ui.screens.pupils import PupilsScreen
from vsdesk.ui.screens.settings_screen import SettingsScreen
from vsdesk.ui.screens.today import TodayScreen


def unlock(qtbot: QtBot, controller: AppController) -> MainWindow:
    assert controller.unlock is not None
    controller.unlock.passphrase.setText(PASSPHRASE)
    controller.unlock.try_unlock()
    wait_idle(qtbot)
    assert controller.window is not None
    wait_idle(qtbot)
    return controller.window


def test_auto_lock_after_idle_clears_every_screen_and_asks_again(
    qtbot: QtBot, controller: AppController
) -> None:
    window = unlock(qtbot, controller)
    window.show_screen(PupilsScreen)
    wait_idle(qtbot)
    pupils = window.screen_of(PupilsScreen)
    assert isinstance(pupils, PupilsScreen) and pupils.model.rowCount() == 40
    pupils.search.setText("a")
    today = window.screen_of(TodayScreen)
    assert isinstance(today, TodayScreen) and today.agenda is not None
    controller.idle.interval_ms = 300  # from now on, 0.3 s without input locks
    controller.idle.start()
    qtbot.waitUntil(lambda: not controller.session.is_unlocked, timeout=5000)
    assert pupils.model.rowCount() == 0 and pupils.search.text() == ""
    assert today.agenda is None and today.tree.topLevelItemCount() == 0
    assert not window.isVisible()
    assert controller.unlock is not None and controller.unlock.isVisible()
    controller.idle.interval_ms = None  # the teacher's 10 minutes again
    window = unlock(qtbot, controller)  # and it opens again
    assert window.isVisible() and controller.session.is_unlocked


def test_activity_keeps_the_vault_open(qtbot: QtBot, controller: AppController) -> None:
    window = unlock(qtbot, controller)
    controller.idle.interval_ms = 2000
    controller.idle.start()
    for _ in range(9):  # 2.7 s in all, never 2 s without a key press
        qtbot.wait(300)
        qtbot.keyClick(window.navigation, "a")
    assert controller.session.is_unlocked
    qtbot.waitUntil(lambda: not controller.session.is_unlocked, timeout=5000)


def test_language_switch_turns_the_window_welsh_without_restart(
    qtbot: QtBot, controller: AppController
) -> None:
    window = unlock(qtbot, controller)
    window.show_screen(SettingsScreen)
    settings = window.screen_of(SettingsScreen)
    assert isinstance(settings, SettingsScreen)
    assert window.navigation.item(1).text() == "Pupils"
    settings.language.setCurrentIndex(settings.language.findData("cy"))
    qtbot.waitUntil(lambda: window.navigation.item(1).text() == "Disgyblion", timeout=2000)
    assert window.lock_action.text() == "Cloi"
    assert window.navigation.item(0).text() == "Heddiw"
    assert i18n.current_language() == "cy"
    assert settings_store.load(controller.session.data_dir).language == "cy"
    pupils = window.screen_of(PupilsScreen)
    assert isinstance(pupils, PupilsScreen)
    assert pupils.search.placeholderText().startswith("Chwilio")
    assert pupils.model.headerData(0, Qt.Orientation.Horizontal) == "Enw"


def test_closing_the_window_locks_the_vault_and_asks_nothing(
    qtbot: QtBot, controller: AppController
) -> None:
    window = unlock(qtbot, controller)
    window.close()
    assert not controller.session.is_unlocked
    assert controller.unlock is not None and not controller.unlock.isVisible()
