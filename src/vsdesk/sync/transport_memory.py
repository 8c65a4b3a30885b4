"""The HTTP transport over an app in this process: the whole signed-request path, no socket.

For tests and benchmarks: ``memory_transport(create_app(...), keys)`` exercises the same
signing, checks and services as a real hub, without a port or a thread per request.
"""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from vsdesk.clock import Clock, system_clock
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.transport_http import HttpTransport

BASE_URL = "http://127.0.0.1"


def memory_transport(app: Any, keys: PartyKeys, clock: Clock = system_clock) -> HttpTransport:
    """An :class:`HttpTransport` whose requests go straight into the ASGI ``app``."""
    return HttpTransport(BASE_URL, keys, clock, client=TestClient(app, base_url=BASE_URL))
