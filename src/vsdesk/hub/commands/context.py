"""What every hub command gets: where the hub is, and lazily its store and keys.

The database URL comes from ``--db``, else ``VSDESK_HUB_DB``, else ``hub.db`` in the data
folder. The environment variable exists so that a PostgreSQL password need not sit on a
command line, where every user of the machine can read it (``ps``); libpq's own
``PGPASSWORD`` or ``~/.pgpass`` work too. The hub passphrase is asked for at most once:
a SQLite hub needs it to open its encrypted database at all, a PostgreSQL hub only for the
commands that use the authority's private keys.
"""

from __future__ import annotations

import argparse
import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path

from vsdesk import paths
from vsdesk.commandline.passphrase import read_passphrase
from vsdesk.hub.services.authority import hub_info
from vsdesk.hub.services.devices import DeviceService
from vsdesk.hub.services.invitations import InvitationService
from vsdesk.hub.services.pupils import HubPupils
from vsdesk.hub.services.teachers import TeacherService
from vsdesk.hub.storage.keys import load_keys
from vsdesk.hub.storage.store import HubStore, resolve_url
from vsdesk.sync.crypto import PartyKeys

HUB_PASSPHRASE_ENV = "VSDESK_HUB_PASSPHRASE"
HUB_DB_ENV = "VSDESK_HUB_DB"


@dataclass
class HubContext:
    data_dir: Path
    db: str | None
    _store: HubStore | None = field(default=None, repr=False)
    _keys: PartyKeys | None = field(default=None, repr=False)
    _passphrase: str | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> HubContext:
        return cls(paths.hub_data_dir(args.data), args.db or os.environ.get(HUB_DB_ENV) or None)

    @property
    def url(self) -> str:
        return resolve_url(self.data_dir, self.db)

    def passphrase(self) -> str:
        """The hub passphrase, from VSDESK_HUB_PASSPHRASE or a hidden prompt (asked once)."""
        if self._passphrase is None:
            self._passphrase = read_passphrase(HUB_PASSPHRASE_ENV, "Hub passphrase: ")
        return self._passphrase

    def store(self) -> HubStore:
        if self._store is None:
            needed = HubStore.needs_passphrase(self.url) and HubStore.exists(self.url)
            self._store = HubStore.open(self.url, self.passphrase() if needed else None)
        return self._store

    def keys(self) -> PartyKeys:
        """The authority's private keys, unlocked with the hub passphrase."""
        if self._keys is None:
            self._keys = load_keys(self.store(), self.passphrase())
        return self._keys

    def keys_from(self, passphrase: str) -> None:
        """Unlock the keys with a passphrase the command already holds (``serve``)."""
        self._keys = load_keys(self.store(), passphrase)

    def actor(self) -> str:
        """Who the audit history names: the authority and the officer's login."""
        try:
            user = getpass.getuser()
        except (OSError, KeyError):
            user = "officer"
        return f"{hub_info(self.store()).authority_id}:{user}"

    def pupils(self) -> HubPupils:
        return HubPupils(self.store(), self.actor())

    def teachers(self) -> TeacherService:
        return TeacherService(self.store())

    def devices(self) -> DeviceService:
        return DeviceService(self.store())

    def invitations(self) -> InvitationService:
        return InvitationService(self.store(), self.keys())

    def adopt(self, store: HubStore, passphrase: str) -> None:
        """Use a store opened elsewhere (``init``), so that :meth:`close` disposes of it."""
        self._store, self._passphrase = store, passphrase

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        self._keys = None
        self._passphrase = None
