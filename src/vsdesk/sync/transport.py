"""How bundles travel between a device and its hub, whatever carries them.

:class:`Transport` is the seam: the HTTP transport (:mod:`.transport_http`) for online sync,
the folder transport (:mod:`.transport_file`) for sync by file, and the same HTTP transport
over an in-process app for tests (:mod:`.transport_memory`). The online sync service sees
only this protocol. Every failure is a :class:`~vsdesk.errors.TransportError`: either the hub
could not be reached (:class:`HubUnreachableError`, worth trying again later) or it answered
no (:class:`HubRefusedError`, which trying again will not change).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from vsdesk.errors import TransportError
from vsdesk.sync.bundle_reader import ChainPosition


class HubUnreachableError(TransportError):
    code = "hub-unreachable"
    default_message = "The Virtual School's hub could not be reached; offline, will try again."


class HubRefusedError(TransportError):
    """The hub refused the request; ``outcome`` is its one machine word, never data."""

    code = "hub-refused"
    default_message = "The Virtual School's hub refused this device's request."

    def __init__(self, message: str | None = None, outcome: str = "refused") -> None:
        super().__init__(message)
        self.outcome = outcome


@dataclass(frozen=True)
class RemoteState:
    """What the hub says it holds of this device's chains (advice for resuming only:
    an acknowledgement is believed only from a signed bundle or request)."""

    applied: ChainPosition
    acknowledged: int


class Transport(Protocol):
    def state(self) -> RemoteState | None:
        """The hub's chain position for this device, or None if the transport cannot tell."""
        ...

    def send(self, bundle: bytes) -> str:
        """Deliver a bundle; returns ``"applied"`` or ``"already-applied"``."""
        ...

    def fetch(self, applied: ChainPosition, acknowledged: int) -> bytes | None:
        """The next bundle after ``applied`` (which this also acknowledges), or None."""
        ...

    def close(self) -> None: ...
