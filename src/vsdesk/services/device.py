"""This device's own identity: its party id and private keys, kept inside the vault.

They are made the first time the teacher enrols with any authority and used for every
authority after that: one device, one key pair, many partnerships.
"""

from __future__ import annotations

import base64
import json

from sqlalchemy.orm import Session

from vsdesk.storage.schema import MetaRow
from vsdesk.sync.crypto import PartyKeys
from vsdesk.sync.enrolment import new_device_id

DEVICE_KEYS = "device_keys"


def device_keys(session: Session, *, create: bool = False) -> PartyKeys | None:
    row = session.get(MetaRow, DEVICE_KEYS)
    if row is not None:
        data = json.loads(row.value)
        return PartyKeys.from_private_bytes(
            data["party_id"],
            base64.b64decode(data["signing"]),
            base64.b64decode(data["encryption"]),
        )
    if not create:
        return None
    return _new_keys(session)


def replace_device_keys(session: Session) -> PartyKeys:
    """A new identity for this vault (re-enrolment); the old private keys are discarded."""
    row = session.get(MetaRow, DEVICE_KEYS)
    if row is not None:
        session.delete(row)
        session.flush()
    return _new_keys(session)


def _new_keys(session: Session) -> PartyKeys:
    keys = PartyKeys.generate(new_device_id())
    signing, encryption = keys.private_bytes()
    value = {
        "party_id": keys.party_id,
        "signing": base64.b64encode(signing).decode("ascii"),
        "encryption": base64.b64encode(encryption).decode("ascii"),
    }
    session.add(MetaRow(key=DEVICE_KEYS, value=json.dumps(value)))
    return keys
