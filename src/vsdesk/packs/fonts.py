"""The pack's one typeface: DejaVu Sans, shipped in ``resources/fonts`` with its licence.

reportlab's built-in PDF fonts (Helvetica, Times) only cover Latin-1 through WinAnsi, so
Welsh ŵ and ŷ come out as black boxes. DejaVu Sans carries every Welsh letter and the
symbols the pack uses for black-and-white RAG (■ ▲ ● ✓ ✗ ☐). Parsing a TrueType file costs
tens of milliseconds, so the fonts are registered once per process (``functools.cache``);
reportlab embeds only the glyphs a pack uses.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY: Final = "VsdeskSans"
REGULAR: Final = "VsdeskSans"
BOLD: Final = "VsdeskSans-Bold"
ITALIC: Final = "VsdeskSans-Oblique"

_FILES: Final = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}


def font_files() -> dict[str, Traversable]:
    """Each face's name and the file it is read from (``--self-test`` reads them too)."""
    folder = resources.files("vsdesk.packs").joinpath("resources").joinpath("fonts")
    return {name: folder.joinpath(filename) for name, filename in _FILES.items()}


@cache
def register_fonts() -> str:
    """Register the family (idempotent, once per process) and return its name.

    ``<b>`` and ``<i>`` in paragraphs map to the bold and oblique faces; bold italic, which
    the pack never sets, falls back to bold rather than shipping a fourth file.
    """
    for name, file in font_files().items():
        with resources.as_file(file) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    return FAMILY
