"""Run service calls off the UI thread and come back to it with the result (Anki's CollectionOp).

A screen calls ``run_operation(owner, work, on_done)``: ``work`` runs on the global
QThreadPool, and ``on_done(result)`` (or ``on_error(exception)``, by default
:func:`~vsdesk.ui.errors.show_error`) runs on the UI thread. If ``owner`` was destroyed while
the work ran (its window closed), the result is dropped instead of touching a dead widget.
Closing the main window waits for running work (:func:`wait_for_operations`) before the vault
is locked, so no worker ever uses a vault that is being closed. Work that finished just before
the lock may still have its result waiting in the event queue; :func:`forget_operations`
(called by the lock) makes those results be dropped on arrival, so a result cannot start new
work on the closed vault and show the teacher an internal error after locking.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

T = TypeVar("T")
ErrorHandler = Callable[[BaseException], None] | None

_running: set[_Relay] = set()
#: Bumped when the vault locks: relays made before then drop their results.
_generation = 0


class _Relay(QObject):
    """Lives on the UI thread; the worker emits ``finished`` and the slot runs on the UI thread."""

    finished = Signal(bool, object)

    def __init__(self, owner: QWidget, on_done: Callable[[Any], None], on_error: ErrorHandler):
        super().__init__()
        self._owner = owner
        self._on_done = on_done
        self._on_error = on_error
        self._generation = _generation
        self.finished.connect(self._deliver)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: Any) -> None:
        _running.discard(self)
        self.deleteLater()
        if not shiboken6.isValid(self._owner):
            return  # the window closed while the work ran: nobody is left to tell
        if self._generation != _generation:
            return  # the vault locked since the work began: what it found is not to be shown
        if ok:
            self._on_done(value)
        elif self._on_error is not None:
            self._on_error(value)
        else:
            from vsdesk.ui.errors import show_error

            show_error(self._owner, value)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the UI thread, never swallowed
            self._relay.finished.emit(False, error)
        else:
            self._relay.finished.emit(True, result)


def run_operation(
    owner: QWidget,
    work: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: ErrorHandler = None,
) -> None:
    """Run ``work()`` on a worker thread; deliver its result or error on the UI thread."""
    relay = _Relay(owner, on_done, on_error)
    _running.add(relay)
    QThreadPool.globalInstance().start(_Job(work, relay))


def operations_running() -> int:
    return len(_running)


def forget_operations() -> None:
    """Drop the results of every operation started so far (the vault has locked)."""
    global _generation
    _generation += 1


def wait_for_operations(timeout_ms: int = 30_000) -> bool:
    """Block until every worker has finished (used before the vault is locked or closed)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
