"""The post-16 section: education, employment or training (EET) first, NEET said plainly
with its date, then the provider, course, level and qualifications, the bursary by its
country's name, careers guidance and next steps, the pathway plan's education section, and
attendance as the provider reports it (its basis and date: a college's "timetabled hours"
is not a school's sessions, which is why a post-16 plan has no school attendance table).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from vsdesk.domain.model import Post16
from vsdesk.packs.context import PackContext
from vsdesk.packs.formats import DASH, choice, percent, short_date
from vsdesk.packs.labels import LABELS
from vsdesk.packs.styles import styles
from vsdesk.packs.tables import Cell, key_values


def post16(ctx: PackContext) -> list[Flowable]:
    """Everything the post-16 plan records, one row each."""
    labels, record = ctx.labels, ctx.plan.post16
    # A NEET young person's provider and course are where they *were*: printed as "Last
    # provider", so nobody at the meeting reads them as a current place.
    last = "last_" if record.eet_status == "neet" else ""
    rows: list[tuple[str, Cell]] = [
        (labels("p16.status"), eet_status(ctx, record)),
        (labels(f"p16.{last}provider"), _provider(ctx, record)),
        (labels(f"p16.{last}course"), record.course or DASH),
        (labels("p16.level"), choice(labels, "level", record.level)),
        (labels("p16.qualifications"), record.qualifications or DASH),
        (labels(f"bursary.{ctx.profile.country}"), choice(labels, "bursarystate", record.bursary)),
        (labels("p16.careers"), record.careers_guidance or DASH),
        (labels("p16.next_steps"), record.next_steps or DASH),
        (labels("p16.pathway"), record.pathway_plan_education or DASH),
        (labels("p16.attendance"), _attendance(ctx, record)),
    ]
    return [ctx.heading("sec.post16"), key_values(rows)]


def eet_status(ctx: PackContext, record: Post16) -> Cell:
    """``In education since 01/09/2026``; NEET in bold with a warning sign, so a skimming
    reader cannot miss it."""
    if not record.eet_status:
        return DASH
    words = choice(ctx.labels, "eet", record.eet_status)
    if record.eet_since is not None and f"eet.{record.eet_status}" in LABELS:
        since = short_date(record.eet_since)
        words = ctx.labels.nested("p16.since", "status", f"eet.{record.eet_status}", date=since)
    if record.eet_status != "neet":
        return words
    return Paragraph(f"<b>⚠&nbsp;{escape(words)}</b>", styles().cell)


def _provider(ctx: PackContext, record: Post16) -> str:
    kind = choice(ctx.labels, "provider", record.provider_type) if record.provider_type else ""
    return " · ".join(part for part in (record.provider, kind) if part) or DASH


def _attendance(ctx: PackContext, record: Post16) -> str:
    if record.attendance_percent is None:
        return DASH
    return ctx.labels(
        "p16.attendance.value",
        percent=percent(record.attendance_percent),
        basis=record.attendance_basis or ctx.labels("p16.basis.none"),
        date=short_date(record.attendance_reported_on),
    )
