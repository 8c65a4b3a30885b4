"""First run needs no network, and keeps the vault in the platform's user data folder.

The wizard is driven as a teacher would on a laptop with the network unplugged: every
Python socket connection and name lookup raises. The data folder is the platformdirs one
(a temporary HOME / XDG_DATA_HOME stands in for the teacher's), as it is with no ``--data``
and no ``VSDESK_DATA``.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import platformdirs
import pytest
from pytestqt.qtbot import QtBot

from vsdesk import paths
from vsdesk.kdf import TEST_KDF
from vsdesk.services.pupils import PupilService
from vsdesk.storage.vault import Vault
from vsdesk.ui.first_run import DEMO, FirstRunWizard
from vsdesk.ui.session import AppSession

STRONG = "lantern pebble orchard whistle"


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every attempt to reach the network, recorded and refused."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args[:2]))
        raise OSError("the network was used during the first run")

    for target, name in (
        (socket.socket, "connect"),
        (socket.socket, "connect_ex"),
        (socket, "create_connection"),
        (socket, "getaddrinfo"),
    ):
        monkeypatch.setattr(target, name, refuse)
    return attempts


@pytest.fixture
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(paths.DATA_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "share"))
    return tmp_path / "home"


def test_the_blocked_network_is_really_blocked(offline: list[str]) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9))
    assert offline


def test_first_run_makes_a_working_vault_offline_in_the_user_data_folder(
    qtbot: QtBot, user_home: Path, offline: list[str]
) -> None:
    data = paths.data_dir()
    assert data == Path(platformdirs.user_data_dir("vsdesk", appauthor=False))
    assert data.is_relative_to(user_home)
    wizard = FirstRunWizard(AppSession(data), kdf=TEST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    for field in (wizard.create_page.passphrase, wizard.create_page.repeat):
        qtbot.keyClicks(field, STRONG)
    with qtbot.waitSignal(wizard.currentIdChanged, timeout=10_000):
        wizard.next()  # the vault is created here (Argon2id on a worker)
    wizard.choice_page.demo.setChecked(True)
    wizard.next()
    assert wizard.currentId() == DEMO
    qtbot.waitUntil(wizard.demo_page.isComplete, timeout=10_000)
    with qtbot.waitSignal(wizard.vault_ready) as ready:
        wizard.accept()
    ready.args[0].lock()
    assert offline == []
    assert Vault.exists(data) and paths.vault_db(data).exists()
    reopened = Vault.unlock(data, STRONG)
    try:
        assert PupilService(reopened, "t").summaries()
    finally:
        reopened.lock()
