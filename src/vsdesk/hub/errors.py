"""Why the hub refused: :class:`HubError` subclasses, each with a stable ``code``.

Messages never carry personal data, and never the database URL (it may hold a password).
Unknown teachers, pupils and devices are :class:`~vsdesk.errors.NotFoundError`; a wrong
passphrase is :class:`~vsdesk.errors.WrongPassphraseError`, as in the vault.

Tree::

    HubError
    ├── HubMissingError    no hub initialised at this folder / URL
    ├── HubExistsError     ``init`` on a hub that already exists
    ├── HubDamagedError    the authority's stored keys, the database or its key file fail
    │                      their checks
    └── HubNotEncryptedError  a SQLite hub made before hubs were encrypted: run ``upgrade``
"""

from __future__ import annotations

from vsdesk.errors import VsdeskError


class HubError(VsdeskError):
    code = "hub"


class HubMissingError(HubError):
    code = "hub-missing"

    def __init__(self) -> None:
        super().__init__(
            "There is no hub here yet. Create one with 'vsdesk-hub init --name NAME' "
            "(check --data or --db)."
        )


class HubExistsError(HubError):
    code = "hub-exists"

    def __init__(self) -> None:
        super().__init__("A hub already exists here; nothing was changed.")


class HubDamagedError(HubError):
    code = "hub-damaged"

    KEYS = (
        "The authority's stored keys are damaged, so they cannot be used. Restore the "
        "hub database from a backup."
    )
    DATABASE = (
        "The hub database failed its integrity check (it was altered, truncated or "
        "corrupted, or its key file belongs to another hub). Nothing was changed. Restore "
        "the hub folder from a backup."
    )
    KEY_FILE = (
        "The hub's key file (hub.key beside the database) is missing or damaged, so the "
        "database cannot be opened. Restore the hub folder from a backup."
    )

    def __init__(self, message: str = KEYS) -> None:
        super().__init__(message)


class HubNotEncryptedError(HubError):
    code = "hub-not-encrypted"

    def __init__(self) -> None:
        super().__init__(
            "This hub's database was made by an older vsdesk and is not encrypted. Back up "
            "the hub folder, then run 'vsdesk-hub upgrade' once to encrypt it under the hub "
            "passphrase (docs/hub.md)."
        )
