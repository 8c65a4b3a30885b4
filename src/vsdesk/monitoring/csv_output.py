"""``indicators.csv`` and ``data-dictionary.csv``: UTF-8, one header row, fixed columns.

A hidden figure is written ``*`` and its row says ``suppressed=true``; a figure that does not
apply (nothing to divide by, a fact not recorded) is left empty. Numbers are written without
a thousands separator, so that any spreadsheet reads them.
"""

from __future__ import annotations

import csv
import io
from typing import Final

from vsdesk.monitoring.compute import MonitoringReturn, Row
from vsdesk.monitoring.indicators import INDICATORS, SCHEMA_VERSION

HIDDEN: Final = "*"
INDICATOR_COLUMNS: Final = (
    "indicator_id", "label_en", "label_cy", "period", "breakdown",
    "numerator", "denominator", "value", "suppressed", "schema_version",
)  # fmt: skip
DICTIONARY_COLUMNS: Final = (
    "indicator_id", "group", "label_en", "label_cy", "unit", "numerator", "denominator",
    "fields", "exclusions", "breakdowns", "schema_version",
)  # fmt: skip


def number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0")


def row_cells(row: Row) -> list[str]:
    value = row.value
    shown_value = value if isinstance(value, str) else number(value)
    return [
        row.indicator.id,
        row.indicator.label_en,
        row.indicator.label_cy,
        row.period,
        row.breakdown,
        HIDDEN if row.numerator_hidden else number(row.numerator),
        HIDDEN if row.denominator_hidden else number(row.denominator),
        HIDDEN if row.suppressed else (shown_value or ""),
        "true" if row.suppressed else "false",
        SCHEMA_VERSION,
    ]


def indicators_csv(result: MonitoringReturn) -> str:
    return _csv([list(INDICATOR_COLUMNS), *(row_cells(row) for row in result.rows)])


def dictionary_csv() -> str:
    rows = [
        [
            i.id, i.group, i.label_en, i.label_cy, i.unit, i.numerator_text,
            i.denominator_text, "; ".join(i.fields), i.exclusions,
            "all, age, placement, area, phase" if i.by_breakdown else "all", SCHEMA_VERSION,
        ]
        for i in INDICATORS
    ]  # fmt: skip
    return _csv([list(DICTIONARY_COLUMNS), *rows])


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows(rows)
    return out.getvalue()
