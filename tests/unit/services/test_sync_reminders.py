"""``vsdesk status`` reminders, and ``sync online --every`` rounds."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.fixtures import PASSPHRASE
from helpers.online_kit import HUB_URL, OnlineKit
from helpers.sync_kit import Kit
from vsdesk.cli.context import CommandContext
from vsdesk.cli.online_commands import run_online
from vsdesk.cli.status_commands import run_status
from vsdesk.services.sync_reminders import sync_standings


@pytest.fixture
def online(tmp_path: Path) -> Iterator[OnlineKit]:
    kit = Kit(tmp_path)
    hub, device = kit.hub(), kit.device()
    teacher = kit.teacher_with(hub, 2)
    kit.enrol(hub, device, teacher)
    built = OnlineKit(hub, device, teacher)
    yield built
    device.vault.lock()
    hub.store.close()


def test_never_synced_is_overdue(online: OnlineKit) -> None:
    [standing] = sync_standings(online.device.vault, online.device.clock)
    assert standing.last_sync is None and standing.overdue


def test_overdue_after_the_profiles_days_without_a_sync(online: OnlineKit) -> None:
    online.sync(hub_url=HUB_URL)
    clock = online.device.clock
    [fresh] = sync_standings(online.device.vault, clock)
    assert fresh.last_sync is not None and not fresh.overdue and fresh.allowed_days == 14
    clock.advance(days=14)
    assert not sync_standings(online.device.vault, clock)[0].overdue
    clock.advance(hours=1)
    assert sync_standings(online.device.vault, clock)[0].overdue


def test_every_runs_rounds_with_waits_between(
    online: OnlineKit, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    online.device.vault.lock()
    monkeypatch.setenv("VSDESK_PASSPHRASE", PASSPHRASE)
    waits: list[float] = []
    args = argparse.Namespace(every=5, rounds=3, authority=None, hub=None, verbose=False)
    context = CommandContext(online.device.directory)
    assert run_online(args, context, sleep=waits.append) == 0
    assert waits == [300, 300]
    assert capsys.readouterr().out.count("no hub address") == 3


@pytest.mark.parametrize(("every", "rounds"), [(0, None), (24 * 60 + 1, None), (5, 0)])
def test_every_and_rounds_are_checked(every: int, rounds: int | None) -> None:
    args = argparse.Namespace(every=every, rounds=rounds, authority=None, hub=None, verbose=False)
    with pytest.raises(Exception, match="--every|--rounds"):
        run_online(args, CommandContext(Path("/nonexistent")))


def test_status_prints_each_authority_with_its_warning(
    online: OnlineKit, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    online.device.vault.lock()
    monkeypatch.setenv("VSDESK_PASSPHRASE", PASSPHRASE)
    assert run_status(argparse.Namespace(), CommandContext(online.device.directory)) == 0
    out = capsys.readouterr().out
    assert out.startswith("cardiff: last synced never. Warning: more than 14 days")
