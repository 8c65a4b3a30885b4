"""The cover (who, when, where, who is invited), safeguarding contacts, and the agenda.

The cover is the one page that names the pupil in full; the running header elsewhere uses
initials. It says plainly whether the copy holds safeguarding-sensitive information, because
the reader deciding whether a copy may be left on a desk looks at the first page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from vsdesk.domain.model import Safeguarding
from vsdesk.packs.concerns import concerns
from vsdesk.packs.context import PackContext
from vsdesk.packs.facts import Invitee, MeetingFacts, printable_fields, this_meeting
from vsdesk.packs.formats import DASH, long_date, short_date, term_name
from vsdesk.packs.forms import LinedBox
from vsdesk.packs.labels import LABELS
from vsdesk.packs.styles import CELL_FONT, FRAME_WIDTH, INK, styles
from vsdesk.packs.tables import Cell, compact_pairs, data_table, key_values, tick_boxes
from vsdesk.packs.vocabulary import value

BLANK_ATTENDEE_ROWS: Final = 3

#: Identity rows on the cover: label key, model field, and how a value reads.
_IDENTITY_ROWS: Final[tuple[tuple[str, str, str], ...]] = (
    ("date_of_birth", "date_of_birth", "date"),
    ("phase_year", "year_group", "year"),
    ("upn", "upn", "plain"),
    ("school", "school", "plain"),
    ("legal_status", "legal_status", "legal"),
    ("placement_type", "placement_type", "placement"),
    ("entered_care", "entered_care", "date"),
    ("joined_school", "joined_school", "date"),
    ("care_review", "care_review", "date"),
    ("social_worker", "social_worker", "plain"),
    ("first_language", "first_language", "language"),
    ("cohort", "cohort", "cohort"),
)
AGENDA: Final = (
    "agenda.welcome",
    "agenda.voice",
    "agenda.attendance",
    "agenda.attainment",
    "agenda.targets",
    "agenda.actions",
    "agenda.funding",
    "agenda.aln",
    "agenda.new",
    "agenda.funding_request",
    "agenda.aob",
    "agenda.next",
)


def cover(ctx: PackContext) -> list[Flowable]:
    """The first page: what this document is, what the meeting must discuss, when it sits,
    whom it is about and who is invited."""
    style = styles()
    blank_rows = BLANK_ATTENDEE_ROWS if ctx.options.blank else 0
    meeting = this_meeting(
        ctx.pupil, ctx.day, ctx.options.include_sensitive, ctx.profile.meeting_roles, blank_rows
    )
    story: list[Flowable] = [
        Paragraph("<br/>".join(map(escape, ctx.labels.lines("doc.subject"))), style.title),
        Paragraph(escape(_authority_name(ctx)), style.subhead),
        Spacer(1, 1 * mm),
        *_banners(ctx),
        summary_and_meeting(ctx, meeting),
        ctx.heading("sec.cover"),
        Paragraph(escape(ctx.pupil.name or DASH), style.title),
        key_values(_identity_rows(ctx)),
        Paragraph(escape(ctx.labels("cover.attendees")), style.subhead),
        _attendees(ctx, meeting),
    ]
    return story


def summary_and_meeting(ctx: PackContext, meeting: MeetingFacts) -> Table:
    """The summary box (every concern with its figure) beside the next meeting's box."""
    labels, style = ctx.labels, styles()
    found = concerns(ctx.pupil, ctx.profile, labels, ctx.judged_on, ctx.options.open_conflicts)
    lines: list[Flowable] = [Paragraph(escape(labels("sum.title")), style.box_head)]
    if found:
        lines += [Paragraph(f"⚠&nbsp;{escape(c.text)}", style.concern) for c in found]
    else:
        lines.append(Paragraph(f"✓&nbsp;{escape(labels('sum.none'))}", style.concern))
    rows: list[tuple[str, Cell]] = [
        (labels("meeting_date"), long_date(labels, meeting.day)),
        (labels("meeting_time"), meeting.time or LinedBox(1)),
        (labels("meeting_place"), value(labels, meeting.place) if meeting.place else LinedBox(1)),
        (labels("meeting_chair"), meeting.chair or LinedBox(1)),
        (labels("term"), term_name(labels, ctx.plan.plan.term)),
    ]
    box = [Paragraph(escape(labels("next.title")), style.box_head), compact_pairs(rows)]
    widths = (0.6 * FRAME_WIDTH, 0.4 * FRAME_WIDTH)
    return Table(
        [[lines, box]],
        colWidths=widths,
        style=[
            CELL_FONT,
            ("BOX", (0, 0), (0, 0), 1.2, INK),
            ("BOX", (1, 0), (1, 0), 1.2, INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
        spaceBefore=2,
        spaceAfter=2,
        hAlign="LEFT",
    )


def _authority_name(ctx: PackContext) -> str:
    """The home authority by name (in the pack's language) when the profile is that
    authority's, else its id."""
    home = ctx.pupil.pupil.home_authority
    return value(ctx.labels, ctx.profile.name) if ctx.profile.id == home or not home else home


def _banners(ctx: PackContext) -> list[Flowable]:
    labels, style = ctx.labels, styles()
    found: list[Flowable] = []
    if ctx.options.include_sensitive:
        found.append(_boxed(labels("banner.sensitive"), labels("banner.sensitive.note"), True))
    else:
        found.append(Paragraph(escape(labels("banner.withheld")), style.small))
    if ctx.options.blank:
        found.append(_boxed(labels("banner.blank"), "", False))
    return found


def _boxed(title: str, note: str, inverted: bool) -> Table:
    """A full-width notice; the safeguarding one is white on black so no copy hides it."""
    style = styles()
    title_style = style.banner if inverted else style.subhead
    rows: list[list[Any]] = [
        [Paragraph(f"⚠ {escape(title)}" if inverted else escape(title), title_style)]
    ]
    if note:
        rows.append([Paragraph(escape(note), style.banner_note)])
    commands: list[tuple[object, ...]] = [
        CELL_FONT,
        ("BOX", (0, 0), (-1, -1), 1.5, INK),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    if inverted:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), INK))
    return Table(rows, colWidths=[FRAME_WIDTH], style=commands, spaceAfter=4)


