"""The one passphrase-to-key function both sides use: Argon2id from ``cryptography``.

The vault's and the hub's key files (:mod:`vsdesk.storage.keywrap`) and the enrolment codes
(:mod:`vsdesk.sync.enrolment_codes`) all stretch a secret the same way. It lives here, below
storage and sync, so neither has to import the other for it. The parameters always travel
with what they protect (key file, invitation), so a later default never locks anyone out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

__all__ = ["DEFAULT_KDF", "KEY_BYTES", "MINIMUM_KDF", "TEST_KDF", "KdfParams", "derive"]

KEY_BYTES: Final = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: 64 MiB, 3 passes, 4 lanes takes about 0.2 s on a school laptop."""

    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4


DEFAULT_KDF: Final = KdfParams()
# Far below what protects real data: only for unit tests that create many vaults.
TEST_KDF: Final = KdfParams(memory_kib=8192, iterations=1, lanes=1)
#: The weakest cost any file may ask for; a key file below it is treated as damaged.
MINIMUM_KDF: Final = KdfParams(memory_kib=8192, iterations=1, lanes=1)


def derive(secret: bytes, salt: bytes, params: KdfParams, length: int = KEY_BYTES) -> bytes:
    """Argon2id(secret, salt) at ``params``: ``length`` bytes of key."""
    return Argon2id(
        salt=salt,
        length=length,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)
