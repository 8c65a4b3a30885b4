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
    if explicit:
        return Path(explicit)
    from_env = os.environ.get(DATA_ENV)
    if from_env:
        return Path(from_env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def vault_db(directory: Path) -> Path:
    return directory / "vault.db"


def vault_key(directory: Path) -> Path:
    return directory / "vault.key"


HUB_APP_NAME = "vsdesk-hub"
HUB_DATA_ENV = "VSDESK_HUB_DATA"


def hub_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The hub's folder: ``--data``, then ``VSDESK_HUB_DATA``, then the user data folder."""
    if explicit:
        return Path(explicit)
    from_env = os.environ.get(HUB_DATA_ENV)
    if from_env:
        return Path(from_env)
    return Path(platformdirs.user_data_dir(HUB_APP_NAME, appauthor=False))


def hub_db(directory: Path) -> Path:
    return directory / "hub.db"
