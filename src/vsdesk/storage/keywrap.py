"""The vault key, wrapped under the teacher's passphrase (DESIGN §4).

The database is encrypted with a random 32-byte key. That key is stored only wrapped: sealed
with ChaCha20-Poly1305 under a key derived from the passphrase by Argon2id. The KDF
parameters and the format travel in the file and are bound into the seal as associated data,
so nobody can weaken them without the seal failing. Changing the passphrase rewraps these 32
bytes; the data is never re-encrypted.

A SHA-256 checksum over the file's own fields tells a damaged key file (checksum wrong) from a
wrong passphrase (checksum right, seal fails): the two need different advice.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import asdict
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from vsdesk.errors import VaultDamagedError, WrongPassphraseError
from vsdesk.kdf import DEFAULT_KDF, KEY_BYTES, MINIMUM_KDF, KdfParams, derive

FORMAT = "vsdesk-vault-key/1"


def new_vault_key() -> bytes:
    return os.urandom(KEY_BYTES)


def wrap(raw_key: bytes, passphrase: str, params: KdfParams = DEFAULT_KDF) -> bytes:
    """The key file's bytes: ``raw_key`` sealed under ``passphrase``."""
    salt = os.urandom(16)
    nonce = os.urandom(12)
    header = _header(params, salt)
    sealed = ChaCha20Poly1305(_derive(passphrase, params, salt)).encrypt(
        nonce, raw_key, _canonical(header)
    )
    body = header | {"nonce": _b64(nonce), "wrapped": _b64(sealed)}
    return _canonical(body | {"checksum": _checksum(body)}) + b"\n"


def unwrap(key_file: bytes, passphrase: str) -> bytes:
    """The raw vault key, or WrongPassphraseError / VaultDamagedError."""
    body = _parse(key_file)
    params = KdfParams(**body["kdf"]["params"])
    salt = _unb64(body["kdf"]["salt"])
    header = _header(params, salt)
    try:
        return ChaCha20Poly1305(_derive(passphrase, params, salt)).decrypt(
            _unb64(body["nonce"]), _unb64(body["wrapped"]), _canonical(header)
        )
    except InvalidTag:
        raise WrongPassphraseError("Wrong passphrase. The vault is unchanged; try again.") from None


def _parse(key_file: bytes) -> dict[str, Any]:
    damaged = VaultDamagedError(
        "The vault's key file is damaged, so the vault cannot be opened. Restore it from a "
        "backup, or ask your Virtual School to re-enrol this device."
    )
    try:
        body = json.loads(key_file)
        checksum = body.pop("checksum")
        if body.get("format") != FORMAT or checksum != _checksum(body):
            raise damaged
        params = KdfParams(**body["kdf"]["params"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise damaged from None
    _check_params(params, damaged)
    return dict(body)


def _check_params(params: KdfParams, damaged: VaultDamagedError) -> None:
    """Refuse parameters too weak to protect data, or too large to be real."""
    for name, value in asdict(params).items():
        floor = getattr(MINIMUM_KDF, name)
        if not isinstance(value, int) or not floor <= value <= floor * 1024:
            raise damaged


def _derive(passphrase: str, params: KdfParams, salt: bytes) -> bytes:
    return derive(passphrase.encode("utf-8"), salt, params)


def _header(params: KdfParams, salt: bytes) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "aead": "chacha20-poly1305",
        "kdf": {"name": "argon2id", "params": asdict(params), "salt": _b64(salt)},
    }


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode("ascii")


def _checksum(body: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(body)).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)
