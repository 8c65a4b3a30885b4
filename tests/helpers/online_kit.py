"""Online sync in one process: a hub app behind the in-memory transport, and faults to inject."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from helpers.sync_kit import Device, Hub
from vsdesk.hub.http.app import ServerSettings, create_app
from vsdesk.services.online_sync import OnlineSync, RetryPolicy, SyncEvent
from vsdesk.sync.bundle_reader import ChainPosition
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.transport import HubUnreachableError, RemoteState, Transport
from vsdesk.sync.transport_memory import memory_transport

HUB_URL = "http://127.0.0.1"


@dataclass
class Faults:
    """Which calls lose their answer: the hub does the work, the device never hears back."""

    lose_send_reply: int = 0
    lose_fetch_reply: int = 0
    down: bool = False


class FaultyTransport:
    """Wraps a real transport; a lost reply happens *after* the hub has done the work."""

    def __init__(self, inner: Transport, faults: Faults) -> None:
        self.inner, self.faults = inner, faults

    def _check_up(self) -> None:
        if self.faults.down:
            raise HubUnreachableError()

    def state(self) -> RemoteState | None:
        self._check_up()
        return self.inner.state()

    def send(self, bundle: bytes) -> str:
        self._check_up()
        outcome = self.inner.send(bundle)
        if self.faults.lose_send_reply:
            self.faults.lose_send_reply -= 1
            raise HubUnreachableError()
        return outcome

    def fetch(self, applied: ChainPosition, acknowledged: int) -> bytes | None:
        self._check_up()
        data = self.inner.fetch(applied, acknowledged)
        if self.faults.lose_fetch_reply:
            self.faults.lose_fetch_reply -= 1
            raise HubUnreachableError()
        return data

    def close(self) -> None:
        self.inner.close()


@dataclass
class OnlineKit:
    hub: Hub
    device: Device
    teacher: str
    faults: Faults = field(default_factory=Faults)
    events: list[SyncEvent] = field(default_factory=list)
    waits: list[float] = field(default_factory=list)
    settings: ServerSettings = field(default_factory=ServerSettings)

    def __post_init__(self) -> None:
        self.app = create_app(self.hub.store, self.hub.keys, self.settings, self.hub.clock)

    def connect(self, url: str, keys: PartyKeys) -> Transport:
        return FaultyTransport(memory_transport(self.app, keys, self.hub.clock), self.faults)

    def online(self, attempts: int = 3) -> OnlineSync:
        return OnlineSync(
            self.device.vault,
            self.device.clock,
            connect=self.connect,
            retry=RetryPolicy(attempts=attempts, first_wait=1.0),
            sleep=self.waits.append,
        )

    def sync(self, **options: Any) -> list[Any]:
        return self.online().run(on_event=self.events.append, **options)


def each(values: list[Any], key: Callable[[Any], Any]) -> list[Any]:
    return [key(value) for value in values]
