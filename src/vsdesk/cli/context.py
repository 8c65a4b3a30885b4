"""What every command gets: the data folder and a lazily unlocked vault."""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from vsdesk import paths
from vsdesk.commandline.passphrase import read_passphrase
from vsdesk.services.device import device_keys
from vsdesk.services.pupils import PupilService
from vsdesk.storage.vault import Vault


@dataclass
class CommandContext:
    data_dir: Path
    _vault: Vault | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> CommandContext:
        return cls(paths.data_dir(args.data))

    def vault(self) -> Vault:
        if self._vault is None:
            self._vault = Vault.unlock(self.data_dir, read_passphrase())
        return self._vault

    def actor(self) -> str:
        return self.vault().meta("owner") or getpass.getuser()

    def pupils(self) -> PupilService:
        """The vault's pupils; once the device is enrolled, edits are also logged for sync."""
        vault = self.vault()
        with vault.session() as session:
            keys = device_keys(session)
        return PupilService(vault, self.actor(), party_id=keys.party_id if keys else None)

    def close(self) -> None:
        if self._vault is not None:
            self._vault.lock()
            self._vault = None


Handler = Callable[[argparse.Namespace, CommandContext], int]
