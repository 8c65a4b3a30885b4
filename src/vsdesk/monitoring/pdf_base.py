"""What the committee and comparison PDFs share: page furniture, styles, tables, build.

Both are set in the pack's DejaVu face (Welsh ŵ ŷ â print), marked on every page and
numbered "Page x of y" (a two-pass canvas: the total is known only at the end). Hierarchy
comes from size, weight and rules, so they read the same printed in black and white.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, Final

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from vsdesk.monitoring.labels import text
from vsdesk.packs.fonts import BOLD, REGULAR, register_fonts

MARGIN: Final = 16 * mm
WIDTH: Final = A4[0] - 2 * MARGIN
INK: Final = colors.black
HEADER_FILL: Final = colors.Color(0.86, 0.86, 0.86)


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=18, leading=22,
                                spaceAfter=4),
        "section": ParagraphStyle("section", base, fontName=BOLD, fontSize=13, leading=16,
                                  spaceBefore=10, spaceAfter=5),
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=7.8, leading=9.8),
        "cell": ParagraphStyle("cell", base, fontSize=8.3, leading=10),
        "cellbold": ParagraphStyle("cellbold", base, fontName=BOLD, fontSize=8.3, leading=10),
    }  # fmt: skip


def table(rows: Sequence[Sequence[Any]], widths: Sequence[float]) -> Table:
    """A ruled table with a grey header row; numbers right-aligned from column 1."""
    result = Table(list(rows), colWidths=list(widths), repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("FONTSIZE", (0, 0), (-1, -1), 8.3),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.Color(0.35, 0.35, 0.35)),
                ("BOX", (0, 0), (-1, -1), 0.6, INK),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return result


def build(story: list[Flowable], lang: str, title: str) -> bytes:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=20 * mm,
        bottomMargin=18 * mm, title=title, author="vsdesk-hub", subject=title,
        invariant=True,
    )  # fmt: skip

    def make_canvas(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(*args, report_lang=lang, **kwargs)

    document.build(story, canvasmaker=make_canvas)
    return buffer.getvalue()


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type information
    """Holds each page back until the end, then draws the furniture with the page total."""

    def __init__(self, *args: Any, report_lang: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lang = report_lang
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._furniture(number, total)
            super().showPage()
        super().save()

    def _furniture(self, number: int, total: int) -> None:
        width, height = A4
        self.setFont(BOLD, 9)
        self.drawCentredString(width / 2, height - 11 * mm, text("marking", self._lang))
        self.drawCentredString(width / 2, 9 * mm, text("marking", self._lang))
        self.setFont(REGULAR, 8)
        self.drawRightString(width - MARGIN, 9 * mm, text("page", self._lang, n=number, m=total))


def para(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(value), style)


def escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
