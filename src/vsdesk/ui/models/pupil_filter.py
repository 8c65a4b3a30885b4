"""Search and filters over the pupil table, and sorting names in the window's language.

Search matches every word typed against the name, school and authority, ignoring case.
Sorting is delegated to the table model (one Python ``sorted`` over ICU collation keys in
the window's language), so the proxy only filters.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from vsdesk.services.pupil_list import PupilRow
from vsdesk.ui.models.pupil_table import PupilTableModel

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PupilFilter:
    words: tuple[str, ...] = ()
    authority_id: str = ""
    status: str = ""
    meeting_within_days: int = 0  # 0: any
    overdue_only: bool = False
    today: date | None = None

    def accepts(self, row: PupilRow, haystack: str) -> bool:
        if any(word not in haystack for word in self.words):
            return False
        if self.authority_id and row.authority_id != self.authority_id:
            return False
        if self.status and row.status != self.status:
            return False
        if self.overdue_only and not row.overdue_targets:
            return False
        if self.meeting_within_days and self.today is not None:
            last = self.today + timedelta(days=self.meeting_within_days)
            if row.next_meeting is None or not self.today <= row.next_meeting <= last:
                return False
        return True


class PupilFilterProxy(QSortFilterProxyModel):
    def __init__(self, source: PupilTableModel) -> None:
        super().__init__()
        self._source = source
        self.setSourceModel(source)
        self.filter = PupilFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks the proxy; the source model does it (see PupilTableModel)."""
        self._source.sort(column, order)

    def set_filter(self, **changes: Any) -> None:
        if "search" in changes:
            changes["words"] = tuple(changes.pop("search").casefold().split())
        self.beginFilterChange()
        self.filter = replace(self.filter, **changes)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self._source
        return self.filter.accepts(source.rows[source_row], source.search_text[source_row])
