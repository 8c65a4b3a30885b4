"""Files of the enrolment exchange, read and written with the same care in the CLI and window.

An invitation is small; anything far larger is refused before it is read, so a wrong file
chosen in a dialog (a film, a disk image) cannot fill the memory.
"""

from __future__ import annotations

from pathlib import Path

from vsdesk.errors import KnownError, UsageError
from vsdesk.files import write_atomically

MAX_INVITE_BYTES = 64 * 1024


def read_invitation(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_INVITE_BYTES:
            raise UsageError("That file is far too large to be an invitation.")
        return path.read_bytes()
    except OSError as error:
        raise KnownError(f"Cannot read that file ({error.strerror}).") from None


def save_request(path: Path, request: bytes) -> None:
    write_atomically(path, request, "enrolment request")
