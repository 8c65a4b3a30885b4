"""The early-years section: the setting, funded hours, development area by area against the
country's framework, the early-years grant and speech and language.

An early-years plan has no subject attainment table; its progress is read against the areas
of England's Early Years Foundation Stage (three prime, four specific) or Wales's five
developmental pathways, named in the country's terms (:mod:`vsdesk.domain.frameworks`).
Every area of the framework gets a row, recorded or not, so a gap shows as a gap.
"""

from __future__ import annotations

from typing import Final

from reportlab.platypus import Flowable

from vsdesk.domain.frameworks import EARLY_YEARS_AREAS
from vsdesk.domain.model import DevelopmentArea, EarlyYears
from vsdesk.packs.context import PackContext
from vsdesk.packs.formats import DASH, choice, number
from vsdesk.packs.tables import Cell, data_table, key_values, marked, text

#: Progress words with shapes that read without colour (as attainment's ▲ ● ▼).
PROGRESS_SYMBOLS: Final = {"not-on-track": "▼", "on-track": "●", "exceeding": "▲"}


def early_years(ctx: PackContext) -> list[Flowable]:
    """The setting and its type, funded hours, the grant, speech and language, then the
    framework's areas in a table."""
    labels, record = ctx.labels, ctx.plan.early_years
    country = ctx.profile.country
    rows: list[tuple[str, Cell]] = [
        (labels("ey.setting"), _setting(ctx, record)),
        (labels("ey.hours"), _hours(ctx, record)),
        (
            labels(f"ey.funding.{country}"),
            choice(ctx.labels, "eyfunding", record.early_years_funding),
        ),
        (labels("ey.speech"), _speech(ctx, record)),
    ]
    return [
        ctx.heading("sec.early_years"),
        key_values(rows),
        text(labels(f"ey.framework.{country}"), "subhead"),
        _development(ctx, record.development),
    ]


def _setting(ctx: PackContext, record: EarlyYears) -> str:
    kind = ctx.labels(f"setting.{record.setting_type}") if record.setting_type else ""
    parts = [part for part in (record.setting, kind) if part]
    return " · ".join(parts) or DASH


def _hours(ctx: PackContext, record: EarlyYears) -> str:
    if record.funded_hours is None:
        return DASH
    taken = number(record.funded_hours)
    if record.funded_hours_entitled is None:
        return ctx.labels("ey.hours.only_taken", taken=taken)
    return ctx.labels("ey.hours.taken", taken=taken, entitled=number(record.funded_hours_entitled))


def _speech(ctx: PackContext, record: EarlyYears) -> str:
    status = choice(ctx.labels, "speech", record.speech_language)
    notes = record.speech_language_notes.strip()
    return f"{status}\n{notes}" if notes and status != DASH else notes or status


def _development(ctx: PackContext, recorded: dict[str, DevelopmentArea]) -> Flowable:
    """Every area of the country's framework in its order, then any other recorded area
    (a record synced from elsewhere) under its own id."""
    labels, country = ctx.labels, ctx.profile.country
    framework = EARLY_YEARS_AREAS.get(country, ())
    known = {area for area, _ in framework}
    england = country == "england"
    rows: list[list[Cell]] = []
    for area, group in [*framework, *((a, "") for a in recorded if a not in known)]:
        entry = recorded.get(area, DevelopmentArea())
        name = labels(f"area.{country}.{area}") if area in known else area
        row: list[Cell] = [name]
        if england:
            row.append(labels(f"group.{group}") if group else DASH)
        row += [_progress(ctx, entry.progress), entry.notes or DASH]
        rows.append(row)
    if england:
        headers = [labels(k) for k in ("ey.area", "ey.group", "progress", "notes")]
        return data_table(headers, rows, (0.28, 0.14, 0.2, 0.38))
    headers = [labels(k) for k in ("ey.pathway", "progress", "notes")]
    return data_table(headers, rows, (0.3, 0.22, 0.48))


def _progress(ctx: PackContext, code: str | None) -> Cell:
    if code not in PROGRESS_SYMBOLS:
        return ctx.labels("not_recorded") if code is None else code
    return marked(PROGRESS_SYMBOLS[code], ctx.labels(f"devprogress.{code}"))
