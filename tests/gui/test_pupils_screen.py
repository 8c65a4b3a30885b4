"""The pupil list: search as you type and every filter narrow it; the count follows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from helpers.gui import type_text, wait_idle
from vsdesk.services.pupil_list import PupilRow
from vsdesk.ui import i18n
from vsdesk.ui.main_window import MainWindow
from vsdesk.ui.models.pupil_table import ROW_ROLE, Column
from vsdesk.ui.screens.pupils import PupilsScreen


def open_list(qtbot: QtBot, window: MainWindow) -> PupilsScreen:
    window.show_screen(PupilsScreen)
    screen = window.screen_of(PupilsScreen)
    assert isinstance(screen, PupilsScreen)
    wait_idle(qtbot)
    assert screen.loaded
    return screen


def shown(screen: PupilsScreen) -> list[PupilRow]:
    proxy = screen.proxy
    return [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]


def test_search_as_you_type_narrows_by_name_school_and_authority(
    qtbot: QtBot, window: MainWindow
) -> None:
    screen = open_list(qtbot, window)
    everyone = shown(screen)
    assert len(everyone) == 40
    assert screen.count.text() == "40 pupil(s)"
    target = everyone[7]
    qtbot.keyClicks(screen.search, target.family_name[:4].lower())
    narrowed = shown(screen)
    assert target in narrowed and len(narrowed) < 40
    assert all(target.family_name[:4].lower() in r.family_name.lower() + " " + r.given_name.lower()
               or target.family_name[:4].lower() in (r.school + r.authority_name).lower()
               for r in narrowed)  # fmt: skip
    assert screen.count.text() == f"Showing {len(narrowed)} of 40 pupils"
    screen.search.clear()
    type_text(screen.search, f"{target.given_name} {target.school}")
    assert target in shown(screen)
    assert all(r.school == target.school for r in shown(screen))
    screen.search.clear()
    type_text(screen.search, "ŵŵŵ nobody")
    assert shown(screen) == []
    assert screen.count.text() == "Showing 0 of 40 pupils"


def test_filters_for_authority_status_meeting_and_overdue_targets(
    qtbot: QtBot, window: MainWindow
) -> None:
    screen = open_list(qtbot, window)
    everyone = shown(screen)
    authority = everyone[0].authority_id
    screen.authority.setCurrentIndex(screen.authority.findData(authority))
    by_authority = shown(screen)
    assert by_authority and all(r.authority_id == authority for r in by_authority)
    assert len(by_authority) == sum(r.authority_id == authority for r in everyone)
    screen.authority.setCurrentIndex(0)
    status = everyone[0].status
    screen.status.setCurrentIndex(screen.status.findData(status))
    assert shown(screen) and all(r.status == status for r in shown(screen))
    screen.status.setCurrentIndex(0)
    screen.overdue.setChecked(True)
    assert all(r.overdue_targets > 0 for r in shown(screen))
    assert len(shown(screen)) == sum(r.overdue_targets > 0 for r in everyone)
    screen.overdue.setChecked(False)
    screen.meeting_days.setValue(14)
    today = screen.today()
    assert all(r.next_meeting is not None and 0 <= (r.next_meeting - today).days <= 14
               for r in shown(screen))  # fmt: skip
    assert len(shown(screen)) == sum(
        r.next_meeting is not None and 0 <= (r.next_meeting - today).days <= 14 for r in everyone
    )


def row(family: str) -> PupilRow:
    return PupilRow(family, "Alex", family, "Ysgol", "a", "A", 7, "in-progress", None, 0)


def test_names_sort_in_welsh_order_when_the_window_is_welsh(
    qtbot: QtBot, window: MainWindow
) -> None:
    screen = open_list(qtbot, window)
    screen.show_rows([row(n) for n in ("Lynch", "Lloyd", "Lewis", "Cynan", "Chapman")])
    screen.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert [r.family_name for r in shown(screen)] == ["Chapman", "Cynan", "Lewis", "Lloyd", "Lynch"]
    i18n.set_language("cy")  # LanguageChange is posted: the screen re-sorts when it arrives
    welsh = ["Cynan", "Chapman", "Lewis", "Lynch", "Lloyd"]
    qtbot.waitUntil(lambda: [r.family_name for r in shown(screen)] == welsh, timeout=2000)
