"""The history of one field: who changed it, when, from what to what (the audit log)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vsdesk.storage.pupil_repository import AuditEntry
from vsdesk.ui.editor.field_widgets import shown


class HistoryDialog(QDialog):
    def __init__(self, field_name: str, entries: list[AuditEntry], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.entries = entries
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableWidget(len(entries), 4)
        for row, entry in enumerate(reversed(entries)):
            for column, text in enumerate(
                (entry.at.replace("T", " ")[:16], entry.actor, shown(entry.old), shown(entry.new))
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self._field = field_name
        self.retranslateUi()
        self.resize(720, 360)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("History of {field}").format(field=self._field))
        if self.entries:
            self.heading.setText(
                self.tr("{count} change(s), newest first.").format(count=len(self.entries))
            )
        else:
            self.heading.setText(self.tr("No change has been recorded for this field yet."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When (UTC)"), self.tr("Who"), self.tr("Before"), self.tr("After")]
        )
        self.table.setAccessibleName(self.tr("Changes"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
