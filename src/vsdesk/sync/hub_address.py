"""Which hub addresses a device may talk to: https anywhere, plain http only on loopback.

Bundles are encrypted and signed whatever the transport, but request metadata (which
device syncs when, and how much) and the availability of sync deserve TLS on any real
network. Plain http is allowed only to this machine (tests, a hub behind a local proxy).
"""

from __future__ import annotations

import ipaddress
from typing import Final
from urllib.parse import urlsplit

from vsdesk.errors import UsageError

LOOPBACK_NAMES: Final = frozenset({"localhost"})
MAX_URL_LENGTH: Final = 400


class InsecureHubAddressError(UsageError):
    code = "insecure-hub-address"
    default_message = (
        "The hub address must start with https:// (plain http:// is only allowed to this "
        "computer). Ask your Virtual School for its https address. Nothing was sent."
    )


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_hub_url(url: str) -> str:
    """The address without a trailing slash; raises on a malformed or insecure one."""
    if not (0 < len(url) <= MAX_URL_LENGTH) or not url.isprintable():
        raise UsageError("That is not a hub address (e.g. https://vs.example.gov.uk).")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise UsageError("That is not a hub address (e.g. https://vs.example.gov.uk).")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise UsageError("A hub address carries no user name, password, query or fragment.")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InsecureHubAddressError()
    return url.rstrip("/")
