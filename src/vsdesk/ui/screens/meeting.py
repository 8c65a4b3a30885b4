"""Meeting mode: everything a PEP meeting records, on one screen, offline.

Attendance, minutes, the pupil's views, targets and actions, the next meeting's date and
the plan's move to "ready for meeting" or "submitted". Every entry is saved at once, as in
the plan editor (the same field rows and tables, the same refusals next to the field), so
closing the laptop at the end of the meeting loses nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vsdesk.domain.fields import FieldSpec, get_path, iter_leaf_specs
from vsdesk.domain.workflow import PlanStatus
from vsdesk.errors import ValidationError
from vsdesk.services.pupils import FieldChange
from vsdesk.ui.editor.collection_editor import CollectionEditor
from vsdesk.ui.editor.editing import PupilEditing
from vsdesk.ui.editor.field_widgets import ERROR_STYLE, FieldRow
from vsdesk.ui.editor.labels import field_label
from vsdesk.ui.editor.pupil_picker import PupilPicker
from vsdesk.ui.editor.structure import Collection, build_tabs
from vsdesk.ui.labels import plan_status
from vsdesk.ui.operations import run_operation
from vsdesk.ui.screens.base import Screen
from vsdesk.ui.session import AppSession

MINUTES = "meetings.<id>.minutes"
MOVES = (PlanStatus.READY_FOR_MEETING, PlanStatus.SUBMITTED)


def _collection(prefix: str) -> Collection:
    """The catalogue's collection at ``prefix`` (``meetings.<id>.attendees``, ``targets``)."""
    stack = [c for tab in build_tabs() for c in tab.collections]
    while stack:
        found = stack.pop()
        if found.prefix == prefix:
            return found
        stack.extend(found.children)
    raise LookupError(prefix)


