"""The window's settings, typed, read and written in this one place (STYLE lesson 6).

They live beside the vault as ``settings.json`` in the data folder: nothing in them is
personal (a language, minutes, pack defaults), so they are readable before unlocking, which
is what lets the unlock dialog already speak the teacher's language.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from vsdesk.files import write_atomically

FILE_NAME = "settings.json"
AUTO_LOCK_CHOICES = (1, 2, 5, 10, 15, 30, 60)
PACK_LANGUAGES = ("en", "cy", "both")
AUTO_SYNC_MAX_MINUTES = 24 * 60  # the same bound as ``vsdesk sync online --every``


@dataclass(frozen=True)
class Settings:
    language: str = "en"  # en | cy
    auto_lock_minutes: int = 10
    pack_language: str = "both"  # en | cy | both
    pack_include_sensitive: bool = False
    # Background online sync while unlocked, every N minutes; 0 = off. On by default: a
    # teacher who is online should not have to remember to sync (issue 12), and a device
    # with no hub address or no enrolment makes no request at all.
    auto_sync_minutes: int = 30

    def checked(self) -> Settings:
        """Any value out of range (a hand-edited file) falls back to its default."""
        default = Settings()
        return replace(
            self,
            language=self.language if self.language in ("en", "cy") else default.language,
            auto_lock_minutes=self.auto_lock_minutes
            if isinstance(self.auto_lock_minutes, int) and 1 <= self.auto_lock_minutes <= 240
            else default.auto_lock_minutes,
            pack_language=self.pack_language
            if self.pack_language in PACK_LANGUAGES
            else default.pack_language,
            pack_include_sensitive=self.pack_include_sensitive is True,
            auto_sync_minutes=self.auto_sync_minutes
            if type(self.auto_sync_minutes) is int
            and 0 <= self.auto_sync_minutes <= AUTO_SYNC_MAX_MINUTES
            else default.auto_sync_minutes,
        )


def load(directory: Path) -> Settings:
    try:
        raw: Any = json.loads((directory / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in raw.items() if k in known}).checked()


def save(directory: Path, settings: Settings) -> None:
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    data = json.dumps(asdict(settings.checked()), indent=2, sort_keys=True).encode() + b"\n"
    write_atomically(directory / FILE_NAME, data, "settings file")
