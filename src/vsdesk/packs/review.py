"""Sections the meeting works through: voice, targets, actions, funding, additional needs,
then the write-in pages (notes, new targets, sign-off).

In a ``blank`` (pre-meeting) pack the values the meeting itself captures (the pupil's and
carer's voice, each target's progress) become boxes to fill in; everything else is printed.
"""

from __future__ import annotations

from datetime import date
from typing import Final
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from vsdesk.domain.model import FundingRequest, Target
from vsdesk.packs.context import PackContext
from vsdesk.packs.facts import (
    STANDARD_ROLES,
    ActionLine,
    FundingLine,
    actions_since,
    duplicate_targets,
    earlier_targets,
    funding_lines,
    granted,
    last_meeting,
    target_overdue,
)
from vsdesk.packs.formats import DASH, money, short_date, term_name
from vsdesk.packs.forms import LinedBox, signature_lines, write_in_rows
from vsdesk.packs.styles import styles
from vsdesk.packs.tables import (
    RAG_SYMBOLS,
    STATE_SYMBOLS,
    Cell,
    data_table,
    key_values,
    marked,
    rag,
    text,
    tick_boxes,
)
from vsdesk.packs.vocabulary import value

VOICE_LINES: Final = 6
NOTES_LINES: Final = 22
NOTES_START: Final = 110 * mm  # start the notes on this page only if this much is free
NEW_TARGET_ROWS: Final = 4
NEW_ACTION_ROWS: Final = 4
NEW_FUNDING_ROWS: Final = 2


def voice(ctx: PackContext) -> list[Flowable]:
    """The pupil's and carer's own words, or ruled boxes to capture them at the meeting."""
    labels, said = ctx.labels, ctx.plan.voice
    story: list[Flowable] = [ctx.heading("sec.voice")]
    for key, words in (("voice.pupil", said.pupil), ("voice.carer", said.carer)):
        if ctx.options.blank:
            story += [LinedBox(VOICE_LINES, labels(key)), Spacer(1, 3 * mm)]
        else:
            story += [text(labels(key), "subhead"), text(words or labels("voice.none"), "quote")]
    return story


def targets(ctx: PackContext) -> list[Flowable]:
    """This term's targets for review (past their date marked, duplicates flagged), then
    every earlier target with its outcome: a closed target is met or not, never on track."""
    labels, day = ctx.labels, ctx.judged_on
    story: list[Flowable] = [ctx.heading("sec.targets"), text(labels("tgt.current"), "subhead")]
    current = list(ctx.plan.targets.items())
    twice = duplicate_targets(ctx.plan)
    if current:
        headers = [labels(k) for k in ("area", "target", "measure", "owner", "due", "progress")]
        rows = [
            [
                value(labels, t.area),
                _target_text(ctx, t, key in twice),
                t.success_measure,
                value(labels, t.owner),
                _due(ctx, t, day),
                _progress_cell(ctx, t),
            ]
            for key, t in current
        ]
        story.append(data_table(headers, rows, (0.13, 0.22, 0.19, 0.12, 0.15, 0.19)))
        if twice:
            story.append(text(labels("tgt.duplicates", count=len(twice)), "small"))
    else:
        story.append(text(labels("tgt.none"), "body"))
    earlier = earlier_targets(ctx.pupil)
    if earlier:
        headers = [labels(k) for k in ("term", "area", "target", "measure", "outcome")]
        rows = [
            [
                term_name(labels, term),
                value(labels, t.area),
                t.description,
                t.success_measure,
                _outcome(ctx, t),
            ]
            for term, t in earlier
        ]
        story += [
            text(labels("tgt.earlier"), "subhead"),
            data_table(headers, rows, (0.14, 0.13, 0.3, 0.24, 0.19)),
        ]
    return story


def _target_text(ctx: PackContext, target: Target, duplicate: bool) -> Cell:
    if not duplicate:
        return target.description
    return Paragraph(
        f"{escape(target.description)}<br/><b>⚠&nbsp;{escape(ctx.labels('tgt.duplicate'))}</b>",
        styles().cell,
    )


def _due(ctx: PackContext, target: Target, day: date) -> Cell:
    if target_overdue(target, day):
        return marked(
            STATE_SYMBOLS["overdue"], f"{short_date(target.due)} {ctx.labels('tgt.overdue')}"
        )
    return short_date(target.due)


def _outcome(ctx: PackContext, target: Target) -> Cell:
    symbols = {"met": "✓", "partly-met": "◐", "not-met": "✗"}
    if target.outcome not in symbols:
        return marked("○", ctx.labels("outcome.none"))
    return marked(symbols[target.outcome], ctx.labels(f"outcome.{target.outcome}"))


def _progress_cell(ctx: PackContext, target: Target) -> Cell:
    if ctx.options.blank:
        return tick_boxes([ctx.labels(f"word.{rating}") for rating in RAG_SYMBOLS])
    return rag(ctx.labels, target.progress)


def actions(ctx: PackContext) -> list[Flowable]:
    """What was agreed since the last meeting and whether it was done by this one."""
    labels, day = ctx.labels, ctx.judged_on
    since = last_meeting(ctx.pupil, ctx.day)
    intro = labels("act.since", date=short_date(since)) if since else labels("act.first")
    story: list[Flowable] = [ctx.heading("sec.actions"), text(intro, "body")]
    lines = actions_since(ctx.pupil, since, day)
    if not lines:
        return [*story, text(labels("act.none"), "body")]
    headers = [
        labels("action"),
        labels("owner"),
        labels("due"),
        labels("act.status", date=short_date(day)),
    ]
    rows = [
        [
            line.action.description,
            value(labels, line.action.owner),
            short_date(line.action.due),
            _action_state(ctx, line),
        ]
        for line in lines
    ]
    overdue = sum(line.state == "overdue" for line in lines)
    count = labels("act.count", overdue=overdue, total=len(lines), date=short_date(day))
    return [*story, text(count, "body"), data_table(headers, rows, (0.38, 0.18, 0.13, 0.31))]


