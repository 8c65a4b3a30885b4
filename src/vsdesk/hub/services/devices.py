"""The registry of enrolled devices, and the keyring bundles from them are checked against.

A revoked device stays in the registry, marked, so that a bundle it signs is refused by name
(``bundle-revoked-sender``) rather than as unknown, and so the audit of who held what stays
whole. Registering happens only through enrolment (:mod:`.invitations`).
"""

from __future__ import annotations

from vsdesk.errors import ValidationError
from vsdesk.hub.storage.clock import Clock, utc_now
from vsdesk.hub.storage.repository import Device, HubRepository
from vsdesk.hub.storage.store import HubStore
from vsdesk.sync.bundle_reader import KnownSender


class DeviceService:
    def __init__(self, store: HubStore, clock: Clock = utc_now) -> None:
        self.store = store
        self.clock = clock

    def list(self, teacher_id: str | None = None) -> list[Device]:
        with self.store.session() as session:
            return HubRepository(session).devices(teacher_id)

    def get(self, device_id: str) -> Device:
        with self.store.session() as session:
            return HubRepository(session).device(device_id)

    def revoke(self, device_id: str) -> Device:
        """Withdraw trust: from now on the hub refuses the device's bundles and sends none."""
        with self.store.session() as session:
            repo = HubRepository(session)
            repo.device(device_id)
            if not repo.revoke_device(device_id, self.clock()):
                raise ValidationError("That device is already revoked.")
            return repo.device(device_id)


def known_sender(repo: HubRepository, party_id: str, key_id: str) -> KnownSender | None:
    """The keyring answer for (device id, key id), inside the caller's transaction."""
    device = repo.find_device(party_id)
    if device is None or device.identity.key_id != key_id:
        return None
    return KnownSender(device.identity, revoked=device.revoked)


class HubKeyring:
    """:class:`vsdesk.sync.bundle_reader.Keyring` over the hub's device registry."""

    def __init__(self, store: HubStore) -> None:
        self.store = store

    def sender_identity(self, party_id: str, key_id: str) -> KnownSender | None:
        with self.store.session() as session:
            return known_sender(HubRepository(session), party_id, key_id)
