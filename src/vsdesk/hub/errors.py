"""Why the hub refused: :class:`HubError` subclasses, each with a stable ``code``.

Messages never carry personal data, and never the database URL (it may hold a password).
Unknown teachers, pupils and devices are :class:`~vsdesk.errors.NotFoundError`; a wrong
passphrase is :class:`~vsdesk.errors.WrongPassphraseError`, as in the vault.

Tree::

    HubError
    ├── HubMissingError    no hub initialised at this folder / URL
    ├── HubExistsError     ``init`` on a hub that already exists
    └── HubDamagedError    the authority's stored keys fail their checks
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

    def __init__(self) -> None:
        super().__init__(
            "The authority's stored keys are damaged, so they cannot be used. Restore the "
            "hub database from a backup."
        )
