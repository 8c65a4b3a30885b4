"""The authority's keys: sealed under the hub passphrase, never in clear in the database."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from helpers.hub_fixtures import HUB_PASSPHRASE
from vsdesk.errors import WrongPassphraseError
from vsdesk.hub.errors import HubDamagedError
from vsdesk.hub.services.authority import hub_info
from vsdesk.hub.storage import keys
from vsdesk.hub.storage.schema import HubMetaRow
from vsdesk.hub.storage.store import HubStore
from vsdesk.sync.crypto import PartyKeys


def test_keys_load_with_the_passphrase_and_match_the_public_identity(
    hub: HubStore, hub_keys: PartyKeys
) -> None:
    info = hub_info(hub)
    assert hub_keys.party_id == info.authority_id == "cardiff"
    assert hub_keys.public() == info.identity == keys.authority_identity(hub)
    assert len(info.fingerprint.split()) == 8


def test_wrong_passphrase_is_told_apart_and_changes_nothing(hub: HubStore, hub_dir: Path) -> None:
    before = (hub_dir / "hub.db").read_bytes()
    with pytest.raises(WrongPassphraseError) as caught:
        keys.load_keys(hub, "not the hub passphrase")
    assert "hub passphrase" in str(caught.value) and "vault" not in str(caught.value)
    assert (hub_dir / "hub.db").read_bytes() == before


def test_private_keys_are_not_stored_in_clear(hub: HubStore, hub_keys: PartyKeys) -> None:
    hub.compact()
    stored = b"".join(p.read_bytes() for p in Path(hub.engine.url.database or "").parent.iterdir())
    for raw in hub_keys.private_bytes():
        assert raw not in stored
        assert base64.b64encode(raw) not in stored and raw.hex().encode() not in stored


@pytest.mark.parametrize("key", [keys.SEALED_KEY, keys.PUBLIC_KEY, keys.WRAPPED_KEY])
def test_altered_key_rows_are_damage_not_a_wrong_passphrase(hub: HubStore, key: str) -> None:
    with hub.session() as session:
        row = session.get(HubMetaRow, key)
        assert row is not None
        row.value = _alter(key, row.value)
    with pytest.raises(HubDamagedError):
        keys.load_keys(hub, HUB_PASSPHRASE)


def _alter(key: str, value: str) -> str:
    if key == keys.PUBLIC_KEY:  # a different, self-consistent identity: a key swap
        return json.dumps(PartyKeys.generate("cardiff").public().to_dict())
    if key == keys.WRAPPED_KEY:
        return value.replace('"checksum":"', '"checksum":"0')
    raw = bytearray(base64.b64decode(value))
    raw[-1] ^= 1
    return base64.b64encode(bytes(raw)).decode()
