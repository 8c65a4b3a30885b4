"""The first-run wizard makes a working vault, and refuses weak or mismatched passphrases."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from helpers.gui import wait_idle
from helpers.sync_kit import Kit
from vsdesk.kdf import TEST_KDF
from vsdesk.services.pupils import PupilService
from vsdesk.storage.vault import Vault
from vsdesk.ui.first_run import DEMO, ENROL, FirstRunWizard
from vsdesk.ui.session import AppSession

STRONG = "lantern pebble orchard whistle"


def make_wizard(qtbot: QtBot, directory: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(AppSession(directory), kdf=TEST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def fill_passphrases(qtbot: QtBot, wizard: FirstRunWizard, first: str, second: str) -> None:
    page = wizard.create_page
    page.passphrase.clear()
    page.repeat.clear()
    qtbot.keyClicks(page.passphrase, first)
    qtbot.keyClicks(page.repeat, second)


def test_weak_and_mismatched_passphrases_are_refused_and_no_vault_is_made(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = make_wizard(qtbot, tmp_path / "data")
    fill_passphrases(qtbot, wizard, "password1", "password1")
    assert not wizard.create_page.isComplete()
    assert "too weak" in wizard.create_page.verdict.text()
    fill_passphrases(qtbot, wizard, STRONG, STRONG + "x")
    assert not wizard.create_page.isComplete()
    assert "not the same" in wizard.create_page.verdict.text()
    wizard.next()
    assert wizard.currentId() == 0
    assert not Vault.exists(tmp_path / "data")


def test_wizard_creates_a_vault_with_demo_pupils_that_unlocks(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = make_wizard(qtbot, tmp_path / "data")
    fill_passphrases(qtbot, wizard, STRONG, STRONG)
    assert wizard.create_page.isComplete()
    with qtbot.waitSignal(wizard.currentIdChanged, timeout=10_000):
        wizard.next()
    wizard.choice_page.demo.setChecked(True)
    wizard.next()
    assert wizard.currentId() == DEMO
    qtbot.waitUntil(wizard.demo_page.isComplete, timeout=10_000)
    with qtbot.waitSignal(wizard.vault_ready) as ready:
        wizard.accept()
    ready.args[0].lock()
    reopened = Vault.unlock(tmp_path / "data", STRONG)
    try:
        assert len(PupilService(reopened, "t").summaries()) == 30
    finally:
        reopened.lock()


def test_wizard_enrols_shows_the_fingerprint_and_saves_a_request_the_hub_accepts(
    qtbot: QtBot, tmp_path: Path
) -> None:
    kit = Kit(tmp_path / "world")
    hub = kit.hub("cardiff")
    teacher = kit.teacher_with(hub, 2)
    from vsdesk.hub.services.invitations import InvitationService

    invitations = InvitationService(hub.store, hub.keys, kit.clock, TEST_KDF)
    issued = invitations.issue(teacher)
    invite_file = tmp_path / "invite.vsdesk"
    invite_file.write_bytes(issued.file_bytes)

    wizard = make_wizard(qtbot, tmp_path / "data")
    wizard.session.clock = kit.clock
    fill_passphrases(qtbot, wizard, STRONG, STRONG)
    with qtbot.waitSignal(wizard.currentIdChanged, timeout=10_000):
        wizard.next()
    wizard.next()
    assert wizard.currentId() == ENROL
    page = wizard.enrol_page
    page.invite.setText(str(invite_file))
    page.code.setText("WRONG-CODE")
    page.open_button.click()
    wait_idle(qtbot)
    assert page.started is None and page.status.text()
    page.open_button.setEnabled(True)
    page.code.setText(issued.code)
    page.open_button.click()
    wait_idle(qtbot)
    assert page.started is not None
    assert "Cardiff" in page.authority.text()
    assert page.started.authority_fingerprint in page.authority.text()
    page.request.setText(str(tmp_path / "request.vsdesk"))
    page.save_button.click()
    assert page.isComplete()
    device = invitations.accept((tmp_path / "request.vsdesk").read_bytes())
    assert device.id == page.started.device_id
    wizard.reject()
