"""What a screen gets: the unlocked vault's services, the settings and the clock.

Widgets never touch the vault, a session or SQLAlchemy: they ask the AppSession for a
service (``pupils()``, ``sync()``) and call it through :mod:`vsdesk.ui.operations`. Locking
goes through :meth:`AppSession.lock`, which emits ``locked`` so every screen clears what it
shows before anything else happens.
"""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from vsdesk import paths
from vsdesk.clock import Clock, system_clock
from vsdesk.errors import VaultLockedError
from vsdesk.ui import settings as settings_store
from vsdesk.ui.settings import Settings
from vsdesk.ui.sync_runner import SyncRunner

if TYPE_CHECKING:  # imported when first used: the unlock window opens before SQLAlchemy loads
    from vsdesk.services.client_sync import ClientSync
    from vsdesk.services.pupils import PupilService
    from vsdesk.storage.vault import Vault


class AppSession(QObject):
    """One teacher's open vault (or none, while locked) and the window's settings."""

    locked = Signal()
    unlocked = Signal()
    settings_changed = Signal()

    def __init__(self, data_dir: Path, clock: Clock = system_clock, demo: bool = False) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.clock = clock
        self.demo = demo
        self.settings: Settings = settings_store.load(data_dir)
        self._vault: Vault | None = None
        self._party_id: str | None = None
        self._actor = ""
        self.sync_runner = SyncRunner(self)  # the one online sync the window runs at a time

    # --- the vault ------------------------------------------------------------------------

    def vault_exists(self) -> bool:
        return paths.vault_key(self.data_dir).exists()

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None and not self._vault.locked

    def open_vault(self, vault: Vault) -> None:
        """Take a vault unlocked (or created) off the UI thread; read who is working."""
        from vsdesk.services.device import device_keys

        self._vault = vault
        with vault.session() as session:
            keys = device_keys(session)
        self._party_id = keys.party_id if keys else None
        self._actor = vault.meta("owner") or getpass.getuser()
        self.unlocked.emit()

    def lock(self) -> None:
        """Tell every screen to forget what it shows, then close the vault and drop its key."""
        if self._vault is None:
            return
        self.locked.emit()
        from vsdesk.ui.operations import forget_operations, wait_for_operations

        wait_for_operations()
        forget_operations()
        self._vault.lock()
        self._vault = None
        self._party_id = None

    def vault(self) -> Vault:
        if self._vault is None or self._vault.locked:
            raise VaultLockedError("The vault is locked. Unlock it with your passphrase.")
        return self._vault

    # --- services for screens ---------------------------------------------------------------

    @property
    def actor(self) -> str:
        return self._actor

    @property
    def enrolled(self) -> bool:
        return self._party_id is not None

    def pupils(self) -> PupilService:
        from vsdesk.services.pupils import PupilService

        return PupilService(self.vault(), self._actor, party_id=self._party_id)

    def sync(self) -> ClientSync:
        from vsdesk.services.client_sync import ClientSync

        return ClientSync(self.vault(), clock=self.clock)

    # --- settings ---------------------------------------------------------------------------

    def save_settings(self, new: Settings) -> None:
        settings_store.save(self.data_dir, new)
        self.settings = new.checked()
        self.settings_changed.emit()
