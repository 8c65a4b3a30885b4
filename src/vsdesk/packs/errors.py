"""Errors the meeting pack raises on purpose; messages never name a pupil or quote their data."""

from __future__ import annotations

from vsdesk.errors import VsdeskError


class PackError(VsdeskError):
    """The pack could not be produced (our layout failed); the message is safe to show.

    reportlab's own ``LayoutError`` quotes the text of the flowable that did not fit, which may
    be a pupil's name or their voice; it is replaced by this error, chained to nothing.
    """

    code = "pack"
