"""What the package ships is built from resources/ and up to date with it (make resources)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "vsdesk_cy.ts"
UI = ROOT / "src" / "vsdesk" / "ui"
PLACEHOLDER = re.compile(r"\{[a-z]+\}|%n")


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("pyside6-lrelease is missing: pyside6-essentials ships it")
    return found


def test_shipped_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "vsdesk_cy.qm"
    subprocess.run([lrelease(), "-silent", str(TS), "-qm", str(fresh)], check=True)
    shipped = UI / "translations" / "vsdesk_cy.qm"
    assert shipped.read_bytes() == fresh.read_bytes(), "run 'make resources'"


def test_every_string_is_translated_and_keeps_its_placeholders() -> None:
    messages = list(ET.parse(TS).iter("message"))
    assert len(messages) > 100
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in texts:
            assert text.strip(), source
            assert PLACEHOLDER.findall(source) == PLACEHOLDER.findall(text) or sorted(
                PLACEHOLDER.findall(source)
            ) == sorted(PLACEHOLDER.findall(text)), source


def test_shipped_icons_are_the_resources_icons() -> None:
    sources = {p.name: p.read_bytes() for p in (ROOT / "resources" / "icons").glob("*.svg")}
    shipped = {p.name: p.read_bytes() for p in (UI / "icons").glob("*.svg")}
    assert sources and shipped == sources, "run 'make resources'"


def test_desktop_entry_starts_the_window() -> None:
    entry = (ROOT / "resources" / "vsdesk.desktop").read_text(encoding="utf-8")
    assert "Exec=vsdesk-app" in entry and "Icon=vsdesk" in entry and "Terminal=false" in entry
