"""Type sizes, greys and table rules: the pack's typographic hierarchy in one place.

Everything must survive a black-and-white office printer, so hierarchy comes from size,
weight and rules, tables from lines and pale grey header rows, never from colour alone.
Colour is only ever a second signal (the RAG symbols are tinted, their shapes and words
carry the meaning).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from vsdesk.packs.fonts import BOLD, ITALIC, REGULAR, register_fonts

PAGE: Final = A4
MARGIN_X: Final = 16 * mm
MARGIN_TOP: Final = 22 * mm
MARGIN_BOTTOM: Final = 20 * mm
FRAME_WIDTH: Final = PAGE[0] - 2 * MARGIN_X
CELL_PADDING: Final = 3.5

#: Every table's own font: a table cell's default is Helvetica, which is not embedded.
CELL_FONT: Final = ("FONT", (0, 0), (-1, -1), REGULAR, 8.5)

INK: Final = colors.black
RULE: Final = colors.Color(0.35, 0.35, 0.35)
HEADER_FILL: Final = colors.Color(0.86, 0.86, 0.86)
STRIPE_FILL: Final = colors.Color(0.96, 0.96, 0.96)
RAG_COLOURS: Final = {
    "red": colors.Color(0.75, 0.1, 0.1),
    "amber": colors.Color(0.8, 0.5, 0.0),
    "green": colors.Color(0.1, 0.5, 0.2),
}


@dataclass(frozen=True)
class Styles:
    """The paragraph styles, named by role rather than by look."""

    title: ParagraphStyle
    section: ParagraphStyle
    subhead: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle
    banner: ParagraphStyle
    banner_note: ParagraphStyle
    agenda: ParagraphStyle
    quote: ParagraphStyle
    box_head: ParagraphStyle
    concern: ParagraphStyle


@cache
def styles() -> Styles:
    """Paragraph styles, built once (they are immutable in practice and shared by packs)."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,  # reportlab's default bullet font is Helvetica (not embedded)
        fontSize=9.5,
        leading=12.5,
        spaceAfter=4,
    )
    banner = ParagraphStyle(
        "banner",
        body,
        fontName=BOLD,
        fontSize=12,
        leading=15,
        alignment=TA_CENTER,
        textColor=colors.white,
        spaceAfter=0,
    )
    return Styles(
        title=ParagraphStyle("title", body, fontName=BOLD, fontSize=17, leading=21, spaceAfter=2),
        section=ParagraphStyle("section", body, fontName=BOLD, fontSize=13.5, leading=16.5),
        subhead=ParagraphStyle(
            "subhead",
            body,
            fontName=BOLD,
            fontSize=10.5,
            leading=13,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        body=body,
        small=ParagraphStyle("small", body, fontSize=8, leading=10, spaceAfter=2),
        cell=ParagraphStyle("cell", body, fontSize=8.5, leading=10.5, spaceAfter=0),
        cell_head=ParagraphStyle("cell_head", body, fontName=BOLD, fontSize=8, leading=10),
        label=ParagraphStyle("label", body, fontName=BOLD, fontSize=8.5, leading=10.5),
        banner=banner,
        banner_note=ParagraphStyle("banner_note", banner, fontSize=8.5, leading=11),
        agenda=ParagraphStyle("agenda", body, leftIndent=18, bulletIndent=2, spaceAfter=3),
        quote=ParagraphStyle("quote", body, fontName=ITALIC, leftIndent=8, rightIndent=8),
        box_head=ParagraphStyle("box_head", body, fontName=BOLD, fontSize=10.5, leading=13),
        concern=ParagraphStyle(
            "concern", body, fontSize=9, leading=11.5, leftIndent=11, firstLineIndent=-11
        ),
    )


def table_style(header_rows: int = 1, stripes: bool = True) -> list[tuple[object, ...]]:
    """Grid, bold grey header row(s), faint zebra stripes: legible on any printer."""
    commands: list[tuple[object, ...]] = [
        CELL_FONT,
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, INK),
        ]
    if stripes:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [None, STRIPE_FILL]))
    return commands