def _identity_rows(ctx: PackContext) -> list[tuple[str, Cell]]:
    visible = dict(printable_fields(ctx.pupil.pupil, ctx.options.include_sensitive))
    rows: list[tuple[str, Cell]] = []
    for key, field, kind in _IDENTITY_ROWS:
        if field in visible:
            rows.append((ctx.labels(key), _identity_value(ctx, visible[field], kind)))
        if key == "school":
            rows.append((ctx.labels("home_authority"), _authority_name(ctx)))
    return rows


def _identity_value(ctx: PackContext, value: Any, kind: str) -> str:
    if (value is None or value == "") and kind != "year":
        return DASH
    formats: dict[str, Callable[[Any], str]] = {
        "date": short_date,
        "plain": str,
        "legal": lambda v: ctx.labels(f"legal.{v}"),
        "placement": lambda v: ctx.labels(f"placement.{v}"),
        "language": lambda v: ctx.labels(f"language.{v}"),
        "cohort": lambda v: ctx.labels(f"cohort.{v}"),
        "year": lambda v: phase_and_year(ctx),
    }
    return formats[kind](value)


def phase_and_year(ctx: PackContext) -> str:
    """``School age · Year 10``, ``Early years · Reception``: the plan's phase reading (the
    date of birth, the 1 September cut-off and the authority's override), or the recorded
    year group where no date of birth says otherwise; and a child educated out of their
    year group is said to be. Each language is composed whole, so a bilingual pack reads
    "Ôl-16 · Blwyddyn 13 / Post-16 · Year 13"."""
    reading = ctx.reading
    year = reading.year_group if reading.known else ctx.pupil.pupil.year_group
    parts: list[tuple[str, str]] = []
    if reading.known:
        parts.append(LABELS[f"phase.{reading.phase.value}"])
    if year is not None:
        parts.append(_year_pair(year))
    offset = ctx.pupil.pupil.year_group_offset
    if offset:
        english, welsh = LABELS[f"year.offset.{'below' if offset < 0 else 'above'}"]
        parts.append((english.format(n=abs(offset)), welsh.format(n=abs(offset))))
    if not parts:
        return DASH
    return ctx.labels.pick(*(" · ".join(words) for words in zip(*parts, strict=True)))


def _year_pair(year: int) -> tuple[str, str]:
    """Nursery, Reception, Year 12 (Meithrin, Derbyn, Blwyddyn 12)."""
    if f"year.{year}" in LABELS:
        return LABELS[f"year.{year}"]
    english, welsh = LABELS["year.n"]
    return english.format(n=year), welsh.format(n=year)


def _attendees(ctx: PackContext, meeting: MeetingFacts) -> Table:
    labels = ctx.labels
    headers = [
        labels("name"),
        labels("role"),
        f"{labels('presence.present')} · {labels('presence.apologies')}",
    ]
    rows = [
        [value(labels, invitee.name), _role(ctx, invitee), _presence(ctx, invitee)]
        for invitee in meeting.invitees
    ]
    return data_table(headers, rows, (0.34, 0.3, 0.36))


def _role(ctx: PackContext, invitee: Invitee) -> str:
    if invitee.role_key and invitee.role_key.startswith("role."):
        return ctx.labels(invitee.role_key)
    return value(ctx.labels, invitee.role_key or invitee.role)


def _presence(ctx: PackContext, invitee: Invitee) -> Cell:
    labels = ctx.labels
    if invitee.presence in ("present", "apologies") and not ctx.options.blank:
        return labels(f"presence.{invitee.presence}")
    return tick_boxes([labels("presence.present"), labels("presence.apologies")])


def safeguarding(ctx: PackContext) -> list[Flowable]:
    """Only in a sensitive pack: every ``sensitive=True`` field the record holds."""
    if not ctx.options.include_sensitive:
        return []
    record: Safeguarding = ctx.pupil.safeguarding
    rows: list[tuple[str, Cell]] = [
        (ctx.labels(f"sg.{name}"), str(value) or DASH)
        for name, value in printable_fields(record, include_sensitive=True)
    ]
    return [ctx.heading("sec.safeguarding"), key_values(rows)]


def _agenda_item(ctx: PackContext, key: str) -> str:
    """Items that read as the phase's own: development across the early-years areas, or
    education, employment or training and next steps after 16, whose attendance is the
    provider's (a post-16 plan has no school attendance or exclusions)."""
    if key == "agenda.attendance" and not ctx.uses("attendance"):
        return "agenda.attendance_post16"
    if key != "agenda.attainment" or ctx.uses("attainment"):
        return key
    return "agenda.early_years" if ctx.uses("early_years") else "agenda.post16"


def agenda(ctx: PackContext) -> list[Flowable]:
    """The standard running order, in the order the pack itself follows."""
    items = [
        Paragraph(
            escape(ctx.labels(_agenda_item(ctx, key), grant=ctx.grant)),
            styles().agenda,
            bulletText=f"{number}.",
        )
        for number, key in enumerate(AGENDA, start=1)
    ]
    return [KeepTogether([ctx.heading("sec.agenda"), *items])]
