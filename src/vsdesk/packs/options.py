"""What the teacher chose when printing a pack, as one immutable value.

The printing time is a field (``printed_at``) rather than a clock read deep inside the
renderer, so tests, benchmarks and a re-print of the same pack give the same footer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from vsdesk.clock import system_clock, to_local
from vsdesk.errors import UsageError
from vsdesk.packs.labels import LANGS, Lang


@dataclass(frozen=True)
class PackOptions:
    """How to print one pack.

    ``include_sensitive`` prints the safeguarding fields (placement and carers' addresses,
    contact restrictions); ``blank`` leaves write-in boxes for what the meeting captures;
    ``password`` encrypts the PDF (AES-256) and is never stored or shown (``repr=False``);
    ``meeting_date`` overrides the plan's next meeting; ``printed_at`` defaults to now.
    ``lang`` None follows the pupil's first language (bilingual for a Welsh-first pupil,
    English otherwise); ``open_conflicts`` is the number of sync conflicts the store holds
    for this pupil, for the summary (the pack cannot see the store).
    """

    lang: Lang | None = None
    include_sensitive: bool = False
    blank: bool = False
    password: str | None = field(default=None, repr=False)
    printed_by: str = ""
    printed_at: datetime | None = None
    meeting_date: date | None = None
    open_conflicts: int = 0

    def __post_init__(self) -> None:
        if self.lang is not None and self.lang not in LANGS:
            raise UsageError("The pack language must be en, cy or both.")
        if self.password is not None and not self.password:
            raise UsageError("A pack password cannot be empty; leave it out for no password.")

    def lang_for(self, first_language: str | None) -> Lang:
        """The chosen language, or the pupil's: bilingual for Welsh-first, else English."""
        if self.lang is not None:
            return self.lang
        return "both" if first_language == "welsh" else "en"

    def printed_time(self) -> datetime:
        """When the pack says it was printed: the injected time, or now (to the minute)."""
        return to_local(self.printed_at or system_clock()).replace(second=0, microsecond=0)
