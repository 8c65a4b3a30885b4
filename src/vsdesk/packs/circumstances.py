"""Sections that print only when the child's circumstances call for them: a transition
ahead, alternative provision or a reduced timetable, and a child missing education.

Each is printed when its record holds anything (a reduced timetable still running always
does: it has an arrangement); an empty one would only say "nothing here" in a pack that is
already long. A reduced timetable past its review date, judged on the pack's date, is
flagged in the section as well as in the summary on page 1.
"""

from __future__ import annotations

from dataclasses import astuple, replace
from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from vsdesk.domain.model import AlternativeProvision, MissingEducation, Transition
from vsdesk.domain.phases import Phase, transition_ahead
from vsdesk.packs.context import PackContext
from vsdesk.packs.formats import DASH, choice, number, short_date
from vsdesk.packs.styles import styles
from vsdesk.packs.tables import Cell, key_values


def holds_data(record: AlternativeProvision | MissingEducation | Transition) -> bool:
    """Anything recorded: a date, a number, a choice or some words."""
    return any(value not in (None, "") for value in astuple(record))


def running(record: AlternativeProvision, day: date) -> bool:
    """An arrangement under way on ``day``: started (or undated) and not yet ended."""
    return record.arrangement is not None and (record.ended is None or record.ended > day)


def review_past(record: AlternativeProvision, day: date) -> bool:
    """Still running on ``day`` and its review date already behind it."""
    return running(record, day) and record.review_date is not None and record.review_date < day


def alternative_provision(ctx: PackContext) -> list[Flowable]:
    """The arrangement, provider, hours, dates (the review date flagged once past), reason
    and the plan to return to a full timetable."""
    record, labels = ctx.plan.alternative_provision, ctx.labels
    if not holds_data(record):
        return []
    rows: list[tuple[str, Cell]] = [
        (labels("ap.arrangement"), choice(labels, "arrangement", record.arrangement)),
        (labels("ap.provider"), record.provider or DASH),
        (
            labels("ap.hours"),
            DASH if record.hours_per_week is None else number(record.hours_per_week),
        ),
        (labels("ap.started"), short_date(record.started)),
        (labels("ap.review_date"), _review(ctx, record)),
        (
            labels("ap.ended"),
            short_date(record.ended) if record.ended else labels("ap.running"),
        ),
        (labels("ap.reason"), record.reason or DASH),
        (labels("ap.plan_to_return"), record.plan_to_return or DASH),
    ]
    return [ctx.heading("sec.alternative_provision"), key_values(rows)]


def _review(ctx: PackContext, record: AlternativeProvision) -> Cell:
    if not review_past(record, ctx.judged_on):
        return short_date(record.review_date)
    words = ctx.labels("ap.review_past", date=short_date(record.review_date))
    return Paragraph(f"<b>⚠&nbsp;{escape(words)}</b>", styles().cell)


def missing_education(ctx: PackContext) -> list[Flowable]:
    """Since when, when it was reported, what has been done, and whether it is resolved."""
    record, labels = ctx.plan.missing_education, ctx.labels
    if not holds_data(record):
        return []
    resolved = short_date(record.resolved_on) if record.resolved_on else labels("cme.unresolved")
    rows: list[tuple[str, Cell]] = [
        (labels("cme.since"), short_date(record.missing_since)),
        (labels("cme.reported"), short_date(record.reported_on)),
        (labels("cme.actions"), record.actions or DASH),
        (labels("cme.resolved"), resolved),
    ]
    return [ctx.heading("sec.missing_education"), key_values(rows)]


def transition(ctx: PackContext) -> list[Flowable]:
    """Ahead of a change of stage or phase (the last year of a stage) and from the profile's
    careers year (Year 9 by default), judged on the plan's phase reading (year group from the
    date of birth, moved by any out-of-year-group override); or whenever anything is
    recorded. Careers rows are left out of an early-years plan unless recorded."""
    plans, labels = ctx.plan.transition, ctx.labels
    reading = ctx.reading
    if not reading.known:  # no date of birth or term: the recorded year group is all there is
        reading = replace(reading, year_group=ctx.pupil.pupil.year_group)
    if not (holds_data(plans) or transition_ahead(reading, ctx.profile.transition_from_year)):
        return []
    rows: list[tuple[str, Cell]] = [
        (labels("tr.moving_to"), plans.moving_to or DASH),
        (labels("tr.move_date"), short_date(plans.move_date)),
        (labels("tr.support"), plans.support or DASH),
        (
            labels("tr.information_shared"),
            short_date(plans.information_shared)
            if plans.information_shared
            else labels("tr.not_yet"),
        ),
    ]
    if ctx.reading.phase is not Phase.EARLY_YEARS or plans.aspirations or plans.careers_advice:
        rows += [
            (labels("aspirations"), plans.aspirations or DASH),
            (labels("careers"), plans.careers_advice or DASH),
        ]
    return [ctx.heading("sec.transition"), key_values(rows)]
