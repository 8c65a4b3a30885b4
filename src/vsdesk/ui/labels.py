"""Translated words for the codes the services return (plan status, deadline kinds…).

The services speak in stable codes (``ready-for-meeting``, ``initial-pep``); the window
shows them in the teacher's language. The English words are marked with
``QT_TRANSLATE_NOOP`` so pyside6-lupdate collects them; unknown codes show as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

PLAN_STATUS = {
    "not-started": QT_TRANSLATE_NOOP("Labels", "Not started"),
    "in-progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "ready-for-meeting": QT_TRANSLATE_NOOP("Labels", "Ready for meeting"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "Submitted"),
    "quality-assured": QT_TRANSLATE_NOOP("Labels", "Quality assured"),
    "no-plan": QT_TRANSLATE_NOOP("Labels", "No plan this term"),
}
PLAN_STATUSES = ("not-started", "in-progress", "ready-for-meeting", "submitted", "quality-assured")

DEADLINE_KIND = {
    "initial-pep": QT_TRANSLATE_NOOP("Labels", "Initial PEP (20 school days)"),
    "significant-change": QT_TRANSLATE_NOOP("Labels", "New PEP after a significant change"),
    "termly-review": QT_TRANSLATE_NOOP("Labels", "Termly review"),
    "care-review": QT_TRANSLATE_NOOP("Labels", "PEP due before the care review"),
    "sdq": QT_TRANSLATE_NOOP("Labels", "Annual SDQ"),
}


def _show(table: dict[str, object], code: str) -> str:
    english = table.get(code)
    return code if english is None else QCoreApplication.translate(CONTEXT, str(english))


def plan_status(code: str) -> str:
    return _show(PLAN_STATUS, code)


def deadline_kind(code: str) -> str:
    return _show(DEADLINE_KIND, code)
