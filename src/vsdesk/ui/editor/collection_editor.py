"""An editable table for one collection of the plan, built from the collection's fields.

Cells save as soon as they are edited (through :class:`PupilEditing`); a refused cell
stays as typed, in red, with the message below the table. Closed choices get a list as
their editor. A collection inside the items (a meeting's attendees) shows below as its own
table, for the selected row.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vsdesk.domain.fields import get_path
from vsdesk.errors import ValidationError
from vsdesk.services.pupils import FieldChange
from vsdesk.storage.pupil_repository import AuditEntry
from vsdesk.ui.editor.add_dialog import AddItemDialog
from vsdesk.ui.editor.collection_model import CollectionModel
from vsdesk.ui.editor.editing import PupilEditing
from vsdesk.ui.editor.field_widgets import ERROR_STYLE, choices_of
from vsdesk.ui.editor.history_dialog import HistoryDialog
from vsdesk.ui.editor.labels import choice_label, field_label, tab_title
from vsdesk.ui.editor.structure import ID, Collection

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A list of the column's choices as the cell editor (labels shown, codes stored)."""

    def __init__(self, model: CollectionModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spec = self._model.fields[index.column()]
        choices = choices_of(spec)
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        if spec.optional:
            combo.addItem("", None)
        for code in choices:
            combo.addItem(choice_label(code), code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class CollectionEditor(QWidget):
    def __init__(
        self, collection: Collection, editing: PupilEditing, read_only: bool = False
    ) -> None:
        super().__init__()
        self.collection = collection
        self.editing = editing
        self.read_only = read_only
        self.parent_ids: list[str] = []
        self.model = CollectionModel(collection.fields, read_only)
        self.model.commit.connect(self._commit)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.title = QLabel()
        self.title.setBuddy(self.table)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_item)
        self.add_button.setVisible(not read_only)
        self.history_button = QPushButton()
        self.history_button.clicked.connect(self.show_history)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.children_editors = [
            CollectionEditor(c, editing, read_only) for c in collection.children
        ]
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_children())
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        for child in self.children_editors:
            layout.addWidget(child, 1)
        self._view: dict[str, Any] = {}
        self.add_dialog: AddItemDialog | None = None
        self.item_choices: list[tuple[str, str]] | None = None
        editing.saved.connect(self._saved_elsewhere)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        name = tab_title(self.collection.name)
        self.title.setText(name)
        self.table.setAccessibleName(name)
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Add to {collection}").format(collection=name))
        self.history_button.setText(self.tr("History of the cell"))
        self.history_button.setAccessibleName(self.tr("History of the selected cell"))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(self.model.columnCount() - 1, 0)
        )
        for child in self.children_editors:
            child.retranslateUi()

    # --- data -----------------------------------------------------------------------------

    @property
    def root(self) -> str:
        """The collection's filled path for the current parents (``meetings.m-1.attendees``)."""
        root = self.collection.prefix
        for item_id in self.parent_ids:
            root = root.replace(ID, item_id, 1)
        return root

    def show_view(self, view: dict[str, Any], parent_ids: list[str] | None = None) -> None:
        self._view = view
        self.parent_ids = parent_ids or []
        enabled = ID not in self.root
        self.model.set_items(
            self.root if enabled else "", get_path(view, self.root) if enabled else {}
        )
        self.add_button.setEnabled(enabled and not self.read_only and bool(view))
        self.error.hide()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if self.collection.fields[column].text:  # wide enough to read; the table scrolls
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(column, 240)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._show_children()

    def clear(self) -> None:
        self.show_view({})

    def select_item(self, item_id: str) -> None:
        ids = self.model.item_ids()
        if item_id in ids:
            self.table.selectRow(ids.index(item_id))

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        ids = self.model.item_ids()
        return ids[index.row()] if index.isValid() and index.row() < len(ids) else None

    def _show_children(self) -> None:
        selected = self.selected_id()
        for child in self.children_editors:
            ids = [*self.parent_ids, selected] if selected else [*self.parent_ids, ID]
            child.show_view(self._view, ids)

    # --- editing --------------------------------------------------------------------------

    def _commit(self, path: str, value: Any) -> None:
        self.error.hide()
        self.editing.save({path: value}, lambda c: self._saved(path, value, c), self._refused)

    def _saved(self, path: str, value: Any, changes: list[FieldChange]) -> None:
        new = next((c.new for c in changes if c.path == path), value)
        self.model.apply_saved(path, new)

    def _saved_elsewhere(self, changes: list[FieldChange]) -> None:
        """Undo, or the same field edited in another view: show the value now stored."""
        for change in changes:
            if change.path.startswith(self.model.root + ".") and self.model.root:
                self.model.apply_saved(change.path, change.new)

    def _refused(self, error: ValidationError) -> None:
        if error.field:
            self.model.refuse(error.field, str(error))
        self.error.setText(str(error))
        self.error.show()

    def next_id(self) -> str:
        letter = re.sub(r"[^a-z]", "", self.collection.name.lower())[:1] or "x"
        numbers = [
            int(m.group(1))
            for item_id in self.model.item_ids()
            if (m := re.match(rf"^{letter}-(\d+)$", item_id))
        ]
        return f"{letter}-{max(numbers, default=0) + 1}"

    def set_item_choices(self, choices: list[tuple[str, str]] | None) -> None:
        """Items keyed by one of these (id, label) pairs: each row is named by its label,
        and "Add…" offers the ids not yet used instead of numbering a new item."""
        self.item_choices = choices
        labels = dict(choices or ())
        self.model.key_label = None if choices is None else (lambda key: labels.get(key, key))
        self.model.key_order = {key: index for index, (key, _) in enumerate(choices or ())}
        self.table.verticalHeader().setVisible(choices is not None)
        self.model.headerDataChanged.emit(
            Qt.Orientation.Vertical, 0, max(self.model.rowCount() - 1, 0)
        )

    def free_choices(self) -> list[tuple[str, str]] | None:
        if self.item_choices is None:
            return None
        used = set(self.model.item_ids())
        return [(key, label) for key, label in self.item_choices if key not in used]

    def add_item(self) -> None:
        choices = self.free_choices()
        if choices == []:
            self.error.setText(self.tr("Every area already has a row: edit it in the table."))
            self.error.show()
            return
        dialog = AddItemDialog(
            self.collection, self.root, self.next_id(), self.editing, self, choices
        )
        dialog.accepted.connect(lambda: self._added(dialog.item_id))
        self.add_dialog = dialog
        dialog.open()

    def _added(self, item_id: str) -> None:
        self.show_view(self.editing.view, self.parent_ids)
        self.select_item(item_id)

    def show_history(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.error.setText(self.tr("Choose a cell first."))
            self.error.show()
            return
        path = self.model.path_at(index)
        name = field_label(self.collection.fields[index.column()].path)

        def show(entries: list[AuditEntry]) -> None:
            dialog = HistoryDialog(name, entries, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        self.editing.history(path, show)
