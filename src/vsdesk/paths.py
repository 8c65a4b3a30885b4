"""Every path vsdesk uses comes from here, so tests and ``--data`` can move them all at once.

Order of precedence: an explicit directory (``--data``), then ``VSDESK_DATA``, then the
platform's per-user data directory (platformdirs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "vsdesk"
DATA_ENV = "VSDESK_DATA"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    return _folder(explicit, DATA_ENV, APP_NAME)


def _folder(explicit: str | os.PathLike[str] | None, env: str, app: str) -> Path:
    if explicit:
        return Path(explicit)
    from_env = os.environ.get(env)
    if from_env:
        return Path(from_env)
    return Path(platformdirs.user_data_dir(app, appauthor=False))


def vault_db(directory: Path) -> Path:
    return directory / "vault.db"


def vault_key(directory: Path) -> Path:
    return directory / "vault.key"


HUB_APP_NAME = "vsdesk-hub"
HUB_DATA_ENV = "VSDESK_HUB_DATA"


def hub_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The hub's folder: ``--data``, then ``VSDESK_HUB_DATA``, then the user data folder."""
    return _folder(explicit, HUB_DATA_ENV, HUB_APP_NAME)


def hub_db(directory: Path) -> Path:
    return directory / "hub.db"
