"""Remembering signed requests' nonces in the hub database, shared by every hub process."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from vsdesk.errors import KnownError
from vsdesk.hub.storage.schema import RequestNonceRow
from vsdesk.hub.storage.store import HubStore


def remember_nonce(store: HubStore, device_id: str, nonce: str, now: int, window: int) -> bool:
    """Record ``nonce`` for ``device_id``; False if it was seen before (a replay).

    Also forgets this device's nonces older than ``window`` seconds: a request that old is
    refused as stale anyway, so the table stays small.
    """
    try:
        with store.session() as session:
            session.execute(
                delete(RequestNonceRow).where(
                    RequestNonceRow.device_id == device_id, RequestNonceRow.seen_at < now - window
                )
            )
            session.add(RequestNonceRow(device_id=device_id, nonce=nonce, seen_at=now))
            session.flush()
    except IntegrityError:
        return False
    except KnownError as error:
        if isinstance(error.__context__, IntegrityError):
            return False
        raise
    return True
