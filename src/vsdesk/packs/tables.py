"""Tables that flow across pages without losing a word.

Every cell is a Paragraph (so long text wraps instead of running off the page), every table
repeats its header row on each page it spans (``repeatRows=1``), and a row taller than a
whole page may split inside itself (``splitInRow``) rather than stop the pack with a
``LayoutError``. Status cells pair a shape with words (■ Red — not on track), tinted as a
second signal only, so that a black-and-white copy says the same as a colour one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, TypeAlias
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from vsdesk.packs.labels import Labels
from vsdesk.packs.styles import (
    CELL_FONT,
    CELL_PADDING,
    FRAME_WIDTH,
    RAG_COLOURS,
    STRIPE_FILL,
    Styles,
    styles,
    table_style,
)

Cell: TypeAlias = "str | Flowable"

#: Shapes that tell red, amber and green apart without colour.
RAG_SYMBOLS: Final = {"red": "■", "amber": "▲", "green": "●"}
NO_RATING: Final = "○"
STATE_SYMBOLS: Final = {
    "done": "✓",
    "overdue": "✗",
    "open": "○",
    "approved": "✓",
    "declined": "✗",
    "pending": "…",
    "above": "▲",
    "at": "●",
    "below": "▼",
}
TICK_BOX: Final = "☐"
_MIN_IN_ROW_SPLIT: Final = 36  # points of a tall row that must fit before it is split


def text(value: str, style_name: str = "cell") -> Paragraph:
    """User or label text as a Paragraph: escaped (a ``<`` in a note is not markup) and
    with its line breaks kept."""
    style = getattr(styles(), style_name)
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


def marked(symbol: str, words: str, colour_of: str | None = None) -> Paragraph:
    """A symbol then words; the symbol is tinted when ``colour_of`` names a RAG colour."""
    colour = RAG_COLOURS.get(colour_of or "")
    shape = escape(symbol)
    if colour is not None:
        shape = f'<font color="{colour.hexval().replace("0x", "#")}">{shape}</font>'
    return Paragraph(f"{shape} {escape(words)}", styles().cell)


def rag(labels: Labels, rating: str | None) -> Paragraph:
    """A target's progress: shape, colour and words (``■ Red — not on track``)."""
    if rating not in RAG_SYMBOLS:
        return marked(NO_RATING, labels("rag.none"))
    return marked(RAG_SYMBOLS[rating], labels(f"rag.{rating}"), rating)


def rating_word(labels: Labels, rating: str | None) -> str:
    """A short RAG rating in words with its shape, for a plain-text line."""
    if rating not in RAG_SYMBOLS:
        return f"{NO_RATING} {labels('rag.none')}"
    return f"{RAG_SYMBOLS[rating]} {labels(f'word.{rating}')}"


def tick_boxes(options: Sequence[str]) -> Paragraph:
    """Boxes to tick by hand: ``☐ Red   ☐ Amber   ☐ Green``."""
    return Paragraph(
        "&nbsp;&nbsp; ".join(f"{TICK_BOX}&nbsp;{escape(option)}" for option in options),
        styles().cell,
    )


def data_table(
    headers: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float]
) -> Table:
    """A grid with a repeated header row; ``widths`` are fractions of the frame width."""
    style: Styles = styles()
    head = [Paragraph(escape(h), style.cell_head) for h in headers]
    body = [[_cell(value) for value in row] for row in rows]
    return Table(
        [head, *body],
        colWidths=[FRAME_WIDTH * w for w in widths],
        repeatRows=1,
        splitInRow=_MIN_IN_ROW_SPLIT,
        style=table_style(),
        hAlign="LEFT",
    )


def key_values(rows: Sequence[tuple[str, Cell]]) -> Table:
    """Label | value pairs (the cover's identity block, the plan summary).

    The label column is as wide as the longest label needs, within bounds, so that English
    labels leave room for values and bilingual ones do not wrap into three lines.
    """
    body = [[text(label, "label"), _cell(value)] for label, value in rows]
    label_width = _label_column([label for label, _ in rows])
    return Table(
        body,
        colWidths=[label_width, FRAME_WIDTH - label_width],
        splitInRow=_MIN_IN_ROW_SPLIT,
        style=[
            CELL_FONT,
            *table_style(header_rows=0, stripes=False),
            ("BACKGROUND", (0, 0), (0, -1), STRIPE_FILL),
        ],
        hAlign="LEFT",
    )


def compact_pairs(rows: Sequence[tuple[str, Cell]]) -> Table:
    """Label | value pairs without a grid, for a box that already has a frame."""
    body = [[text(label, "label"), _cell(value)] for label, value in rows]
    return Table(
        body,
        colWidths=["38%", "62%"],
        style=[
            CELL_FONT,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ],
        hAlign="LEFT",
    )


def _label_column(labels: Sequence[str]) -> float:
    style = styles().label
    widest = max(
        (stringWidth(label, style.fontName, style.fontSize) for label in labels), default=0
    )
    return float(min(max(widest + 2 * CELL_PADDING + 2, 0.24 * FRAME_WIDTH), 0.42 * FRAME_WIDTH))


def _cell(value: Cell) -> Flowable:
    return text(value) if isinstance(value, str) else value
