"""The hub's public address, set once by the authority and carried in every invitation."""

from __future__ import annotations

from vsdesk.hub.storage.repository import HubRepository
from vsdesk.hub.storage.store import HubStore
from vsdesk.sync.hub_address import check_hub_url

HUB_URL_KEY = "hub_url"


def set_hub_url(store: HubStore, url: str) -> str:
    checked = check_hub_url(url)
    with store.session() as session:
        HubRepository(session).set_meta(HUB_URL_KEY, checked)
    return checked


def hub_url(store: HubStore) -> str | None:
    return store.meta(HUB_URL_KEY)
