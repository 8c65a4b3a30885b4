"""Online sync: for every enrolled authority, send what is pending, fetch and apply what is new.

One round per authority is: if a bundle we sent is still unacknowledged, ask the hub where
this device's chains stand (so bundles lost to a dropped connection are forgotten and their
changes sent again, instead of leaving a gap); send a bundle if there are changes no bundle
has carried yet; fetch the next bundle after the last one applied (which acknowledges it)
and apply it. The hub is asked where things stand before a bundle is written, so a hub that
cannot be reached changes nothing on the device. Every step is safe to repeat: a bundle
applied twice is refused as "already applied", and changes are merged by id, so a run cut
off anywhere is simply run again.

A hub that cannot be reached is retried a bounded number of times with back-off; then the
authority is reported "offline, will try again", which is not an error. Progress goes to an
optional callback as :class:`SyncEvent` values with counts (the desktop app shows them).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Final

from sqlalchemy import func, select

from vsdesk.clock import Clock, system_clock
from vsdesk.errors import NotFoundError, UsageError, VsdeskError
from vsdesk.services.client_sync import ClientSync
from vsdesk.services.device import device_keys
from vsdesk.services.hub_addresses import saved_hub_url
from vsdesk.storage.store import Store
from vsdesk.storage.sync_repository import SyncRepository
from vsdesk.storage.sync_schema import ChainOutRow
from vsdesk.sync.bundle_errors import BundleAlreadyAppliedError
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.transport import HubRefusedError, HubUnreachableError, RemoteState, Transport
from vsdesk.sync.transport_http import HttpTransport

Connect = Callable[[str, PartyKeys], Transport]
OFFLINE: Final = "offline, will try again"


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded retries: at most ``attempts`` tries, waits doubling from ``first_wait``."""

    attempts: int = 4
    first_wait: float = 0.5
    max_wait: float = 8.0

    def waits(self) -> Iterator[float]:
        wait = self.first_wait
        for _ in range(self.attempts - 1):
            yield wait
            wait = min(wait * 2, self.max_wait)


@dataclass(frozen=True)
class SyncEvent:
    """Progress: ``stage`` is connecting, sent, received, done, offline or failed."""

    authority: str
    stage: str
    sent: int = 0
    received: int = 0


@dataclass(frozen=True)
class AuthorityResult:
    authority: str
    outcome: str  # "synced" | "offline" | "refused" | "no-address"
    sent: int = 0
    received: int = 0
    message: str = ""

    def line(self) -> str:
        """The one line a teacher reads for this authority."""
        if self.outcome == "synced":
            return f"{self.authority}: sent {self.sent} change(s), received {self.received}."
        if self.outcome == "offline":
            return f"{self.authority}: {OFFLINE}."
        return f"{self.authority}: {self.message}"


def http_connect(clock: Clock) -> Connect:
    return lambda url, keys: HttpTransport(url, keys, clock)


