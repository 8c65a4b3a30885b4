"""Where a command may write a file: never over an existing one without ``--force``, and
never into the data folder, not even with ``--force``.

The data folder holds the vault, its key file and its journal; a pack or a bundle written
there could overwrite one of them (the vault is then lost) or sit beside them unencrypted
in a backup nobody thought held plain personal data.
"""

from __future__ import annotations

from pathlib import Path

from vsdesk.errors import UsageError


def checked_output(path: Path, data_dir: Path, force: bool, suffix: str = "") -> Path:
    """``path`` (with ``suffix`` added when missing), if the command may write it."""
    if suffix and path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    refuse_data_folder(path.parent, data_dir)
    if path.is_dir():
        raise UsageError("--out names a folder; give a file name.")
    if path.exists() and not force:
        raise UsageError(f"{path.name} already exists; add --force to replace it.")
    return path


def checked_folder(folder: Path, data_dir: Path) -> Path:
    """A folder for output files, made if missing; never the data folder or inside it."""
    refuse_data_folder(folder, data_dir)
    if folder.exists() and not folder.is_dir():
        raise UsageError("--out names a file; give a folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise UsageError("The folder for the packs could not be created.") from None
    return folder


def refuse_data_folder(folder: Path, data_dir: Path) -> None:
    """Refuse the data folder itself and any folder under it (the Desktop is fine)."""
    target, data = _resolved(folder), _resolved(data_dir)
    if target == data or data in target.parents:
        raise UsageError(
            "That is the data folder, which holds the encrypted vault; write files elsewhere."
        )


def existing_files(paths: list[Path]) -> list[Path]:
    return [path for path in paths if path.exists()]


def _resolved(path: Path) -> Path:
    return path.expanduser().resolve(strict=False)
