"""Saving one pupil's edits: each edit goes to the vault at once, the last can be undone.

Every field widget and table of the plan editor and of meeting mode hands its edit here.
The edit runs through :meth:`PupilService.edit` off the UI thread; a refused value comes
back as a :class:`ValidationError` naming the field, which the caller shows next to that
field without touching what the teacher typed. Undo writes the previous values back (as a
new, audited edit: the history keeps both).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from vsdesk.domain.fields import set_path
from vsdesk.errors import ValidationError
from vsdesk.services.pupils import FieldChange
from vsdesk.storage.pupil_repository import AuditEntry
from vsdesk.ui.errors import show_error
from vsdesk.ui.operations import run_operation
from vsdesk.ui.session import AppSession

Saved = Callable[[list[FieldChange]], None]
Refused = Callable[[ValidationError], None]


class PupilEditing(QObject):
    """The pupil being edited, and the undo stack of the edits made in this window."""

    saved = Signal(list)  # list[FieldChange]: every widget showing those paths may update
    refused = Signal(str, str)  # field path, message
    undo_available = Signal(bool)

    def __init__(self, session: AppSession, owner: QWidget) -> None:
        super().__init__(owner)
        self.session = session
        self._owner = owner
        self.pupil_id = ""
        self.view: dict[str, Any] = {}  # the pupil view on show, kept up to date by saves
        self._undo: list[list[FieldChange]] = []

    def start(self, pupil_id: str, view: dict[str, Any] | None = None) -> None:
        self.pupil_id = pupil_id
        self.view = view or {}
        self._undo.clear()
        self.undo_available.emit(False)

    def stop(self) -> None:
        self.start("")

    def save(
        self,
        assignments: Mapping[str, Any],
        on_saved: Saved | None = None,
        on_refused: Refused | None = None,
        *,
        undoable: bool = True,
    ) -> None:
        """Write ``{path: value}`` for the current pupil; refusals go to ``on_refused``."""
        if not self.pupil_id:
            return
        pupil_id, values = self.pupil_id, dict(assignments)
        service = self.session.pupils()

        def done(changes: list[FieldChange]) -> None:
            if pupil_id != self.pupil_id:
                return
            _apply(self.view, changes)
            if undoable and changes:
                self._undo.append(changes)
                self.undo_available.emit(True)
            if on_saved is not None:
                on_saved(changes)
            self.saved.emit(changes)

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError) and pupil_id == self.pupil_id:
                if on_refused is not None:
                    on_refused(error)
                self.refused.emit(error.field or next(iter(values), ""), str(error))
                return
            show_error(self._owner, error)

        run_operation(self._owner, lambda: service.edit(pupil_id, values), done, failed)

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self, on_undone: Saved | None = None) -> None:
        """Write back the values the last edit replaced."""
        if not self._undo:
            return
        last = self._undo.pop()
        self.undo_available.emit(bool(self._undo))
        previous = {change.path: change.old for change in last}
        self.save(previous, on_undone, undoable=False)

    def history(self, path: str, on_done: Callable[[list[AuditEntry]], None]) -> None:
        """The audit entries of one field path (or of every field under a group path)."""
        if not self.pupil_id:
            return
        service, pupil_id = self.session.pupils(), self.pupil_id

        def entries() -> list[AuditEntry]:
            return [
                e
                for e in service.history(pupil_id)
                if e.field == path or e.field.startswith(path + ".")
            ]

        run_operation(self._owner, entries, on_done)


def _apply(view: dict[str, Any], changes: list[FieldChange]) -> None:
    """Bring the view on show up to date with what was written.

    An empty collection is a leaf of its own (``meetings: {}``); its first item turns it
    into a group, which the diff reports as the leaf going away: skip that one.
    """
    paths = [change.path for change in changes]
    for change in changes:
        if change.path.split(".", 1)[0] not in view:
            continue
        if change.new is None and any(p.startswith(change.path + ".") for p in paths):
            continue
        set_path(view, change.path, change.new)
