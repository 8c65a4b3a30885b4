"""The contract every screen follows (docs/ui.md).

A screen is a QWidget built with the :class:`AppSession`. It

- sets every visible text in ``retranslateUi`` (called once at the end of ``__init__`` and
  again on each ``QEvent.LanguageChange``);
- loads its data in ``refresh`` (called when it is shown and after unlocking), through
  :func:`vsdesk.ui.operations.run_operation`, never on the UI thread if it may be slow;
- forgets every piece of personal data in ``clear`` (called on lock, before the key goes);
- asks for a pupil to be opened by emitting ``pupil_requested(pupil_id, section)``, which
  the main window routes to the plan screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from vsdesk.ui.session import AppSession


class Screen(QWidget):
    pupil_requested = Signal(str, str)  # pupil id, section ("" = the start of the plan)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def title(self) -> str:
        """The screen's name in the navigation, in the current language."""
        raise NotImplementedError

    def icon_name(self) -> str:
        """The SVG in ``vsdesk/ui/icons`` shown beside the title (never without it)."""
        return "blank"

    def retranslateUi(self) -> None:
        """Set every visible string again, in the current language."""

    def refresh(self) -> None:
        """Load what the screen shows (off the UI thread when slow)."""

    def clear(self) -> None:
        """Drop every piece of personal data the screen holds or shows."""

    def show_pupil(self, pupil_id: str, section: str) -> None:
        """Only the screens that show one pupil (plan, meeting, print) override this."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
