"""Online sync over HTTPS: signed requests (:mod:`.request_signing`) with httpx.

The address is checked before any connection (https, or http only to loopback), TLS is
verified against the operating system's trust store (``truststore``; certifi's bundle where
that cannot load), and redirects are not followed (a redirect could lead off https).
Connection failures, timeouts and the hub's "busy" answers (429, 502, 503, 504) become
:class:`HubUnreachableError`, which the caller retries; any other refusal is final.
"""

from __future__ import annotations

import ssl
from typing import Final
from urllib.parse import urlencode

import httpx

from vsdesk.clock import Clock, system_clock
from vsdesk.sync.bundle_reader import ChainPosition
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.hub_address import check_hub_url
from vsdesk.sync.request_signing import sign_request
from vsdesk.sync.transport import HubRefusedError, HubUnreachableError, RemoteState

BUNDLE_TYPE: Final = "application/vnd.vsdesk.bundle"
TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)
RETRYABLE: Final = frozenset({429, 502, 503, 504})
MAX_RESPONSE_BYTES: Final = 256 * 1024 * 1024

_REFUSALS: Final = {
    401: "The hub did not accept this device's signature. Check the computer's clock; if it "
    "is right, ask your Virtual School whether this device is still enrolled.",
    403: "The Virtual School has withdrawn this device's enrolment; ask it to enrol again.",
    409: "This device and the hub disagree about what was sent (restored from a backup?). "
    "Ask your Virtual School for a full resync.",
    413: "The hub refused a bundle as too large; ask your Virtual School to raise its limit.",
}


def tls_context() -> ssl.SSLContext:
    """The system's trust store if possible, else certifi's: never an unverified context."""
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except (ImportError, OSError, RuntimeError):
        import certifi

        return ssl.create_default_context(cafile=certifi.where())


class HttpTransport:
    def __init__(
        self,
        base_url: str,
        keys: PartyKeys,
        clock: Clock = system_clock,
        client: httpx.Client | None = None,
    ) -> None:
        self.base_url = check_hub_url(base_url)
        self.keys = keys
        self.clock = clock
        self.client = client or httpx.Client(
            verify=tls_context(), timeout=TIMEOUT, follow_redirects=False, trust_env=False
        )

    def state(self) -> RemoteState:
        body = self._call("GET", "/v1/state").json()
        applied = body["applied"]
        return RemoteState(
            ChainPosition(int(applied["sequence"]), str(applied["hash"])), int(body["acknowledged"])
        )

    def send(self, bundle: bytes) -> str:
        response = self._call("POST", "/v1/bundles", bundle)
        return str(response.json()["outcome"])

    def fetch(self, applied: ChainPosition, acknowledged: int) -> bytes | None:
        query = urlencode(
            {"after": applied.sequence, "hash": applied.bundle_hash, "acked": acknowledged}
        )
        response = self._call("GET", f"/v1/bundles/next?{query}")
        return None if response.status_code == 204 else response.content

    def close(self) -> None:
        self.client.close()

    def _call(self, method: str, route: str, body: bytes = b"") -> httpx.Response:
        headers = sign_request(self.keys, method, route, body, self.clock())
        if body:
            headers["content-type"] = BUNDLE_TYPE
        try:
            response = self.client.request(
                method, self.base_url + route, content=body, headers=headers
            )
        except httpx.HTTPError:
            raise HubUnreachableError() from None
        if response.status_code in RETRYABLE or response.status_code >= 500:
            raise HubUnreachableError()
        if response.status_code >= 300:
            raise HubRefusedError(_REFUSALS.get(response.status_code), _outcome(response))
        if len(response.content) > MAX_RESPONSE_BYTES:
            raise HubRefusedError(outcome="too-large")
        return response


def _outcome(response: httpx.Response) -> str:
    try:
        return str(response.json().get("outcome", "refused"))[:40]
    except (ValueError, AttributeError):
        return "refused"
