"""The page: A4, the security marking top and bottom, "Page N of M", and the PDF outline.

"Page N of M" needs M before any page is finished. Rather than lay the whole pack out twice,
the canvas holds each finished page back and draws the header and footer on all of them when
the document is saved (the classic reportlab "numbered canvas"). A bookmark made while its
page is held back would point at the wrong page (reportlab names pages by a counter that only
moves when a page is really written), so section headings ask the canvas to *defer* their
bookmark, and it is placed when its page is written.

The running header carries the pupil's initials and the meeting date, never the full name:
a page found on a photocopier should not name a looked-after child.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from io import BytesIO
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
)
from reportlab.platypus.doctemplate import FrameBreak, LayoutError

from vsdesk.packs.errors import PackError
from vsdesk.packs.fonts import BOLD, REGULAR
from vsdesk.packs.forms import LinedBox
from vsdesk.packs.styles import (
    FRAME_WIDTH,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE,
    RULE,
    styles,
)

_SMALL: Final = 7.5
_MARKING_SIZE: Final = 9.0


@dataclass(frozen=True)
class Furniture:
    """What every page carries, already in the pack's language."""

    marking: str
    running: str
    printed: str
    page_label: Callable[[int, int], str]

    def draw(self, canvas: Canvas, number: int, total: int) -> None:
        width, height = PAGE
        left, right = MARGIN_X, width - MARGIN_X
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, _MARKING_SIZE)
        canvas.drawCentredString(width / 2, height - 9 * mm, self.marking)
        canvas.drawCentredString(width / 2, 6 * mm, self.marking)
        page = self.page_label(number, total)
        _pair(canvas, height - 14.5 * mm, self.running, "")
        _pair(canvas, 10.5 * mm, self.printed, page)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, height - 16.5 * mm, right, height - 16.5 * mm)
        canvas.line(left, 14.5 * mm, right, 14.5 * mm)
        canvas.restoreState()


@dataclass(frozen=True)
class Metadata:
    """The PDF document information: no full name, since viewers show the title."""

    title: str
    author: str
    subject: str
    lang: str


def _pair(canvas: Canvas, y: float, left_text: str, right_text: str) -> None:
    """A left and a right string on one line, shrunk together if they would collide."""
    size = _SMALL
    room = FRAME_WIDTH - 6 * mm
    while size > 5 and (
        stringWidth(left_text, REGULAR, size) + stringWidth(right_text, REGULAR, size) > room
    ):
        size -= 0.25
    canvas.setFont(REGULAR, size)
    canvas.drawString(MARGIN_X, y, left_text)
    canvas.drawRightString(PAGE[0] - MARGIN_X, y, right_text)


class PackCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type information
    """Holds pages back until the page count is known, then draws the page furniture."""

    def __init__(self, *args: Any, furniture: Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._held: list[dict[str, Any]] = []
        self._marks: list[tuple[str, float, float]] = []

    def defer_bookmark(self, key: str, left: float, top: float) -> None:
        """Place bookmark ``key`` at absolute (left, top) when this page is written."""
        self._marks.append((key, left, top))

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._marks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            for key, left, top in self._marks:
                self.bookmarkHorizontalAbsolute(key, top, left)
            self._furniture.draw(self, number, total)
            Canvas.showPage(self)
        self.showOutline()
        Canvas.save(self)


class SectionHeading(Flowable):  # type: ignore[misc]
    """A section title with a rule under it, a bookmark and an outline entry.

    It keeps with the next flowable, so a heading never sits alone at the foot of a page.
    """

    _GAP: Final = 3.0
    _RULE: Final = 1.2

    def __init__(self, text: str, key: str) -> None:
        super().__init__()
        self.title = text
        self.key = key
        self.keepWithNext = True
        self._para = Paragraph(escape(text), styles().section)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, text_height = self._para.wrap(avail_width, avail_height)
        self.width = avail_width
        self.height = text_height + self._GAP + self._RULE + 5
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return 12.0

    def draw(self) -> None:
        canvas = self.canv
        base = self._RULE + 5
        self._para.drawOn(canvas, 0, base + self._GAP)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(self._RULE)
        canvas.line(0, base, self.width, base)
        left, top = canvas.absolutePosition(0, self.height)
        if isinstance(canvas, PackCanvas):
            canvas.defer_bookmark(self.key, left, top)
        else:
            canvas.bookmarkHorizontalAbsolute(self.key, top, left)
        canvas.addOutlineEntry(self.title, self.key, level=0)


class HeadingGroup(KeepTogether):  # type: ignore[misc]
    """``keepWithNext`` that lets a long table *start* under its heading.

    reportlab's ``KeepTogether`` sends a heading and everything it keeps with to the next
    page whenever the group does not fit whole, so a heading over a three-page table always
    leaves the rest of a page blank. Here the group stays put when the headings and a first
    slice of what follows fit (``MIN_START``, or the whole of something that cannot split,
    such as a chart), and moves to the next page otherwise.
    """

    MIN_START: Final = 30 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._heights = [f.wrapOn(self.canv, avail_width, avail_height)[1] for f in self._content]
        self._wrapped_for = (avail_width, avail_height)
        return avail_width, 0xFFFFFF  # always ask to be split, as KeepTogether does

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if getattr(self, "_wrapped_for", None) != (avail_width, avail_height):
            self.wrap(avail_width, avail_height)
        content: list[Flowable] = list(self._content)
        frame = getattr(self, "_frame", None)
        if sum(self._heights) <= avail_height or getattr(frame, "_atTop", False):
            return content
        start = self._heights[-1]
        if isinstance(content[-1], (Table, Paragraph, LinedBox)):
            start = min(start, self.MIN_START)
        if sum(self._heights[:-1]) + start <= avail_height:
            return content
        return [FrameBreak(), *content]


def build_pdf(story: list[Flowable], furniture: Furniture, meta: Metadata) -> bytes:
    """Lay the story out on A4 and return the PDF bytes."""
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        creator="vsdesk",
        lang=meta.lang,
        displayDocTitle=True,
        keepTogetherClass=HeadingGroup,
        initialFontName=REGULAR,  # else the canvas starts in Helvetica, which is not embedded
        initialFontSize=9,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="pack", frames=[frame])])
    try:
        doc.build(story, canvasmaker=partial(PackCanvas, furniture=furniture))
    except LayoutError:
        raise PackError(
            "The meeting pack could not be laid out: one entry is too large for a page. "
            "Shorten the longest free-text entry and print again."
        ) from None
    return buffer.getvalue()
