"""Space to write by hand: ruled boxes, empty table rows, signature lines.

A PEP meeting is still minuted on paper in most schools; the pack leaves room that looks like
room (ruled at handwriting height, 8 mm) rather than blank page the reader may take for an
unfinished print.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from vsdesk.packs.styles import CELL_FONT, FRAME_WIDTH, INK, RULE, styles, table_style

LINE_GAP: Final = 8 * mm
SPLIT_FROM: Final = 10  # lines; shorter boxes never split
MIN_TAIL: Final = 5  # lines; a split leaving fewer than this for the next page drops them


class LinedBox(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    """A framed box ruled for handwriting; it splits across pages like text would."""

    def __init__(self, lines: int, caption: str = "") -> None:
        super().__init__()
        self.lines = max(1, lines)
        self.caption = caption
        self._caption = Paragraph(escape(caption), styles().label) if caption else None

    def _caption_height(self, width: float) -> float:
        return self._caption.wrap(width - 8, 1000)[1] + 4 if self._caption else 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self._caption_height(avail_width) + self.lines * LINE_GAP + 3
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Only a long box (the notes page) splits; a short one moves whole to the next page
        rather than leave a reader two halves of one answer."""
        fit = int((avail_height - self._caption_height(avail_width) - 3) // LINE_GAP)
        if self.lines <= SPLIT_FROM or fit < 2 or fit >= self.lines:
            return []
        if self.lines - fit < MIN_TAIL:  # a sliver of box on the next page reads as a mistake;
            return [LinedBox(fit, self.caption)]  # writing room is elastic: end it here
        return [LinedBox(fit, self.caption), LinedBox(self.lines - fit, self.caption)]

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, self.width, self.height)
        if self._caption is not None:
            self._caption.drawOn(canvas, 4, self.height - self._caption_height(self.width) + 1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        canvas.setDash(1, 2)
        for index in range(1, self.lines + 1):
            y = self.height - self._caption_height(self.width) - index * LINE_GAP
            if y > 2:
                canvas.line(4, y, self.width - 4, y)
        canvas.setDash()


def write_in_rows(
    headers: Sequence[str], rows: int, widths: Sequence[float], height: float = 16 * mm
) -> Table:
    """An empty grid under a header, e.g. new targets agreed at the meeting."""
    head = [Paragraph(escape(h), styles().cell_head) for h in headers]
    blank = [[""] * len(headers) for _ in range(rows)]
    return Table(
        [head, *blank],
        colWidths=[FRAME_WIDTH * w for w in widths],
        rowHeights=[None, *([height] * rows)],
        repeatRows=1,
        style=table_style(stripes=False),
        hAlign="LEFT",
    )


def signature_lines(headers: Sequence[str], roles: Sequence[str]) -> Table:
    """Role | name | signature | date, each a line to sign on, one row per person."""
    head = [Paragraph(escape(h), styles().cell_head) for h in headers]
    body = [[Paragraph(escape(role), styles().cell), _Line(), _Line(), _Line()] for role in roles]
    widths = (0.25, 0.27, 0.3, 0.18)
    return Table(
        [head, *body],
        colWidths=[FRAME_WIDTH * w for w in widths],
        rowHeights=[None, *([13 * mm] * len(roles))],
        repeatRows=1,
        style=[
            CELL_FONT,
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
        ],
        hAlign="LEFT",
    )


class _Line(Flowable):  # type: ignore[misc]
    """A line to write or sign on, as wide as its cell."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 1.0

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 0, self.width, 0)
