"""The HTTP transport over an app in this process: the whole signed-request path, no socket.

For tests and benchmarks: ``memory_transport(create_app(...), keys)`` exercises the same
signing, checks and services as a real hub, without a port. Each request runs the ASGI app
to completion on its own event loop (httpx's ASGI transport), from synchronous code.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from vsdesk.clock import Clock, system_clock
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.transport_http import HttpTransport

BASE_URL = "http://127.0.0.1"


class _InProcess(httpx.BaseTransport):
    def __init__(self, app: Any) -> None:
        self.asgi = httpx.ASGITransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        async def call() -> httpx.Response:
            response = await self.asgi.handle_async_request(request)
            content = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=content)

        return asyncio.run(call())


def memory_transport(app: Any, keys: PartyKeys, clock: Clock = system_clock) -> HttpTransport:
    """An :class:`HttpTransport` whose requests go straight into the ASGI ``app``."""
    client = httpx.Client(transport=_InProcess(app), base_url=BASE_URL)
    return HttpTransport(BASE_URL, keys, clock, client=client)
