"""Files of the enrolment exchange, read and written with the same care in the CLI and window.

An invitation is small; the read stops just past its cap, so a wrong file chosen in a
dialog (a film, a disk image, ``/dev/zero``) cannot fill the memory.
"""

from __future__ import annotations

from pathlib import Path

from vsdesk.errors import UsageError
from vsdesk.files import read_capped, write_atomically
from vsdesk.sync.enrolment import MAX_INVITE_BYTES


def read_invitation(path: Path) -> bytes:
    """The invitation's bytes, read before any passphrase is asked for."""
    data = read_capped(path, MAX_INVITE_BYTES)
    if len(data) > MAX_INVITE_BYTES:
        raise UsageError("That file is far too large to be an invitation.")
    return data


def save_request(path: Path, request: bytes) -> None:
    write_atomically(path, request, "enrolment request")
