"""Work runs off the UI thread and comes back; errors show without personal data."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from helpers.gui import wait_idle
from vsdesk.errors import ValidationError
from vsdesk.ui.errors import error_text
from vsdesk.ui.operations import operations_running, run_operation

PERSONAL = "Siân Llŷr, UPN A123456789012"


def test_result_arrives_on_the_ui_thread_from_a_worker(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[tuple[str, bool]] = []

    def work() -> str:
        return threading.current_thread().name

    run_operation(
        owner,
        work,
        lambda name: seen.append((name, threading.current_thread() is threading.main_thread())),
    )
    wait_idle(qtbot)
    assert len(seen) == 1
    worker_name, on_main = seen[0]
    assert worker_name != threading.main_thread().name and on_main


def test_error_goes_to_the_handler_and_a_closed_owner_gets_nothing(qtbot: QtBot) -> None:
    owner = QWidget()
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValidationError("A percentage is at most 100.", field="attendance.percent")

    run_operation(owner, fail, lambda _: None, errors.append)
    wait_idle(qtbot)
    assert isinstance(errors[0], ValidationError)
    gone = QWidget()
    delivered: list[object] = []
    release = threading.Event()
    run_operation(gone, lambda: release.wait(5), delivered.append)
    gone.deleteLater()
    qtbot.wait(20)  # the widget is destroyed while the work still runs
    release.set()
    wait_idle(qtbot)
    assert delivered == [] and operations_running() == 0
    owner.deleteLater()


def test_a_teachers_error_is_shown_as_it_is() -> None:
    assert error_text(ValidationError("A percentage is at most 100.")) == (
        "A percentage is at most 100."
    )


def test_a_bug_shows_and_logs_only_its_type(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="vsdesk.ui"):
        text = error_text(KeyError(PERSONAL))
    assert "KeyError" in text and "Siân" not in text and "A123" not in text
    assert caplog.records and all("Siân" not in r.getMessage() for r in caplog.records)
    assert "KeyError" in caplog.text


def test_a_result_waiting_when_the_vault_locks_is_dropped(
    qtbot: QtBot, unlocked: object, error_dialogs: list[BaseException]
) -> None:
    """Work finished just before the lock, its result still queued: delivered after the lock
    it could start new work on the closed vault (an internal-error dialog after locking)."""
    from vsdesk.ui.operations import wait_for_operations
    from vsdesk.ui.session import AppSession

    assert isinstance(unlocked, AppSession)
    owner = QWidget()
    qtbot.addWidget(owner)
    delivered: list[object] = []
    run_operation(owner, lambda: "loaded", delivered.append)
    run_operation(owner, lambda: 1 / 0, delivered.append)  # would be an error dialog
    wait_for_operations()  # both finished on their threads; results not yet delivered
    unlocked.lock()
    wait_idle(qtbot)
    assert delivered == [] and error_dialogs == [] and operations_running() == 0
    run_operation(owner, lambda: "after", delivered.append)  # new work is delivered again
    wait_idle(qtbot)
    assert delivered == ["after"]
