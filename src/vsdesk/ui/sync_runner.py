"""One online sync at a time for the whole window: "Sync now" and the automatic timer share it.

The sync itself is :class:`vsdesk.services.online_sync.OnlineSync` (the same service as
``vsdesk sync online``) running through :func:`vsdesk.ui.operations.run_operation`. Its
progress events arrive on the worker thread; they are re-emitted through the ``progress``
signal of this object, which lives on the UI thread, so Qt queues them to the UI thread and
no widget is ever touched from the worker. A second request while one runs, or any request
while the vault is locked, is refused (``start`` returns False) rather than queued: the
timer simply tries again at its next tick. The work's owner is a hidden widget of the
runner's own, so the end of a sync is always delivered (and ``running`` always cleared) even
if the screen that asked for it has gone; a result that arrives after the vault was locked
is kept from the screens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from vsdesk.ui.operations import run_operation

if TYPE_CHECKING:
    from vsdesk.services.online_sync import AuthorityResult, RetryPolicy
    from vsdesk.ui.session import AppSession


class SyncRunner(QObject):
    """Starts online syncs and tells every screen how they go, on the UI thread."""

    started = Signal()
    progress = Signal(object)  # a SyncEvent, queued from the worker thread
    finished = Signal(object)  # list[AuthorityResult]
    failed = Signal(object)  # the exception: nothing was synced

    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self.running = False
        self.retry: RetryPolicy | None = None  # tests shorten the back-off
        self.last_results: list[AuthorityResult] = []
        self._owner: QWidget | None = None  # made on first use: a QApplication exists then

    def start(self) -> bool:
        """Run one sync of every enrolled authority unless one runs or the vault is locked."""
        if self.running or not self.session.is_unlocked:
            return False
        from vsdesk.services.online_sync import OnlineSync

        sync = OnlineSync(self.session.vault(), self.session.clock, retry=self.retry)
        if self._owner is None:
            self._owner = QWidget()
        self.running = True
        self.started.emit()
        run_operation(
            self._owner,
            lambda: sync.run(on_event=self.progress.emit),
            self._done,
            self._failed,
        )
        return True

    def _done(self, results: list[AuthorityResult]) -> None:
        self.running = False
        if self.session.is_unlocked:
            self.last_results = results
            self.finished.emit(results)

    def _failed(self, error: Any) -> None:
        self.running = False
        if self.session.is_unlocked:
            self.failed.emit(error)
