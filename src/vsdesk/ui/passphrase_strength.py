"""How strong a new passphrase is, by zxcvbn (Dropbox's estimator), in the teacher's language.

A vault of children's records wants a passphrase that survives an offline guessing attack on
a stolen laptop: zxcvbn's score 3 ("safely unguessable: moderate protection from offline
slow-hash scenario") is the floor; Argon2id then slows each guess further.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from zxcvbn import zxcvbn

MIN_SCORE = 3
MAX_CHECKED_LENGTH = 100  # zxcvbn slows down on very long input; longer is strong anyway


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool


def strength(passphrase: str, context: list[str] | None = None) -> Strength:
    if not passphrase:
        return Strength(0, False)
    result = zxcvbn(passphrase[:MAX_CHECKED_LENGTH], user_inputs=context or [])
    score = int(result["score"])
    return Strength(score, score >= MIN_SCORE)


def describe(score: int) -> str:
    words = (
        QCoreApplication.translate("Strength", "Very weak"),
        QCoreApplication.translate("Strength", "Weak"),
        QCoreApplication.translate("Strength", "Fair"),
        QCoreApplication.translate("Strength", "Strong"),
        QCoreApplication.translate("Strength", "Very strong"),
    )
    return words[max(0, min(score, 4))]
