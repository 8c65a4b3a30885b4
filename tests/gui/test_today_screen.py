"""Today lists what is due, and a line opens the pupil at the right section."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from helpers.gui import wait_idle
from vsdesk.clock import to_local
from vsdesk.ui.main_window import MainWindow
from vsdesk.ui.screens.plan import PlanScreen
from vsdesk.ui.screens.today import PUPIL_ROLE, SECTION_ROLE, TodayScreen


def test_a_meeting_next_week_is_listed_and_opens_the_pupil_at_meetings(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = window.session
    pupil = session.pupils().summaries()[0]
    next_week = to_local(session.clock()).date() + timedelta(days=7)
    session.pupils().edit(pupil.id, {"plan.next_meeting": next_week.isoformat()})
    window.show_screen(TodayScreen)
    wait_idle(qtbot)
    today = window.screen_of(TodayScreen)
    assert isinstance(today, TodayScreen)
    meetings = today.tree.topLevelItem(0)
    assert meetings.text(0).startswith("Meetings in the next 14 days")
    lines = [meetings.child(i) for i in range(meetings.childCount())]
    line = next(x for x in lines if x.data(0, PUPIL_ROLE) == pupil.id)
    assert line.text(1) == next_week.isoformat()
    assert pupil.name in line.text(0)
    plan = window.screen_of(PlanScreen)
    opened: list[tuple[str, str]] = []
    plan.show_pupil = lambda pid, section: opened.append((pid, section))  # type: ignore[method-assign]
    today.tree.setCurrentItem(line)
    today.tree.itemActivated.emit(line, 0)
    assert opened == [(pupil.id, line.data(0, SECTION_ROLE))] and opened[0][1] == "meetings"
    assert window.stack.currentWidget() is plan
