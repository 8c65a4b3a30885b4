"""Why a bundle was refused: one :class:`~vsdesk.errors.BundleError` subclass per reason.

Every refusal happens before anything is changed, so each message can honestly say that
nothing was applied, and what the teacher (or the authority's officer) can do next. The
messages never quote the bundle's contents, party ids or file names: they end up in
screenshots and support e-mails. What a support person needs to tell cases apart is the
stable ``code``, which the negative test vectors also name.

Tree (all direct subclasses of ``BundleError``)::

    BundleTooLargeError           bundle-too-large          file over the size cap
    BundleTruncatedError          bundle-truncated          file ends early (bad copy)
    NotABundleError               not-a-bundle              no magic line: some other file
    UnsupportedBundleVersionError bundle-unsupported-version  made by a newer vsdesk
    MalformedBundleHeaderError    bundle-malformed-header   header breaks the format rules
    UnknownSenderError            bundle-unknown-sender     sender key not in the keyring
    RevokedSenderError            bundle-revoked-sender     sender key revoked
    BadSignatureError             bundle-bad-signature      altered after signing
    WrongRecipientError           bundle-wrong-recipient    addressed to someone else
    BundleAlreadyAppliedError     bundle-already-applied    replay: harmless, exit 0
    BundleGapError                bundle-gap                an earlier bundle is missing
    BundleForkError               bundle-fork               two different bundles, one place
    BundleRollbackError           bundle-rollback           older than what was applied
    BundleExpiredError            bundle-expired            past its expiry (freeze attack)
    BundleDecryptError            bundle-decrypt-failed     signed, but will not decrypt
    PayloadTooLargeError          bundle-payload-too-large  inflates past its declared size
    PayloadInvalidError           bundle-payload-invalid    contents break the schema
    WrongKindError                bundle-wrong-kind         meant for the other side
    UnsupportedSchemaError        bundle-unsupported-schema payload schema unknown here
    ForbiddenChangeError          bundle-forbidden-change   a change its sender may not make
"""

from __future__ import annotations

from typing import ClassVar

from vsdesk.errors import NOTHING_CHANGED, BundleError

__all__ = [
    "BadSignatureError",
    "BundleAlreadyAppliedError",
    "BundleDecryptError",
    "BundleExpiredError",
    "BundleForkError",
    "BundleGapError",
    "BundleRollbackError",
    "BundleTooLargeError",
    "BundleTruncatedError",
    "ForbiddenChangeError",
    "MalformedBundleHeaderError",
    "NotABundleError",
    "PayloadInvalidError",
    "PayloadTooLargeError",
    "RevokedSenderError",
    "UnknownSenderError",
    "UnsupportedBundleVersionError",
    "UnsupportedSchemaError",
    "WrongKindError",
    "WrongRecipientError",
]


class BundleTooLargeError(BundleError):
    code = "bundle-too-large"
    default_message = (
        "This bundle file is larger than vsdesk accepts, so it was not opened. " + NOTHING_CHANGED
    )


class BundleTruncatedError(BundleError):
    code = "bundle-truncated"
    default_message = (
        "This bundle file is incomplete; it was probably cut short while being copied or "
        "downloaded. Copy it again. " + NOTHING_CHANGED
    )


class NotABundleError(BundleError):
    code = "not-a-bundle"
    default_message = "This file is not a vsdesk bundle. " + NOTHING_CHANGED


class UnsupportedBundleVersionError(BundleError):
    code = "bundle-unsupported-version"
    default_message = (
        "This bundle was made by a newer version of vsdesk. Update vsdesk, then open it "
        "again. " + NOTHING_CHANGED
    )


class MalformedBundleHeaderError(BundleError):
    code = "bundle-malformed-header"
    default_message = (
        "This bundle's header is damaged or not in the expected form, so it cannot be "
        "trusted. Ask for it to be sent again. " + NOTHING_CHANGED
    )


class UnknownSenderError(BundleError):
    code = "bundle-unknown-sender"
    default_message = (
        "This bundle comes from a device or virtual school that this computer does not "
        "know. If you expected it, ask your virtual school to check your enrolment. "
        + NOTHING_CHANGED
    )


class RevokedSenderError(BundleError):
    code = "bundle-revoked-sender"
    default_message = (
        "This bundle comes from a revoked device or a withdrawn key, so it is not trusted. "
        + NOTHING_CHANGED
    )


