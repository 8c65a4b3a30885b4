"""A double-clicked ``.vsbundle`` (``vsdesk-app FILE``): unlock first, then the Sync screen
imports it; the file dialogs offer and suggest ``.vsbundle``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from helpers.fixtures import PASSPHRASE
from helpers.gui import wait_idle
from helpers.sync_kit import Device, Hub, Kit
from vsdesk.ui.app import AppController, parse_args
from vsdesk.ui.screens.sync import SyncScreen
from vsdesk.ui.session import AppSession


@pytest.fixture
def enrolled(tmp_path: Path, english: None) -> Iterator[tuple[Kit, Hub, Device, str]]:
    kit = Kit(tmp_path)
    hub = kit.hub(pupils=3, seed=5)
    device = kit.device()
    teacher = kit.teacher_with(hub, 2)
    kit.enrol(hub, device, teacher)
    yield kit, hub, device, teacher
    hub.store.close()


def close_all(controller: AppController) -> None:
    for widget in (controller.window, controller.unlock):
        if widget is not None:
            widget.close()
            widget.deleteLater()
    controller.session.lock()


def test_the_bundle_named_on_the_command_line_is_parsed_as_a_path() -> None:
    assert parse_args(["--data", "d", "from-hub.vsbundle"]).bundle == Path("from-hub.vsbundle")
    assert parse_args(["--data", "d"]).bundle is None


def test_a_bundle_given_at_start_is_imported_on_the_sync_screen_after_unlocking(
    qtbot: QtBot, enrolled: tuple[Kit, Hub, Device, str], tmp_path: Path
) -> None:
    kit, hub, device, teacher = enrolled
    bundle = hub.export(teacher, tmp_path / "cardiff-1.vsbundle")
    device.vault.lock()
    session = AppSession(device.directory, clock=kit.clock)
    controller = AppController(session, bundle=bundle)
    controller.start()
    try:
        assert controller.unlock is not None and controller.window is None  # unlock first
        controller.unlock.passphrase.setText(PASSPHRASE)
        controller.unlock.try_unlock()
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
        wait_idle(qtbot)
        window = controller.window
        assert window is not None
        sync = window.screen_of(SyncScreen)
        assert isinstance(sync, SyncScreen)
        assert window.stack.currentWidget() is sync
        assert sync.result.text().startswith("Imported bundle 1 from cardiff: ")
        assert len(session.pupils().summaries()) == 2
        assert controller.bundle is None  # once only: a later unlock does not import again
    finally:
        close_all(controller)


def test_a_bundle_that_cannot_be_read_changes_nothing_and_says_so(
    qtbot: QtBot, enrolled: tuple[Kit, Hub, Device, str], tmp_path: Path
) -> None:
    kit, _, device, _ = enrolled
    device.vault.lock()
    session = AppSession(device.directory, clock=kit.clock)
    controller = AppController(session, bundle=tmp_path / "missing.vsbundle")
    controller.start()
    try:
        assert controller.unlock is not None
        controller.unlock.passphrase.setText(PASSPHRASE)
        controller.unlock.try_unlock()
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
        wait_idle(qtbot)
        assert controller.window is not None
        sync = controller.window.screen_of(SyncScreen)
        assert isinstance(sync, SyncScreen)
        assert sync.result.text().startswith("Nothing was changed: ")
        assert session.pupils().summaries() == []
    finally:
        close_all(controller)


def test_the_file_dialogs_suggest_and_offer_vsbundle(
    qtbot: QtBot, enrolled: tuple[Kit, Hub, Device, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    kit, _, device, _ = enrolled
    session = AppSession(device.directory, clock=kit.clock)
    session.open_vault(device.vault)
    screen = SyncScreen(session)
    qtbot.addWidget(screen)
    screen.refresh()
    wait_idle(qtbot)
    asked: list[tuple[str, str]] = []

    def answer(parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append((suggested, filters))
        return "", ""  # the teacher cancels: nothing happens

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    screen.export_button.click()
    screen.import_button.click()
    assert asked[0] == ("cardiff-1.vsbundle", "Bundles (*.vsbundle)")
    assert asked[1][1].startswith("Bundles (*.vsbundle *.bundle)")  # old names still open
    session.lock()
