"""Sync now, the automatic sync and the overdue reminder, against a real ``vsdesk-hub serve``.

The hub is a real process on 127.0.0.1 (never any other address), made in-process with the
sync kit and enrolled with the device, then served over HTTP. The device's clock is a test
clock started at the real time, because the hub checks each request's signed time against
its own clock.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers.gui import wait_idle
from helpers.hub_fixtures import HUB_PASSPHRASE, FakeClock, hub_env
from helpers.hub_server import HubProcess, free_port, start_hub
from helpers.sync_kit import Device, Hub, Kit, dump
from vsdesk.hub.services.pupils import HubPupils
from vsdesk.hub.storage.store import HubStore, default_url
from vsdesk.services.hub_addresses import save_hub_url
from vsdesk.services.online_sync import RetryPolicy
from vsdesk.services.sync_reminders import sync_standings
from vsdesk.ui.main_window import MainWindow
from vsdesk.ui.screens.sync import SyncScreen
from vsdesk.ui.screens.today import TodayScreen
from vsdesk.ui.session import AppSession

AT_SCHOOL = ("voice.pupil", "Mae'n mwynhau'r côr")
AT_HUB = ("pupil.social_worker", "Ffion Jones")
SYNC_TIMEOUT_MS = 30_000


@dataclass
class Online:
    kit: Kit
    hub: Hub
    device: Device
    teacher: str
    pupil: str
    url: str
    session: AppSession
    tmp: Path
    process: HubProcess | None = None

    def serve(self) -> HubProcess:
        """Hand the hub's files to a real server process (the test lets go of them first)."""
        self.hub.store.close()
        port = int(self.url.rsplit(":", 1)[1])
        self.process = start_hub(hub_env(self.hub.directory), self.tmp / "hub.log", port=port)
        return self.process

    def hub_view(self) -> dict:  # type: ignore[type-arg]
        """The pupil as the hub holds it, read once the server has stopped."""
        if self.process is not None:
            self.process.stop()
        store = HubStore.open(default_url(self.hub.directory), HUB_PASSPHRASE)
        try:
            return HubPupils(store, "cardiff:officer", self.kit.clock).service.view(self.pupil)
        finally:
            store.close()


@pytest.fixture
def online(tmp_path: Path, english: None) -> Iterator[Online]:
    kit = Kit(tmp_path, FakeClock(datetime.now(UTC)))  # signed times must be the hub's "now"
    hub = kit.hub(pupils=3, seed=5)
    device = kit.device()
    teacher = kit.teacher_with(hub, 2)
    kit.enrol(hub, device, teacher)
    device.sync.import_file(hub.export(teacher, tmp_path / "first.bundle"))
    pupil = sorted(s.id for s in device.pupils().summaries())[0]
    url = f"http://127.0.0.1:{free_port()}"
    with device.vault.session() as session:
        save_hub_url(session, "cardiff", url)
    app_session = AppSession(device.directory, clock=kit.clock)
    app_session.sync_runner.retry = RetryPolicy(attempts=1)  # offline at once, no back-off
    app_session.open_vault(device.vault)
    world = Online(kit, hub, device, teacher, pupil, url, app_session, tmp_path)
    yield world
    if world.process is not None:
        world.process.stop()
    else:
        hub.store.close()
    app_session.lock()


def sync_screen(qtbot: QtBot, session: AppSession) -> SyncScreen:
    screen = SyncScreen(session)
    qtbot.addWidget(screen)
    screen.resize(1000, 640)
    screen.show()
    screen.refresh()
    wait_idle(qtbot)
    return screen


def test_sync_now_sends_the_local_edit_and_applies_the_hubs(qtbot: QtBot, online: Online) -> None:
    online.device.pupils().edit(online.pupil, dict([AT_SCHOOL]))
    online.hub.pupils().edit(online.pupil, dict([AT_HUB]))
    online.serve()
    screen = sync_screen(qtbot, online.session)
    assert screen.authorities.item(0, 4).text() == "1"  # one change waiting to go
    progress: list[str] = []
    online.session.sync_runner.progress.connect(lambda event: progress.append(event.stage))

    screen.sync_now_button.click()
    assert not screen.sync_now_button.isEnabled()  # no second sync while one runs
    assert screen.result.text() == "Syncing with your Virtual Schools…"
    qtbot.waitUntil(lambda: not online.session.sync_runner.running, timeout=SYNC_TIMEOUT_MS)
    wait_idle(qtbot)

    assert screen.result.text() == "Cardiff: sent 1 change(s), received 1."
    assert progress == ["connecting", "sent", "received", "done"]
    assert screen.sync_now_button.isEnabled()
    assert screen.authorities.item(0, 4).text() == "0"
    assert online.device.pupils().view(online.pupil)["pupil"]["social_worker"] == AT_HUB[1]
    assert online.hub_view()["voice"]["pupil"] == AT_SCHOOL[1]


