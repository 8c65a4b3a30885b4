"""Icons from the SVGs shipped in ``vsdesk/ui/icons`` (sources: ``resources/icons``).

An icon is always shown with its text beside it, never alone (docs/ui.md).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICONS = Path(__file__).parent / "icons"


@cache
def icon(name: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("vsdesk")
