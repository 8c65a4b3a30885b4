"""First run: create the vault, then enrol with an authority or open fictional demo pupils.

The vault is created (Argon2id, on a worker thread) when the teacher leaves the first page,
so both later paths work on a real, encrypted vault. Enrolment shows the authority's name
and key fingerprint to be read back by phone, then saves the request file to send back.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget, QWizard

from vsdesk.storage.keywrap import DEFAULT_KDF, KdfParams
from vsdesk.storage.vault import Vault
from vsdesk.ui.first_run_pages import ChoicePage, CreatePage, DemoPage, EnrolPage
from vsdesk.ui.icons import app_icon
from vsdesk.ui.session import AppSession

CREATE, CHOICE, ENROL, DEMO = range(4)


class FirstRunWizard(QWizard):
    vault_ready = Signal(object)  # the created Vault, when the wizard finishes

    def __init__(
        self, session: AppSession, kdf: KdfParams = DEFAULT_KDF, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.kdf = kdf
        self.vault: Vault | None = None
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.create_page = CreatePage(self, default_name=getpass.getuser())
        self.choice_page = ChoicePage()
        self.enrol_page = EnrolPage(self)
        self.demo_page = DemoPage(self)
        for page_id, page in enumerate(
            (self.create_page, self.choice_page, self.enrol_page, self.demo_page)
        ):
            self.setPage(page_id, page)
        self.setStartId(CREATE)
        self.setMinimumSize(640, 480)
        self.retranslateUi()

    @property
    def data_dir(self) -> Path:
        return self.session.data_dir

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Welcome to vsdesk"))
        # Qt ships no Welsh for its own buttons, so the wizard names them itself.
        buttons = {
            QWizard.WizardButton.BackButton: self.tr("< &Back"),
            QWizard.WizardButton.NextButton: self.tr("&Next >"),
            QWizard.WizardButton.FinishButton: self.tr("&Finish"),
            QWizard.WizardButton.CancelButton: self.tr("Cancel"),
        }
        for which, text in buttons.items():
            self.setButtonText(which, text)
        for page in (self.create_page, self.choice_page, self.enrol_page, self.demo_page):
            page.retranslateUi()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def accept(self) -> None:
        if self.vault is not None:
            self.vault_ready.emit(self.vault)
        super().accept()

    def reject(self) -> None:
        """Leaving after the vault was made keeps it (locked); the next start asks to unlock."""
        if self.vault is not None:
            self.vault.lock()
            self.vault = None
        super().reject()
