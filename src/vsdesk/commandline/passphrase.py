"""Passphrases come from an environment variable or a hidden prompt, never from argv.

Command-line arguments are visible to every user of the machine (``ps``) and end up in shell
history; environment variables and a no-echo prompt do not.
"""

from __future__ import annotations

import getpass
import os
import sys

from vsdesk.errors import UsageError

PASSPHRASE_ENV = "VSDESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "VSDESK_NEW_PASSPHRASE"
MIN_LENGTH = 8


def read_passphrase(env: str = PASSPHRASE_ENV, prompt: str = "Passphrase: ") -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"No passphrase: set {env} or run in a terminal to be asked.")
    return getpass.getpass(prompt)


def read_new_passphrase(env: str = NEW_PASSPHRASE_ENV) -> str:
    """A new passphrase, asked twice when typed, and long enough to resist guessing."""
    value = os.environ.get(env)
    if value is None:
        value = read_passphrase(env, "New passphrase: ")
        if getpass.getpass("Repeat the new passphrase: ") != value:
            raise UsageError("The two passphrases differ; nothing was changed.")
    if len(value) < MIN_LENGTH:
        raise UsageError(f"A passphrase needs at least {MIN_LENGTH} characters.")
    return value
