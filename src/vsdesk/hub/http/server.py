"""Running the HTTP app under uvicorn: one process, or ``--workers N`` processes.

With several workers uvicorn starts fresh processes that import :func:`worker_app`; each
opens the database named by ``VSDESK_HUB_DB`` and unlocks the keys with
``VSDESK_HUB_PASSPHRASE``, both set by the parent (after it has checked the passphrase).
The environment of a process is readable only by its user and root.
"""

from __future__ import annotations

import json
import os
from typing import Any

import uvicorn
from starlette.applications import Starlette

from vsdesk.hub.http.app import ServerSettings, create_app
from vsdesk.hub.storage.keys import load_keys
from vsdesk.hub.storage.store import HubStore
from vsdesk.sync.crypto import PartyKeys

DB_ENV, PASSPHRASE_ENV = "VSDESK_HUB_DB", "VSDESK_HUB_PASSPHRASE"
SETTINGS_ENV = "VSDESK_HUB_SERVE_SETTINGS"

LOG_CONFIG: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(message)s"}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "stream": "ext://sys.stderr",
        }
    },
    "loggers": {
        "vsdesk.hub.access": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "uvicorn.error": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
    },
}


def serve(
    store: HubStore,
    keys: PartyKeys,
    *,
    url: str,
    passphrase: str,
    host: str,
    port: int,
    workers: int,
    settings: ServerSettings,
) -> None:
    common: dict[str, Any] = {
        "host": host,
        "port": port,
        "log_config": LOG_CONFIG,
        "access_log": False,
        "server_header": False,
        "proxy_headers": False,
    }
    if workers == 1:
        uvicorn.run(create_app(store, keys, settings), **common)
        return
    store.close()
    os.environ[DB_ENV], os.environ[PASSPHRASE_ENV] = url, passphrase
    os.environ[SETTINGS_ENV] = json.dumps(
        [settings.max_body_bytes, settings.requests_per_minute, settings.burst]
    )
    uvicorn.run("vsdesk.hub.http.server:worker_app", factory=True, workers=workers, **common)


def worker_app() -> Starlette:
    """The app in a worker process (``--workers N``), from the parent's environment."""
    store = HubStore.open(os.environ[DB_ENV])
    max_body, rate, burst = json.loads(os.environ[SETTINGS_ENV])
    settings = ServerSettings(max_body_bytes=max_body, requests_per_minute=rate, burst=burst)
    return create_app(store, load_keys(store, os.environ[PASSPHRASE_ENV]), settings)
