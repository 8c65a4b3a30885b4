"""The Sync screen: each Virtual School's last exchange and what waits to go, "Sync now"
over the network, bundles in and out by file, and the conflicts waiting for the teacher.

Import and export run on a worker with a busy bar; the line under the buttons says what
happened in the same words as the CLI (or why nothing changed). "Sync now" and the
automatic sync go through the session's :class:`~vsdesk.ui.sync_runner.SyncRunner`: its
progress events (queued to the UI thread) fill the status line with counts, and when it
ends there is one line per authority. An unreachable hub is not an error, so it reads
"offline, will try again" on that authority's line and no dialog opens.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vsdesk.errors import VsdeskError
from vsdesk.services.client_sync import ExportReport, ImportReport
from vsdesk.services.online_sync import AuthorityResult, SyncEvent
from vsdesk.services.sync_status import AuthorityStatus, authority_status
from vsdesk.sync.bundle_format import BUNDLE_SUFFIX
from vsdesk.ui.editor.labels import field_label
from vsdesk.ui.editor.structure import template_for
from vsdesk.ui.errors import error_text, show_error
from vsdesk.ui.operations import run_operation
from vsdesk.ui.screens.base import Screen
from vsdesk.ui.screens.sync_conflict_dialog import ConflictDialog
from vsdesk.ui.session import AppSession


def _read_only_table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class SyncScreen(Screen):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.authorities_label = QLabel()
        self.authorities = _read_only_table(5)
        self.authorities_label.setBuddy(self.authorities)
        self.sync_now_button = QPushButton()
        self.sync_now_button.clicked.connect(self.sync_now)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.choose_import)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.choose_export)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conflicts_label = QLabel()
        self.conflicts = _read_only_table(3)
        self.conflicts_label.setBuddy(self.conflicts)
        self.conflicts.doubleClicked.connect(lambda _: self.resolve_selected())
        self.resolve_button = QPushButton()
        self.resolve_button.clicked.connect(self.resolve_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_now_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.progress, 1)
        conflict_bar = QHBoxLayout()
        conflict_bar.addWidget(self.conflicts_label, 1)
        conflict_bar.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.authorities_label)
        layout.addWidget(self.authorities, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addLayout(conflict_bar)
        layout.addWidget(self.conflicts, 1)
        self._statuses: list[AuthorityStatus] = []
        self._conflicts: list[dict[str, Any]] = []
        self.conflict_dialog: ConflictDialog | None = None
        self._online_results: list[AuthorityResult] = []
        runner = session.sync_runner
        runner.started.connect(self._online_started)
        runner.progress.connect(self._online_progress)
        runner.finished.connect(self._online_finished)
        runner.failed.connect(self._failed)
        self.retranslateUi()

    def title(self) -> str:
        return self.tr("Sync")

    def icon_name(self) -> str:
        return "sync"

    def retranslateUi(self) -> None:
        self.authorities_label.setText(self.tr("&Virtual Schools"))
        self.authorities.setAccessibleName(self.tr("Virtual Schools"))
        self.authorities.setHorizontalHeaderLabels(
            [
                self.tr("Authority"),
                self.tr("Last sync"),
                self.tr("Bundles received"),
                self.tr("Bundles sent"),
                self.tr("Changes waiting to send"),
            ]
        )
        self.sync_now_button.setText(self.tr("Sync &now"))
        self.sync_now_button.setAccessibleName(self.tr("Sync now"))
        self.sync_now_button.setToolTip(
            self.tr("Send your changes to your Virtual Schools' hubs and fetch theirs")
        )
        self.import_button.setText(self.tr("Import bundle…"))
        self.import_button.setAccessibleName(self.tr("Import bundle"))
        self.export_button.setText(self.tr("Export bundle…"))
        self.export_button.setAccessibleName(self.tr("Export bundle"))
        self.progress.setAccessibleName(self.tr("Working"))
        self.conflicts_label.setText(self.tr("&Conflicts waiting for you"))
        self.conflicts.setAccessibleName(self.tr("Conflicts waiting for you"))
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Pupil record"), self.tr("Versions")]
        )
        self.resolve_button.setText(self.tr("Resolve…"))
        self.resolve_button.setAccessibleName(self.tr("Resolve the selected conflict"))
        self._fill_authorities()
        self._fill_conflicts()
        if self._online_results:
            self._show_online_results()

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.session.vault()
        sync = self.session.sync()
        run_operation(self, lambda: (authority_status(store), sync.conflicts()), self._show)

    def _show(self, loaded: tuple[list[AuthorityStatus], list[dict[str, Any]]]) -> None:
        self._statuses, self._conflicts = loaded
        self._fill_authorities()
        self._fill_conflicts()

    def _fill_authorities(self) -> None:
        self.authorities.setRowCount(len(self._statuses))
        for row, status in enumerate(self._statuses):
            when = (
                status.last_exchange.astimezone().strftime("%Y-%m-%d %H:%M")
                if status.last_exchange
                else self.tr("Never")
            )
            cells = (status.name, when, str(status.received), str(status.sent), str(status.waiting))
            for column, text in enumerate(cells):
                self.authorities.setItem(row, column, QTableWidgetItem(text))
        if self._statuses and not self.authorities.selectedItems():
            self.authorities.selectRow(0)
        enrolled = bool(self._statuses) or not self.session.is_unlocked
        busy = self.session.sync_runner.running
        self.export_button.setEnabled(enrolled and not busy)
        self.sync_now_button.setEnabled(enrolled and not busy)

    def _fill_conflicts(self) -> None:
        self.conflicts.setRowCount(len(self._conflicts))
        for row, conflict in enumerate(self._conflicts):
            cells = (
                field_label(template_for(str(conflict.get("field", "")))),
                str(conflict.get("entity", "")),
                str(len(conflict.get("versions", []))),
            )
            for column, text in enumerate(cells):
                self.conflicts.setItem(row, column, QTableWidgetItem(text))
        self.resolve_button.setEnabled(bool(self._conflicts))

    def clear(self) -> None:
        self._statuses, self._conflicts = [], []
        self.authorities.setRowCount(0)
        self.conflicts.setRowCount(0)
        self._online_results = []
        self._idle()
        self.result.clear()

    # --- import and export ----------------------------------------------------------------

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import bundle"),
            "",
            self.tr("Bundles (*.vsbundle *.bundle);;All files (*)"),
        )
        if path:
            self.import_from(Path(path))

    def choose_export(self) -> None:
        status = self._selected_authority()
        suggested = (
            f"{status.authority_id}-{status.sent + 1}.{BUNDLE_SUFFIX}"
            if status
            else f"changes.{BUNDLE_SUFFIX}"
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export bundle"), suggested, self.tr("Bundles (*.vsbundle)")
        )
        if path:
            self.export_to(Path(path))

    def _selected_authority(self) -> AuthorityStatus | None:
        rows = self.authorities.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self._statuses):
            return self._statuses[rows[0].row()]
        return self._statuses[0] if len(self._statuses) == 1 else None

    def import_from(self, path: Path) -> None:
        sync = self.session.sync()
        self._busy(self.tr("Checking and importing the bundle…"))
        run_operation(self, lambda: sync.import_file(path), self._imported, self._failed)

    def export_to(self, path: Path) -> None:
        sync = self.session.sync()
        chosen = self._selected_authority()
        authority = chosen.authority_id if chosen else None
        self._busy(self.tr("Writing the bundle…"))
        run_operation(self, lambda: sync.export_file(path, authority), self._exported, self._failed)

    def _busy(self, message: str) -> None:
        self.progress.show()
        for button in (self.sync_now_button, self.import_button, self.export_button):
            button.setEnabled(False)
        self.result.setText(message)

    def _idle(self) -> None:
        self.progress.hide()
        for button in (self.sync_now_button, self.import_button, self.export_button):
            button.setEnabled(True)

    # --- online sync ----------------------------------------------------------------------

    def sync_now(self) -> None:
        self.session.sync_runner.start()

    def _authority_name(self, authority_id: str) -> str:
        names = {status.authority_id: status.name for status in self._statuses}
        return names.get(authority_id, authority_id)

    def _online_started(self) -> None:
        self._online_results = []
        self._busy(self.tr("Syncing with your Virtual Schools…"))

    def _online_progress(self, event: SyncEvent) -> None:
        name = self._authority_name(event.authority)
        stages = {
            "connecting": self.tr("{authority}: connecting…"),
            "sent": self.tr("{authority}: sent {sent} change(s)…"),
            "received": self.tr("{authority}: sent {sent} change(s), received {received}…"),
            "done": self.tr("{authority}: sent {sent} change(s), received {received}."),
            "offline": self.tr("{authority}: offline, will try again."),
            "failed": self.tr("{authority}: not synced."),
        }
        text = stages.get(event.stage, "{authority}")
        self.result.setText(text.format(authority=name, sent=event.sent, received=event.received))

    def _online_finished(self, results: list[AuthorityResult]) -> None:
        self._idle()
        self._online_results = results
        self._show_online_results()
        if self.session.is_unlocked:
            self.refresh()

    def _show_online_results(self) -> None:
        self.result.setText("\n".join(self.online_line(r) for r in self._online_results))

    def online_line(self, result: AuthorityResult) -> str:
        """The one line a teacher reads for an authority, in the window's language."""
        name = self._authority_name(result.authority)
        if result.outcome == "synced":
            return self.tr("{authority}: sent {sent} change(s), received {received}.").format(
                authority=name, sent=result.sent, received=result.received
            )
        if result.outcome == "offline":
            return self.tr("{authority}: offline, will try again.").format(authority=name)
        if result.outcome == "no-address":
            return self.tr("{authority}: no hub address; sync by file instead.").format(
                authority=name
            )
        return self.tr("{authority}: not synced: {reason}").format(
            authority=name, reason=result.message
        )

    def _imported(self, report: ImportReport) -> None:
        self._idle()
        self.result.setText(
            self.tr(
                "Imported bundle {sequence} from {authority}: {changes} change(s) for "
                "{pupils} pupil(s), {purged} removed, {conflicts} new conflict(s)."
            ).format(
                sequence=report.sequence,
                authority=report.authority,
                changes=report.changes,
                pupils=report.pupils,
                purged=report.purged,
                conflicts=report.new_conflicts,
            )
        )
        self.refresh()

    def _exported(self, report: ExportReport) -> None:
        self._idle()
        self.result.setText(
            self.tr(
                "Exported bundle {sequence} for {authority}: {changes} change(s), {size} KiB."
            ).format(
                sequence=report.sequence,
                authority=report.authority,
                changes=report.changes,
                size=max(1, report.size // 1024),
            )
        )
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._idle()
        self.result.setText(
            self.tr("Nothing was changed: {reason}").format(reason=error_text(error))
        )
        if not isinstance(error, VsdeskError):
            show_error(self, error)

    # --- conflicts ------------------------------------------------------------------------

    def resolve_selected(self) -> None:
        rows = self.conflicts.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        if not self._conflicts or row >= len(self._conflicts):
            return
        dialog = ConflictDialog(self._conflicts[row], self.session.sync(), self)
        dialog.accepted.connect(self.refresh)
        self.conflict_dialog = dialog
        dialog.open()
