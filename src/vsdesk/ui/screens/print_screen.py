"""The Print screen: a pupil's meeting pack with the CLI's options, previewed, printed or saved;
and packs for every meeting in a date range.

The pack is made by the same service as ``vsdesk pack`` (language, safeguarding details,
blank pre-meeting copy, password). Its pages are previewed as images (PDFium), printed
through the system's print dialog, or saved as the PDF itself.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vsdesk.files import write_atomically
from vsdesk.services.packs import Lang, PackRequest, due_pupils, render_one, write_due
from vsdesk.ui.editor.pupil_picker import PupilPicker
from vsdesk.ui.errors import error_text
from vsdesk.ui.operations import run_operation
from vsdesk.ui.screens.base import Screen
from vsdesk.ui.screens.print_pages import render_pages
from vsdesk.ui.session import AppSession

PREVIEW_DPI = 60
PRINT_DPI = 200
BATCH_DAYS = 14


class PrintScreen(Screen):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.picker = PupilPicker(session)
        self.language = QComboBox()
        for code in ("en", "cy", "both"):
            self.language.addItem("", code)
        self.sensitive = QCheckBox()
        self.blank = QCheckBox()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.make_button = QPushButton()
        self.make_button.clicked.connect(self.make_pack)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.choose_save)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_pack)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.pages_host = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_host)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview = QScrollArea()
        self.preview.setWidgetResizable(True)
        self.preview.setWidget(self.pages_host)
        self.batch = QGroupBox()
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.batch_button = QPushButton()
        self.batch_button.clicked.connect(self.choose_batch_folder)
        self._labels: dict[str, QLabel] = {}
        self._build()
        self.pdf: bytes | None = None
        self.pages: list[QImage] = []
        self._request: PackRequest | None = None
        self._apply_defaults()
        self.retranslateUi()
        self._set_ready(False)

    def _label(self, key: str, buddy: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(buddy)
        self._labels[key] = label
        return label

    def _build(self) -> None:
        options = QFormLayout()
        options.addRow(self._label("language", self.language), self.language)
        options.addRow("", self.sensitive)
        options.addRow("", self.blank)
        options.addRow(self._label("password", self.password), self.password)
        actions = QHBoxLayout()
        for button in (self.make_button, self.print_button, self.save_button):
            actions.addWidget(button)
        batch = QFormLayout(self.batch)
        batch.addRow(self._label("from", self.date_from), self.date_from)
        batch.addRow(self._label("to", self.date_to), self.date_to)
        batch.addRow("", self.batch_button)
        left = QVBoxLayout()
        left.addWidget(self.picker)
        left.addLayout(options)
        left.addLayout(actions)
        left.addWidget(self.result)
        left.addStretch(1)
        left.addWidget(self.batch)
        side = QWidget()
        side.setLayout(left)
        side.setMaximumWidth(460)
        layout = QHBoxLayout(self)
        layout.addWidget(side)
        layout.addWidget(self.preview, 1)

    def _apply_defaults(self) -> None:
        settings = self.session.settings
        self.language.setCurrentIndex(max(self.language.findData(settings.pack_language), 0))
        self.sensitive.setChecked(settings.pack_include_sensitive)
        today = self.session.clock().date()
        self.date_from.setDate(QDate(today.year, today.month, today.day))
        end = today + timedelta(days=BATCH_DAYS)
        self.date_to.setDate(QDate(end.year, end.month, end.day))

    def title(self) -> str:
        return self.tr("Print")

    def icon_name(self) -> str:
        return "print"

    def retranslateUi(self) -> None:
        self.picker.retranslateUi()
        for index, text in enumerate(
            (self.tr("English"), self.tr("Welsh"), self.tr("Welsh and English"))
        ):
            self.language.setItemText(index, text)
        self._labels["language"].setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language of the pack"))
        self.sensitive.setText(self.tr("Include &safeguarding details"))
        self.blank.setText(self.tr("&Blank pre-meeting copy to write in"))
        self._labels["password"].setText(self.tr("Pass&word (optional):"))
        self.password.setAccessibleName(self.tr("Password for the PDF (optional)"))
        self.password.setPlaceholderText(self.tr("Leave empty for no password"))
        self.make_button.setText(self.tr("&Make pack"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("Sa&ve PDF…"))
        self.preview.setAccessibleName(self.tr("Preview of the pack"))
        self.batch.setTitle(self.tr("Packs for every meeting in a date range"))
        self._labels["from"].setText(self.tr("&From:"))
        self._labels["to"].setText(self.tr("&To:"))
        self.date_from.setAccessibleName(self.tr("From"))
        self.date_to.setAccessibleName(self.tr("To"))
        self.batch_button.setText(self.tr("Make packs into a folder…"))
        for button in (self.make_button, self.print_button, self.save_button, self.batch_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))

    def refresh(self) -> None:
        self.picker.refresh()

    def show_pupil(self, pupil_id: str, section: str) -> None:
        self.picker.select(pupil_id)

    def clear(self) -> None:
        self.picker.clear()
        self.password.clear()
        self._forget_pack()
        self.result.clear()

    # --- one pack ---------------------------------------------------------------------------

    def request(self) -> PackRequest:
        lang: Lang = self.language.currentData()
        return PackRequest(
            lang=lang,
            include_sensitive=self.sensitive.isChecked(),
            blank=self.blank.isChecked(),
            password=self.password.text() or None,
        )

    def make_pack(self) -> None:
        pupil_id = self.picker.current_id()
        if not pupil_id:
            self.result.setText(self.tr("Choose a pupil first."))
            return
        request, service = self.request(), self.session.pupils()

        def work() -> tuple[bytes, list[QImage]]:
            pdf = render_one(service, pupil_id, request)
            return pdf, render_pages(pdf, PREVIEW_DPI, request.password)

        self._forget_pack()
        self.make_button.setEnabled(False)
        self.result.setText(self.tr("Making the pack…"))
        run_operation(self, work, lambda made: self._show_pack(request, *made), self._failed)

    def _show_pack(self, request: PackRequest, pdf: bytes, pages: list[QImage]) -> None:
        self.make_button.setEnabled(True)
        self.pdf, self.pages, self._request = pdf, pages, request
        for number, image in enumerate(pages, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Page {number}").format(number=number))
            label.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(label)
        self.result.setText(
            self.tr("The pack is ready: {pages} page(s), {size} KiB.").format(
                pages=len(pages), size=max(1, len(pdf) // 1024)
            )
        )
        self._set_ready(True)

    def _forget_pack(self) -> None:
        self.pdf, self.pages, self._request = None, [], None
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _failed(self, error: BaseException) -> None:
        self.make_button.setEnabled(True)
        self.batch_button.setEnabled(True)
        self.result.setText(self.tr("Nothing was made: {reason}").format(reason=error_text(error)))

    def choose_save(self) -> None:
        if self.pdf is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the pack"), "pep-pack.pdf", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        pdf = self.pdf
        if pdf is None:
            return
        run_operation(
            self,
            lambda: write_atomically(path, pdf, "meeting pack"),
            lambda _: self.result.setText(
                self.tr("Saved the pack to {file}.").format(file=path.name)
            ),
            self._failed,
        )

    def print_pack(self) -> None:
        if self.pdf is None or self._request is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Render the pages at print resolution on a worker, then paint them on ``printer``."""
        if self.pdf is None or self._request is None:
            return
        pdf, password = self.pdf, self._request.password
        run_operation(
            self,
            lambda: render_pages(pdf, PRINT_DPI, password),
            lambda pages: self._paint(printer, pages),
            self._failed,
        )

    def _paint(self, printer: QPrinter, pages: list[QImage]) -> None:
        painter = QPainter(printer)
        try:
            for number, image in enumerate(pages):
                if number:
                    printer.newPage()
                area = painter.viewport()
                scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(area.x(), area.y(), scaled.width(), scaled.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(area)
        finally:
            painter.end()
        self.result.setText(
            self.tr("Sent {pages} page(s) to the printer.").format(pages=len(pages))
        )

    # --- many packs -------------------------------------------------------------------------

    def date_range(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]

    def choose_batch_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the packs"))
        if folder:
            self.write_batch(Path(folder))

    def write_batch(self, folder: Path) -> None:
        start, end = self.date_range()
        request, service = self.request(), self.session.pupils()
        self.batch_button.setEnabled(False)
        self.result.setText(self.tr("Making the packs…"))

        def done(written: list[Path]) -> None:
            self.batch_button.setEnabled(True)
            self.result.setText(
                self.tr("Wrote {count} meeting pack(s) to {folder}.").format(
                    count=len(written), folder=folder.name
                )
            )

        def work() -> list[Path]:
            due = due_pupils(service, start, end)
            return write_due(service, due, folder, request)

        run_operation(self, work, done, self._failed)
