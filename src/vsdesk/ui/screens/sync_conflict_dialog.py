"""A sync conflict side by side: every version visible, keep one or write a merged text.

Free text typed on both sides between two syncs is never overwritten silently (DESIGN §5);
the teacher decides here. The choice is written through :meth:`ClientSync.resolve`, which
logs it as a change so the authority's copy follows at the next exchange.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vsdesk.services.client_sync import ClientSync
from vsdesk.ui.editor.field_widgets import ERROR_STYLE, shown
from vsdesk.ui.editor.labels import field_label
from vsdesk.ui.editor.structure import template_for
from vsdesk.ui.errors import error_text
from vsdesk.ui.operations import run_operation


class ConflictDialog(QDialog):
    def __init__(self, conflict: dict[str, Any], sync: ClientSync, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.sync = sync
        self.versions: list[dict[str, Any]] = list(conflict.get("versions", []))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        sides = QHBoxLayout()
        self.boxes: list[QGroupBox] = []
        self.texts: list[QPlainTextEdit] = []
        self.keep_buttons: list[QPushButton] = []
        for number, version in enumerate(self.versions, start=1):
            box = QGroupBox()
            text = QPlainTextEdit(shown(version.get("value")))
            text.setReadOnly(True)
            keep = QPushButton()
            keep.clicked.connect(lambda _=False, n=number: self.keep(n))
            inner = QVBoxLayout(box)
            inner.addWidget(text)
            inner.addWidget(keep)
            sides.addWidget(box)
            self.boxes.append(box)
            self.texts.append(text)
            self.keep_buttons.append(keep)
        self.merged_label = QLabel()
        self.merged = QPlainTextEdit("\n\n".join(shown(v.get("value")) for v in self.versions))
        self.merged_label.setBuddy(self.merged)
        self.save_merged = QPushButton()
        self.save_merged.clicked.connect(self.keep_merged)
        free_text = bool(conflict.get("free_text"))
        for widget in (self.merged_label, self.merged, self.save_merged):
            widget.setVisible(free_text)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(sides, 1)
        layout.addWidget(self.merged_label)
        layout.addWidget(self.merged)
        layout.addWidget(self.save_merged)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self.resize(860, 560)

    def retranslateUi(self) -> None:
        field = field_label(template_for(str(self.conflict.get("field", ""))))
        self.setWindowTitle(self.tr("Conflict: {field}").format(field=field))
        self.heading.setText(
            self.tr(
                "“{field}” was changed here and at the Virtual School before they had seen "
                "each other's change. Keep one version, or write one text from both."
            ).format(field=field)
        )
        for number, (box, keep, text, version) in enumerate(
            zip(self.boxes, self.keep_buttons, self.texts, self.versions, strict=True), start=1
        ):
            side = (
                self.tr("written at school")
                if version.get("side") == "school"
                else self.tr("written at the Virtual School")
            )
            box.setTitle(self.tr("Version {number}, {side}").format(number=number, side=side))
            keep.setText(self.tr("Keep version {number}").format(number=number))
            keep.setAccessibleName(keep.text())
            text.setAccessibleName(box.title())
        self.merged_label.setText(self.tr("&Merged text:"))
        self.merged.setAccessibleName(self.tr("Merged text"))
        self.save_merged.setText(self.tr("Keep the merged text"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def keep(self, number: int) -> None:
        self._resolve(number, None)

    def keep_merged(self) -> None:
        self._resolve(None, self.merged.toPlainText())

    def _resolve(self, keep: int | None, value: str | None) -> None:
        conflict_id, sync = str(self.conflict["id"]), self.sync
        self.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.setEnabled(True)
            self.error.setText(error_text(error))
            self.error.show()

        run_operation(
            self,
            lambda: sync.resolve(conflict_id, keep=keep, value=value),
            lambda _: self.accept(),
            failed,
        )
