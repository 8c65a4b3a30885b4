"""Reading and writing the files officers hand over (CSV exports, invitations, requests).

Errors name the failure (``ENOENT``), never the path: a path may hold a pupil's or a
teacher's name (``siân-jones.csv``), and messages end up in screenshots.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from vsdesk.errors import KnownError, UsageError
from vsdesk.files import read_capped

__all__ = ["check_new_file", "read_capped", "write_new_file"]


def check_new_file(path: Path) -> None:
    """Refuse before doing any work if the output cannot be created."""
    if path.exists():
        raise UsageError("That output file already exists; choose another name.")
    if not path.parent.is_dir():
        raise UsageError("The folder for the output file does not exist.")


def write_new_file(path: Path, data: bytes) -> None:
    """Create ``path`` (never overwrite), owner-readable only, flushed to disk."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except FileExistsError:
        raise UsageError("That output file already exists; choose another name.") from None
    except OSError as error:
        raise KnownError(f"Cannot write that file ({_name(error)}).") from None


def _name(error: OSError) -> str:
    return errno.errorcode.get(error.errno or 0, "unknown error")
