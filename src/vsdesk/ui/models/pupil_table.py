"""The pupil list as a table model: one PupilRow per row, columns fixed here."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from vsdesk.services.pupil_list import PupilRow
from vsdesk.ui.labels import plan_status

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the PupilRow itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value to sort by (str sorted by collator)


class Column(IntEnum):
    NAME = 0
    SCHOOL = 1
    AUTHORITY = 2
    YEAR = 3
    STATUS = 4
    NEXT_MEETING = 5
    OVERDUE = 6


HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("PupilTable", "Name"),
    Column.SCHOOL: QT_TRANSLATE_NOOP("PupilTable", "School"),
    Column.AUTHORITY: QT_TRANSLATE_NOOP("PupilTable", "Authority"),
    Column.YEAR: QT_TRANSLATE_NOOP("PupilTable", "Year"),
    Column.STATUS: QT_TRANSLATE_NOOP("PupilTable", "Plan status"),
    Column.NEXT_MEETING: QT_TRANSLATE_NOOP("PupilTable", "Next meeting"),
    Column.OVERDUE: QT_TRANSLATE_NOOP("PupilTable", "Overdue targets"),
}


def _header(column: Column) -> str:
    return QCoreApplication.translate("PupilTable", str(HEADERS[column]))


def collation_ranks(collator: QCollator, texts: list[str]) -> list[int]:
    """Each text's place in the collator's order (ICU sort keys compare in C++)."""
    keys = [collator.sortKey(text) for text in texts]
    order = sorted(range(len(keys)), key=keys.__getitem__)
    ranks = [0] * len(keys)
    for place, index in enumerate(order):
        ranks[index] = place
    return ranks


TEXT_COLUMNS = (Column.NAME, Column.SCHOOL, Column.AUTHORITY, Column.STATUS)


class PupilTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[PupilRow] = []
        self.search_text: list[str] = []
        self.ranks: dict[Column, list[int]] = {}  # per row, casefolded "name school authority"

    def set_rows(self, rows: list[PupilRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.search_text = [
            f"{r.name} {r.family_name} {r.school} {r.authority_name}".casefold() for r in rows
        ]
        self._rank_text_columns()
        self.endResetModel()

    def _rank_text_columns(self) -> None:
        """Each row's place in collation order per text column, so the proxy sorts integers
        in C++ instead of calling Python for each comparison. The collator follows the
        window's language (QLocale's default): Welsh letters order when it is Welsh."""
        collator = QCollator(QLocale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ranks = {}
        for column in TEXT_COLUMNS:
            texts = [self._display(row, column) for row in self.rows]
            self.ranks[column] = collation_ranks(collator, texts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(Column(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(index.row(), row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.YEAR, Column.OVERDUE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: PupilRow, column: Column) -> str:
        match column:
            case Column.NAME:
                return f"{row.family_name}, {row.given_name}"
            case Column.SCHOOL:
                return row.school
            case Column.AUTHORITY:
                return row.authority_name
            case Column.YEAR:
                return "" if row.year_group is None else str(row.year_group)
            case Column.STATUS:
                return plan_status(row.status)
            case Column.NEXT_MEETING:
                return row.next_meeting.isoformat() if row.next_meeting else ""
            case Column.OVERDUE:
                return str(row.overdue_targets) if row.overdue_targets else ""

    def _sort_value(self, index: int, row: PupilRow, column: Column) -> Any:
        if column in self.ranks:
            return self.ranks[column][index]
        match column:
            case Column.YEAR:
                return -1 if row.year_group is None else row.year_group
            case Column.NEXT_MEETING:
                return row.next_meeting.isoformat() if row.next_meeting else "9999"
            case Column.OVERDUE:
                return row.overdue_targets
            case _:
                return self._display(row, column)

    def retranslate(self) -> None:
        """New language: headers, status words and the collation order change."""
        self.layoutAboutToBeChanged.emit()
        self._rank_text_columns()
        self.layoutChanged.emit()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(Column) - 1))
