"""A meeting pack's pages as images, for the preview and for printing.

pyside6-essentials ships no QtPdf (that is the 400 MB add-ons wheel), so the pages are
rendered with PDFium through ``pypdfium2`` into ``QImage``s. This runs on a worker thread:
a ``QImage`` (unlike a ``QPixmap``) may be made off the UI thread.
"""

from __future__ import annotations

import pypdfium2
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72


def render_pages(pdf: bytes, dpi: float, password: str | None = None) -> list[QImage]:
    """Every page of ``pdf`` at ``dpi``; the images own their pixels (PDFium's are freed)."""
    document = pypdfium2.PdfDocument(pdf, password=password)
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            )
            images.append(image.copy())
            bitmap.close()
            page.close()
        return images
    finally:
        document.close()
