"""The first-run wizard's pages (see :mod:`vsdesk.ui.first_run`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from vsdesk.services.enrolment import EnrolmentStarted, start_enrolment
from vsdesk.services.enrolment_files import read_invitation, save_request
from vsdesk.services.pupils import PupilService
from vsdesk.storage.vault import Vault
from vsdesk.ui.errors import error_text
from vsdesk.ui.operations import run_operation
from vsdesk.ui.passphrase_strength import describe, strength

if TYPE_CHECKING:
    from vsdesk.ui.first_run import FirstRunWizard

DEMO_PUPILS = 30
DEMO_SEED = 2026
ERROR_STYLE = "color: #a00000; font-weight: bold;"


def _browse_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


class CreatePage(QWizardPage):
    """Name and passphrase (twice); the vault is created when the teacher presses Next."""

    def __init__(self, wizard: FirstRunWizard, default_name: str) -> None:
        super().__init__()
        self._wizard = wizard
        self.name = QLineEdit(default_name)
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._check)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.name_label, self.passphrase_label, self.repeat_label = QLabel(), QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label.setBuddy(self.repeat)
        form = QFormLayout(self)
        form.addRow(self.name_label, self.name)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow(self.meter)
        form.addRow(self.verdict)
        form.addRow(self.advice)
        self._creating = False

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Create your encrypted vault"))
        self.setSubTitle(
            self.tr(
                "Everything vsdesk keeps is encrypted with a key only your passphrase opens. "
                "Nobody can recover it if you forget it."
            )
        )
        self.name_label.setText(self.tr("Your &name (for the change history):"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.repeat_label.setText(self.tr("&Repeat it:"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.advice.setText(
            self.tr("Tip: four or more unrelated words, like a short odd sentence, are strong.")
        )
        self._check()

    def refusal(self) -> str:
        """Why the passphrase cannot be used yet ("" when it can)."""
        phrase, repeat = self.passphrase.text(), self.repeat.text()
        if not phrase:
            return self.tr("Choose a passphrase.")
        if not strength(phrase, [self.name.text()]).acceptable:
            return self.tr("This passphrase is too weak: it could be guessed. Make it longer.")
        if phrase != repeat:
            return self.tr("The two passphrases are not the same.")
        return ""

    def _check(self) -> None:
        measured = strength(self.passphrase.text(), [self.name.text()])
        self.meter.setValue(measured.score)
        refusal = self.refusal()
        verdict = self.tr("Strength: {level}.").format(level=describe(measured.score))
        self.verdict.setText(verdict + (" " + refusal if refusal else ""))
        self.verdict.setStyleSheet("" if not refusal or not self.passphrase.text() else ERROR_STYLE)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._creating and not self.refusal() and bool(self.name.text().strip())

    def validatePage(self) -> bool:
        """Create the vault on a worker; the wizard moves on when it is made."""
        if self._wizard.vault is not None:
            return True
        self._creating = True
        self.completeChanged.emit()
        self.verdict.setText(self.tr("Creating the vault…"))
        directory, phrase = self._wizard.data_dir, self.passphrase.text()
        owner, kdf = self.name.text().strip(), self._wizard.kdf
        run_operation(
            self, lambda: Vault.create(directory, phrase, owner, kdf), self._created, self._failed
        )
        return False

    def _created(self, vault: Vault) -> None:
        self._creating = False
        self._wizard.vault = vault
        self.passphrase.clear()
        self.repeat.clear()
        self.verdict.setText(self.tr("Vault created."))
        self._wizard.next()

    def _failed(self, error: BaseException) -> None:
        self._creating = False
        self.verdict.setText(error_text(error))
        self.verdict.setStyleSheet(ERROR_STYLE)
        self.completeChanged.emit()


class ChoicePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.enrol = QRadioButton()
        self.demo = QRadioButton()
        self.enrol.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enrol)
        layout.addWidget(self.demo)
        layout.addStretch(1)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("What next?"))
        self.setSubTitle(self.tr("Your vault is ready and locked to your passphrase."))
        self.enrol.setText(self.tr("&Enrol with my authority's Virtual School (invitation file)"))
        self.demo.setText(self.tr("&Try vsdesk with fictional demo pupils"))

    def nextId(self) -> int:
        from vsdesk.ui.first_run import DEMO, ENROL

        return ENROL if self.enrol.isChecked() else DEMO


class EnrolPage(QWizardPage):
    """Invitation file + one-time code → authority and fingerprint → request file saved."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.started: EnrolmentStarted | None = None
        self.saved_to: Path | None = None
        self.invite = QLineEdit()
        self.browse_invite = QPushButton()
        self.browse_invite.clicked.connect(self._choose_invite)
        self.code = QLineEdit()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_invitation)
        self.authority = QLabel()
        self.authority.setWordWrap(True)
        self.request = QLineEdit(str(Path.home() / "vsdesk-enrolment-request.vsdesk"))
        self.browse_request = QPushButton()
        self.browse_request.clicked.connect(self._choose_request)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.invite_label, self.code_label, self.request_label = QLabel(), QLabel(), QLabel()
        self.invite_label.setBuddy(self.invite)
        self.code_label.setBuddy(self.code)
        self.request_label.setBuddy(self.request)
        form = QFormLayout(self)
        form.addRow(self.invite_label, _browse_row(self.invite, self.browse_invite))
        form.addRow(self.code_label, self.code)
        form.addRow(self.open_button)
        form.addRow(self.authority)
        form.addRow(self.request_label, _browse_row(self.request, self.browse_request))
        form.addRow(self.save_button)
        form.addRow(self.status)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Enrol with your Virtual School"))
        self.setSubTitle(
            self.tr("Use the invitation file and the one-time code your Virtual School sent you.")
        )
        self.invite_label.setText(self.tr("&Invitation file:"))
        self.code_label.setText(self.tr("One-time &code:"))
        self.request_label.setText(self.tr("&Save request as:"))
        self.browse_invite.setText(self.tr("Choose…"))
        self.browse_request.setText(self.tr("Choose…"))
        self.browse_invite.setAccessibleName(self.tr("Choose the invitation file"))
        self.browse_request.setAccessibleName(self.tr("Choose where to save the request"))
        self.open_button.setText(self.tr("&Open invitation"))
        self.save_button.setText(self.tr("Save &request file"))
        self.invite.setAccessibleName(self.tr("Invitation file"))
        self.code.setAccessibleName(self.tr("One-time code"))
        self.request.setAccessibleName(self.tr("Request file"))
        self._show_started()

    def _choose_invite(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Invitation file"))
        if chosen:
            self.invite.setText(chosen)

    def _choose_request(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save request as"), self.request.text()
        )
        if chosen:
            self.request.setText(chosen)

    def open_invitation(self) -> None:
        vault = self._wizard.vault
        if vault is None or self.started is not None:
            return
        path, code = Path(self.invite.text().strip()), self.code.text().strip()
        if not self.invite.text().strip() or not code:
            self._error(self.tr("Choose the invitation file and type the code first."))
            return
        label, clock = self.tr("vsdesk laptop"), self._wizard.session.clock

        def work() -> EnrolmentStarted:
            return start_enrolment(vault, read_invitation(path), code, label, clock=clock)

        self.open_button.setEnabled(False)
        run_operation(self, work, self._opened, self._open_failed)

    def _opened(self, started: EnrolmentStarted) -> None:
        self.started = started
        self.save_button.setEnabled(True)
        self.status.clear()
        self._show_started()

    def _open_failed(self, error: BaseException) -> None:
        self.open_button.setEnabled(True)
        self._error(error_text(error))

    def _show_started(self) -> None:
        started = self.started
        if started is None:
            return
        self.authority.setText(
            self.tr(
                "Virtual School: {name}\nIts key fingerprint: {fingerprint}\n"
                "Check it against the fingerprint your Virtual School reads out by phone."
            ).format(name=started.authority_name, fingerprint=started.authority_fingerprint)
        )

    def save(self) -> None:
        if self.started is None:
            return
        target = Path(self.request.text().strip())
        try:
            save_request(target, self.started.request)
        except Exception as error:  # shown inline, the page stays usable
            self._error(error_text(error))
            return
        self.saved_to = target
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Saved. Send this file to your Virtual School; import their reply in Sync.")
        )
        self.completeChanged.emit()

    def _error(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)

    def isComplete(self) -> bool:
        return self.saved_to is not None

    def nextId(self) -> int:
        return -1


class DemoPage(QWizardPage):
    """Fill the new vault with fictional pupils, then finish."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.added = 0
        self.status = QLabel()
        self.status.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.status)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Fictional demo pupils"))
        self.setSubTitle(self.tr("Made-up pupils to try vsdesk with. None of them is real."))
        if not self.added:
            self.status.setText(self.tr("Adding fictional pupils…"))

    def initializePage(self) -> None:
        vault = self._wizard.vault
        if vault is None or self.added:
            return
        owner = vault.meta("owner") or ""

        def work() -> int:
            return PupilService(vault, owner).add_demo(DEMO_PUPILS, DEMO_SEED)

        run_operation(self, work, self._added)

    def _added(self, count: int) -> None:
        self.added = count
        self.status.setText(self.tr("Added {count} fictional pupils.").format(count=count))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.added > 0

    def nextId(self) -> int:
        return -1
