"""Fixtures for driving the real window with pytest-qt, on vaults with a cheap KDF."""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers.fixtures import PASSPHRASE
from vsdesk.kdf import TEST_KDF
from vsdesk.services.pupils import PupilService
from vsdesk.storage.vault import Vault
from vsdesk.ui import i18n
from vsdesk.ui.app import AppController
from vsdesk.ui.main_window import MainWindow
from vsdesk.ui.operations import wait_for_operations
from vsdesk.ui.session import AppSession

DEMO_PUPILS = 40


@pytest.fixture(autouse=True)
def error_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """Error dialogs are recorded, not shown: a modal box offscreen has nobody to press OK,
    so an unexpected one hung the whole suite. A test that expects one asks for this fixture
    and empties the list; any left over fails the test that raised it."""
    from vsdesk.ui import errors
    from vsdesk.ui.editor import editing
    from vsdesk.ui.screens import sync

    shown: list[BaseException] = []

    def record(parent: object, error: BaseException) -> None:
        shown.append(error)

    for module in (errors, editing, sync):
        monkeypatch.setattr(module, "show_error", record)
    yield shown
    if shown:
        where = "".join(traceback.format_exception(shown[0]))
        raise AssertionError(f"an error dialog would have opened: {shown[0]!r}\n{where}")


@pytest.fixture
def demo_vault_dir(tmp_path: Path) -> Path:
    """A locked vault of fictional pupils, made through the services."""
    directory = tmp_path / "data"
    vault = Vault.create(directory, PASSPHRASE, owner="Ms Jones", kdf=TEST_KDF)
    PupilService(vault, "Ms Jones").add_demo(DEMO_PUPILS, seed=7)
    vault.lock()
    return directory


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def session(demo_vault_dir: Path, english: None) -> Iterator[AppSession]:
    made = AppSession(demo_vault_dir)
    yield made
    wait_for_operations()
    made.lock()


@pytest.fixture
def unlocked(session: AppSession) -> AppSession:
    session.open_vault(Vault.unlock(session.data_dir, PASSPHRASE))
    return session


@pytest.fixture
def window(qtbot: QtBot, unlocked: AppSession) -> MainWindow:
    shown = MainWindow(unlocked)
    qtbot.addWidget(shown)
    shown.show()
    shown.refresh_current()
    return shown


@pytest.fixture
def controller(qtbot: QtBot, session: AppSession) -> Iterator[AppController]:
    made = AppController(session)
    made.start()
    yield made
    for widget in (made.window, made.unlock, made.wizard):
        if widget is not None:
            widget.close()
            widget.deleteLater()