class BadSignatureError(BundleError):
    code = "bundle-bad-signature"
    default_message = (
        "This bundle was altered or damaged after it was signed, so it is not trusted. "
        "Ask for it to be sent again. " + NOTHING_CHANGED
    )


class WrongRecipientError(BundleError):
    code = "bundle-wrong-recipient"
    default_message = (
        "This bundle is addressed to a different device or virtual school, not to this "
        "one. " + NOTHING_CHANGED
    )


class BundleAlreadyAppliedError(BundleError):
    """A replay. Harmless: callers report it and finish successfully (exit status 0)."""

    code = "bundle-already-applied"
    harmless: ClassVar[bool] = True
    default_message = "This bundle has already been applied. " + NOTHING_CHANGED


class BundleGapError(BundleError):
    """An earlier bundle in the sequence has not been applied; ``missing`` names it."""

    code = "bundle-gap"

    def __init__(self, missing: int) -> None:
        super().__init__(
            f"Bundle number {missing} from this sender has not been applied yet, and "
            "bundles must be applied in order. Apply that one first, or ask for it to be "
            "sent again. " + NOTHING_CHANGED
        )
        self.missing = missing


class BundleForkError(BundleError):
    """Two different bundles claim the same place in the chain: a serious alarm."""

    code = "bundle-fork"
    default_message = (
        "This bundle conflicts with one already applied from the same sender (two "
        "different bundles claim the same place). This may mean tampering or a restored "
        "backup. Contact your virtual school. " + NOTHING_CHANGED
    )


class BundleRollbackError(BundleError):
    code = "bundle-rollback"
    default_message = (
        "This bundle is older than what has already been applied from the same sender, "
        "so it was refused. " + NOTHING_CHANGED
    )


class BundleExpiredError(BundleError):
    code = "bundle-expired"
    default_message = "This bundle has expired. Ask for a new one to be sent. " + NOTHING_CHANGED


class BundleDecryptError(BundleError):
    code = "bundle-decrypt-failed"
    default_message = (
        "This bundle could not be decrypted with this computer's key. It may have been "
        "made for an older enrolment. Ask for it to be sent again. " + NOTHING_CHANGED
    )


class PayloadTooLargeError(BundleError):
    code = "bundle-payload-too-large"
    default_message = (
        "This bundle's contents are larger than declared or than vsdesk accepts, so it "
        "was not opened. " + NOTHING_CHANGED
    )


class PayloadInvalidError(BundleError):
    """The decrypted contents break the format or the schema; ``field`` is a path or None."""

    code = "bundle-payload-invalid"

    def __init__(self, field: str | None = None) -> None:
        super().__init__(
            "This bundle's contents are not in the expected form, so none of it was "
            "applied. Ask for it to be sent again. " + NOTHING_CHANGED
        )
        self.field = field


class WrongKindError(BundleError):
    """A bundle meant for the other side (or not a sync bundle), e.g. a device's bundle
    imported on a device. The message says where it belongs."""

    code = "bundle-wrong-kind"

    def __init__(self, belongs: str) -> None:
        super().__init__(
            f"This bundle is {belongs}, so it cannot be imported here. " + NOTHING_CHANGED
        )
        self.belongs = belongs


class UnsupportedSchemaError(BundleError):
    """The payload's schema version is one this vsdesk does not read."""

    code = "bundle-unsupported-schema"

    def __init__(self, newer: bool) -> None:
        advice = (
            "made by a newer version of vsdesk: update vsdesk, then import it again"
            if newer
            else "made by an older version of vsdesk that this one no longer reads: ask "
            "for it to be sent again from an up-to-date vsdesk"
        )
        super().__init__(f"This bundle's contents were {advice}. " + NOTHING_CHANGED)
        self.newer = newer


class ForbiddenChangeError(BundleError):
    """A change its sender has no right to make (sync/rights.py): the whole bundle is
    refused. ``field`` is the field path (``""``: a whole plan or pupil); never a value."""

    code = "bundle-forbidden-change"

    def __init__(self, field: str, reason: str) -> None:
        named = f"'{field}'" if field else "a whole record"
        super().__init__(
            f"This bundle changes {named}, which is not allowed: {reason}. The whole "
            "bundle was refused. " + NOTHING_CHANGED
        )
        self.field = field
        self.reason = reason
