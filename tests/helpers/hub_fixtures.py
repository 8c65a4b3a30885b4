"""Fixtures for the Virtual School hub: a store with a cheap KDF, its keys, a clock, a CLI."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from helpers.fixtures import Cli
from vsdesk.hub.services.authority import initialise
from vsdesk.hub.storage.keys import load_keys
from vsdesk.hub.storage.store import HubStore, default_url
from vsdesk.kdf import TEST_KDF
from vsdesk.sync.crypto import PartyKeys

HUB_PASSPHRASE = "hub passphrase for tests"
AUTHORITY_ID = "cardiff"


class FakeClock:
    """An injectable clock that only moves when told to."""

    def __init__(self, start: datetime = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def hub_dir(tmp_path: Path) -> Path:
    return tmp_path / "hub"


@pytest.fixture
def hub(hub_dir: Path) -> Iterator[HubStore]:
    """A fresh SQLite hub for the authority 'cardiff' (Wales), keys under a cheap KDF."""
    store = initialise(
        default_url(hub_dir),
        name="Cardiff",
        country="wales",
        authority_id=AUTHORITY_ID,
        passphrase=HUB_PASSPHRASE,
        kdf=TEST_KDF,
    )
    yield store
    store.close()


@pytest.fixture
def hub_keys(hub: HubStore) -> PartyKeys:
    return load_keys(hub, HUB_PASSPHRASE)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def hub_env(hub_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VSDESK_")}
    return env | {
        "VSDESK_HUB_DATA": str(hub_dir),
        "VSDESK_HUB_PASSPHRASE": HUB_PASSPHRASE,
        "PYTHONIOENCODING": "utf-8",
    }


@pytest.fixture
def hub_cli(hub_dir: Path) -> Cli:
    """``vsdesk-hub`` as a subprocess, on ``hub_dir``, with the test passphrase set."""
    return Cli("vsdesk-hub", hub_env(hub_dir))
