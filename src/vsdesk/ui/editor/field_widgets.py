"""One field of the plan: its input chosen from the field's facts, and its messages.

The input follows the model's metadata: a tick box for yes/no, a list for closed choices,
a text area for free text, a line for everything else (dates and numbers included, so that
a wrong value stays on screen exactly as typed while the message says what is wrong). The
row commits when the teacher leaves the input; the vault's answer comes back through
:meth:`FieldRow.saved` or :meth:`FieldRow.refused`.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vsdesk.domain.fields import FieldSpec
from vsdesk.domain.meta import Owner
from vsdesk.services.pupils import FIXED_FIELDS
from vsdesk.ui.editor.labels import choice_label, field_label

ERROR_STYLE = "color: #a4000f; font-weight: bold;"
REASON_STYLE = "color: #505050;"


def choices_of(spec: FieldSpec) -> tuple[str, ...] | None:
    if spec.choices:
        return spec.choices
    if isinstance(spec.kind, type) and issubclass(spec.kind, Enum):
        return tuple(str(member.value) for member in spec.kind)
    return None


def is_read_only(spec: FieldSpec) -> bool:
    """The school cannot change what the authority keeps (nor the home authority at all)."""
    return spec.owner is Owner.AUTHORITY or spec.path in FIXED_FIELDS


def shown(value: Any) -> str:
    """A stored JSON value as a line of text (``None`` is empty; 95.0 shows as 95)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class FieldRow(QWidget):
    """Input + History button, with the read-only reason and the inline error below."""

    commit = Signal(str, object)  # path (filled), value
    history_requested = Signal(str)

    def __init__(self, spec: FieldSpec, path: str, read_only: bool = False) -> None:
        super().__init__()
        self.spec = spec
        self.path = path
        self.read_only = read_only or is_read_only(spec)
        self._saved: Any = None
        self.input = self._make_input()
        if isinstance(self.input, QPlainTextEdit):
            self.input.installEventFilter(self)
        self.history_button = QToolButton()
        self.history_button.clicked.connect(lambda: self.history_requested.emit(self.path))
        self.reason = QLabel()
        self.reason.setStyleSheet(REASON_STYLE)
        self.reason.setWordWrap(True)
        self.reason.setVisible(self.read_only)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.input, 1)
        line.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        self.retranslateUi()

    # --- building -------------------------------------------------------------------------

    def _make_input(self) -> QWidget:
        choices = choices_of(self.spec)
        widget: QWidget
        if self.spec.kind is bool:
            box = QCheckBox()
            box.toggled.connect(lambda _: self._commit())
            widget = box
        elif choices is not None:
            combo = QComboBox()
            if self.spec.optional:
                combo.addItem("", None)
            for code in choices:
                combo.addItem(code, code)
            combo.activated.connect(lambda _: self._commit())
            widget = combo
        elif self.spec.text:
            area = QPlainTextEdit()
            area.setTabChangesFocus(True)
            area.setFixedHeight(90)
            area.setReadOnly(self.read_only)
            widget = area
        else:
            edit = QLineEdit()
            edit.editingFinished.connect(self._commit)
            edit.setReadOnly(self.read_only)
            widget = edit
        if isinstance(widget, QCheckBox | QComboBox):
            widget.setEnabled(not self.read_only)
        return widget

    def retranslateUi(self) -> None:
        label = field_label(self.spec_template)
        self.input.setAccessibleName(label)
        self.history_button.setText(self.tr("History"))
        self.history_button.setAccessibleName(self.tr("History of {field}").format(field=label))
        self.history_button.setToolTip(self.tr("Who changed this field, and when"))
        if isinstance(self.input, QComboBox):
            for index in range(self.input.count()):
                code = self.input.itemData(index)
                self.input.setItemText(index, "" if code is None else choice_label(str(code)))
        if isinstance(self.input, QLineEdit) and self.spec.kind is date:
            self.input.setPlaceholderText(self.tr("YYYY-MM-DD"))
        reason = self.tr("Kept by the home authority: it changes when they send it.")
        self.reason.setText(reason)
        self.input.setToolTip(reason if self.read_only else "")

    @property
    def spec_template(self) -> str:
        return self.spec.path

    # --- value ----------------------------------------------------------------------------

    def value(self) -> Any:
        """What the input holds, as the service takes it (text is parsed and checked there)."""
        widget = self.input
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def set_value(self, value: Any) -> None:
        """Show a stored value (and take it as the saved one); clears any message."""
        self._saved = value
        widget = self.input
        widget.blockSignals(True)
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0) if value is not None else 0)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(shown(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(shown(value))
        widget.blockSignals(False)
        self.show_error("")

    def clear(self) -> None:
        self.set_value(None)

    def changed(self) -> bool:
        return shown(self.value()) != shown(self._saved)

    def _commit(self) -> None:
        if not self.read_only and self.changed():
            self.commit.emit(self.path, self.value())

    def commit_if_changed(self) -> None:
        self._commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.FocusOut:
            self._commit()
        return super().eventFilter(watched, event)

    # --- the vault's answer ------------------------------------------------------------------

    def saved(self, value: Any) -> None:
        self._saved = value
        self.show_error("")

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.error.setAccessibleName(message)
