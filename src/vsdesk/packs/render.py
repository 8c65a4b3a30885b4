"""``render_pack``: one pupil, one meeting, one PDF, in memory.

Rendering never touches the disk (a half-written pack would be a loose copy of personal
data); :mod:`vsdesk.packs.batch` writes the bytes atomically where the teacher asked.
"""

from __future__ import annotations

from vsdesk.domain.model import Pupil
from vsdesk.domain.profiles import AuthorityProfile
from vsdesk.packs.context import PackContext
from vsdesk.packs.document import Furniture, Metadata, build_pdf
from vsdesk.packs.encryption import encrypt_pdf
from vsdesk.packs.formats import DASH, initials, short_date, timestamp
from vsdesk.packs.options import PackOptions
from vsdesk.packs.sections import story


def render_pack(pupil: Pupil, profile: AuthorityProfile, options: PackOptions) -> bytes:
    """The meeting pack as PDF bytes (encrypted when ``options.password`` is set)."""
    ctx = PackContext.create(pupil, profile, options)
    data = build_pdf(story(ctx), _furniture(ctx), _metadata(ctx))
    return encrypt_pdf(data, options.password) if options.password else data


def _furniture(ctx: PackContext) -> Furniture:
    labels = ctx.labels
    return Furniture(
        marking=labels("marking"),
        running=f"{labels('running')} · {initials(ctx.pupil.pupil)} · {short_date(ctx.day)}",
        printed=f"{labels('printed')}: {ctx.options.printed_by or DASH} · {timestamp(ctx.printed)}",
        page_label=lambda number, total: labels("page", n=number, m=total),
    )


def _metadata(ctx: PackContext) -> Metadata:
    """Neutral: a generic title, no initials, no date, no author. PDF titles show in window
    bars, recent-file lists and mail previews, and the author field travels with every
    copy; neither should point to a child or to the account that printed the pack."""
    labels = ctx.labels
    return Metadata(
        title=labels("doc.title"),
        author="",
        subject=labels("doc.subject"),
        lang=labels.pdf_lang,
    )
