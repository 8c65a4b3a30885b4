"""Each authority's hub address on this device, from its invitation (kept in the vault)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from vsdesk.storage.schema import MetaRow

_PREFIX = "hub_url:"


def save_hub_url(session: Session, authority_id: str, url: str) -> None:
    session.merge(MetaRow(key=_PREFIX + authority_id, value=url))


def saved_hub_url(session: Session, authority_id: str) -> str | None:
    row = session.get(MetaRow, _PREFIX + authority_id)
    return None if row is None else row.value
