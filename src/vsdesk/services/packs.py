"""Printing meeting packs from the vault: one pupil, or every pupil whose meeting is due.

The pack renderer (reportlab) is imported only when a pack is made: it costs a few hundred
milliseconds that no other command should pay. The service adds what only the store knows:
the open sync conflicts on the pupil, for the pack's summary.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import func, select

from vsdesk.domain.model import Pupil
from vsdesk.domain.profiles import AuthorityProfile
from vsdesk.services.pupils import PupilService
from vsdesk.storage.sync_schema import ConflictRow

if TYPE_CHECKING:
    from vsdesk.packs import PackOptions

Lang = Literal["en", "cy", "both"]


@dataclass(frozen=True)
class PackRequest:
    """``lang`` None follows each pupil's first language; ``printed_by`` is the vault
    owner's name (``init --name``), never the operating-system account."""

    lang: Lang | None = None
    include_sensitive: bool = False
    blank: bool = False
    password: str | None = None
    printed_by: str = ""


def _options(request: PackRequest, open_conflicts: int = 0) -> PackOptions:
    from vsdesk.packs import PackOptions

    return PackOptions(
        lang=request.lang,
        include_sensitive=request.include_sensitive,
        blank=request.blank,
        password=request.password,
        printed_by=request.printed_by,
        open_conflicts=open_conflicts,
    )


def open_conflicts(service: PupilService, pupil_id: str) -> int:
    """Sync conflicts still open on this pupil's record."""
    with service.store.session() as session:
        query = select(func.count()).where(
            ConflictRow.pupil_id == pupil_id, ConflictRow.status == "open"
        )
        return int(session.scalar(query) or 0)


def render_one(service: PupilService, pupil_id: str, request: PackRequest) -> bytes:
    from vsdesk.packs import render_pack

    pupil = service.get(pupil_id)
    options = _options(request, open_conflicts(service, pupil_id))
    return bytes(render_pack(pupil, service.profile_for(pupil), options))


def due_pupils(service: PupilService, start: date, end: date) -> list[Pupil]:
    from vsdesk.packs import pupils_due

    return pupils_due(service.all(), start, end)


def write_due(
    service: PupilService,
    due: list[Pupil],
    folder: Path,
    request: PackRequest,
    force: bool = False,
) -> list[Path]:
    """One pack per pupil in ``due``, written into ``folder``; returns the files, in order."""
    from vsdesk.packs import write_packs

    profiles: dict[str, AuthorityProfile] = {
        p.pupil.home_authority: service.profile_for(p) for p in due
    }
    conflicts = {p.id: open_conflicts(service, p.id) for p in due}
    return list(
        write_packs(due, profiles, folder, _options(request), force=force, conflicts=conflicts)
    )
