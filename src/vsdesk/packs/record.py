"""Sections that report the record as it stands: the plan, attendance, exclusions,
attainment and wellbeing. History tables list every term, newest first, and flow across
pages; the charts show the most recent terms so that their labels stay legible.
"""

from __future__ import annotations

from typing import Final

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from vsdesk.domain.model import Plan
from vsdesk.packs.charts import attendance_chart, sdq_chart
from vsdesk.packs.context import PackContext
from vsdesk.packs.facts import fell, ordered_plans, progress, sdq_band
from vsdesk.packs.formats import DASH, number, percent, short_date, term_name, term_short
from vsdesk.packs.tables import (
    STATE_SYMBOLS,
    Cell,
    data_table,
    key_values,
    marked,
    rating_word,
    text,
)
from vsdesk.packs.vocabulary import value

#: Terms a chart shows: three school years, enough for a trend, few enough to read.
CHART_TERMS: Final = 9


def plan_summary(ctx: PackContext) -> list[Flowable]:
    """Where the plan stands: its term, its workflow status in words, and the last verdict
    of the Virtual School's quality assurance."""
    labels, meta = ctx.labels, ctx.plan.plan
    rows: list[tuple[str, Cell]] = [
        (labels("term"), term_name(labels, meta.term)),
        (labels("plan.status"), labels(f"status.{meta.status.value}")),
    ]
    if meta.status_reason:
        rows.append((labels("plan.reason"), meta.status_reason))
    rows += [
        (labels("plan.next_meeting"), short_date(meta.next_meeting)),
        (
            labels("plan.contents"),
            labels(
                "plan.counts",
                targets=len(ctx.plan.targets),
                actions=len(ctx.plan.actions),
                requests=len(ctx.plan.funding),
            ),
        ),
        *_last_quality_assurance(ctx),
    ]
    story: list[Flowable] = [ctx.heading("sec.plan"), key_values(rows)]
    if ctx.plan.interventions:
        story += [text(labels("plan.interventions"), "subhead"), _interventions(ctx)]
    return story


def _last_quality_assurance(ctx: PackContext) -> list[tuple[str, Cell]]:
    rated = [p for p in ordered_plans(ctx.pupil) if p.qa.rating]
    if not rated:
        return []
    qa, labels = rated[-1].qa, ctx.labels
    when = f"{rating_word(labels, qa.rating)} · {term_name(labels, rated[-1].plan.term)}"
    rows: list[tuple[str, Cell]] = [(labels("plan.last_qa"), when)]
    if qa.comments:
        rows.append((labels("plan.qa_comments"), qa.comments))
    return rows


def _interventions(ctx: PackContext) -> Flowable:
    labels = ctx.labels
    rows = [
        [value(labels, i.what), value(labels, i.who), value(labels, i.frequency)]
        for i in ctx.plan.interventions.values()
    ]
    return data_table([labels("what"), labels("who"), labels("how_often")], rows, (0.45, 0.3, 0.25))


def attendance(ctx: PackContext) -> list[Flowable]:
    """The chart for the trend, the table for every term (newest first)."""
    labels = ctx.labels
    plans = [p for p in ordered_plans(ctx.pupil) if p.plan.term]
    story: list[Flowable] = [ctx.heading("sec.attendance")]
    if plans:
        points = [
            (term_short(labels, p.plan.term), p.attendance.percent) for p in plans[-CHART_TERMS:]
        ]
        story += [attendance_chart(labels, points), Spacer(1, 3 * mm)]
    rows = [
        [
            term_name(labels, p.plan.term),
            percent(p.attendance.percent),
            _count(p.attendance.sessions_missed),
        ]
        for p in reversed(plans)
    ]
    headers = [labels("term"), labels("att.percent"), labels("att.missed")]
    story.append(data_table(headers, rows, (0.4, 0.3, 0.3)))
    return story


def _count(value: int | None) -> str:
    return DASH if value is None else str(value)


