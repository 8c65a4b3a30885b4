"""How an indicator's value reads in a PDF, in either language (the CSV keeps raw numbers)."""

from __future__ import annotations

from vsdesk.monitoring.compute import Row
from vsdesk.monitoring.labels import TEXT, text

HIDDEN = "*"
NONE = "—"


def shown(row: Row | None, lang: str) -> str:
    if row is None:
        return NONE
    if row.suppressed:
        return HIDDEN
    value = row.value
    if value is None:
        return NONE
    if isinstance(value, str):
        key = f"model.{value}" if f"model.{value}" in TEXT else value
        return text(key, lang) if key in TEXT else value
    return number(value, row.indicator.unit)


def number(value: float, unit: str) -> str:
    if unit == "percent":
        return f"{value:.1f}%"
    if unit == "gbp-per-child":
        return f"£{value:,.2f}"
    if unit == "per-100":
        return f"{value:.2f}"
    return f"{value:,.0f}"


def chart_value(row: Row | None) -> float | None | str:
    if row is None or row.value is None:
        return None
    if row.suppressed:
        return HIDDEN
    return row.value if isinstance(row.value, float | int) else None


def change(current: Row | None, previous: Row | None) -> str:
    """This term minus last term, in percentage points for shares; ``*`` if either is hidden."""
    if current is None or previous is None:
        return NONE
    if current.suppressed or previous.suppressed:
        return HIDDEN
    a, b = current.value, previous.value
    if not isinstance(a, float | int) or not isinstance(b, float | int):
        return NONE
    delta = a - b
    unit = current.indicator.unit
    if unit == "percent":
        return f"{delta:+.1f} pp"
    if unit == "gbp-per-child":
        return f"{'+' if delta >= 0 else '−'}£{abs(delta):,.2f}"
    if unit == "per-100":
        return f"{delta:+.2f}"
    return f"{delta:+,.0f}"
