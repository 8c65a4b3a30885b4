"""The hub's HTTP API, a thin layer over :class:`~vsdesk.hub.services.online.HubOnline`.

Routes (all but ``/health`` need a signed request, :mod:`vsdesk.sync.request_signing`):

- ``GET /health``: 200 ``{"status": "ok"}``; says nothing else about the hub.
- ``GET /v1/state``: where the device's chains stand on the hub, to resume from.
- ``POST /v1/bundles``: a bundle from the device (the bytes of ``vsdesk sync export``).
- ``GET /v1/bundles/next?after=N&hash=H``: the device's next bundle (the bytes of
  ``vsdesk-hub sync export``) after the one it applied, or 204 when nothing is new.

Checks, in order, each refusal sending no data: body size (413), signature headers (401),
time window (401), known device (401) and not revoked (403), signature (401), rate (429),
fresh nonce (401, a replay). Database trouble answers 503 so the device retries later.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from vsdesk.clock import Clock, system_clock
from vsdesk.errors import KnownError, VsdeskError
from vsdesk.hub.http.access_log import log_request
from vsdesk.hub.http.rate_limit import RateLimiter
from vsdesk.hub.services.online import ChainMismatchError, HubOnline
from vsdesk.hub.storage.nonces import remember_nonce
from vsdesk.hub.storage.store import HubStore
from vsdesk.sync.bundle_errors import (
    BundleAlreadyAppliedError,
    BundleForkError,
    BundleGapError,
    RevokedSenderError,
    UnknownSenderError,
)
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.request_signing import (
    MAX_SKEW,
    RequestSignatureError,
    check_fresh,
    check_signature,
    parse_signed_request,
)

BUNDLE_TYPE = "application/vnd.vsdesk.bundle"
#: Database work at once per process on PostgreSQL: below SQLAlchemy's default pool (5 + 10).
DB_SLOTS = 10


@dataclass(frozen=True)
class ServerSettings:
    #: A device sends only its own changes: far below the bundle format's own cap.
    max_body_bytes: int = 32 * 1024 * 1024
    requests_per_minute: int = 120
    burst: int = 60
    skew: timedelta = MAX_SKEW


class Refused(Exception):
    """Answer with ``status`` and a short machine word; nothing else leaves the hub."""

    def __init__(self, status: int, outcome: str) -> None:
        super().__init__(outcome)
        self.status = status
        self.outcome = outcome


@dataclass
class _Call:
    """One request as the endpoint sees it, once authenticated."""

    device_id: str
    body: bytes


Handler = Callable[[Request, _Call], Awaitable[Response]]


class HubApp:
    def __init__(
        self,
        store: HubStore,
        keys: PartyKeys,
        settings: ServerSettings | None = None,
        clock: Clock = system_clock,
    ) -> None:
        self.store = store
        self.online = HubOnline(store, keys, clock)
        self.settings = settings or ServerSettings()
        self.clock = clock
        self.limiter = RateLimiter(self.settings.requests_per_minute, self.settings.burst, clock)
        # Requests wait their turn here, not for a pooled connection (which times out):
        # SQLite has one writer, so one at a time; PostgreSQL as many as the pool holds.
        self._slots = asyncio.Semaphore(1 if store.dialect == "sqlite" else DB_SLOTS)

    def starlette(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/health", self.health, methods=["GET"]),
                Route("/v1/state", self._signed(self.state), methods=["GET"]),
                Route("/v1/bundles", self._signed(self.post_bundle), methods=["POST"]),
                Route("/v1/bundles/next", self._signed(self.next_bundle), methods=["GET"]),
            ]
        )

    async def _db(self, work: Callable[[], Any]) -> Any:
        async with self._slots:
            return await run_in_threadpool(work)

    # --- endpoints ------------------------------------------------------------------------

    async def health(self, request: Request) -> Response:
        started = self.clock()
        log_request(route="/health", method="GET", status=200, outcome="ok", ms=_ms(self, started))
        return JSONResponse({"status": "ok"})

    async def state(self, request: Request, call: _Call) -> Response:
        state = await self._db(lambda: self.online.state(call.device_id))
        return JSONResponse(
            {
                "applied": {"sequence": state.applied_sequence, "hash": state.applied_hash},
                "sent": state.sent_sequence,
                "acknowledged": state.acknowledged_sequence,
            }
        )

    async def post_bundle(self, request: Request, call: _Call) -> Response:
        try:
            report = await self._db(lambda: self.online.receive(call.device_id, call.body))
        except BundleAlreadyAppliedError:
            return JSONResponse({"outcome": "already-applied"})
        except (UnknownSenderError, RevokedSenderError):
            raise Refused(403, "wrong-sender") from None
        except (BundleGapError, BundleForkError) as error:
            return JSONResponse({"outcome": error.code}, status_code=409)
        except KnownError:
            raise
        except VsdeskError as error:
            return JSONResponse({"outcome": error.code}, status_code=422)
        return JSONResponse(
            {"outcome": "applied", "sequence": report.sequence, "changes": report.changes}
        )

    async def next_bundle(self, request: Request, call: _Call) -> Response:
        after, applied_hash, acked = _after(request)
        try:
            found = await self._db(
                lambda: self.online.next_bundle(call.device_id, after, applied_hash, acked)
            )
        except ChainMismatchError as error:
            return JSONResponse({"outcome": error.code}, status_code=409)
        if found is None:
            return Response(status_code=204)
        report, data = found
        headers = {"vsdesk-sequence": str(report.sequence), "vsdesk-changes": str(report.changes)}
        return Response(data, media_type=BUNDLE_TYPE, headers=headers)

    # --- authentication -------------------------------------------------------------------

    def _signed(self, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            started, device = self.clock(), "-"
            status, outcome, size = 500, "error", 0
            try:
                call = await self._authenticate(request)
                device = call.device_id
                size = len(call.body)
                response = await handler(request, call)
                status, outcome = response.status_code, _outcome(response)
                return response
            except Refused as refusal:
                status, outcome = refusal.status, refusal.outcome
                return JSONResponse({"outcome": refusal.outcome}, status_code=refusal.status)
            except (KnownError, SQLAlchemyTimeoutError):
                status, outcome = 503, "busy"
                headers = {"retry-after": "1"}
                return JSONResponse({"outcome": "busy"}, status_code=503, headers=headers)
            except Exception as error:  # a bug: its type only, never a traceback (data)
                status, outcome = 500, f"internal-{type(error).__name__}"
                return JSONResponse({"outcome": "internal-error"}, status_code=500)
            finally:
                log_request(
                    route=request.url.path,
                    method=request.method,
                    device=device,
                    status=status,
                    outcome=outcome,
                    bytes_in=size,
                    ms=_ms(self, started),
                )

        return endpoint

    async def _authenticate(self, request: Request) -> _Call:
        body = await self._read_body(request)
        try:
            signed = parse_signed_request(request.headers)
            check_fresh(signed, self.clock(), self.settings.skew)
        except RequestSignatureError as error:
            raise Refused(401, error.reason) from None
        sender = await self._db(lambda: self.online.sender(signed.device_id, signed.key_id))
        if sender is None:
            raise Refused(401, "unknown-device")
        if sender.revoked:
            raise Refused(403, "revoked")
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        try:
            check_signature(sender.identity, signed, request.method, path, body)
        except RequestSignatureError as error:
            raise Refused(401, error.reason) from None
        if not self.limiter.allow(signed.device_id):
            raise Refused(429, "rate-limited")
        window = int(self.settings.skew.total_seconds()) * 2
        now = int(self.clock().timestamp())
        fresh = await self._db(
            lambda: remember_nonce(self.store, signed.device_id, signed.nonce, now, window)
        )
        if not fresh:
            raise Refused(401, "replay")
        return _Call(signed.device_id, body)

    async def _read_body(self, request: Request) -> bytes:
        limit = self.settings.max_body_bytes
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            raise Refused(413, "too-large")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise Refused(413, "too-large")
            chunks.append(chunk)
        return b"".join(chunks)


def _after(request: Request) -> tuple[int, str, int]:
    after = request.query_params.get("after", "0")
    applied_hash = request.query_params.get("hash", "")
    acked = request.query_params.get("acked", "0")
    numbers_ok = all(v.isdigit() and len(v) <= 12 for v in (after, acked))
    if not numbers_ok or len(applied_hash) > 64:
        raise Refused(400, "bad-query")
    return int(after), applied_hash, int(acked)


def _outcome(response: Response) -> str:
    return {200: "ok", 204: "nothing-new"}.get(response.status_code, "refused")


def _ms(app: HubApp, started: Any) -> int:
    return int((app.clock() - started).total_seconds() * 1000)


def create_app(
    store: HubStore,
    keys: PartyKeys,
    settings: ServerSettings | None = None,
    clock: Clock = system_clock,
) -> Starlette:
    return HubApp(store, keys, settings, clock).starlette()
