"""The main window: navigation on the left, one screen at a time on the right, Lock on top.

The window owns the screens and routes between them: a screen asking for a pupil
(``pupil_requested``) gets the plan screen opened on that pupil. Locking (the button,
Ctrl+L, or the idle timer) clears every screen through ``AppSession.locked``. While the
vault is unlocked, a timer runs the online sync every ``auto_sync_minutes`` (Settings; 0 =
off) through the session's one :class:`~vsdesk.ui.sync_runner.SyncRunner`, so it never
overlaps a "Sync now" and never runs locked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from vsdesk.ui.icons import app_icon, icon
from vsdesk.ui.operations import wait_for_operations
from vsdesk.ui.screens.base import Screen
from vsdesk.ui.screens.meeting import MeetingScreen
from vsdesk.ui.screens.plan import PlanScreen
from vsdesk.ui.screens.print_screen import PrintScreen
from vsdesk.ui.screens.pupils import PupilsScreen
from vsdesk.ui.screens.settings_screen import SettingsScreen
from vsdesk.ui.screens.sync import SyncScreen
from vsdesk.ui.screens.today import TodayScreen
from vsdesk.ui.session import AppSession

SCREENS: tuple[type[Screen], ...] = (
    TodayScreen,
    PupilsScreen,
    PlanScreen,
    MeetingScreen,
    SyncScreen,
    PrintScreen,
    SettingsScreen,
)


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self.closing = False  # set when the teacher closes the window: quit, do not ask again
        self.setWindowIcon(app_icon())
        self.screens: list[Screen] = [kind(session) for kind in SCREENS]
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.stack = QStackedWidget()
        for screen in self.screens:
            self.navigation.addItem(QListWidgetItem(icon(screen.icon_name()), ""))
            self.stack.addWidget(screen)
            screen.pupil_requested.connect(self.open_pupil)
        self.navigation.currentRowChanged.connect(self._show_screen)
        self._build_layout()
        self._build_toolbar()
        session.locked.connect(self.clear_screens)
        self.auto_sync = QTimer(self)
        self.auto_sync.timeout.connect(self.sync_in_background)
        session.locked.connect(self.auto_sync.stop)
        session.unlocked.connect(self.schedule_auto_sync)
        session.settings_changed.connect(self.schedule_auto_sync)
        self.schedule_auto_sync()
        self.retranslateUi()
        self.navigation.setCurrentRow(0)
        self.resize(1100, 720)

    def _build_layout(self) -> None:
        self.navigation.setFixedWidth(self.navigation.sizeHintForColumn(0) + 180)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.lock_action = QAction(icon("lock"), "", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested.emit)
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(self.toolbar)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("vsdesk: Personal Education Plans"))
        self.navigation.setAccessibleName(self.tr("Screens"))
        for row, screen in enumerate(self.screens):
            self.navigation.item(row).setText(screen.title())
        self.lock_action.setText(self.tr("Lock"))
        self.lock_action.setToolTip(self.tr("Lock the vault (Ctrl+L)"))
        button = self.toolbar.widgetForAction(self.lock_action)
        if isinstance(button, QToolButton):
            button.setAccessibleName(self.tr("Lock"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # --- routing ----------------------------------------------------------------------------

    def screen_of(self, kind: type[Screen]) -> Screen:
        return next(s for s in self.screens if isinstance(s, kind))

    def show_screen(self, kind: type[Screen]) -> None:
        """Show (and reload) the screen of that kind, even if it is already showing."""
        row = self.screens.index(self.screen_of(kind))
        if row == self.navigation.currentRow():
            self._show_screen(row)
        else:
            self.navigation.setCurrentRow(row)

    def _show_screen(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        if self.session.is_unlocked:
            self.screens[row].refresh()

    def import_bundle(self, path: Path) -> None:
        """Show the Sync screen importing ``path`` (a bundle opened from the file manager)."""
        self.show_screen(SyncScreen)
        sync = self.screen_of(SyncScreen)
        assert isinstance(sync, SyncScreen)
        sync.import_from(path)

    def open_pupil(self, pupil_id: str, section: str) -> None:
        if section in ("conflicts", "sync"):  # settled, or synced, on the Sync screen
            self.show_screen(SyncScreen)
            return
        plan = self.screen_of(PlanScreen)
        plan.show_pupil(pupil_id, section)
        self.show_screen(PlanScreen)

    # --- automatic online sync ------------------------------------------------------------

    def schedule_auto_sync(self) -> None:
        """(Re)start the timer from the setting; stopped when off or locked."""
        minutes = self.session.settings.auto_sync_minutes
        if minutes <= 0 or not self.session.is_unlocked:
            self.auto_sync.stop()
            return
        self.auto_sync.start(minutes * 60_000)

    def sync_in_background(self) -> bool:
        """One timer tick: sync unless locked, not enrolled, or a sync already runs."""
        if self.closing or not self.session.is_unlocked or not self.session.enrolled:
            return False
        return self.session.sync_runner.start()

    def refresh_current(self) -> None:
        self._show_screen(self.navigation.currentRow())

    def clear_screens(self) -> None:
        for screen in self.screens:
            screen.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let running work finish, then close the vault: nothing is left half-written."""
        self.closing = True
        wait_for_operations()
        self.session.lock()
        super().closeEvent(event)
