"""Windows version information for the executables, made from pyproject.toml's version.

Explorer's Properties → Details and IT inventory tools read it; there is one version, the
project's, so nothing here is typed twice. Imported by ``vsdesk.spec`` (PyInstaller ignores it
on other systems).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from PyInstaller.utils.win32.versioninfo import (
    FixedFileInfo,
    StringFileInfo,
    StringStruct,
    StringTable,
    VarFileInfo,
    VarStruct,
    VSVersionInfo,
)

ROOT = Path(__file__).resolve().parents[1]


def project_version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(project["project"]["version"])


def numeric(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` → (0, 1, 0, 0): Windows wants four numbers; a suffix (``rc1``) is dropped."""
    parts = [int("".join(c for c in part if c.isdigit()) or 0) for part in version.split(".")]
    padded = (parts + [0, 0, 0, 0])[:4]
    return padded[0], padded[1], padded[2], padded[3]


def version_info(program: str, description: str) -> VSVersionInfo:
    version = project_version()
    number = numeric(version)
    strings = [
        StringStruct("CompanyName", "vsdesk"),
        StringStruct("FileDescription", description),
        StringStruct("FileVersion", version),
        StringStruct("InternalName", program),
        StringStruct("OriginalFilename", f"{program}.exe"),
        StringStruct("ProductName", "vsdesk"),
        StringStruct("ProductVersion", version),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=number, prodvers=number),
        kids=[
            StringFileInfo([StringTable("080904B0", strings)]),  # English (UK), Unicode
            VarFileInfo([VarStruct("Translation", [0x0809, 1200])]),
        ],
    )
