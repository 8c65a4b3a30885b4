"""The self-test's own error: a check that ran but found something wrong."""

from __future__ import annotations

from vsdesk.errors import VsdeskError


class SelfTestError(VsdeskError):
    """A step's check failed; the message says what, never any data (there is none real)."""

    code = "self-test"
