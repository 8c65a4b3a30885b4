"""The Plan screen: choose a pupil, edit their plan in the tabs of the PEP."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from vsdesk.ui.editor.plan_editor import PlanEditor
from vsdesk.ui.editor.pupil_picker import PupilPicker
from vsdesk.ui.operations import run_operation
from vsdesk.ui.screens.base import Screen
from vsdesk.ui.session import AppSession


class PlanScreen(Screen):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.picker = PupilPicker(session)
        self.picker.chosen.connect(lambda pupil_id: self.show_pupil(pupil_id, ""))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.editor = PlanEditor(session)
        self.editor.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.hint)
        layout.addWidget(self.editor, 1)
        self._section = ""
        self.retranslateUi()

    def title(self) -> str:
        return self.tr("Plan")

    def icon_name(self) -> str:
        return "plan"

    def retranslateUi(self) -> None:
        self.picker.retranslateUi()
        self.editor.retranslateUi()
        self.hint.setText(
            self.tr(
                "Each change is saved as soon as you leave the field. "
                "A field in red was not saved: mend it and leave it again."
            )
        )

    def refresh(self) -> None:
        self.picker.refresh()

    def clear(self) -> None:
        self.picker.clear()
        self.editor.clear()
        self.editor.setEnabled(False)

    def show_pupil(self, pupil_id: str, section: str) -> None:
        self.picker.select(pupil_id)
        self._section = section
        service = self.session.pupils()

        def load() -> tuple[dict[str, Any], str]:
            # The authority's country decides the early-years areas of learning offered.
            return service.view(pupil_id), service.profile_for(service.get(pupil_id)).country

        run_operation(self, load, lambda loaded: self._show(pupil_id, *loaded))

    def _show(self, pupil_id: str, view: dict[str, Any], country: str) -> None:
        self.editor.show_view(pupil_id, view, country)
        self.editor.setEnabled(True)
        if self._section:
            self.editor.open_section(self._section)
