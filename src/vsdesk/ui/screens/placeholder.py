"""Screens another engineer is building (plan editor, meeting mode, sync, print).

Each is a :class:`Screen` with its title and icon already in place, so the navigation,
translations and screenshots work before the real screen lands.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from vsdesk.ui.screens.base import Screen
from vsdesk.ui.session import AppSession


class PlaceholderScreen(Screen):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._pupil_id = ""
        self._label = QLabel()
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self._label.setText(self.tr("This screen is coming soon."))

    def show_pupil(self, pupil_id: str, section: str) -> None:
        self._pupil_id = pupil_id

    def clear(self) -> None:
        self._pupil_id = ""


class MeetingScreen(PlaceholderScreen):
    def title(self) -> str:
        return self.tr("Meeting")

    def icon_name(self) -> str:
        return "meeting"
