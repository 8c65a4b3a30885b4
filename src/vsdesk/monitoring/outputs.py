"""The folder a report is written to, and reading the files a command is given.

Outputs are written whole (:func:`vsdesk.files.write_atomically`); an existing file of the
same name is refused rather than overwritten, so last term's return is never lost by a typo.
"""

from __future__ import annotations

from pathlib import Path

from vsdesk.errors import KnownError, UsageError
from vsdesk.files import errno_name, write_atomically


def prepare_folder(folder: Path, names: list[str]) -> None:
    """Create ``folder`` if needed; refuse before any work if an output already exists."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise KnownError(f"Cannot create the output folder ({errno_name(error)}).") from None
    if not folder.is_dir():
        raise UsageError("--out must be a folder.")
    taken = [name for name in names if (folder / name).exists()]
    if taken:
        raise UsageError(
            f"{', '.join(taken)} already exist(s) in that folder; choose another --out."
        )


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    write_atomically(path, data, what=name)
    return path


def read_capped(path: Path, cap: int) -> bytes:
    try:
        with path.open("rb") as stream:
            data = stream.read(cap + 1)
    except OSError as error:
        raise KnownError(f"Cannot read {path.name} ({errno_name(error)}).") from None
    if len(data) > cap:
        raise UsageError(f"{path.name} is larger than {cap // (1024 * 1024)} MiB.")
    return data
