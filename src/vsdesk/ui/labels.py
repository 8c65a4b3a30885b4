"""Translated words for the codes the services return (plan status, deadline kinds…).

The services speak in stable codes (``ready-for-meeting``, ``initial-pep``); the window
shows them in the teacher's language. Unknown codes are shown as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def plan_status(code: str) -> str:
    return {
        "not-started": _t("Not started"),
        "in-progress": _t("In progress"),
        "ready-for-meeting": _t("Ready for meeting"),
        "submitted": _t("Submitted"),
        "quality-assured": _t("Quality assured"),
        "no-plan": _t("No plan this term"),
    }.get(code, code)


PLAN_STATUSES = ("not-started", "in-progress", "ready-for-meeting", "submitted", "quality-assured")


def deadline_kind(code: str) -> str:
    return {
        "initial-pep": _t("Initial PEP (20 school days)"),
        "significant-change": _t("New PEP after a significant change (10 working days)"),
        "termly-review": _t("Termly review"),
        "care-review": _t("PEP to the reviewing officer before the care review"),
        "sdq": _t("Annual SDQ"),
    }.get(code, code)
