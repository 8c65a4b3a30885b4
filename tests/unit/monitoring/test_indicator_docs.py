"""docs/indicators.md is generated from the catalogue; a stale copy fails here."""

from __future__ import annotations

import importlib.util
from pathlib import Path

DOCS = Path(__file__).resolve().parents[3] / "docs"


def test_indicator_reference_is_current() -> None:
    spec = importlib.util.spec_from_file_location("make_indicators", DOCS / "make_indicators.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = (DOCS / "indicators.md").read_text(encoding="utf-8")
    assert module.render(current) == current, "docs/indicators.md is stale: run make_indicators"
    assert "PRAC-01 · Initial PEPs held within 20 school days" in current
    assert "CAPau cychwynnol o fewn 20 diwrnod ysgol" in current
