"""Translated words for the codes the services return (plan status, deadline kinds…).

The services speak in stable codes (``ready-for-meeting``, ``initial-pep``); the window
shows them in the teacher's language. The English words are marked with
``QT_TRANSLATE_NOOP`` so pyside6-lupdate collects them; unknown codes show as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from vsdesk.domain.phases import PhaseReading

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
    "post-16-review": QT_TRANSLATE_NOOP("Labels", "Post-16 transition review (Year 11)"),
    "reduced-timetable-review": QT_TRANSLATE_NOOP("Labels", "Reduced timetable review"),
}

PHASE = {
    "early-years": QT_TRANSLATE_NOOP("Labels", "Early years"),
    "school-age": QT_TRANSLATE_NOOP("Labels", "School age"),
    "post-16": QT_TRANSLATE_NOOP("Labels", "Post-16"),
}
# Year groups before Year 1 have names of their own (-2 is a funded two-year-old).
YEAR_BEFORE_ONE = {
    -2: QT_TRANSLATE_NOOP("Labels", "Age two"),
    -1: QT_TRANSLATE_NOOP("Labels", "Nursery"),
    0: QT_TRANSLATE_NOOP("Labels", "Reception"),
}


def _show(table: dict[str, object], code: str) -> str:
    english = table.get(code)
    return code if english is None else QCoreApplication.translate(CONTEXT, str(english))


def plan_status(code: str) -> str:
    return _show(PLAN_STATUS, code)


def deadline_kind(code: str) -> str:
    return _show(DEADLINE_KIND, code)


def phase_name(code: str) -> str:
    return _show(PHASE, code)


def year_group_name(year_group: int | None) -> str:
    """-1 → "Nursery", 0 → "Reception", 12 → "Year 12" (empty when not known)."""
    if year_group is None:
        return ""
    named = YEAR_BEFORE_ONE.get(year_group)
    if named is not None:
        return QCoreApplication.translate(CONTEXT, str(named))
    return QCoreApplication.translate("Labels", "Year {number}").format(number=year_group)


def phase_and_year(phase: str, year_group: int | None) -> str:
    """What a teacher calls a child's stage: "Early years · Nursery", "Post-16 · Year 12"."""
    year = year_group_name(year_group)
    return f"{phase_name(phase)} · {year}" if year else phase_name(phase)


def phase_line(reading: PhaseReading, year_group_offset: int = 0) -> str:
    """The plan header's line: phase and year group in words, and what is unusual."""
    if not reading.known:
        return QCoreApplication.translate(
            "Labels", "Phase not known (no date of birth or term): the school-age sections show"
        )
    parts = [phase_and_year(reading.phase.value, reading.year_group)]
    if year_group_offset:
        parts.append(QCoreApplication.translate("Labels", "educated out of year group"))
    if not reading.in_pep_ages:
        parts.append(QCoreApplication.translate("Labels", "outside the PEP ages (2 to 17)"))
    return " · ".join(parts)
