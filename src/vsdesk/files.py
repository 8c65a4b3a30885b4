"""Writing files so that a crash leaves the old file or the new one, never half of either.

One helper for every file vsdesk writes whole (bundles, packs, enrolment requests, the
vault's key file): a temporary file in the same folder under a random name that says nothing
about its contents, readable by its owner only, flushed, renamed over the target, and the
folder entry flushed too. A failure becomes a :class:`KnownError` naming only the errno
(``ENOSPC``): the OS message holds the path, and a path may hold a pupil's name.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from vsdesk.errors import KnownError


def write_atomically(path: Path, data: bytes, what: str = "file") -> None:
    """Replace ``path`` with ``data``; ``what`` names the file in an error ("meeting pack")."""
    temp = path.parent / f".vsdesk-{secrets.token_hex(8)}.tmp"
    try:
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        sync_directory(path.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise KnownError(
            f"The {what} could not be saved. Check that the folder exists, that you may write "
            f"to it and that the disk is not full ({errno_name(error)})."
        ) from None


def sync_directory(directory: Path) -> None:
    """Flush a rename itself (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def errno_name(error: OSError) -> str:
    """A symbolic errno tells support what failed without the path."""
    return errno.errorcode.get(error.errno or 0, "unknown error")


def read_capped(path: Path, cap: int) -> bytes:
    """At most ``cap + 1`` bytes, so the caller can refuse an oversized file itself.

    The read is capped rather than checked by size first: a file that grows after the check,
    or an endless one (``/dev/zero``), cannot fill the memory either.
    """
    try:
        with path.open("rb") as stream:
            return stream.read(cap + 1)
    except OSError as error:
        raise KnownError(f"Cannot read that file ({errno_name(error)}).") from None
