"""The one exception tree of vsdesk.

Every error a teacher (or an authority officer) may see derives from :class:`VsdeskError`.
Its message is written to be shown as it is: it says what went wrong and what to do, and it
never carries personal data (no pupil names, UPNs, addresses or free text), because messages
end up in terminals, screenshots and support e-mails.

Each class has a stable ``code`` so that tests, negative test vectors and the CLI can tell
errors apart without matching on wording (which is translated).

Tree::

    VsdeskError
    ├── KnownError                 the environment's fault (disk full, permissions, I/O)
    ├── UsageError                 the caller asked for something malformed
    ├── NotFoundError              no such pupil / teacher / device / authority
    ├── ValidationError            a value breaks a PEP rule (names the field path)
    ├── VaultError
    │   ├── VaultMissingError, VaultExistsError, VaultLockedError
    │   ├── WrongPassphraseError
    │   └── VaultDamagedError      integrity: the file was altered, truncated or corrupted
    ├── BundleError                see vsdesk.sync (every reader failure is one of these)
    ├── EnrolmentError
    └── TransportError
"""

from __future__ import annotations

from typing import ClassVar

NOTHING_CHANGED = "Nothing was changed."


class VsdeskError(Exception):
    """Root of every error vsdesk raises on purpose; ``str()`` is fit to show a teacher.

    A class may set ``default_message`` so that raising it needs no words at the call site
    (``raise WrongCodeError()``): the wording lives once, beside the error it describes.
    """

    code = "error"
    default_message: ClassVar[str] = "That could not be done. " + NOTHING_CHANGED

    def __init__(self, message: str | None = None) -> None:
        message = message or self.default_message
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class KnownError(VsdeskError):
    """The environment failed (disk, permissions), not vsdesk: no traceback is owed."""

    code = "environment"


class UsageError(VsdeskError):
    """The request itself is malformed (bad field path, bad option value)."""

    code = "usage"


class NotFoundError(VsdeskError):
    """A named record (pupil, teacher, device, authority) does not exist here."""

    code = "not-found"


class ValidationError(VsdeskError):
    """A value breaks a rule of the PEP; ``field`` is the field path, never the value."""

    code = "invalid"

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class VaultError(VsdeskError):
    """Something about the encrypted vault as a whole."""

    code = "vault"


class VaultMissingError(VaultError):
    code = "vault-missing"


class VaultExistsError(VaultError):
    code = "vault-exists"


class VaultLockedError(VaultError):
    code = "vault-locked"


class WrongPassphraseError(VaultError):
    """The passphrase did not unwrap the vault key; the files are known to be intact."""

    code = "wrong-passphrase"


class VaultDamagedError(VaultError):
    """The vault's files fail their integrity checks (altered, truncated or corrupted)."""

    code = "vault-damaged"


class BundleError(VsdeskError):
    """A sync bundle was refused; nothing was changed. Subclasses live in vsdesk.sync."""

    code = "bundle"
    default_message: ClassVar[str] = "This bundle was refused. " + NOTHING_CHANGED


class EnrolmentError(VsdeskError):
    code = "enrolment"
    default_message: ClassVar[str] = "The enrolment was refused. " + NOTHING_CHANGED


class TransportError(KnownError):
    code = "transport"
