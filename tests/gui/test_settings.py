"""Settings: one typed file, read back as saved; a damaged file falls back to defaults."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from vsdesk.ui import settings as store
from vsdesk.ui.idle import IdleLock
from vsdesk.ui.main_window import MainWindow
from vsdesk.ui.screens.settings_screen import SettingsScreen
from vsdesk.ui.settings import Settings


def test_saved_settings_read_back(tmp_path: Path) -> None:
    chosen = Settings(language="cy", auto_lock_minutes=3, pack_language="en")
    store.save(tmp_path, chosen)
    assert store.load(tmp_path) == chosen


def test_damaged_or_hand_edited_file_gives_defaults_for_what_is_wrong(tmp_path: Path) -> None:
    (tmp_path / store.FILE_NAME).write_text("{not json", encoding="utf-8")
    assert store.load(tmp_path) == Settings()
    (tmp_path / store.FILE_NAME).write_text(
        '{"language": "fr", "auto_lock_minutes": 0, "pack_language": "cy", "extra": 1}',
        encoding="utf-8",
    )
    assert store.load(tmp_path) == Settings(pack_language="cy")


def test_auto_sync_minutes_out_of_range_fall_back_to_every_30(tmp_path: Path) -> None:
    for bad in ("-1", "1441", "true", '"10"'):
        (tmp_path / store.FILE_NAME).write_text(f'{{"auto_sync_minutes": {bad}}}', encoding="utf-8")
        assert store.load(tmp_path).auto_sync_minutes == 30
    store.save(tmp_path, Settings(auto_sync_minutes=0))
    assert store.load(tmp_path).auto_sync_minutes == 0  # off


def test_the_auto_sync_spin_box_saves_its_minutes_and_says_off_at_zero(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_screen(SettingsScreen)
    screen = window.screen_of(SettingsScreen)
    assert isinstance(screen, SettingsScreen)
    assert screen.auto_sync.value() == 30
    screen.auto_sync.setValue(0)
    assert screen.auto_sync.text() == "Off"
    assert store.load(window.session.data_dir).auto_sync_minutes == 0
    assert not window.auto_sync.isActive()
    screen.auto_sync.setValue(15)
    assert window.session.settings.auto_sync_minutes == 15
    assert window.auto_sync.isActive() and window.auto_sync.interval() == 15 * 60_000


def test_auto_lock_minutes_are_saved_and_restart_the_idle_timer(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_screen(SettingsScreen)
    screen = window.screen_of(SettingsScreen)
    assert isinstance(screen, SettingsScreen)
    idle = IdleLock(window.session)
    idle.start()
    try:
        screen.auto_lock.setValue(2)
        assert window.session.settings.auto_lock_minutes == 2
        assert store.load(window.session.data_dir).auto_lock_minutes == 2
        assert idle.timer.isActive() and idle.timer.interval() == 2 * 60_000
    finally:
        idle.stop()
