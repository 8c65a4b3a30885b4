"""PEP meeting packs: the PDF a designated teacher prints before a PEP meeting (DESIGN §6).

Public API::

    render_pack(pupil, profile, options) -> bytes
    pupils_due(pupils, start, end) -> list[Pupil]
    write_packs(pupils, profiles, folder, options) -> list[Path]
    pack_filename(pupil, day) -> str
    PackOptions, PackError, LABELS, Labels

See ``docs/packs.md``.
"""

from __future__ import annotations

from vsdesk.packs.batch import pack_filename, pupils_due, write_packs
from vsdesk.packs.errors import PackError
from vsdesk.packs.labels import LABELS, Labels
from vsdesk.packs.options import PackOptions
from vsdesk.packs.render import render_pack

__all__ = [
    "LABELS",
    "Labels",
    "PackError",
    "PackOptions",
    "pack_filename",
    "pupils_due",
    "render_pack",
    "write_packs",
]
