"""Today: what needs the teacher now, offline, across every authority (the home screen).

Groups of lines from :func:`vsdesk.services.today.agenda`: meetings in the next 14 days,
packs to have ready, statutory timescales due or overdue, plans not submitted this term,
targets past their date, conflicts waiting, and per authority the time since the last
sync. Enter or a double click on a line opens the pupil at the right section.

Above the list, one warning line per authority that has gone without a sync (online or by
file) for longer than its profile's ``sync_warning_days``
(:func:`vsdesk.services.sync_reminders.sync_standings`); pressing it opens the Sync screen.
The screen reloads whenever an online sync (Sync now or automatic) ends.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vsdesk.clock import to_local
from vsdesk.services.sync_reminders import SyncStanding, sync_standings
from vsdesk.services.today import Agenda, AgendaItem, AuthoritySync, agenda
from vsdesk.ui.labels import deadline_kind, plan_status
from vsdesk.ui.operations import run_operation
from vsdesk.ui.screens.base import Screen
from vsdesk.ui.session import AppSession

GROUPS = ("meeting", "pack", "deadline", "unsubmitted", "target", "conflict", "sync")
PUPIL_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE = QColor("#a00000")


class TodayScreen(Screen):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.agenda: Agenda | None = None
        self.overdue: list[SyncStanding] = []
        self.sync_warnings: list[QPushButton] = []
        self.warning_box = QVBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("today-heading")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.warning_box)
        layout.addWidget(self.tree, 1)
        session.sync_runner.finished.connect(self._synced)
        self.retranslateUi()

    def title(self) -> str:
        return self.tr("Today")

    def icon_name(self) -> str:
        return "today"

    def retranslateUi(self) -> None:
        self.tree.setHeaderLabels([self.tr("What"), self.tr("When")])
        self.tree.setAccessibleName(self.tr("Today's list"))
        self._render()

    def today(self) -> date:
        return to_local(self.session.clock()).date()

    def refresh(self) -> None:
        vault, today, clock = self.session.vault(), self.today(), self.session.clock
        run_operation(
            self, lambda: (agenda(vault, today), sync_standings(vault, clock)), self._loaded
        )

    def _loaded(self, loaded: tuple[Agenda, list[SyncStanding]]) -> None:
        found, standings = loaded
        self.overdue = [s for s in standings if s.overdue]
        self.show_agenda(found)

    def show_agenda(self, found: Agenda) -> None:
        self.agenda = found
        self._render()

    def clear(self) -> None:
        self.agenda = None
        self.overdue = []
        self._render()

    def _synced(self, results: object) -> None:
        if self.session.is_unlocked:
            self.refresh()

    # --- drawing ----------------------------------------------------------------------------

    def _render(self) -> None:
        self._render_warnings()
        self.tree.clear()
        self.heading.setText(
            self.tr("Today, {day}").format(day=self.today().isoformat())
            if self.agenda is not None
            else ""
        )
        if self.agenda is None:
            return
        today = self.today()
        for kind in GROUPS:
            children = self._children(kind, today)
            group = QTreeWidgetItem([f"{self._group_title(kind)} ({len(children)})", ""])
            group.setFirstColumnSpanned(False)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.addChildren(children)
            self.tree.addTopLevelItem(group)
            group.setExpanded(bool(children))
        self.tree.resizeColumnToContents(0)

    def _render_warnings(self) -> None:
        for button in self.sync_warnings:
            self.warning_box.removeWidget(button)
            button.deleteLater()
        self.sync_warnings = []
        if self.agenda is None:
            return
        for standing in self.overdue:
            button = QPushButton(self._warning_text(standing))
            button.setObjectName("sync-warning")
            button.setStyleSheet("color: #a00000; text-align: left;")
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda: self.pupil_requested.emit("", "sync"))
            self.warning_box.addWidget(button)
            self.sync_warnings.append(button)

    def _warning_text(self, standing: SyncStanding) -> str:
        if standing.last_sync is None:
            return self.tr("{authority}: never synced. Open Sync…").format(authority=standing.name)
        days = (self.session.clock() - standing.last_sync).days
        return self.tr(
            "{authority}: no sync for {days} days; its profile allows {allowed}. Open Sync…"
        ).format(authority=standing.name, days=days, allowed=standing.allowed_days)

    def _children(self, kind: str, today: date) -> list[QTreeWidgetItem]:
        assert self.agenda is not None
        if kind == "sync":
            return [self._sync_item(a) for a in self.agenda.authorities]
        return [self._item(i, today) for i in self.agenda.items if i.kind == kind]

    def _item(self, item: AgendaItem, today: date) -> QTreeWidgetItem:
        when = item.due.isoformat() if item.due else ""
        if item.overdue:
            when = self.tr("{date} (overdue)").format(date=when) if when else self.tr("overdue")
        line = QTreeWidgetItem([f"{item.pupil_name}: {self._detail(item)}", when])
        line.setData(0, PUPIL_ROLE, item.pupil_id)
        line.setData(0, SECTION_ROLE, item.section)
        if item.overdue:
            for column in (0, 1):
                line.setForeground(column, QBrush(OVERDUE))
        return line

    def _sync_item(self, authority: AuthoritySync) -> QTreeWidgetItem:
        return QTreeWidgetItem([authority.name, self._age(authority.last_exchange)])

    def _age(self, moment: datetime | None) -> str:
        if moment is None:
            return self.tr("never synced")
        days = (self.session.clock() - moment).days
        if days <= 0:
            return self.tr("today")
        return self.tr("%n day(s) ago", "", days)

    def _detail(self, item: AgendaItem) -> str:
        match item.kind:
            case "meeting":
                return self.tr("PEP meeting")
            case "pack":
                return self.tr("meeting pack ready (3 days before)")
            case "deadline":
                return deadline_kind(item.detail)
            case "unsubmitted":
                return plan_status(item.detail)
            case "target":
                return self.tr("target past its date")
            case "conflict":
                return self.tr("two versions to choose between")
        return item.kind

    def _group_title(self, kind: str) -> str:
        return {
            "meeting": self.tr("Meetings in the next 14 days"),
            "pack": self.tr("Meeting packs to prepare"),
            "deadline": self.tr("Timescales due or overdue"),
            "unsubmitted": self.tr("Plans not submitted this term"),
            "target": self.tr("Targets past their date"),
            "conflict": self.tr("Conflicts waiting"),
            "sync": self.tr("Last sync per authority"),
        }[kind]

    def _open(self, line: QTreeWidgetItem, column: int) -> None:
        pupil_id = line.data(0, PUPIL_ROLE)
        if pupil_id:
            self.pupil_requested.emit(str(pupil_id), str(line.data(0, SECTION_ROLE) or ""))
