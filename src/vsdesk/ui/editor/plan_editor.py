"""The plan editor: one tab per part of the PEP, every field built from the model's facts.

The tabs come from :func:`vsdesk.ui.editor.structure.build_tabs` (the field catalogue plus
layout hints); nothing here names a field, so a section added to the model appears with
its own tab. Safeguarding details are neither loaded nor shown until the teacher asks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vsdesk.domain.fields import get_path
from vsdesk.domain.phases import Phase, PhaseReading
from vsdesk.errors import ValidationError
from vsdesk.services.pupils import FieldChange
from vsdesk.storage.pupil_repository import AuditEntry
from vsdesk.ui.editor.collection_editor import CollectionEditor
from vsdesk.ui.editor.editing import PupilEditing
from vsdesk.ui.editor.field_widgets import FieldRow
from vsdesk.ui.editor.history_dialog import HistoryDialog
from vsdesk.ui.editor.labels import field_label, tab_title
from vsdesk.ui.editor.phase import DEVELOPMENT, area_choices, reading_of, tab_in_use
from vsdesk.ui.editor.structure import Tab, build_tabs, template_for
from vsdesk.ui.labels import phase_line
from vsdesk.ui.operations import run_operation
from vsdesk.ui.session import AppSession

WRAP_LABELS_LONGER_THAN = 40


class TabPage(QScrollArea):
    """One tab: a form of field rows, then the collections' tables."""

    def __init__(self, tab: Tab, editing: PupilEditing) -> None:
        super().__init__()
        self.tab = tab
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(tab.read_only or tab.sensitive)
        layout.addWidget(self.notice)
        self.reveal_button = QPushButton()
        self.reveal_button.setVisible(tab.sensitive)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.form_host = QWidget()
        form = QFormLayout(self.form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows: list[FieldRow] = []
        self.labels: list[QLabel] = []
        # A tab grouping several sections (Circumstances) heads each section's fields.
        self.headings: list[tuple[QLabel, str]] = []
        grouped = tab.key not in tab.sections and len(tab.sections) > 1
        section = ""
        for spec in tab.fields:
            if grouped and spec.path.split(".", 1)[0] != section:
                section = spec.path.split(".", 1)[0]
                heading = QLabel()
                heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
                form.addRow(heading)
                self.headings.append((heading, section))
            row = FieldRow(spec, spec.path, read_only=tab.read_only)
            label = QLabel()
            label.setBuddy(row.input)
            label.setWordWrap(True)
            form.addRow(label, row)
            self.rows.append(row)
            self.labels.append(label)
        layout.addWidget(self.form_host)
        self.form_host.setVisible(not tab.sensitive)
        self.collections = [
            CollectionEditor(c, editing, read_only=tab.read_only) for c in tab.collections
        ]
        for editor in self.collections:
            layout.addWidget(editor, 1)
        if not self.collections:
            layout.addStretch(1)
        self.setWidget(inner)

    def retranslateUi(self) -> None:
        for heading, section in self.headings:
            heading.setText(tab_title(section))
        for label, row in zip(self.labels, self.rows, strict=True):
            text = field_label(row.spec.path) + ":"
            label.setText(text)
            # A wrapped label may be given fewer lines than it needs beside a one-line
            # input (the form sizes it from its hint), so only long labels wrap.
            label.setWordWrap(len(text) > WRAP_LABELS_LONGER_THAN)
            row.retranslateUi()
        for editor in self.collections:
            editor.retranslateUi()
        if self.tab.sensitive:
            self.notice.setText(
                self.tr(
                    "Safeguarding details are hidden. "
                    "Show them only when no one else can see the screen."
                )
            )
            self.reveal_button.setText(self.tr("Show safeguarding details"))
            self.reveal_button.setAccessibleName(self.tr("Show safeguarding details"))
        elif self.tab.read_only:
            self.notice.setText(
                self.tr("The Virtual School does the quality assurance; it is shown here to read.")
            )


class PlanEditor(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editing = PupilEditing(session, self)
        self.tab_specs = build_tabs()
        self.reading = PhaseReading(Phase.SCHOOL_AGE, None, False, True, None)
        self.country = ""
        self.phase_label = QLabel()
        self.phase_label.setObjectName("phase")
        self.phase_label.setStyleSheet("font-weight: bold;")
        self.phase_label.hide()
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.pages = [TabPage(tab, self.editing) for tab in self.tab_specs]
        self.rows: dict[str, FieldRow] = {}
        for page in self.pages:
            self.tabs.addTab(page, "")
            for row in page.rows:
                self.rows[row.path] = row
                row.commit.connect(self._commit)
                row.history_requested.connect(self.show_history)
            if page.tab.sensitive:
                page.reveal_button.clicked.connect(self.reveal_sensitive)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.undo_button = QPushButton()
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(lambda: self.editing.undo())
        self.editing.undo_available.connect(self.undo_button.setEnabled)
        self.editing.saved.connect(self._show_saved)
        self.editing.refused.connect(self._show_refused)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.sensitive_shown = False
        self._in_flight: set[str] = set()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        for index, page in enumerate(self.pages):
            self.tabs.setTabText(index, tab_title(page.tab.key))
            page.retranslateUi()
        self.undo_button.setText(self.tr("Undo last edit"))
        self.undo_button.setAccessibleName(self.tr("Undo last edit"))
        self.undo_button.setShortcut("Ctrl+Z")
        self.tabs.setAccessibleName(self.tr("Parts of the plan"))
        self._show_phase()

    def _show_phase(self) -> None:
        if not self.pupil_id:
            self.phase_label.setText("")
            return
        offset = int(get_path(self.editing.view, "pupil.year_group_offset") or 0)
        self.phase_label.setText(phase_line(self.reading, offset))
        self.phase_label.setAccessibleName(self.phase_label.text())
        development = self.development_editor()
        if development is not None:
            development.set_item_choices(area_choices(self.country) if self.country else None)

    def development_editor(self) -> CollectionEditor | None:
        return next(
            (e for p in self.pages for e in p.collections if e.collection.prefix == DEVELOPMENT),
            None,
        )

    # --- loading --------------------------------------------------------------------------

    @property
    def pupil_id(self) -> str:
        return self.editing.pupil_id

    def show_view(self, pupil_id: str, view: dict[str, Any], country: str = "") -> None:
        """Fill every tab from a pupil view (safeguarding stays hidden until asked for).

        ``country`` is the pupil's authority's (``wales``/``england``): it decides which
        areas of learning an early-years plan offers. Tabs the plan's phase does not use
        are hidden.
        """
        self.editing.start(pupil_id, view)
        self.reading, self.country = reading_of(view), country
        for index, page in enumerate(self.pages):
            self.tabs.setTabVisible(index, tab_in_use(page.tab, self.reading))
        if not self.tabs.isTabVisible(self.tabs.currentIndex()):
            self.tabs.setCurrentIndex(0)
        self.phase_label.show()
        self._show_phase()
        self._hide_sensitive()
        for page in self.pages:
            if page.tab.sensitive:
                continue
            for row in page.rows:
                row.set_value(get_path(view, row.path))
            for editor in page.collections:
                editor.show_view(view)
        self.status.setText("")

    def clear(self) -> None:
        self.editing.stop()
        self.country = ""
        self.phase_label.setText("")
        self.phase_label.hide()
        self._hide_sensitive()
        for row in self.rows.values():
            row.clear()
        for page in self.pages:
            for editor in page.collections:
                editor.clear()
        self.status.setText("")

    def open_section(self, section: str) -> None:
        for index, page in enumerate(self.pages):
            keys = {page.tab.key} | {c.name for c in page.tab.collections} | page.tab.sections
            if not self.tabs.isTabVisible(index):
                continue
            if section in keys or any(r.path.startswith(section + ".") for r in page.rows):
                self.tabs.setCurrentIndex(index)
                return

    def _hide_sensitive(self) -> None:
        self.sensitive_shown = False
        for page in self.pages:
            if page.tab.sensitive:
                for row in page.rows:
                    row.clear()
                page.form_host.hide()
                page.reveal_button.show()

    def reveal_sensitive(self) -> None:
        """Load the safeguarding section only now, and only into its own tab."""
        pupil_id, service = self.pupil_id, self.session.pupils()
        if not pupil_id:
            return

        def show(view: dict[str, Any]) -> None:
            if pupil_id != self.pupil_id:
                return
            self.sensitive_shown = True
            for page in self.pages:
                if page.tab.sensitive:
                    for row in page.rows:
                        row.set_value(get_path(view, row.path))
                    page.form_host.show()
                    page.reveal_button.hide()

        run_operation(self, lambda: service.view(pupil_id, include_sensitive=True), show)

    # --- editing --------------------------------------------------------------------------

    def _commit(self, path: str, value: Any) -> None:
        row = self.rows[path]
        row.show_error("")
        self._in_flight.add(path)
        self.editing.save({path: value}, None, lambda e: self._refused_here(row, e))

    def _refused_here(self, row: FieldRow, error: ValidationError) -> None:
        self._in_flight.discard(row.path)
        target = self.rows.get(error.field or "", row)
        target.show_error(str(error))

    def _show_saved(self, changes: list[FieldChange]) -> None:
        for change in changes:
            row = self.rows.get(change.path)
            if row is None:
                continue
            if change.path in self._in_flight:
                self._in_flight.discard(change.path)
                row.saved(change.new)  # keeps the text as typed ("95" stays "95")
            else:
                row.set_value(change.new)  # undone, or saved from another view
        names = ", ".join(field_label(template_for(c.path)) for c in changes[:3])
        self.status.setText(self.tr("Saved: {fields}.").format(fields=names) if changes else "")

    def _show_refused(self, path: str, message: str) -> None:
        self.status.setText(self.tr("Not saved: {message}").format(message=message))

    def show_history(self, path: str) -> None:
        name = field_label(template_for(path))

        def show(entries: list[AuditEntry]) -> None:
            self.history_dialog = HistoryDialog(name, entries, self)
            self.history_dialog.open()

        self.editing.history(path, show)
