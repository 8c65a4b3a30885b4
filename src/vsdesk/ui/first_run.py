"""First run: placeholder wizard in the skeleton (filled in step 2)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard, QWizardPage

from vsdesk.ui.session import AppSession


class FirstRunWizard(QWizard):
    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        page = QWizardPage()
        QVBoxLayout(page).addWidget(QLabel(self.tr("Create your vault with 'vsdesk init'.")))
        self.addPage(page)