def _action_state(ctx: PackContext, line: ActionLine) -> Cell:
    action = line.action
    when = action.done_on if line.state == "done" else action.due
    words = ctx.labels(f"act.{line.state}", date=short_date(when)).replace(f" {DASH}", "")
    return marked(STATE_SYMBOLS[line.state], words)


def funding(ctx: PackContext) -> list[Flowable]:
    """Every request in the record, so the meeting sees what was asked and decided."""
    labels = ctx.labels
    story: list[Flowable] = [ctx.heading("sec.funding", grant=ctx.grant)]
    lines = funding_lines(ctx.pupil)
    if not lines:
        return [*story, text(labels("fund.none"), "body")]
    headers = [
        labels(k)
        for k in (
            "term",
            "fund.purpose",
            "fund.category",
            "fund.amount",
            "fund.decision",
            "fund.spent",
            "fund.impact",
        )
    ]
    rows = [
        [
            term_name(labels, line.term),
            _purpose(ctx, line),
            value(labels, line.request.category) if line.request.category else DASH,
            money(line.request.amount),
            _decision(ctx, line.request),
            money(line.request.spent),
            line.request.impact or DASH,
        ]
        for line in lines
    ]
    this_term = [line.request for line in lines if line.term == ctx.plan.plan.term]
    totals = labels(
        "fund.totals",
        requested=money(sum(r.amount for r in this_term)),
        approved=money(sum(granted(r) or 0 for r in this_term)),
        all=money(sum(granted(line.request) or 0 for line in lines)),
    )
    table = data_table(headers, rows, (0.11, 0.21, 0.14, 0.09, 0.16, 0.09, 0.2))
    return [*story, table, text(totals, "small")]


def _purpose(ctx: PackContext, line: FundingLine) -> Cell:
    if not line.target:
        return line.request.purpose
    linked = escape(ctx.labels("fund.linked", target=line.target))
    return Paragraph(f"{escape(line.request.purpose)}<br/><i>{linked}</i>", styles().cell)


def _decision(ctx: PackContext, request: FundingRequest) -> Cell:
    words = ctx.labels(f"decision.{request.decision}")
    if request.decision == "approved" and granted(request) is not None:
        words = f"{words} {money(granted(request))}"
    return marked(STATE_SYMBOLS.get(request.decision, "…"), words)


def additional_needs(ctx: PackContext) -> list[Flowable]:
    """ALN and IDP in Wales, SEN and EHCP in England: the profile's country decides."""
    labels, country = ctx.labels, ctx.profile.country
    status = ctx.pupil.pupil.aln_status or "none"
    words = labels(f"aln.none.{country}") if status == "none" else labels(f"aln.{status}")
    summary = ctx.plan.plan.aln_summary or labels("aln.no_summary")
    return [
        ctx.heading(f"sec.aln.{country}"),
        key_values([(labels("aln.status"), words), (labels("aln.summary"), summary)]),
    ]


def notes(ctx: PackContext) -> list[Flowable]:
    """Lines ruled for the meeting's notes: on a fresh page unless most of this page is
    free (a page left more than half empty mid-pack looks unfinished)."""
    return [CondPageBreak(NOTES_START), ctx.heading("sec.notes"), LinedBox(NOTES_LINES)]


def new_targets(ctx: PackContext) -> list[Flowable]:
    """Empty rows for the targets agreed at the meeting."""
    labels = ctx.labels
    headers = [labels(k) for k in ("area", "target", "measure", "owner", "due")]
    return [
        ctx.heading("sec.new_targets"),
        write_in_rows(headers, NEW_TARGET_ROWS, (0.14, 0.31, 0.27, 0.15, 0.13)),
    ]


def new_actions(ctx: PackContext) -> list[Flowable]:
    """Empty rows for the actions agreed at the meeting."""
    labels = ctx.labels
    headers = [labels(k) for k in ("action", "owner", "due")]
    return [
        ctx.heading("sec.new_actions"),
        write_in_rows(headers, NEW_ACTION_ROWS, (0.6, 0.25, 0.15), height=11 * mm),
    ]


def new_funding(ctx: PackContext) -> list[Flowable]:
    """An empty request to fill in, as the agenda's funding item asks."""
    labels = ctx.labels
    headers = [labels(k) for k in ("fund.purpose", "fund.category", "fund.target", "fund.amount")]
    return [
        ctx.heading("sec.new_funding", grant=ctx.grant),
        write_in_rows(headers, NEW_FUNDING_ROWS, (0.38, 0.17, 0.3, 0.15), height=13 * mm),
    ]


def sign_off(ctx: PackContext) -> list[Flowable]:
    """A line per participant to sign, and the date of the next meeting."""
    labels = ctx.labels
    headers = [labels(k) for k in ("role", "name", "signature", "date")]
    block = [
        ctx.heading("sec.signoff"),
        signature_lines(headers, [labels(role) for role in STANDARD_ROLES]),
        Spacer(1, 6 * mm),
        LinedBox(1, labels("next.date")),
    ]
    return [KeepTogether(block)]