class MeetingScreen(Screen):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.editing = PupilEditing(session, self)
        self.editing.saved.connect(self._saved)
        specs: dict[str, FieldSpec] = {s.path: s for s in iter_leaf_specs()}
        self.picker = PupilPicker(session)
        self.picker.chosen.connect(lambda pupil_id: self.show_pupil(pupil_id, ""))
        self.meeting = QComboBox()
        self.meeting.activated.connect(lambda _: self._show_meeting())
        self.new_meeting = QPushButton()
        self.new_meeting.clicked.connect(self.add_meeting)
        self.attendees = CollectionEditor(_collection("meetings.<id>.attendees"), self.editing)
        self.minutes = FieldRow(specs[MINUTES], "")
        self.minutes.input.setFixedHeight(160)
        self.voice = FieldRow(specs["voice.pupil"], "voice.pupil")
        self.target_table = CollectionEditor(_collection("targets"), self.editing)
        self.action_table = CollectionEditor(_collection("actions"), self.editing)
        self.next_meeting = FieldRow(specs["plan.next_meeting"], "plan.next_meeting")
        self.rows = [self.minutes, self.voice, self.next_meeting]
        for row in self.rows:
            row.commit.connect(self._commit)
            row.history_button.hide()
        self.status = QLabel()
        self.move_buttons = {status: QPushButton() for status in MOVES}
        for status, button in self.move_buttons.items():
            button.clicked.connect(lambda _=False, s=status: self.move_plan(s))
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self._labels: dict[str, QLabel] = {}
        self._groups: dict[str, QGroupBox] = {}
        self._build()
        self._meetings: list[tuple[str, dict[str, Any]]] = []
        self.retranslateUi()
        self._enable(False)

    def _group(self, key: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox()
        inner = QVBoxLayout(box)
        for widget in widgets:
            inner.addWidget(widget)
        self._groups[key] = box
        return box

    def _build(self) -> None:
        chooser = QHBoxLayout()
        self._labels["meeting"] = QLabel()
        self._labels["meeting"].setBuddy(self.meeting)
        chooser.addWidget(self._labels["meeting"])
        chooser.addWidget(self.meeting, 1)
        chooser.addWidget(self.new_meeting)
        moves = QWidget()
        move_line = QHBoxLayout(moves)
        move_line.setContentsMargins(0, 0, 0, 0)
        move_line.addWidget(self.status, 1)
        for button in self.move_buttons.values():
            move_line.addWidget(button)
        next_form = QWidget()
        form = QFormLayout(next_form)
        form.setContentsMargins(0, 0, 0, 0)
        self._labels["next"] = QLabel()
        self._labels["next"].setBuddy(self.next_meeting.input)
        form.addRow(self._labels["next"], self.next_meeting)
        grid = QGridLayout()
        grid.addWidget(self._group("attendance", self.attendees), 0, 0)
        grid.addWidget(self._group("minutes", self.minutes), 1, 0)
        grid.addWidget(self._group("voice", self.voice), 2, 0)
        grid.addWidget(self._group("targets", self.target_table), 0, 1)
        grid.addWidget(self._group("actions", self.action_table), 1, 1)
        grid.addWidget(self._group("close", next_form, moves, self.message), 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(chooser)
        body_layout.addLayout(grid, 1)
        self.body = body
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(scroll, 1)

    def title(self) -> str:
        return self.tr("Meeting")

    def icon_name(self) -> str:
        return "meeting"

    def retranslateUi(self) -> None:
        self.picker.retranslateUi()
        self._labels["meeting"].setText(self.tr("M&eeting:"))
        self.meeting.setAccessibleName(self.tr("Meeting"))
        self.new_meeting.setText(self.tr("&New meeting today"))
        self.new_meeting.setAccessibleName(self.tr("New meeting today"))
        titles = {
            "attendance": self.tr("Who is here"),
            "minutes": self.tr("Minutes"),
            "voice": self.tr("The pupil's views"),
            "targets": self.tr("Targets"),
            "actions": self.tr("Actions"),
            "close": self.tr("Next meeting and the plan"),
        }
        for key, box in self._groups.items():
            box.setTitle(titles[key])
        self._labels["next"].setText(field_label("plan.next_meeting") + ":")
        self.move_buttons[PlanStatus.READY_FOR_MEETING].setText(self.tr("Mark &ready for meeting"))
        self.move_buttons[PlanStatus.SUBMITTED].setText(self.tr("&Submit the plan"))
        for button in self.move_buttons.values():
            button.setAccessibleName(button.text().replace("&", ""))
        for row in self.rows:
            row.retranslateUi()
        for editor in (self.attendees, self.target_table, self.action_table):
            editor.retranslateUi()
        self._show_status()
        self._fill_meetings()

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.picker.refresh()

    def show_pupil(self, pupil_id: str, section: str) -> None:
        self.picker.select(pupil_id)
        service = self.session.pupils()
        run_operation(self, lambda: service.view(pupil_id), lambda v: self._show(pupil_id, v))

    def _show(self, pupil_id: str, view: dict[str, Any]) -> None:
        self.editing.start(pupil_id, view)
        self.voice.set_value(get_path(view, "voice.pupil"))
        self.next_meeting.set_value(get_path(view, "plan.next_meeting"))
        self.target_table.show_view(view)
        self.action_table.show_view(view)
        self.message.clear()
        self._fill_meetings()
        self._show_meeting()
        self._show_status()
        self._enable(True)

    def clear(self) -> None:
        self.editing.stop()
        self.picker.clear()
        for row in self.rows:
            row.clear()
        for editor in (self.attendees, self.target_table, self.action_table):
            editor.clear()
        self.meeting.clear()
        self._meetings = []
        self.message.clear()
        self._show_status()
        self._enable(False)

    def _enable(self, on: bool) -> None:
        self.body.setEnabled(on)

    def _fill_meetings(self) -> None:
        meetings = self.editing.view.get("meetings") or {}
        current = self.meeting_id()
        self._meetings = sorted(meetings.items(), key=lambda item: str(item[1].get("date") or ""))
        self.meeting.clear()
        for meeting_id, meeting in self._meetings:
            label = str(meeting.get("date") or self.tr("no date"))
            if meeting.get("place"):
                label += f" — {meeting['place']}"
            self.meeting.addItem(label, meeting_id)
        if not self._meetings:
            self.meeting.addItem(self.tr("No meeting yet: start one with “New meeting today”"))
        index = self.meeting.findData(current) if current else -1
        self.meeting.setCurrentIndex(index if index >= 0 else max(self.meeting.count() - 1, 0))

    def meeting_id(self) -> str:
        data = self.meeting.currentData() if hasattr(self, "meeting") else None
        return str(data) if data else ""

    def _show_meeting(self) -> None:
        meeting_id = self.meeting_id()
        view = self.editing.view
        self.attendees.show_view(view, [meeting_id] if meeting_id else None)
        self.minutes.path = f"meetings.{meeting_id}.minutes" if meeting_id else ""
        self.minutes.set_value(get_path(view, self.minutes.path) if meeting_id else None)
        self.minutes.setEnabled(bool(meeting_id))

    def _show_status(self) -> None:
        code = str(get_path(self.editing.view, "plan.status") or "") if self.editing.view else ""
        self.status.setText(
            self.tr("Plan: {status}").format(status=plan_status(code)) if code else ""
        )

    # --- editing --------------------------------------------------------------------------

    def _commit(self, path: str, value: Any) -> None:
        if not path:
            return
        row = next(r for r in self.rows if r.path == path)
        row.show_error("")
        self.editing.save(
            {path: value},
            lambda c: row.saved(_new(c, path, value)),
            lambda e: row.show_error(str(e)),
        )

    def add_meeting(self) -> None:
        existing = {meeting_id for meeting_id, _ in self._meetings}
        number = 1
        while f"m-{number}" in existing:
            number += 1
        meeting_id = f"m-{number}"
        today = self.session.clock().date().isoformat()

        def opened(_: list[FieldChange]) -> None:
            self._fill_meetings()
            self.meeting.setCurrentIndex(self.meeting.findData(meeting_id))
            self._show_meeting()

        self.editing.save(
            {f"meetings.{meeting_id}.date": today}, opened, self._refused, undoable=False
        )

    def move_plan(self, status: PlanStatus) -> None:
        self.message.clear()
        self.editing.save({"plan.status": status.value}, None, self._refused)

    def _refused(self, error: ValidationError) -> None:
        self.message.setText(str(error))

    def _saved(self, changes: list[FieldChange]) -> None:
        if any(c.path == "plan.status" for c in changes):
            self._show_status()


def _new(changes: list[FieldChange], path: str, typed: Any) -> Any:
    return next((c.new for c in changes if c.path == path), typed)
