"""The Sync screen on a real enrolled device: bundles in and out by file, conflicts settled."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from helpers.gui import type_text, wait_idle
from helpers.sync_kit import Device, Hub, Kit
from vsdesk.ui.screens.sync import SyncScreen
from vsdesk.ui.session import AppSession

DESCRIPTION = "targets.t-1.description"


@dataclass
class World:
    kit: Kit
    hub: Hub
    device: Device
    teacher: str
    files: Path
    screen: SyncScreen


@pytest.fixture
def world(qtbot: QtBot, tmp_path: Path, english: None) -> Iterator[World]:
    kit = Kit(tmp_path)
    hub = kit.hub(pupils=3, seed=5)
    device = kit.device()
    teacher = kit.teacher_with(hub, 2)
    kit.enrol(hub, device, teacher)
    files = tmp_path / "files"
    files.mkdir()
    session = AppSession(device.directory, clock=kit.clock)
    session.open_vault(device.vault)
    screen = SyncScreen(session)
    qtbot.addWidget(screen)
    screen.resize(1000, 640)
    screen.show()
    yield World(kit, hub, device, teacher, files, screen)
    wait_idle(qtbot)
    session.lock()
    hub.store.close()


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The file dialogs answer with ``path`` (a native dialog cannot be driven offscreen)."""
    answer = staticmethod(lambda *args, **kwargs: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)


def test_a_bundle_imported_then_one_exported_through_the_screen(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = world.screen
    incoming = world.hub.export(world.teacher, world.files / "from-hub.bundle")
    choose_file(monkeypatch, incoming)
    screen.import_button.click()
    assert screen.progress.isVisible() or screen.result.text().startswith("Imported")
    wait_idle(qtbot)
    assert screen.result.text().startswith("Imported bundle 1 from cardiff: ")
    assert "for 2 pupil(s)" in screen.result.text()
    assert not screen.progress.isVisible()
    assert screen.authorities.rowCount() == 1
    assert screen.authorities.item(0, 2).text() == "1"  # bundles received
    assert screen.authorities.item(0, 4).text() == "0"  # nothing waiting

    pupil = sorted(s.id for s in world.device.pupils().summaries())[0]
    world.device.pupils().edit(pupil, {"voice.pupil": "Mae'n mwynhau'r côr"})
    screen.refresh()
    wait_idle(qtbot)
    assert screen.authorities.item(0, 4).text() == "1"

    outgoing = world.files / "to-hub.bundle"
    choose_file(monkeypatch, outgoing)
    screen.export_button.click()
    wait_idle(qtbot)
    assert screen.result.text().startswith("Exported bundle 1 for cardiff: 1 change(s)")
    assert screen.authorities.item(0, 4).text() == "0"
    world.hub.sync.import_file(outgoing)
    assert world.hub.pupils().view(pupil)["voice"]["pupil"] == "Mae'n mwynhau'r côr"


def test_a_bundle_that_is_not_one_is_refused_with_a_clear_line(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = world.files / "junk.bundle"
    junk.write_bytes(b"not a bundle at all")
    choose_file(monkeypatch, junk)
    world.screen.import_button.click()
    wait_idle(qtbot)
    assert world.screen.result.text().startswith("Nothing was changed: ")
    assert world.device.pupils().summaries() == []


def test_a_conflict_is_resolved_side_by_side_with_a_merged_text(qtbot: QtBot, world: World) -> None:
    device, hub = world.device, world.hub
    device.sync.import_file(hub.export(world.teacher, world.files / "h1.bundle"))
    pupil = sorted(s.id for s in hub.pupils().summaries())[0]
    at_school, at_hub = "Darllen gyda'r gofalwr bob nos", "Read with carer 3 nights a week"
    device.pupils().edit(pupil, {DESCRIPTION: at_school})
    hub.pupils().edit(pupil, {DESCRIPTION: at_hub})
    world.kit.clock.advance(hours=2)
    to_device = hub.export(world.teacher, world.files / "h2.bundle")
    to_hub = device.export(world.files / "d2.bundle")
    device.sync.import_file(to_device)
    hub.sync.import_file(to_hub)

    screen = world.screen
    screen.refresh()
    wait_idle(qtbot)
    assert screen.conflicts.rowCount() == 1
    assert screen.conflicts.item(0, 0).text() == "Target"
    screen.conflicts.selectRow(0)
    screen.resolve_button.click()
    dialog = screen.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    assert sorted(t.toPlainText() for t in dialog.texts) == sorted([at_school, at_hub])
    assert all(t.isVisible() for t in dialog.texts)
    dialog.merged.clear()
    type_text(dialog.merged, "Darllen gyda'r gofalwr 3 noson yr wythnos — ŵyr")
    dialog.save_merged.click()
    wait_idle(qtbot)
    assert not dialog.isVisible()
    wait_idle(qtbot)
    assert screen.conflicts.rowCount() == 0
    merged = "Darllen gyda'r gofalwr 3 noson yr wythnos — ŵyr"
    assert device.pupils().view(pupil)["targets"]["t-1"]["description"] == merged
    assert device.sync.conflicts() == []
