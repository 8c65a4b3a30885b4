"""The pack's two charts, drawn for a black-and-white printer.

Attendance is a bar per term (pale grey, this term dark), the value printed on every bar,
with the 90% persistent-absence line dashed across. The SDQ trend is a black line with
round markers and the score printed at each point, over grey bands for "borderline" and
"cause for concern". Nothing depends on colour, and all text is set in the pack's font so
that Welsh term names print correctly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit

from vsdesk.packs.fonts import BOLD, REGULAR
from vsdesk.packs.labels import SEPARATOR, Labels
from vsdesk.packs.styles import FRAME_WIDTH, INK

Point = tuple[str, float | None]

_PALE: Final = colors.Color(0.8, 0.8, 0.8)
_DARK: Final = colors.Color(0.25, 0.25, 0.25)
_BAND_HIGH: Final = colors.Color(0.84, 0.84, 0.84)
_BAND_MID: Final = colors.Color(0.93, 0.93, 0.93)
_TICK: Final = 7.0
_LEFT: Final = 30.0
_BOTTOM: Final = 34.0
_RIGHT: Final = 96.0
_TOP: Final = 24.0
SDQ_MAX: Final = 40


def attendance_chart(labels: Labels, points: Sequence[Point], height: float = 62 * mm) -> Drawing:
    """Bars for the given terms, oldest first; the last bar is this term."""
    drawing = _drawing(height)
    chart = VerticalBarChart()
    _place(chart, height)
    chart.data = [[value or 0 for _, value in points]]
    chart.barLabelFormat = "values"
    chart.barLabelArray = [["—" if v is None else f"{v:.1f}%" for _, v in points]]
    _font(chart.barLabels, _TICK - 0.5)
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.boxFillColor = colors.white  # a label stays legible over the 90% line
    chart.barLabels.nudge = 3
    chart.bars[0].fillColor = _PALE
    chart.bars[0].strokeColor = INK
    chart.bars[0].strokeWidth = 0.5
    chart.bars[(0, len(points) - 1)].fillColor = _DARK
    chart.barWidth = 10
    chart.groupSpacing = 8
    _axes(chart, [name for name, _ in points], 0, 100, 20, "%d%%")
    _threshold(drawing, chart, 90.0, labels("att.threshold"))  # first: bars cover it
    drawing.add(chart)
    _title(drawing, labels("att.chart"), height)
    drawing.add(String(_LEFT, 2, labels("att.key"), fontName=REGULAR, fontSize=_TICK))
    return drawing


def sdq_chart(labels: Labels, points: Sequence[Point], height: float = 62 * mm) -> Drawing:
    """The SDQ total score per term, oldest first, over the borderline/concern bands."""
    drawing = _drawing(height)
    chart = HorizontalLineChart()
    _place(chart, height)
    _bands(drawing, chart, labels)
    chart.data = [[value for _, value in points]]
    chart.joinedLines = 1
    chart.lines[0].strokeColor = INK
    chart.lines[0].strokeWidth = 1.4
    chart.lines[0].symbol = makeMarker("FilledCircle", size=4.5, fillColor=INK)
    chart.lineLabelFormat = "%d"
    _font(chart.lineLabels, _TICK)
    chart.lineLabels.dy = 7
    _axes(chart, [name for name, _ in points], 0, SDQ_MAX, 10, "%d")
    drawing.add(chart)
    _title(drawing, labels("sdq.chart"), height)
    return drawing


def _drawing(height: float) -> Drawing:
    """A drawing whose starting font is ours: reportlab's graphics state starts in
    Times-Roman, which would put an unembedded font in the PDF even if no text used it."""
    drawing = Drawing(FRAME_WIDTH, height)
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = _TICK
    return drawing


def _place(chart: VerticalBarChart | HorizontalLineChart, height: float) -> None:
    chart.x, chart.y = _LEFT, _BOTTOM
    chart.width = FRAME_WIDTH - _LEFT - _RIGHT
    chart.height = height - _BOTTOM - _TOP


def _axes(
    chart: VerticalBarChart | HorizontalLineChart,
    names: list[str],
    low: float,
    high: float,
    step: float,
    tick_format: str,
) -> None:
    chart.categoryAxis.categoryNames = names
    _font(chart.categoryAxis.labels, _TICK)
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = INK
    chart.valueAxis.valueMin = low
    chart.valueAxis.valueMax = high
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = tick_format
    chart.valueAxis.strokeColor = INK
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.gridStrokeWidth = 0.3
    _font(chart.valueAxis.labels, _TICK)


def _font(label: object, size: float) -> None:
    label.fontName = REGULAR  # type: ignore[attr-defined]
    label.fontSize = size  # type: ignore[attr-defined]
    label.fillColor = INK  # type: ignore[attr-defined]


def _y(chart: VerticalBarChart | HorizontalLineChart, value: float, high: float) -> float:
    return float(chart.y + chart.height * value / high)


def _threshold(drawing: Drawing, chart: VerticalBarChart, value: float, text: str) -> None:
    y = _y(chart, value, 100)
    line = Line(chart.x, y, chart.x + chart.width, y, strokeColor=INK, strokeWidth=0.8)
    line.strokeDashArray = [4, 2]
    drawing.add(line)
    _side_note(drawing, chart, y - 3, text)


def _bands(drawing: Drawing, chart: HorizontalLineChart, labels: Labels) -> None:
    """Shade 14–16 (borderline) and 17–40 (cause for concern), each named at the side."""
    for low, high, fill, key in (
        (14, 17, _BAND_MID, "sdq.borderline"),
        (17, SDQ_MAX, _BAND_HIGH, "sdq.concern"),
    ):
        bottom, top = _y(chart, low, SDQ_MAX), _y(chart, high, SDQ_MAX)
        drawing.add(
            Rect(chart.x, bottom, chart.width, top - bottom, fillColor=fill, strokeColor=None)
        )
        _side_note(drawing, chart, (bottom + top) / 2 - 3, labels(key))


def _side_note(
    drawing: Drawing, chart: VerticalBarChart | HorizontalLineChart, y: float, text: str
) -> None:
    """Text wrapped into the margin right of the plot, centred on ``y``; in a bilingual
    pack the Welsh comes first, then the English."""
    size = _TICK - 0.5
    lines = [
        line
        for part in text.split(SEPARATOR)
        for line in simpleSplit(part, REGULAR, size, _RIGHT - 8)
    ]
    for index, line in enumerate(lines):
        offset = (len(lines) - 1) * (size + 1) / 2 - index * (size + 1)
        drawing.add(
            String(
                chart.x + chart.width + 5,
                y + offset,
                line,
                fontName=REGULAR,
                fontSize=size,
                fillColor=INK,
            )
        )


def _title(drawing: Drawing, text: str, height: float) -> None:
    drawing.add(String(_LEFT, height - 11, text, fontName=BOLD, fontSize=8.5, fillColor=INK))
