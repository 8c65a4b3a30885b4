"""Choose a pupil on a screen about one pupil: a list of names sorted the Welsh way or English."""

from __future__ import annotations

from functools import cmp_to_key

from PySide6.QtCore import QCollator, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from vsdesk.storage.pupil_repository import PupilSummary
from vsdesk.ui.operations import run_operation
from vsdesk.ui.session import AppSession


class PupilPicker(QWidget):
    chosen = Signal(str)  # pupil id

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setMinimumWidth(320)
        self.label.setBuddy(self.combo)
        self.combo.activated.connect(self._activated)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        self._wanted = ""
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.label.setText(self.tr("&Pupil:"))
        self.combo.setAccessibleName(self.tr("Pupil"))
        if self.combo.count() and self.combo.itemData(0) is None:
            self.combo.setItemText(0, self.tr("Choose a pupil…"))

    def refresh(self) -> None:
        service = self.session.pupils()
        run_operation(self, service.summaries, self.show_summaries)

    def show_summaries(self, summaries: list[PupilSummary]) -> None:
        collator = QCollator(QLocale())
        key = cmp_to_key(collator.compare)
        ordered = sorted(summaries, key=lambda s: key(f"{s.family_name} {s.given_name}"))
        current = self.current_id() or self._wanted
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Choose a pupil…"), None)
        for summary in ordered:
            self.combo.addItem(f"{summary.family_name}, {summary.given_name}", summary.id)
        self.combo.blockSignals(False)
        self.select(current)

    def select(self, pupil_id: str) -> None:
        self._wanted = pupil_id
        index = self.combo.findData(pupil_id) if pupil_id else 0
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def current_id(self) -> str:
        data = self.combo.currentData()
        return str(data) if data else ""

    def clear(self) -> None:
        self._wanted = ""
        self.combo.clear()

    def _activated(self, index: int) -> None:
        pupil_id = self.combo.itemData(index)
        if pupil_id:
            self._wanted = str(pupil_id)
            self.chosen.emit(str(pupil_id))
