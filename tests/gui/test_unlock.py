"""Unlock: a wrong passphrase is told clearly, the right one opens the window; waits grow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from helpers.fixtures import PASSPHRASE
from helpers.gui import wait_idle
from vsdesk.storage.keywrap import DEFAULT_KDF
from vsdesk.storage.vault import Vault
from vsdesk.ui.app import AppController
from vsdesk.ui.session import AppSession
from vsdesk.ui.unlock_dialog import UnlockDialog, failure_delay_s


def test_wrong_then_right_passphrase_opens_the_main_window(
    qtbot: QtBot, controller: AppController
) -> None:
    dialog = controller.unlock
    assert dialog is not None and dialog.isVisible()
    assert not dialog.hint.isVisible()  # no hint outside the demo world
    qtbot.keyClicks(dialog.passphrase, "not my passphrase")
    dialog.unlock_button.click()
    wait_idle(qtbot)
    assert "not right" in dialog.message.text()
    assert not controller.session.is_unlocked
    assert dialog.isVisible()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.unlock_button.click()
    wait_idle(qtbot)
    assert controller.session.is_unlocked
    assert controller.window is not None and controller.window.isVisible()
    assert dialog.passphrase.text() == ""


def test_repeated_failures_make_the_teacher_wait_longer(
    qtbot: QtBot, controller: AppController
) -> None:
    dialog = controller.unlock
    assert dialog is not None
    dialog.delay_unit_ms = 50
    for _ in range(2):
        dialog.passphrase.setText("wrong guess")
        dialog.try_unlock()
        wait_idle(qtbot)
    assert not dialog.unlock_button.isEnabled()
    assert "try again in 1 s" in dialog.message.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()  # ignored while waiting
    wait_idle(qtbot)
    assert not controller.session.is_unlocked
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=2000)
    assert [failure_delay_s(n) for n in range(1, 9)] == [0, 1, 2, 4, 8, 16, 30, 30]


def test_demo_world_shows_its_passphrase_hint(qtbot: QtBot, controller: AppController) -> None:
    controller.demo_hint = "demo words"
    controller.show_unlock()
    assert controller.unlock is not None
    assert "demo words" in controller.unlock.hint.text()
    assert controller.unlock.hint.isVisible()


def test_the_window_keeps_running_while_the_real_kdf_works(qtbot: QtBot, tmp_path: Path) -> None:
    """Argon2id at its real cost runs on a worker: the event loop keeps ticking meanwhile."""
    directory = tmp_path / "real-kdf"
    Vault.create(directory, PASSPHRASE, owner="Ms Jones", kdf=DEFAULT_KDF).lock()
    dialog = UnlockDialog(AppSession(directory))
    qtbot.addWidget(dialog)
    dialog.show()
    ticks: list[None] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(None))
    timer.start(5)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.vault_opened, timeout=30_000) as opened:
        dialog.try_unlock()
        assert not dialog.passphrase.isEnabled()  # busy, not frozen
    timer.stop()
    opened.args[0].lock()
    assert len(ticks) >= 5
