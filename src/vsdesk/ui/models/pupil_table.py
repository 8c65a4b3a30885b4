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
from vsdesk.ui.labels import PHASE, YEAR_BEFORE_ONE, phase_name, plan_status, year_group_name

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the PupilRow itself


class Column(IntEnum):
    NAME = 0
    SCHOOL = 1
    AUTHORITY = 2
    YEAR = 3
    PHASE = 4
    STATUS = 5
    NEXT_MEETING = 6
    OVERDUE = 7


HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("PupilTable", "Name"),
    Column.SCHOOL: QT_TRANSLATE_NOOP("PupilTable", "School"),
    Column.AUTHORITY: QT_TRANSLATE_NOOP("PupilTable", "Authority"),
    Column.YEAR: QT_TRANSLATE_NOOP("PupilTable", "Year"),
    Column.PHASE: QT_TRANSLATE_NOOP("PupilTable", "Phase"),
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


def _year(year_group: int | None) -> str:
    """Year groups by number; the ones before Year 1 by name ("Nursery", "Reception")."""
    if year_group is None:
        return ""
    return year_group_name(year_group) if year_group in YEAR_BEFORE_ONE else str(year_group)


TEXT_COLUMNS = (Column.NAME, Column.SCHOOL, Column.AUTHORITY, Column.STATUS)


class PupilTableModel(QAbstractTableModel):
    """The rows, kept in the order the teacher chose (sorting happens here, in Python).

    Sorting in the model rather than in QSortFilterProxyModel matters at 1,000 pupils: the
    proxy would call :meth:`data` twice per comparison (~20,000 calls); here one ``sorted``
    over precomputed keys does it (text columns by ICU collation rank in the window's
    language, so Welsh lists follow the Welsh alphabet).
    """

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[PupilRow] = []
        self.search_text: list[str] = []  # per row, casefolded "name school authority"
        self.sort_column = Column.NAME
        self.sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: list[PupilRow]) -> None:
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self._index_search()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = Column(column), order
        self.rows = self._sorted(self.rows)
        self._index_search()
        self.layoutChanged.emit()

    def _index_search(self) -> None:
        self.search_text = [
            f"{r.name} {r.family_name} {r.school} {r.authority_name}".casefold() for r in self.rows
        ]

    def _sorted(self, rows: list[PupilRow]) -> list[PupilRow]:
        column = self.sort_column
        if column in TEXT_COLUMNS:
            collator = QCollator(QLocale())
            collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            ranks = collation_ranks(collator, [self._display(row, column) for row in rows])
            keys: list[Any] = ranks
        else:
            keys = [self._sort_value(row, column) for row in rows]
        order = sorted(range(len(rows)), key=keys.__getitem__)
        if self.sort_order == Qt.SortOrder.DescendingOrder:
            order.reverse()
        return [rows[i] for i in order]

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
                return _year(row.year_group)
            case Column.PHASE:
                return phase_name(row.phase) if row.phase else ""
            case Column.STATUS:
                return plan_status(row.status)
            case Column.NEXT_MEETING:
                return row.next_meeting.isoformat() if row.next_meeting else ""
            case Column.OVERDUE:
                return str(row.overdue_targets) if row.overdue_targets else ""

    def _sort_value(self, row: PupilRow, column: Column) -> Any:
        match column:
            case Column.YEAR:
                return -99 if row.year_group is None else row.year_group
            case Column.PHASE:  # in the order of a child's life, then by year group
                order = list(PHASE).index(row.phase) if row.phase in PHASE else -1
                return (order, -99 if row.phase_year is None else row.phase_year)
            case Column.NEXT_MEETING:
                return row.next_meeting.isoformat() if row.next_meeting else "9999"
            case Column.OVERDUE:
                return row.overdue_targets
            case _:
                return self._display(row, column)

    def retranslate(self) -> None:
        """New language: headers, status words and the collation order change."""
        self.sort(self.sort_column, self.sort_order)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(Column) - 1))
