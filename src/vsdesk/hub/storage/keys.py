"""The authority's own keys (signing and encryption), kept in ``hub_meta`` under a passphrase.

The raw private keys are sealed with ChaCha20-Poly1305 under a random 32-byte key, and that
key is wrapped under the hub passphrase with :mod:`vsdesk.storage.keywrap` (Argon2id), as a
vault key is. So the database alone, or a backup of it, holds no usable private key, and a
new passphrase rewraps 32 bytes. The public identity is stored beside them in clear: listing,
fingerprints and invitations need no passphrase, and the seal binds that identity as
associated data, so the public half cannot be swapped without the private half failing.
"""

from __future__ import annotations

import base64
import binascii
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from sqlalchemy.orm import Session

from vsdesk.errors import VaultDamagedError, WrongPassphraseError
from vsdesk.hub.errors import HubDamagedError
from vsdesk.hub.storage.schema import HubMetaRow
from vsdesk.hub.storage.store import HubStore
from vsdesk.kdf import DEFAULT_KDF, KdfParams
from vsdesk.storage import keywrap
from vsdesk.sync.bundle_format import encode_canonical
from vsdesk.sync.crypto import KEY_SIZE, PartyKeys, PublicIdentity

PUBLIC_KEY = "authority_key.public"
WRAPPED_KEY = "authority_key.wrap"
SEALED_KEY = "authority_key.sealed"
_AAD_PREFIX = b"vsdesk-hub-keys/1\n"
_NONCE_SIZE = 12


def store_keys(
    session: Session, keys: PartyKeys, passphrase: str, kdf: KdfParams = DEFAULT_KDF
) -> None:
    """Add the three ``hub_meta`` rows that hold ``keys`` (at ``init``)."""
    identity = keys.public()
    seal_key = keywrap.new_vault_key()
    nonce = os.urandom(_NONCE_SIZE)
    sealed = ChaCha20Poly1305(seal_key).encrypt(
        nonce, b"".join(keys.private_bytes()), _aad(identity)
    )
    rows = {
        PUBLIC_KEY: encode_canonical(identity.to_dict()).decode("utf-8"),
        WRAPPED_KEY: keywrap.wrap(seal_key, passphrase, kdf).decode("ascii"),
        SEALED_KEY: base64.b64encode(nonce + sealed).decode("ascii"),
    }
    session.add_all(HubMetaRow(key=key, value=value) for key, value in rows.items())


def authority_identity(store: HubStore) -> PublicIdentity:
    """The authority's public identity (no passphrase needed)."""
    return _identity(store.meta(PUBLIC_KEY))


def load_keys(store: HubStore, passphrase: str) -> PartyKeys:
    """The authority's private keys; WrongPassphraseError or HubDamagedError otherwise."""
    identity = _identity(store.meta(PUBLIC_KEY))
    seal_key = _unwrap(store.meta(WRAPPED_KEY), passphrase)
    raw = _open(store.meta(SEALED_KEY), seal_key, identity)
    try:
        keys = PartyKeys.from_private_bytes(identity.party_id, raw[:KEY_SIZE], raw[KEY_SIZE:])
    except ValueError:
        raise HubDamagedError() from None
    if keys.public() != identity:
        raise HubDamagedError()
    return keys


def _identity(stored: str | None) -> PublicIdentity:
    try:
        return PublicIdentity.from_dict(json.loads(stored or ""))
    except ValueError:
        raise HubDamagedError() from None


def _unwrap(wrapped: str | None, passphrase: str) -> bytes:
    try:
        return keywrap.unwrap((wrapped or "").encode("utf-8"), passphrase)
    except WrongPassphraseError:
        raise WrongPassphraseError(
            "Wrong hub passphrase. Nothing was changed; try again."
        ) from None
    except VaultDamagedError:
        raise HubDamagedError() from None


def _open(sealed: str | None, seal_key: bytes, identity: PublicIdentity) -> bytes:
    try:
        blob = base64.b64decode((sealed or "").encode("ascii"), validate=True)
        nonce, ciphertext = blob[:_NONCE_SIZE], blob[_NONCE_SIZE:]
        raw = ChaCha20Poly1305(seal_key).decrypt(nonce, ciphertext, _aad(identity))
    except (InvalidTag, ValueError, binascii.Error):
        raise HubDamagedError() from None
    if len(raw) != 2 * KEY_SIZE:
        raise HubDamagedError()
    return raw


def _aad(identity: PublicIdentity) -> bytes:
    return _AAD_PREFIX + encode_canonical(identity.to_dict())
