"""Add an item to a collection (a target, an action, an attendee…) with all its fields at once.

A new target must already be SMART when it is saved (the rules insist on a measure, an
owner and a due date), so it is written in one edit from a small form built from the
collection's fields; a refusal is shown next to the field it names, and the form keeps
everything typed so the teacher only mends that field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vsdesk.errors import ValidationError
from vsdesk.ui.editor.editing import PupilEditing
from vsdesk.ui.editor.field_widgets import FieldRow, shown
from vsdesk.ui.editor.labels import field_label, tab_title
from vsdesk.ui.editor.structure import Collection


class AddItemDialog(QDialog):
    def __init__(
        self,
        collection: Collection,
        root: str,
        item_id: str,
        editing: PupilEditing,
        parent: QWidget | None = None,
        id_choices: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.collection = collection
        self.editing = editing
        self.item_id = item_id
        self.root = root
        self.rows: list[FieldRow] = []
        form = QFormLayout()
        self.labels: list[QLabel] = []
        # Items keyed by a fixed list of ids (the country's areas of learning): the teacher
        # picks one of those still free instead of the dialog making up an id.
        self.id_label = QLabel()
        self.id_choice = QComboBox()
        for key, text in id_choices or ():
            self.id_choice.addItem(text, key)
        self.id_label.setBuddy(self.id_choice)
        if id_choices is not None:
            form.addRow(self.id_label, self.id_choice)
            self.item_id = str(self.id_choice.currentData() or "")
            self.id_choice.currentIndexChanged.connect(self._choose_id)
        else:
            self.id_label.hide()
            self.id_choice.hide()
        for spec in collection.fields:
            row = FieldRow(spec, f"{root}.{self.item_id}.{collection.leaf(spec.path)}")
            if row.read_only:
                continue
            row.history_button.hide()
            label = QLabel()
            label.setBuddy(row.input)
            self.labels.append(label)
            self.rows.append(row)
            form.addRow(label, row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self.resize(560, self.sizeHint().height())

    def retranslateUi(self) -> None:
        self.setWindowTitle(
            self.tr("Add to {collection}").format(collection=tab_title(self.collection.name))
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.id_label.setText(self.tr("&Area of learning:"))
        self.id_choice.setAccessibleName(self.tr("Area of learning"))
        for label, row in zip(self.labels, self.rows, strict=True):
            label.setText(field_label(row.spec.path) + ":")

    def _choose_id(self) -> None:
        self.item_id = str(self.id_choice.currentData() or "")
        for row in self.rows:
            row.path = f"{self.root}.{self.item_id}.{self.collection.leaf(row.spec.path)}"

    def assignments(self) -> dict[str, Any]:
        """The fields filled in (an empty field keeps the model's default)."""
        return {row.path: row.value() for row in self.rows if shown(row.value()) != ""}

    def save(self) -> None:
        values = self.assignments()
        if not values:
            self.message.setText(self.tr("Fill in at least one field."))
            return
        for row in self.rows:
            row.show_error("")
        self.buttons.setEnabled(False)
        self.editing.save(values, lambda _: self.accept(), self._refused, undoable=False)

    def _refused(self, error: ValidationError) -> None:
        self.buttons.setEnabled(True)
        row = next((r for r in self.rows if r.path == error.field), None)
        if row is not None:
            row.show_error(str(error))
            row.input.setFocus()
        else:
            self.message.setText(str(error))
