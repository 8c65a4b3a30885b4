"""The hub's address: set once, checked, carried by invitations (old ones stay valid)."""

from __future__ import annotations

import pytest

from helpers.fixtures import Cli
from vsdesk.hub.services.address import hub_url, set_hub_url
from vsdesk.hub.services.invitations import InvitationService
from vsdesk.hub.services.teachers import TeacherService
from vsdesk.hub.storage.store import HubStore
from vsdesk.kdf import TEST_KDF
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.enrolment import open_invite
from vsdesk.sync.hub_address import InsecureHubAddressError


def invite(hub: HubStore, keys: PartyKeys, clock: object) -> tuple[bytes, str]:
    teacher = TeacherService(hub).add("Ms Llŷr", "Ysgol y Dŵr").id
    issued = InvitationService(hub, keys, clock, TEST_KDF).issue(teacher)  # type: ignore[arg-type]
    return issued.file_bytes, issued.code


def test_an_invitation_carries_the_address_once_set(
    hub: HubStore, hub_keys: PartyKeys, clock: object
) -> None:
    file_bytes, code = invite(hub, hub_keys, clock)
    assert open_invite(file_bytes, code, now=clock()).hub_url is None  # type: ignore[operator]
    set_hub_url(hub, "https://vs.example.gov.uk/")
    file_bytes, code = invite(hub, hub_keys, clock)
    opened = open_invite(file_bytes, code, now=clock())  # type: ignore[operator]
    assert opened.hub_url == "https://vs.example.gov.uk"


def test_plain_http_to_another_host_cannot_be_the_address(hub: HubStore) -> None:
    with pytest.raises(InsecureHubAddressError):
        set_hub_url(hub, "http://vs.example.gov.uk")
    assert hub_url(hub) is None


def test_init_and_config_set_the_address(hub_cli: Cli) -> None:
    made = hub_cli("init", "--name", "Cardiff", "--url", "https://vs.example.gov.uk")
    assert made.returncode == 0, made.stderr
    assert hub_cli("config", "url").stdout.strip() == "https://vs.example.gov.uk"
    refused = hub_cli("config", "url", "http://10.1.2.3")
    assert refused.returncode == 2 and "https://" in refused.stderr
    changed = hub_cli("config", "url", "https://hub.example.org")
    assert changed.returncode == 0
    assert hub_cli("config", "url").stdout.strip() == "https://hub.example.org"


def test_init_with_an_insecure_address_makes_nothing(hub_cli: Cli, hub_dir: object) -> None:
    refused = hub_cli("init", "--name", "Cardiff", "--url", "http://vs.example.gov.uk")
    assert refused.returncode == 2
    assert not hub_dir.exists()  # type: ignore[attr-defined]
