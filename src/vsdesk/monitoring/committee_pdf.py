"""The committee report: this term against last, per group, with charts and definitions.

One language per document (English or Welsh), as a committee's papers are issued; both are
written by ``report monitoring``. Only the ``all`` rows are printed: the breakdowns are in
``indicators.csv``, and a committee paper with 300 rows is not read.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, KeepTogether, Spacer

from vsdesk.monitoring import formatting
from vsdesk.monitoring.charts import bar_chart
from vsdesk.monitoring.compute import MonitoringReturn, Row
from vsdesk.monitoring.indicators import GROUP_LABELS, GROUPS, INDICATORS, Indicator
from vsdesk.monitoring.labels import measure_name, period_label, text
from vsdesk.monitoring.pdf_base import WIDTH, build, para, styles, table


def committee_pdf(
    current: MonitoringReturn, previous: MonitoringReturn, authority: str, lang: str
) -> bytes:
    style = styles()
    story: list[Flowable] = [
        para(text("title", lang), style["title"]),
        para(text("subtitle", lang), style["body"]),
        Spacer(1, 6),
        _facts_table(current, previous, authority, lang),
        Spacer(1, 6),
        para(text("suppression", lang), style["small"]),
    ]
    for group in GROUPS:
        story += _group(group, current, previous, lang)
    return build(story, lang, f"{text('title', lang)}: {period_label(current.period, lang)}")


def _facts_table(
    current: MonitoringReturn, previous: MonitoringReturn, authority: str, lang: str
) -> Flowable:
    style = styles()["cell"]
    rows = [
        ["", ""],
        [text("period", lang), period_label(current.period, lang)],
        [text("previous", lang), period_label(previous.period, lang)],
        [text("children", lang), formatting.shown(current.row("IMPL-03"), lang)],
        [text("version", lang), current.schema_version],
    ]
    rows[0] = [para(authority, styles()["cellbold"]), ""]
    return table([[c if not isinstance(c, str) else para(c, style) for c in r] for r in rows],
                 [WIDTH * 0.45, WIDTH * 0.55])  # fmt: skip


def _group(
    group: str, current: MonitoringReturn, previous: MonitoringReturn, lang: str
) -> list[Flowable]:
    style = styles()
    english, welsh = GROUP_LABELS[group]
    members = [i for i in INDICATORS if i.group == group]
    found: list[Flowable] = [para(welsh if lang == "cy" else english, style["section"])]
    for unit, key in (("percent", "chart.percent"), ("gbp-per-child", "chart.money")):
        chart = _chart([i for i in members if i.unit == unit], current, previous, lang, key)
        if chart is not None:
            found += [chart, Spacer(1, 6)]
    found.append(_indicator_table(members, current, previous, lang))
    definitions = [para(text("definitions", lang), style["cellbold"])]
    definitions += [para(_definition(i, lang), style["small"]) for i in members]
    return [KeepTogether(found[:2]), *found[2:], Spacer(1, 4), KeepTogether(definitions)]


def _chart(
    members: list[Indicator],
    current: MonitoringReturn,
    previous: MonitoringReturn,
    lang: str,
    key: str,
) -> Drawing | None:
    if not members:
        return None
    series = [
        (period_label(result.period, lang),
         [formatting.chart_value(_all(result, i)) for i in members])
        for result in (previous, current)
    ]  # fmt: skip
    unit = "%" if key == "chart.percent" else "£"
    return bar_chart(text(key, lang), [i.id for i in members], series, unit=unit)


def _indicator_table(
    members: list[Indicator], current: MonitoringReturn, previous: MonitoringReturn, lang: str
) -> Flowable:
    style = styles()
    header = [text("indicator", lang), text("this", lang), text("last", lang), text("change", lang)]
    rows: list[list[object]] = [[para(h, style["cellbold"]) for h in header]]
    for indicator in members:
        now, before = _all(current, indicator), _all(previous, indicator)
        rows.append(
            [
                para(f"{indicator.id}  {indicator.label(lang)}", style["cell"]),
                formatting.shown(now, lang),
                formatting.shown(before, lang),
                formatting.change(now, before),
            ]
        )
    return table(rows, [WIDTH * 0.55, WIDTH * 0.15, WIDTH * 0.15, WIDTH * 0.15])


def _definition(indicator: Indicator, lang: str) -> str:
    if indicator.numerator is None:
        return f"{indicator.id}: {indicator.label(lang)}"
    if indicator.denominator is None:
        return f"{indicator.id}: {measure_name(indicator.numerator, lang)}"
    a = measure_name(indicator.numerator, lang)
    b = measure_name(indicator.denominator, lang)
    scale = " × 100" if indicator.unit in ("percent", "per-100") else ""
    return f"{indicator.id}: {text('divided', lang, a=a, b=b)}{scale}"


def _all(result: MonitoringReturn, indicator: Indicator) -> Row | None:
    try:
        return result.row(indicator.id)
    except StopIteration:
        return None
