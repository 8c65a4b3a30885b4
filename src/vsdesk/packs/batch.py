"""Print a run of packs: every pupil whose next meeting falls in a window, one file each.

File names carry the pupil's opaque id and the meeting date, never a name, initials or
school: folder listings, print queues, e-mail attachments and backup logs all show file
names. Each file is written atomically (a random temporary name in the same folder, flushed,
then renamed), so a crash leaves a whole pack or none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Final

from vsdesk.domain.model import Pupil
from vsdesk.domain.profiles import AuthorityProfile
from vsdesk.errors import KnownError, NotFoundError, UsageError
from vsdesk.files import write_atomically
from vsdesk.packs.facts import meeting_day
from vsdesk.packs.options import PackOptions
from vsdesk.packs.render import render_pack

_SAFE_ID: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")


def pupils_due(pupils: Iterable[Pupil], start: date, end: date) -> list[Pupil]:
    """Pupils whose current plan's next meeting is in ``[start, end]``, soonest first."""
    if end < start:
        raise UsageError("The end of the date range is before its start.")
    due = [
        (day, pupil)
        for pupil in pupils
        if (day := meeting_day(pupil, None)) is not None and start <= day <= end
    ]
    due.sort(key=lambda pair: (pair[0], pair[1].id))
    return [pupil for _, pupil in due]


def pack_filename(pupil: Pupil, day: date | None) -> str:
    """``pep-pack-<pupil id>-<YYYY-MM-DD>.pdf``; the id must be a plain record id."""
    if not _SAFE_ID.match(pupil.id):
        raise UsageError("A pupil id is not in the expected form; no pack file was written.")
    return f"pep-pack-{pupil.id}-{day.isoformat() if day else 'undated'}.pdf"


def write_packs(
    pupils: Iterable[Pupil],
    profiles: Mapping[str, AuthorityProfile],
    folder: Path,
    options: PackOptions,
    *,
    force: bool = False,
    conflicts: Mapping[str, int] | None = None,
) -> list[Path]:
    """Render and write one pack per pupil into ``folder``; returns the files written.

    ``profiles`` maps a home authority id to its profile. Each pack is for that pupil's own
    next meeting unless ``options.meeting_date`` fixes one date for all. An existing file is
    replaced only with ``force``, and the check is made for every file before any is
    written, so a refused run leaves the folder as it was. ``conflicts`` gives each pupil's
    open sync conflicts for the summary.
    """
    if not folder.is_dir():
        raise KnownError("The folder for the packs does not exist.")
    pupils = list(pupils)
    days = [meeting_day(pupil, options.meeting_date) for pupil in pupils]
    paths = [folder / pack_filename(pupil, day) for pupil, day in zip(pupils, days, strict=True)]
    taken = [path for path in paths if path.exists()]
    if taken and not force:
        raise UsageError(
            f"{len(taken)} of these packs already exist in that folder ({taken[0].name} …); "
            "add --force to replace them. Nothing was written."
        )
    for pupil, day, path in zip(pupils, days, paths, strict=True):
        profile = _profile_for(pupil, profiles)
        count = (conflicts or {}).get(pupil.id, 0)
        pdf = render_pack(pupil, profile, replace(options, meeting_date=day, open_conflicts=count))
        write_atomically(path, pdf, "meeting pack")
    return paths


def _profile_for(pupil: Pupil, profiles: Mapping[str, AuthorityProfile]) -> AuthorityProfile:
    try:
        return profiles[pupil.pupil.home_authority]
    except KeyError:
        raise NotFoundError(
            f"No authority profile is held for home authority '{pupil.pupil.home_authority}'."
        ) from None
