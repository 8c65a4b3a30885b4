"""Passphrases come from an environment variable or a hidden prompt, never from argv.

Command-line arguments are visible to every user of the machine (``ps``) and end up in shell
history; environment variables and a no-echo prompt do not.

A new passphrase is asked twice when typed, and judged by zxcvbn (Dropbox's estimator, the
field's standard answer: it knows common passwords, names, keyboard walks, dates and
l33t substitutions, which a length rule does not). Score 3 of 4 ("safely unguessable:
moderate protection from an offline attack") is the bar, because a stolen laptop gives an
attacker the vault file to guess against offline, Argon2id or not.
"""

from __future__ import annotations

import getpass
import os
import secrets
import sys
from typing import Final

from vsdesk.errors import UsageError

PASSPHRASE_ENV = "VSDESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "VSDESK_NEW_PASSPHRASE"
MIN_LENGTH: Final = 8
MIN_SCORE: Final = 3
MIN_PDF_PASSWORD: Final = 10
_PDF_ALPHABET: Final = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/l/I


def read_passphrase(env: str = PASSPHRASE_ENV, prompt: str = "Passphrase: ") -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"No passphrase: set {env} or run in a terminal to be asked.")
    return getpass.getpass(prompt)


def read_new_passphrase(env: str = NEW_PASSPHRASE_ENV) -> str:
    """A new passphrase: from ``env``, or typed twice; refused when weak, with the reason."""
    value = os.environ.get(env)
    if value is None:
        value = read_passphrase(env, "New passphrase: ")
        if getpass.getpass("Repeat the new passphrase: ") != value:
            raise UsageError("The two passphrases differ; nothing was changed.")
    check_strength(value)
    return value


def check_strength(passphrase: str) -> None:
    """Refuse a passphrase zxcvbn scores under 3, saying why and what would help."""
    if len(passphrase) < MIN_LENGTH:
        raise UsageError(f"A passphrase needs at least {MIN_LENGTH} characters.")
    from zxcvbn import zxcvbn  # ~0.2 s to load its dictionaries: only when a passphrase is set

    verdict = zxcvbn(passphrase[:100])  # its cost grows with length; 100 is plenty to judge
    if verdict["score"] >= MIN_SCORE:
        return
    feedback = verdict.get("feedback", {})
    reasons = [feedback.get("warning") or "It would be guessed too quickly."]
    reasons += feedback.get("suggestions") or ["Use four or more uncommon words."]
    raise UsageError("That passphrase is too weak. " + " ".join(r for r in reasons if r))


def pdf_password(env_name: str | None, generate: bool) -> str | None:
    """The password for a pack: generated, read from ``env_name``, or none."""
    if generate:
        return "-".join("".join(secrets.choice(_PDF_ALPHABET) for _ in range(5)) for _ in range(4))
    if env_name is None:
        return None
    password = os.environ.get(env_name)
    if not password:
        raise UsageError(f"The environment variable {env_name} holds no password.")
    if len(password) < MIN_PDF_PASSWORD:
        raise UsageError(
            f"A pack password needs {MIN_PDF_PASSWORD} characters or more "
            "(or use --password generate)."
        )
    return password