def exclusions(ctx: PackContext) -> list[Flowable]:
    """Only the terms with exclusions, and the total across the record."""
    labels = ctx.labels
    plans = [p for p in reversed(ordered_plans(ctx.pupil)) if p.attendance.exclusions]
    story: list[Flowable] = [ctx.heading("sec.exclusions")]
    if not plans:
        return [*story, text(labels("exc.none"), "body")]
    rows = [
        [
            term_name(labels, p.plan.term),
            str(p.attendance.exclusions),
            number(p.attendance.exclusion_days),
        ]
        for p in plans
    ]
    headers = [labels("term"), labels("exc.count"), labels("exc.days")]
    total = labels(
        "exc.total",
        count=sum(p.attendance.exclusions for p in plans),
        days=number(sum(p.attendance.exclusion_days for p in plans)),
    )
    return [*story, data_table(headers, rows, (0.4, 0.3, 0.3)), text(total, "small")]


def attainment(ctx: PackContext) -> list[Flowable]:
    """This term against last term and against what was expected, subject by subject, each
    on its named scale. A fall since last term is said as a fall, whatever was expected."""
    labels = ctx.labels
    story: list[Flowable] = [ctx.heading("sec.attainment")]
    if not ctx.plan.attainment:
        return [*story, text(labels("att.none"), "body")]
    before = _previous_plan(ctx)
    rows: list[list[Cell]] = []
    for key, row in ctx.plan.attainment.items():
        earlier = before.attainment.get(key) if before else None
        rows.append(
            [
                value(labels, row.subject),
                value(labels, row.scale) if row.scale else DASH,
                earlier.current if earlier and earlier.current else DASH,
                row.current or DASH,
                row.expected or DASH,
                row.target or DASH,
                _progress(ctx, earlier.current if earlier else "", row.current, row.expected),
            ]
        )
    headers = [
        labels(k)
        for k in ("subject", "scale", "last_term", "current", "expected", "target", "progress")
    ]
    widths = (0.15, 0.15, 0.1, 0.11, 0.13, 0.09, 0.27)
    return [*story, data_table(headers, rows, widths)]


def _previous_plan(ctx: PackContext) -> Plan | None:
    plans = ordered_plans(ctx.pupil)
    index = next((i for i, p in enumerate(plans) if p is ctx.plan), 0)
    return plans[index - 1] if index > 0 else None


def _progress(ctx: PackContext, before: str, current: str, expected: str) -> Cell:
    if fell(before, current):
        return marked("▼", ctx.labels("progress.fall", before=before, now=current))
    judged = progress(current, expected)
    if judged is None:
        return DASH
    return marked(STATE_SYMBOLS[judged], ctx.labels(f"progress.{judged}"))


def _sdq(ctx: PackContext, scored: list[Plan]) -> list[Flowable]:
    """The latest SDQ with its band in words, then the trend: the latest may be from an
    earlier term, since many authorities ask for it once a year."""
    labels, latest = ctx.labels, scored[-1]
    score = latest.wellbeing.sdq_score or 0
    trend = [
        (term_short(labels, p.plan.term), p.wellbeing.sdq_score) for p in scored[-CHART_TERMS:]
    ]
    facts = [
        (labels("sdq.score"), f"{score} · {term_name(labels, latest.plan.term)}"),
        (labels("sdq.date"), short_date(latest.wellbeing.sdq_date)),
        (labels("sdq.band"), labels(f"sdq.{sdq_band(score)}")),
    ]
    return [key_values(facts), Spacer(1, 3 * mm), sdq_chart(labels, trend)]


def wellbeing(ctx: PackContext) -> list[Flowable]:
    """The SDQ (latest score, band, trend) and this term's wellbeing notes."""
    labels = ctx.labels
    story: list[Flowable] = [ctx.heading("sec.wellbeing")]
    scored = [p for p in ordered_plans(ctx.pupil) if p.wellbeing.sdq_score is not None]
    story += _sdq(ctx, scored) if scored else [text(labels("sdq.none"), "body")]
    if ctx.plan.wellbeing.notes:
        story += [text(labels("notes"), "subhead"), text(ctx.plan.wellbeing.notes, "body")]
    return story
