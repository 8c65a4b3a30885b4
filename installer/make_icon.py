"""Make ``build/vsdesk.ico`` (Windows: the programs' and the installer's icon) from the SVG.

The icon's source is ``resources/icons/vsdesk.svg``. A Windows icon is a set of images, so
Qt draws the SVG at the sizes Explorer and the Start menu use, and this script writes them
into one ``.ico`` as PNG images (the ICO layout Windows has read since Vista: a 6-byte
header, one 16-byte entry per image, then the images). Qt's own ICO writer stores only one
image per file. Run before PyInstaller on Windows (installer/README.md); nothing generated
is committed.

    python installer/make_icon.py [OUT]
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "vsdesk.svg"
DEFAULT_OUT = ROOT / "build" / "vsdesk.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_images() -> list[tuple[int, bytes]]:
    """(size, PNG bytes) for each size, drawn by Qt from the SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QGuiApplication, QIcon

    _app = QGuiApplication.instance() or QGuiApplication([])
    icon = QIcon(str(SOURCE))
    images = []
    for size in SIZES:
        image = icon.pixmap(QSize(size, size)).toImage()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if image.isNull() or not image.save(buffer, "PNG"):
            raise SystemExit(f"could not draw {SOURCE.name} at {size} px")
        images.append((size, bytes(data.data())))
    return images


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def write_ico(out: Path = DEFAULT_OUT) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(ico_bytes(png_images()))
    return out


if __name__ == "__main__":
    print(write_ico(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT))
