"""``report compare``: several authorities' ``indicators.csv`` side by side (CSV and PDF).

Returns are comparable only when they were made with the same indicator set (schema
version) for the same period; anything else is refused before a file is written, with a
message saying which differ. Each return is named after its file: the folder's name for a
file called ``indicators.csv`` (``cardiff/indicators.csv`` → ``cardiff``), else the file's
stem. Cells are copied as published: a suppressed ``*`` stays ``*``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from reportlab.platypus import Flowable, KeepTogether, Spacer

from vsdesk.errors import ValidationError
from vsdesk.monitoring.breakdowns import breakdown_names
from vsdesk.monitoring.charts import bar_chart
from vsdesk.monitoring.csv_output import INDICATOR_COLUMNS
from vsdesk.monitoring.indicators import BY_ID, INDICATORS, SCHEMA_VERSION
from vsdesk.monitoring.labels import period_label, text
from vsdesk.monitoring.outputs import prepare_folder, write
from vsdesk.monitoring.pdf_base import WIDTH, build, para, styles, table
from vsdesk.monitoring.school_facts import MODELS, YES_NO

CSV_FILE: Final = "comparison.csv"
PDF_FILE: Final = "comparison.pdf"
MIN_RETURNS: Final = 2
MAX_RETURNS: Final = 30
BREAKDOWNS: Final = frozenset(breakdown_names())
TEXT_VALUES: Final = frozenset((*MODELS, *YES_NO))
_TERM: Final = re.compile(r"\d{4}-(spring|summer|autumn)")
_CELL: Final = re.compile(r"(-?\d{1,12}(\.\d{1,6})?|\*|)")


@dataclass(frozen=True)
class ParsedReturn:
    name: str
    period: str
    schema_version: str
    values: dict[tuple[str, str], str]  # (indicator id, breakdown) → value as published


def parse_return(name: str, data: bytes) -> ParsedReturn:
    try:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    except (UnicodeDecodeError, csv.Error):
        raise ValidationError(f"{name}: not a UTF-8 CSV file.") from None
    if not rows or tuple(rows[0]) != INDICATOR_COLUMNS:
        raise ValidationError(
            f"{name}: not an indicators.csv made by 'vsdesk-hub report monitoring' "
            "(its header row differs)."
        )
    body = [dict(zip(INDICATOR_COLUMNS, row, strict=False)) for row in rows[1:] if row]
    if not body or any(len(row) != len(INDICATOR_COLUMNS) for row in rows[1:] if row):
        raise ValidationError(f"{name}: rows are missing or have the wrong number of cells.")
    for row in body:
        _check_row(name, row)
    periods = {row["period"] for row in body}
    versions = {row["schema_version"] for row in body}
    if len(periods) != 1 or len(versions) != 1:
        raise ValidationError(f"{name}: mixes periods or schema versions within one file.")
    return ParsedReturn(
        name,
        periods.pop(),
        versions.pop(),
        {(row["indicator_id"], row["breakdown"]): row["value"] for row in body},
    )


def _check_row(name: str, row: dict[str, str]) -> None:
    """Only what a return can hold: known ids and breakdowns, numbers, ``*`` or the few
    text values. A cell a spreadsheet would run as a formula (``=…``) never gets through."""
    cells = (row["numerator"], row["denominator"], row["value"])
    if (
        row["indicator_id"] not in BY_ID
        or row["breakdown"] not in BREAKDOWNS
        or not all(_CELL.fullmatch(cell) or cell in TEXT_VALUES for cell in cells)
        or row["suppressed"] not in ("true", "false")
        or not _TERM.fullmatch(row["period"])
    ):
        raise ValidationError(
            f"{name}: a row holds something an indicators.csv cannot (an unknown indicator or "
            "breakdown, or a cell that is not a number, * or a known value)."
        )


def check_comparable(returns: Sequence[ParsedReturn]) -> None:
    if not MIN_RETURNS <= len(returns) <= MAX_RETURNS:
        raise ValidationError(f"Give {MIN_RETURNS} to {MAX_RETURNS} returns to compare.")
    versions = sorted({r.schema_version for r in returns})
    if len(versions) > 1:
        raise ValidationError(
            "These returns use different indicator set versions "
            f"({', '.join(versions)}); compare returns of one version only. Nothing was written."
        )
    if versions[0] != SCHEMA_VERSION:
        raise ValidationError(
            f"These returns use indicator set version {versions[0]}; this hub compares "
            f"version {SCHEMA_VERSION}. Nothing was written."
        )
    periods = sorted({r.period for r in returns})
    if len(periods) > 1:
        raise ValidationError(
            f"These returns are for different periods ({', '.join(periods)}); compare "
            "returns for one period only. Nothing was written."
        )


def names_for(paths: Sequence[Path]) -> list[str]:
    raw = [p.parent.name if p.name == "indicators.csv" and p.parent.name else p.stem for p in paths]
    return [n if raw.count(n) == 1 else f"{n}-{i + 1}" for i, n in enumerate(raw)]


def write_comparison(files: Sequence[tuple[Path, bytes]], out: Path, lang: str) -> list[Path]:
    names = names_for([path for path, _ in files])
    returns = [parse_return(name, data) for name, (_, data) in zip(names, files, strict=True)]
    check_comparable(returns)
    prepare_folder(out, [CSV_FILE, PDF_FILE])
    return [
        write(out, CSV_FILE, comparison_csv(returns).encode("utf-8")),
        write(out, PDF_FILE, comparison_pdf(returns, lang)),
    ]


def comparison_csv(returns: Sequence[ParsedReturn]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["indicator_id", "label_en", "label_cy", "period", "breakdown",
                     "schema_version", *(r.name for r in returns)])  # fmt: skip
    for key in _keys(returns):
        labels = (BY_ID[key[0]].label_en, BY_ID[key[0]].label_cy)
        values = [r.values.get(key, "") for r in returns]
        writer.writerow([key[0], *labels, returns[0].period, key[1], SCHEMA_VERSION, *values])
    return out.getvalue()


def comparison_pdf(returns: Sequence[ParsedReturn], lang: str) -> bytes:
    style = styles()
    period = period_label(returns[0].period, lang)
    story: list[Flowable] = [
        para(text("compare.title", lang), style["title"]),
        para(f"{text('period', lang)}: {period}", style["body"]),
        para(f"{text('compare.returns', lang)}: {', '.join(r.name for r in returns)}",
             style["body"]),
        para(text("compare.note", lang), style["small"]),
        para(text("suppression", lang), style["small"]),
        Spacer(1, 6),
    ]  # fmt: skip
    for indicator in INDICATORS:
        label = f"{indicator.id}  {indicator.label(lang)}"
        cells = [r.values.get((indicator.id, "all"), "") for r in returns]
        if indicator.unit in ("text", "count", "per-100"):
            rows = [
                [text("indicator", lang), ""],
                *([r.name, c or "—"] for r, c in zip(returns, cells, strict=True)),
            ]
            story.append(
                KeepTogether(
                    [
                        para(label, style["cellbold"]),
                        Spacer(1, 2),
                        table(rows, [WIDTH * 0.6, WIDTH * 0.4]),
                        Spacer(1, 8),
                    ]
                )
            )
            continue
        values = [_value(c) for c in cells]
        unit = "%" if indicator.unit == "percent" else "£"
        story.append(bar_chart(label, [r.name for r in returns], [(period, values)], unit=unit))
        story.append(Spacer(1, 8))
    return build(story, lang, f"{text('compare.title', lang)}: {period}")  # fmt: skip


def _keys(returns: Sequence[ParsedReturn]) -> list[tuple[str, str]]:
    order = {indicator.id: n for n, indicator in enumerate(INDICATORS)}
    keys = {key for r in returns for key in r.values}
    return sorted(keys, key=lambda k: (order.get(k[0], len(order)), k[0]))


def _value(cell: str) -> float | None | str:
    if cell == "*":
        return "*"
    try:
        return float(cell)
    except ValueError:
        return None
