"""Bar charts for the committee and comparison PDFs, drawn for a black-and-white printer.

Horizontal bars, one group per indicator (labelled by its id, which the table beside names),
one bar per series: pale grey for the earlier term or the first return, darker for the next.
Every bar carries its value; a hidden figure draws no bar and prints ``*``. All text is in
the pack's DejaVu face, so Welsh labels print.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from vsdesk.monitoring.pdf_base import INK, WIDTH
from vsdesk.packs.fonts import BOLD, REGULAR

Value = float | None | str  # a number, not applicable (None) or hidden ("*")
_GREYS: Final = (0.82, 0.45, 0.2, 0.62, 0.9, 0.33)
_ROW: Final = 9.0
_LEFT: Final = 62.0


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[Value]]],
    *,
    unit: str = "%",
) -> Drawing:
    """``series`` is [(name, values per category)], drawn top to bottom in that order."""
    bars = max(1, len(series))
    plot_height = max(40.0, len(categories) * (bars * _ROW + 6))
    height = plot_height + 46 + 11 * ((len(series) + 2) // 3)
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = _LEFT, 32 + 11 * ((len(series) + 2) // 3)
    chart.width, chart.height = WIDTH - _LEFT - 40, plot_height
    numbers = [[_number(v) for v in values] for _, values in reversed(series)]
    chart.data = numbers
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.strokeColor = INK
    top = max([n for row in numbers for n in row] + [10.0])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100 if unit == "%" and top <= 100 else _nice(top)
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%" if unit == "%" else "£%d"
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.barWidth = _ROW - 1
    chart.groupSpacing = 6
    chart.barSpacing = 1
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[_shown(v, unit) for v in values] for _, values in reversed(series)]
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    for index in range(len(series)):
        grey = _GREYS[(len(series) - 1 - index) % len(_GREYS)]
        chart.bars[index].fillColor = colors.Color(grey, grey, grey)
        chart.bars[index].strokeColor = INK
        chart.bars[index].strokeWidth = 0.4
    drawing.add(chart)
    drawing.add(String(0, height - 11, title, fontName=BOLD, fontSize=8.5, fillColor=INK))
    _legend(drawing, [name for name, _ in series])
    return drawing


def _legend(drawing: Drawing, names: Sequence[str]) -> None:
    for index, name in enumerate(names):
        grey = _GREYS[index % len(_GREYS)]
        x, y = _LEFT + (index % 3) * 150, 4 + 11 * (index // 3)
        drawing.add(Rect(x, y, 8, 7, fillColor=colors.Color(grey, grey, grey), strokeColor=INK,
                         strokeWidth=0.4))  # fmt: skip
        drawing.add(String(x + 12, y + 1, name[:40], fontName=REGULAR, fontSize=7, fillColor=INK))


def _number(value: Value) -> float:
    return value if isinstance(value, float | int) and not isinstance(value, bool) else 0.0


def _shown(value: Value, unit: str) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return "—"
    return f"{value:.1f}%" if unit == "%" else f"£{value:,.0f}"


def _nice(top: float) -> float:
    """A round axis maximum a little above the largest bar."""
    step = 10 ** max(0, len(str(int(top))) - 1)
    return float((int(top * 1.15) // step + 1) * step)
