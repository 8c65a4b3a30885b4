"""installer/make_icon.py writes a Windows icon holding every size, readable as one."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parents[2]


def make_icon() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icon", ROOT / "installer" / "make_icon.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_ico_holds_each_size_from_16_to_256(qapp: object, tmp_path: Path) -> None:
    module = make_icon()
    out = module.write_ico(tmp_path / "vsdesk.ico")
    reader = QImageReader(str(out), b"ico")
    assert reader.imageCount() == len(module.SIZES)
    sizes = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull()
        sizes.append(image.width())
    assert sizes == list(module.SIZES)
