"""Printing meeting packs from the vault: one pupil, or every pupil whose meeting is due.

The pack renderer (reportlab) is imported only when a pack is made: it costs a few hundred
milliseconds that no other command should pay.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from vsdesk.domain.profiles import AuthorityProfile
from vsdesk.services.pupils import PupilService

if TYPE_CHECKING:
    from vsdesk.packs import PackOptions

Lang = Literal["en", "cy", "both"]


@dataclass(frozen=True)
class PackRequest:
    lang: Lang = "en"
    include_sensitive: bool = False
    blank: bool = False
    password: str | None = None


def _options(request: PackRequest, printed_by: str) -> PackOptions:
    from vsdesk.packs import PackOptions

    return PackOptions(
        lang=request.lang,
        include_sensitive=request.include_sensitive,
        blank=request.blank,
        password=request.password,
        printed_by=printed_by,
    )


def render_one(service: PupilService, pupil_id: str, request: PackRequest) -> bytes:
    from vsdesk.packs import render_pack

    pupil = service.get(pupil_id)
    return bytes(render_pack(pupil, service.profile_for(pupil), _options(request, service.actor)))


def write_due(
    service: PupilService, start: date, end: date, folder: Path, request: PackRequest
) -> list[Path]:
    from vsdesk.packs import pupils_due, write_packs

    due = pupils_due(service.all(), start, end)
    profiles: dict[str, AuthorityProfile] = {
        p.pupil.home_authority: service.profile_for(p) for p in due
    }
    return list(write_packs(due, profiles, folder, _options(request, service.actor)))