class OnlineSync:
    def __init__(
        self,
        store: Store,
        clock: Clock = system_clock,
        connect: Connect | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.store = store
        self.clock = clock
        self.client = ClientSync(store, clock)
        self.connect = connect or http_connect(clock)
        self.retry = retry or RetryPolicy()
        self.sleep = sleep

    def run(
        self,
        *,
        authority: str | None = None,
        hub_url: str | None = None,
        on_event: Callable[[SyncEvent], None] | None = None,
    ) -> list[AuthorityResult]:
        """Sync every enrolled authority (or one); ``hub_url`` overrides one's address."""
        keys, targets = self._targets(authority, hub_url)
        notify = on_event or (lambda event: None)
        return [self._sync_authority(keys, peer, url, notify) for peer, url in targets]

    def _targets(
        self, authority: str | None, hub_url: str | None
    ) -> tuple[PartyKeys, list[tuple[str, str | None]]]:
        with self.store.session() as session:
            keys = device_keys(session)
            peers = [p.party_id for p in SyncRepository(session).peers("authority")]
            if keys is None or not peers:
                raise NotFoundError("This device is not enrolled with any Virtual School yet.")
            if authority is not None and authority not in peers:
                raise NotFoundError("This device is not enrolled with that authority.")
            chosen = [authority] if authority else peers
            if hub_url is not None and len(chosen) > 1:
                raise UsageError("--hub names one hub: say which authority with --authority.")
            return keys, [(peer, hub_url or saved_hub_url(session, peer)) for peer in chosen]

    def _sync_authority(
        self, keys: PartyKeys, authority: str, url: str | None, notify: Callable[[SyncEvent], None]
    ) -> AuthorityResult:
        if url is None:
            message = "no hub address (sync by file, or use --hub)."
            return AuthorityResult(authority, "no-address", message=message)
        notify(SyncEvent(authority, "connecting"))
        waits = self.retry.waits()
        while True:
            try:
                with self._transport(url, keys) as transport:
                    result = self._round(authority, transport, notify)
                notify(SyncEvent(authority, "done", result.sent, result.received))
                return result
            except HubUnreachableError:
                wait = next(waits, None)
                if wait is None:
                    notify(SyncEvent(authority, "offline"))
                    return AuthorityResult(authority, "offline", message=OFFLINE)
                self.sleep(wait)
            except (HubRefusedError, VsdeskError) as error:
                if isinstance(error, UsageError) and not isinstance(error, HubRefusedError):
                    raise
                notify(SyncEvent(authority, "failed"))
                return AuthorityResult(authority, "refused", message=str(error))

    @contextmanager
    def _transport(self, url: str, keys: PartyKeys) -> Iterator[Transport]:
        transport = self.connect(url, keys)
        try:
            yield transport
        finally:
            transport.close()

    def _round(
        self, authority: str, transport: Transport, notify: Callable[[SyncEvent], None]
    ) -> AuthorityResult:
        awaiting = self._awaiting_ack(authority)
        if awaiting or self._unsent(authority):
            # Asked before a bundle is written, so an unreachable hub leaves the vault as it
            # was (nothing recorded as sent); otherwise only when a bundle awaits its ack.
            state = transport.state()
            if awaiting:
                self._resume(authority, state)
        sent = 0
        if self._unsent(authority):
            report, data = self.client.export_bytes(authority)
            transport.send(data)
            sent = report.changes
            notify(SyncEvent(authority, "sent", sent=sent))
        with self.store.session() as session:
            sync = SyncRepository(session)
            applied, acked = sync.last_applied(authority), sync.acknowledged_sequence(authority)
        incoming = transport.fetch(applied, acked)
        received = 0
        if incoming is not None:
            with suppress(BundleAlreadyAppliedError):
                received = self.client.import_bytes(incoming).changes
            notify(SyncEvent(authority, "received", sent=sent, received=received))
        return AuthorityResult(authority, "synced", sent, received)

    def _awaiting_ack(self, authority: str) -> bool:
        """Whether a bundle we sent is not yet acknowledged (it may have been lost): only
        then is the hub asked where our chain stands, saving a request on most rounds."""
        with self.store.session() as session:
            sync = SyncRepository(session)
            return sync.last_sent(authority).sequence > sync.acknowledged_sequence(authority)

    def _resume(self, authority: str, state: RemoteState | None) -> None:
        """Forget our bundles the hub never applied, so the next takes their place."""
        if state is None:
            return
        with self.store.session() as session:
            sync = SyncRepository(session)
            last = sync.last_sent(authority)
            if state.applied.sequence > last.sequence:
                raise HubRefusedError(
                    "The hub holds more from this device than it remembers sending (restored "
                    "from a backup?). Ask your Virtual School for a full resync.",
                    "chain-mismatch",
                )
            if last.sequence > state.applied.sequence:
                sync.forget_sent_after(authority, state.applied.sequence)

    def _unsent(self, authority: str) -> bool:
        """Whether some change of ours has not been carried by any bundle still on record."""
        with self.store.session() as session:
            keys = device_keys(session)
            assert keys is not None
            sync = SyncRepository(session)
            carried = session.scalar(
                select(func.max(ChainOutRow.max_change)).where(ChainOutRow.peer == authority)
            )
            pending = sync.changes_since(
                int(carried or 0), authority_id=authority, origin=keys.party_id
            )
            return next(iter(pending), None) is not None
