"""Why an invitation or an enrolment request was refused: one subclass per reason.

All derive from :class:`~vsdesk.errors.EnrolmentError` with a stable ``code``; their messages
say what to do next and never quote the file, the code, names or ids. Every refusal happens
before anything is stored, so each can say that nothing was changed.

Tree (all direct subclasses of ``EnrolmentError``)::

    NotAnInvitationError          enrolment-not-an-invitation   not ours, damaged, too big
    NotARequestError              enrolment-not-a-request       not ours, damaged, too big
    UnsupportedEnrolmentVersionError  enrolment-unsupported-version  a newer vsdesk made it
    MalformedCodeError            enrolment-malformed-code      not 12 letters and digits
    WrongCodeError                enrolment-wrong-code          wrong code or damaged file
    InviteExpiredError            enrolment-invite-expired
    InviteUsedError               enrolment-invite-used         one-time: already used
    UnknownInviteError            enrolment-unknown-invite      not issued by this hub
    WrongAuthorityError           enrolment-wrong-authority     made for another hub/key
    RequestDamagedError           enrolment-request-damaged     will not decrypt or verify
    BadProofError                 enrolment-bad-proof           not made with the code
    InvalidLabelError             enrolment-invalid-label       device label unusable
    DeviceExistsError             enrolment-device-exists       device already enrolled
"""

from __future__ import annotations

from vsdesk.errors import NOTHING_CHANGED, EnrolmentError

__all__ = [
    "BadProofError",
    "DeviceExistsError",
    "InvalidLabelError",
    "InviteExpiredError",
    "InviteUsedError",
    "MalformedCodeError",
    "NotARequestError",
    "NotAnInvitationError",
    "RequestDamagedError",
    "UnknownInviteError",
    "UnsupportedEnrolmentVersionError",
    "WrongAuthorityError",
    "WrongCodeError",
]


class NotAnInvitationError(EnrolmentError):
    code = "enrolment-not-an-invitation"
    default_message = (
        "This file is not a vsdesk invitation, or it is damaged. Ask your Virtual School "
        "for a new invitation. " + NOTHING_CHANGED
    )


class NotARequestError(EnrolmentError):
    code = "enrolment-not-a-request"
    default_message = (
        "This file is not a vsdesk enrolment request, or it is damaged. Ask the teacher to "
        "send it again. " + NOTHING_CHANGED
    )


class UnsupportedEnrolmentVersionError(EnrolmentError):
    code = "enrolment-unsupported-version"
    default_message = (
        "This file was made by a newer version of vsdesk. Update vsdesk. " + NOTHING_CHANGED
    )


class MalformedCodeError(EnrolmentError):
    code = "enrolment-malformed-code"
    default_message = (
        "An enrolment code is 12 letters and digits, like ABCD-EFGH-JKMN. Check the code "
        "you were given. " + NOTHING_CHANGED
    )


class WrongCodeError(EnrolmentError):
    code = "enrolment-wrong-code"
    default_message = (
        "Wrong code or damaged invitation. Check the code you were given by phone; if it "
        "is right, ask your Virtual School for a new invitation. " + NOTHING_CHANGED
    )


class InviteExpiredError(EnrolmentError):
    code = "enrolment-invite-expired"
    default_message = (
        "This invitation has expired. Ask your Virtual School for a new one. " + NOTHING_CHANGED
    )


class InviteUsedError(EnrolmentError):
    code = "enrolment-invite-used"
    default_message = (
        "This invitation has already been used to enrol a device; each one works once. "
        "Issue a new invitation if another device is needed. " + NOTHING_CHANGED
    )


class UnknownInviteError(EnrolmentError):
    code = "enrolment-unknown-invite"
    default_message = (
        "This request answers an invitation this hub did not issue (or no longer holds). "
        + NOTHING_CHANGED
    )


class WrongAuthorityError(EnrolmentError):
    code = "enrolment-wrong-authority"
    default_message = (
        "This request was made for a different Virtual School (or for an older key of "
        "this one). " + NOTHING_CHANGED
    )


class RequestDamagedError(EnrolmentError):
    code = "enrolment-request-damaged"
    default_message = (
        "This request was altered or damaged after it was made, so it is not trusted. Ask "
        "the teacher to send it again. " + NOTHING_CHANGED
    )


class BadProofError(EnrolmentError):
    code = "enrolment-bad-proof"
    default_message = (
        "This request was not made with the invitation's one-time code, so it is not "
        "trusted. " + NOTHING_CHANGED
    )


class InvalidLabelError(EnrolmentError):
    code = "enrolment-invalid-label"
    default_message = (
        "A device label is at most 100 characters on one line (for example 'School laptop'). "
        + NOTHING_CHANGED
    )


class DeviceExistsError(EnrolmentError):
    code = "enrolment-device-exists"
    default_message = (
        "This device (or its key) is already enrolled. A device re-enrols with new keys. "
        + NOTHING_CHANGED
    )
