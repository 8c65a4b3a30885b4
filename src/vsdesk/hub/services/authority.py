"""Making a hub and saying what it is: the authority, its profile and its key fingerprint.

``initialise`` writes, in one transaction, the authority's identity (``hub_meta``), its
keys under the passphrase (:mod:`vsdesk.hub.storage.keys`) and its row in ``authorities``
with the default profile for its country, which sync later publishes to every enrolled
device.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vsdesk.domain.profiles import default_profile
from vsdesk.errors import UsageError
from vsdesk.hub.errors import HubDamagedError
from vsdesk.hub.storage import keys
from vsdesk.hub.storage.clock import Clock, to_text, utc_now
from vsdesk.hub.storage.repository import HubRepository
from vsdesk.hub.storage.store import INITIALISED_KEY, HubStore
from vsdesk.kdf import DEFAULT_KDF, KdfParams
from vsdesk.storage.pupil_repository import PupilRepository
from vsdesk.sync.crypto import PartyKeys, PublicIdentity, fingerprint

NAME_KEY, COUNTRY_KEY, CREATED_KEY = "authority_name", "country", "created"
COUNTRIES = ("wales", "england")
MIN_PASSPHRASE = 12
#: An authority id is also a party id and a pupil's ``home_authority``: short and plain.
AUTHORITY_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")


@dataclass(frozen=True)
class HubInfo:
    authority_id: str
    name: str
    country: str
    identity: PublicIdentity

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.identity.key_id)


def slug(name: str) -> str:
    """``"Cardiff Council"`` → ``"cardiff-council"``: the default authority id."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40].strip("-")


def check_authority(name: str, country: str, authority_id: str) -> None:
    if not (0 < len(name.strip()) <= 200 and name.isprintable()):
        raise UsageError("--name must be 1 to 200 characters on one line.")
    if country not in COUNTRIES:
        raise UsageError("--country must be wales or england.")
    if not AUTHORITY_ID.fullmatch(authority_id):
        raise UsageError(
            "The authority id must be 1 to 40 lowercase letters, digits or '-' "
            "(give one with --id)."
        )


def initialise(
    url: str,
    *,
    name: str,
    country: str,
    authority_id: str,
    passphrase: str,
    kdf: KdfParams = DEFAULT_KDF,
    clock: Clock = utc_now,
) -> HubStore:
    """Create the hub at ``url``; refuses an existing one (HubExistsError)."""
    check_authority(name, country, authority_id)
    if len(passphrase) < MIN_PASSPHRASE:
        raise UsageError(f"The hub passphrase needs at least {MIN_PASSPHRASE} characters.")
    store = HubStore.create(url)
    try:
        with store.session() as session:
            keys.store_keys(session, PartyKeys.generate(authority_id), passphrase, kdf)
            PupilRepository(session).save_authority(default_profile(authority_id, name, country))
            repo = HubRepository(session)
            for key, value in ((NAME_KEY, name.strip()), (COUNTRY_KEY, country)):
                repo.set_meta(key, value)
            repo.set_meta(CREATED_KEY, to_text(clock()))
            repo.set_meta(INITIALISED_KEY, authority_id)
    except BaseException:
        store.close()
        raise
    return store


def hub_info(store: HubStore) -> HubInfo:
    """Who this hub is, from ``hub_meta`` (no passphrase needed)."""
    with store.session() as session:
        repo = HubRepository(session)
        authority_id, name, country = (
            repo.meta(INITIALISED_KEY),
            repo.meta(NAME_KEY),
            repo.meta(COUNTRY_KEY),
        )
    identity = keys.authority_identity(store)
    if not (authority_id and name and country) or identity.party_id != authority_id:
        raise HubDamagedError()
    return HubInfo(authority_id, name, country, identity)
