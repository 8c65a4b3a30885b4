"""Auto-lock after idle minutes: an event filter on the application resets one timer.

Any key press, mouse press, movement or wheel anywhere in the application counts as
activity. When the timer runs out, :meth:`AppSession.lock` clears every screen and drops
the key. ``interval_ms`` lets tests use a short timeout.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from vsdesk.ui.session import AppSession

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._expired)
        self.interval_ms: int | None = None  # None: the teacher's setting in minutes
        session.settings_changed.connect(self._restart_if_running)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start(self._interval())

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _interval(self) -> int:
        if self.interval_ms is not None:
            return self.interval_ms
        return self.session.settings.auto_lock_minutes * 60_000

    def _restart_if_running(self) -> None:
        if self.timer.isActive():
            self.timer.start(self._interval())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start(self._interval())
        return False

    def _expired(self) -> None:
        if self.session.is_unlocked:
            self.session.lock()
