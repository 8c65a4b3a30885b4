"""The Print screen: a pack made with the CLI's options, previewed as pages, saved as PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from helpers.gui import type_text, wait_idle
from vsdesk.ui.screens.print_screen import PrintScreen
from vsdesk.ui.session import AppSession


@pytest.fixture
def screen(qtbot: QtBot, unlocked: AppSession) -> PrintScreen:
    made = PrintScreen(unlocked)
    qtbot.addWidget(made)
    made.resize(1100, 720)
    made.show()
    made.refresh()
    wait_idle(qtbot)
    return made


def pdf_text(path: Path, password: str | None = None) -> str:
    reader = PdfReader(path)
    if password is not None:
        assert reader.is_encrypted
        reader.decrypt(password)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def test_a_welsh_pack_is_previewed_then_saved_as_pdf(
    qtbot: QtBot, screen: PrintScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = sorted(screen.session.pupils().summaries(), key=lambda s: s.id)[0]
    screen.show_pupil(summary.id, "")
    assert screen.picker.current_id() == summary.id
    screen.language.setCurrentIndex(screen.language.findData("cy"))
    assert not screen.save_button.isEnabled()
    screen.make_button.click()
    wait_idle(qtbot, 30_000)
    assert screen.pdf is not None and len(screen.pages) >= 2
    previews = [
        w for w in screen.pages_host.findChildren(QLabel) if w.pixmap() and not w.pixmap().isNull()
    ]
    assert len(previews) == len(screen.pages)
    assert screen.pages[0].width() > 300
    assert "page(s)" in screen.result.text()

    out = tmp_path / "pack.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    screen.save_button.click()
    wait_idle(qtbot)
    assert screen.result.text() == "Saved the pack to pack.pdf."
    text = pdf_text(out)
    assert summary.family_name in text
    assert "Presenoldeb" in text and "Targedau" in text
    assert "Targets and progress" not in text  # Welsh only


def test_a_password_protects_the_saved_pack(
    qtbot: QtBot, screen: PrintScreen, tmp_path: Path
) -> None:
    summary = sorted(screen.session.pupils().summaries(), key=lambda s: s.id)[1]
    screen.show_pupil(summary.id, "")
    screen.language.setCurrentIndex(screen.language.findData("en"))
    type_text(screen.password, "Côd-pecyn-2026")
    screen.make_button.click()
    wait_idle(qtbot, 30_000)
    assert screen.pages, "the encrypted pack still previews (opened with its password)"
    out = tmp_path / "locked.pdf"
    screen.save_to(out)
    wait_idle(qtbot)
    assert PdfReader(out).is_encrypted
    assert summary.family_name in pdf_text(out, "Côd-pecyn-2026")


def test_packs_for_every_meeting_in_a_date_range_go_into_a_folder(
    qtbot: QtBot, screen: PrintScreen, tmp_path: Path
) -> None:
    pupils = screen.session.pupils().all()
    days = sorted(
        p.current_plan.plan.next_meeting
        for p in pupils
        if p.current_plan and p.current_plan.plan.next_meeting
    )
    assert days
    start, end = days[0], days[min(2, len(days) - 1)]
    wanted = sum(
        1
        for p in pupils
        if p.current_plan
        and p.current_plan.plan.next_meeting
        and start <= p.current_plan.plan.next_meeting <= end
    )
    screen.date_from.setDate(QDate(start.year, start.month, start.day))
    screen.date_to.setDate(QDate(end.year, end.month, end.day))
    assert screen.date_range() == (start, end)
    folder = tmp_path / "packs"
    folder.mkdir()
    screen.write_batch(folder)
    wait_idle(qtbot, 60_000)
    written = sorted(folder.glob("*.pdf"))
    assert len(written) == wanted
    assert screen.result.text() == f"Wrote {wanted} meeting pack(s) to packs."
    assert isinstance(start, date)


def test_printing_paints_every_page_of_the_pack(
    qtbot: QtBot, screen: PrintScreen, tmp_path: Path
) -> None:
    """The print path after QPrintDialog, on a PDF printer (no system printer offscreen)."""
    summary = sorted(screen.session.pupils().summaries(), key=lambda s: s.id)[2]
    screen.show_pupil(summary.id, "")
    screen.make_button.click()
    wait_idle(qtbot, 30_000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    screen.print_to(printer)
    wait_idle(qtbot, 30_000)
    assert screen.result.text() == f"Sent {len(screen.pages)} page(s) to the printer."
    assert len(PdfReader(printed).pages) == len(screen.pages)
