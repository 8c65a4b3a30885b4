"""One-time enrolment codes and the keys derived from them (docs/bundle-format.md, §13).

A code is 12 Crockford base32 symbols (60 bits from :mod:`secrets`), read out by phone as
``ABCD-EFGH-JKMN``. Argon2id stretches it with the invitation's salt (about 0.2 s at the
default cost, so guessing 2⁶⁰ codes offline is hopeless); HKDF then splits the result into
two independent keys: one seals the invitation, the other proves in the device's request
that the device knew the code. The hub keeps only the second (sealed to its own key), so it
can check a request without ever storing the code.
"""

from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass, field
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vsdesk.kdf import MINIMUM_KDF, KdfParams, derive
from vsdesk.sync.enrolment_errors import MalformedCodeError

__all__ = [
    "CODE_ALPHABET",
    "CODE_LENGTH",
    "MAXIMUM_KDF",
    "CodeKeys",
    "derive_code_keys",
    "format_code",
    "kdf_in_bounds",
    "new_code",
    "normalise_code",
    "proof_tag",
    "proof_matches",
]

#: Crockford's base32: no I, L, O or U, so nothing is misheard or misread.
CODE_ALPHABET: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH: Final = 12  # 12 × 5 bits = 60 bits
#: Largest cost an invitation may ask for: a hostile file must not stall a laptop.
MAXIMUM_KDF: Final = KdfParams(memory_kib=512 * 1024, iterations=10, lanes=8)
_CONFUSABLE: Final = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEAL_INFO: Final = b"vsdesk-invite/1 seal key"
_PROOF_INFO: Final = b"vsdesk-invite/1 proof key"
_PROOF_DOMAIN: Final = b"vsdesk-enrol-proof/1\n"


@dataclass(frozen=True)
class CodeKeys:
    """The two keys one code and salt give: ``seal_key`` and ``proof_key`` (32 bytes each)."""

    seal_key: bytes = field(repr=False)
    proof_key: bytes = field(repr=False)


def new_code() -> str:
    """A fresh code, grouped for reading aloud (``ABCD-EFGH-JKMN``)."""
    return format_code("".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH)))


def format_code(symbols: str) -> str:
    return "-".join(symbols[i : i + 4] for i in range(0, len(symbols), 4))


def normalise_code(typed: str) -> str:
    """What was typed → the 12 symbols: case, spaces and dashes ignored, O/I/L read as 0/1."""
    if not isinstance(typed, str) or len(typed) > 64:
        raise MalformedCodeError()
    symbols = "".join(typed.split()).replace("-", "").upper().translate(_CONFUSABLE)
    if len(symbols) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in symbols):
        raise MalformedCodeError()
    return symbols


def kdf_in_bounds(params: KdfParams) -> bool:
    """Between the weakest cost that protects anything and the largest a file may demand."""
    floor, ceiling = asdict(MINIMUM_KDF), asdict(MAXIMUM_KDF)
    return all(
        isinstance(value, int) and not isinstance(value, bool)
        and floor[name] <= value <= ceiling[name]
        for name, value in asdict(params).items()
    )  # fmt: skip


def derive_code_keys(code: str, salt: bytes, params: KdfParams) -> CodeKeys:
    """Argon2id(code, salt) → HKDF → (seal key, proof key). ``code`` is normalised first."""
    stretched = derive(normalise_code(code).encode("ascii"), salt, params)
    return CodeKeys(_expand(stretched, _SEAL_INFO), _expand(stretched, _PROOF_INFO))


def _expand(secret: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


def proof_tag(proof_key: bytes, message: bytes) -> bytes:
    """HMAC-SHA256 under the proof key, over a domain-separated message."""
    mac = hmac.HMAC(proof_key, hashes.SHA256())
    mac.update(_PROOF_DOMAIN + message)
    return mac.finalize()


def proof_matches(proof_key: bytes, message: bytes, tag: bytes) -> bool:
    """Constant-time check of :func:`proof_tag` (``cryptography``'s own ``verify``)."""
    mac = hmac.HMAC(proof_key, hashes.SHA256())
    mac.update(_PROOF_DOMAIN + message)
    try:
        mac.verify(tag)
    except InvalidSignature:
        return False
    return True