def test_sync_now_with_the_hub_down_says_offline_and_changes_nothing(
    qtbot: QtBot, online: Online
) -> None:
    online.device.pupils().edit(online.pupil, dict([AT_SCHOOL]))
    screen = sync_screen(qtbot, online.session)
    before = dump(online.device.vault)

    screen.sync_now_button.click()
    qtbot.waitUntil(lambda: not online.session.sync_runner.running, timeout=SYNC_TIMEOUT_MS)
    wait_idle(qtbot)

    assert screen.result.text() == "Cardiff: offline, will try again."
    assert screen.sync_now_button.isEnabled()
    assert screen.authorities.item(0, 4).text() == "1"  # still waiting to go
    assert dump(online.device.vault) == before


def test_the_automatic_sync_runs_on_its_timer_and_never_while_locked(
    qtbot: QtBot, online: Online
) -> None:
    online.hub.pupils().edit(online.pupil, dict([AT_HUB]))
    online.serve()
    session = online.session
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    assert window.auto_sync.isActive()  # on by default: every 30 minutes
    assert window.auto_sync.interval() == 30 * 60_000
    starts: list[bool] = []
    session.sync_runner.started.connect(lambda: starts.append(True))
    window.auto_sync.setInterval(50)  # a short tick for the test

    qtbot.waitUntil(lambda: bool(session.sync_runner.last_results), timeout=SYNC_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not session.sync_runner.running, timeout=SYNC_TIMEOUT_MS)
    assert [r.outcome for r in session.sync_runner.last_results] == ["synced"]
    assert online.device.pupils().view(online.pupil)["pupil"]["social_worker"] == AT_HUB[1]
    sync = window.screen_of(SyncScreen)
    assert isinstance(sync, SyncScreen)
    qtbot.waitUntil(lambda: sync.result.text().startswith("Cardiff: sent 0 change(s)"))

    session.lock()
    assert not window.auto_sync.isActive()
    count = len(starts)
    assert not window.sync_in_background()
    assert not session.sync_runner.start()
    qtbot.wait(300)
    assert len(starts) == count
    assert sync.result.text() == ""  # the lock cleared what the screen said


def test_turning_the_automatic_sync_off_stops_its_timer(qtbot: QtBot, online: Online) -> None:
    from dataclasses import replace

    window = MainWindow(online.session)
    qtbot.addWidget(window)
    online.session.save_settings(replace(online.session.settings, auto_sync_minutes=0))
    assert not window.auto_sync.isActive()
    online.session.save_settings(replace(online.session.settings, auto_sync_minutes=5))
    assert window.auto_sync.isActive() and window.auto_sync.interval() == 5 * 60_000


def test_today_warns_of_an_authority_gone_too_long_without_a_sync(
    qtbot: QtBot, online: Online
) -> None:
    window = MainWindow(online.session)
    qtbot.addWidget(window)
    window.show()
    today = window.screen_of(TodayScreen)
    assert isinstance(today, TodayScreen)
    window.refresh_current()
    wait_idle(qtbot)
    assert today.sync_warnings == []  # synced by file a moment ago

    (standing,) = sync_standings(online.device.vault, online.kit.clock)
    online.kit.clock.advance(days=standing.allowed_days + 3)
    window.refresh_current()
    wait_idle(qtbot)
    (warning,) = today.sync_warnings
    allowed = standing.allowed_days
    assert warning.text() == (
        f"Cardiff: no sync for {allowed + 3} days; its profile allows {allowed}. Open Sync…"
    )
    assert warning.isVisible()
    warning.click()
    wait_idle(qtbot)
    assert window.stack.currentWidget() is window.screen_of(SyncScreen)
