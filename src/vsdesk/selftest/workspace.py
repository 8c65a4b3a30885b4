"""The throwaway world one self-test run builds, and the environment it runs in.

Every path is explicit and under one temporary folder, and ``VSDESK_DATA`` /
``VSDESK_HUB_DATA`` point there for the run as well, so that no code path reaching for a
default folder can land in the teacher's real data folder. The passphrases are random per
run: nothing here is ever opened again.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from vsdesk import paths

if TYPE_CHECKING:
    from vsdesk.hub.storage.store import HubStore
    from vsdesk.storage.vault import Vault
    from vsdesk.sync.crypto import PartyKeys

FOLDER_PREFIX = "vsdesk-self-test-"
AUTHORITY_ID = "self-test"
AUTHORITY_NAME = "Self-test Authority"
TEACHER_NAME = "Self-test Teacher"
PUPILS = 2


@dataclass
class Workspace:
    """Where the run keeps its files, and what each step leaves for the next."""

    root: Path
    vault_passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(24), repr=False)
    hub_passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(24), repr=False)
    vault: Vault | None = None
    hub: HubStore | None = None
    hub_keys: PartyKeys | None = field(default=None, repr=False)
    teacher_id: str = ""
    device_id: str = ""

    @classmethod
    def make(cls, parent: Path | None = None) -> Workspace:
        return cls(Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX, dir=parent)))

    @property
    def vault_dir(self) -> Path:
        return self.root / "vault"

    @property
    def hub_dir(self) -> Path:
        return self.root / "hub"

    @property
    def files_dir(self) -> Path:
        folder = self.root / "files"
        folder.mkdir(exist_ok=True)
        return folder

    def open_vault(self) -> Vault:
        if self.vault is None or self.vault.locked:
            raise AssertionError("the vault step did not leave an open vault")
        return self.vault

    def open_hub(self) -> tuple[HubStore, PartyKeys]:
        if self.hub is None or self.hub_keys is None:
            raise AssertionError("the hub step did not leave an open hub")
        return self.hub, self.hub_keys

    def close(self) -> None:
        """Let go of every open file (Windows cannot delete an open database)."""
        if self.vault is not None and not self.vault.locked:
            self.vault.lock()
        if self.hub is not None:
            self.hub.close()
        self.vault = self.hub = self.hub_keys = None

    def remove(self) -> None:
        """Close and delete everything; raises if anything is left behind."""
        self.close()
        shutil.rmtree(self.root)
        if self.root.exists():
            raise OSError("the self-test folder is still there")

    def remove_quietly(self) -> None:
        """After a failure: try hard, never raise (the first failure is the one to report)."""
        with contextlib.suppress(Exception):
            self.close()
        shutil.rmtree(self.root, ignore_errors=True)


@contextmanager
def isolated_environment(workspace: Workspace) -> Iterator[None]:
    """Point the data-folder variables at the workspace, and restore them afterwards."""
    saved = {name: os.environ.get(name) for name in (paths.DATA_ENV, paths.HUB_DATA_ENV)}
    os.environ[paths.DATA_ENV] = str(workspace.vault_dir)
    os.environ[paths.HUB_DATA_ENV] = str(workspace.hub_dir)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
