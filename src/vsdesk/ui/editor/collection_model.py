"""A collection of the plan (targets, actions, attendees…) as an editable table model.

Columns are the item's fields from the model's catalogue; rows are the items, by id. An
edited cell is handed on as ``commit(path, value)`` and shown as typed, marked pending, until
the vault answers: saved, it becomes the value; refused, it stays as typed, marked in red
with the message as its tooltip, so nothing the teacher typed is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from vsdesk.domain.fields import FieldSpec
from vsdesk.ui.editor.field_widgets import choices_of, is_read_only, shown
from vsdesk.ui.editor.labels import choice_label, field_label

Index = QModelIndex | QPersistentModelIndex
REFUSED = QBrush(QColor("#f9d6d9"))


def _natural(item_id: str) -> tuple[str, int, str]:
    match = re.match(r"^(.*?)(\d+)$", item_id)
    return (match.group(1), int(match.group(2)), "") if match else (item_id, 0, item_id)


class CollectionModel(QAbstractTableModel):
    commit = Signal(str, object)  # filled field path, value

    def __init__(self, fields: list[FieldSpec], read_only: bool = False) -> None:
        super().__init__()
        self.fields = fields
        self.read_only = read_only
        self.root = ""  # filled path of the collection ("meetings.m-1.attendees")
        self._ids: list[str] = []
        self._items: dict[str, dict[str, Any]] = {}
        self._typed: dict[str, Any] = {}  # path → value waiting for, or refused by, the vault
        self._refused: dict[str, str] = {}  # path → message
        #: Items keyed by a meaningful id (an area of learning) name their row with it.
        self.key_label: Callable[[str], str] | None = None
        self.key_order: dict[str, int] = {}  # such ids in their framework's order

    # --- data in --------------------------------------------------------------------------

    def set_items(self, root: str, items: dict[str, Any] | None) -> None:
        self.beginResetModel()
        self.root = root
        self._items = {k: dict(v) for k, v in (items or {}).items()}
        self._ids = sorted(self._items, key=self._sort_key)
        self._typed.clear()
        self._refused.clear()
        self.endResetModel()

    def _sort_key(self, item_id: str) -> tuple[int, tuple[str, int, str]]:
        return self.key_order.get(item_id, len(self.key_order)), _natural(item_id)

    def clear(self) -> None:
        self.set_items("", {})

    def item_ids(self) -> list[str]:
        return list(self._ids)

    def path_at(self, index: Index) -> str:
        return f"{self.root}.{self._ids[index.row()]}.{self._leaf(index.column())}"

    def _leaf(self, column: int) -> str:
        return self.fields[column].path.rsplit(".", 1)[-1]

    def index_of(self, path: str) -> QModelIndex:
        item_id, _, leaf = path.removeprefix(self.root + ".").partition(".")
        if item_id not in self._items:
            return QModelIndex()
        for column in range(len(self.fields)):
            if self._leaf(column) == leaf:
                return self.index(self._ids.index(item_id), column)
        return QModelIndex()

    # --- the vault's answers --------------------------------------------------------------

    def apply_saved(self, path: str, value: Any) -> None:
        index = self.index_of(path)
        if not index.isValid():
            return
        self._items[self._ids[index.row()]][self._leaf(index.column())] = value
        self._typed.pop(path, None)
        self._refused.pop(path, None)
        self.dataChanged.emit(index, index)

    def refuse(self, path: str, message: str) -> bool:
        index = self.index_of(path)
        if not index.isValid():
            return False
        self._refused[path] = message
        self.dataChanged.emit(index, index)
        return True

    def refusal(self, path: str) -> str:
        return self._refused.get(path, "")

    # --- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return field_label(self.fields[section].path)
        if self.key_label is not None and section < len(self._ids):
            return self.key_label(self._ids[section])
        return str(section + 1)

    def value_at(self, index: Index) -> Any:
        path = self.path_at(index)
        if path in self._typed:
            return self._typed[path]
        return self._items[self._ids[index.row()]].get(self._leaf(index.column()))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        spec = self.fields[index.column()]
        value = self.value_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if spec.kind is bool:
                return None
            if choices_of(spec) is not None and value is not None:
                return choice_label(str(value))
            return shown(value)
        if role == Qt.ItemDataRole.EditRole:
            return value if choices_of(spec) is not None else shown(value)
        if role == Qt.ItemDataRole.CheckStateRole and spec.kind is bool:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and self.path_at(index) in self._refused:
            return REFUSED
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._refused.get(self.path_at(index)) or (
                self.tr("Kept by the home authority: it changes when they send it.")
                if self._locked(spec)
                else None
            )
        return None

    def _locked(self, spec: FieldSpec) -> bool:
        return self.read_only or is_read_only(spec)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        spec = self.fields[index.column()]
        if self._locked(spec):
            return base
        if spec.kind is bool:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (self.flags(index) & ~Qt.ItemFlag.ItemIsSelectable):
            return False
        spec = self.fields[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and spec.kind is bool:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if self._locked(spec) or shown(value) == shown(self.value_at(index)):
            return False
        path = self.path_at(index)
        self._typed[path] = value
        self._refused.pop(path, None)
        self.dataChanged.emit(index, index)
        self.commit.emit(path, value)
        return True
