"""The one place an exception becomes something the teacher sees (STYLE lesson 4).

A :class:`~vsdesk.errors.VsdeskError` carries a message written for a teacher, free of
personal data: it is shown as it is. Anything else is a bug; its message and traceback may
hold a pupil's data, so only the exception's type is logged and shown.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vsdesk.errors import VsdeskError

log = logging.getLogger("vsdesk.ui")


def error_text(error: BaseException) -> str:
    """What the dialog says: the error's own words, or a data-free line for a bug."""
    if isinstance(error, VsdeskError):
        return str(error)
    log.error("internal error in the window: %s", type(error).__name__)
    return QCoreApplication.translate(
        "Errors", "Internal error ({kind}); nothing was changed. Please report it."
    ).format(kind=type(error).__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "vsdesk"))
    box.setText(error_text(error))
    box.setAccessibleName(QCoreApplication.translate("Errors", "Error"))
    box.addButton(QCoreApplication.translate("Errors", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
