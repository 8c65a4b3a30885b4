"""Unlock: the passphrase, a clear message when it is wrong, a growing wait after failures.

Argon2id takes a noticeable moment by design, so it runs on a worker thread
(:mod:`vsdesk.ui.operations`) while the dialog stays responsive. After the second wrong
passphrase in a row the Unlock button waits 1 s, then 2 s, 4 s… (at most 30 s) before it
can be used again: slow for a guesser at the keyboard, no bother for a teacher who mistyped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vsdesk.errors import WrongPassphraseError
from vsdesk.ui.errors import error_text
from vsdesk.ui.icons import app_icon, icon
from vsdesk.ui.operations import run_operation
from vsdesk.ui.session import AppSession

MAX_DELAY_S = 30


def preload() -> None:
    """Import the storage layer (SQLAlchemy, SQLCipher, Alembic) while the teacher types."""
    import vsdesk.storage.vault  # noqa: F401


def unlock_vault(directory: Path, passphrase: str) -> object:
    from vsdesk.storage.vault import Vault

    return Vault.unlock(directory, passphrase)


def failure_delay_s(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong passphrases in a row: 0, 1, 2, 4 … 30."""
    return 0 if failures < 2 else min(2 ** (failures - 2), MAX_DELAY_S)


class UnlockDialog(QDialog):
    vault_opened = Signal(object)  # the unlocked Vault

    def __init__(
        self, session: AppSession, demo_hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.failures = 0
        self.delay_unit_ms = 1000  # tests shorten the wait
        self._demo_hint = demo_hint
        self._remaining = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(self.delay_unit_ms)
        self._countdown.timeout.connect(self._tick)
        self.setWindowIcon(app_icon())
        self._build()
        self.retranslateUi()

    def _build(self) -> None:
        self.prompt = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.prompt.setBuddy(self.passphrase)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(bool(self._demo_hint))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("unlock-message")
        self.message.setStyleSheet("color: #a00000; font-weight: bold;")
        self.unlock_button = QPushButton(icon("unlock"), "")
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton()
        buttons = QDialogButtonBox()
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.passphrase, self.hint, self.message, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(460)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Unlock vsdesk"))
        self.prompt.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.quit_button.setText(self.tr("Quit"))
        if self._demo_hint:
            self.hint.setText(
                self.tr("Demo vault with fictional pupils. Its passphrase is: {passphrase}").format(
                    passphrase=self._demo_hint
                )
            )
        self._show_wait()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # --- unlocking ----------------------------------------------------------------------------

    def try_unlock(self) -> None:
        if self._remaining > 0 or not self.passphrase.isEnabled():
            return
        phrase = self.passphrase.text()
        if not phrase:
            self.message.setText(self.tr("Type your passphrase first."))
            return
        self._set_busy(True)
        self.message.setText(self.tr("Unlocking…"))
        directory = self.session.data_dir
        run_operation(self, lambda: unlock_vault(directory, phrase), self._opened, self._failed)

    def _opened(self, vault: object) -> None:
        self.passphrase.clear()
        self.failures = 0
        self._set_busy(False)
        self.message.clear()
        self.vault_opened.emit(vault)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if not isinstance(error, WrongPassphraseError):
            self.message.setText(error_text(error))
            return
        self.failures += 1
        self._remaining = failure_delay_s(self.failures)
        if self._remaining:
            self.unlock_button.setEnabled(False)
            self._countdown.setInterval(self.delay_unit_ms)
            self._countdown.start()
        self._show_wait()

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self._remaining = 0
            self._countdown.stop()
            self.unlock_button.setEnabled(True)
        self._show_wait()

    def _show_wait(self) -> None:
        if not self.failures:
            return
        text = self.tr("That passphrase is not right. Check Caps Lock and try again.")
        if self._remaining:
            text += " " + self.tr("You can try again in {seconds} s.").format(
                seconds=self._remaining
            )
        self.message.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and self._remaining == 0)
