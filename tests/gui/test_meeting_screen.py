"""Meeting mode: one screen records the meeting and moves the plan on, all in the vault."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from helpers.gui import type_text, wait_idle
from vsdesk.domain.workflow import PlanStatus
from vsdesk.ui.screens.meeting import MeetingScreen
from vsdesk.ui.session import AppSession


@pytest.fixture
def screen(qtbot: QtBot, unlocked: AppSession) -> MeetingScreen:
    made = MeetingScreen(unlocked)
    qtbot.addWidget(made)
    made.resize(1100, 760)
    made.show()
    made.refresh()
    wait_idle(qtbot)
    return made


def pupil_in_progress(session: AppSession) -> str:
    return next(
        p.id
        for p in sorted(session.pupils().all(), key=lambda p: p.id)
        if p.current_plan and p.current_plan.plan.status is PlanStatus.IN_PROGRESS
    )


def test_a_meeting_is_recorded_and_the_plan_moves_to_ready_for_meeting(
    qtbot: QtBot, screen: MeetingScreen
) -> None:
    session = screen.session
    pupil_id = pupil_in_progress(session)
    screen.show_pupil(pupil_id, "")
    wait_idle(qtbot)
    assert screen.status.text() == "Plan: In progress"

    screen.new_meeting.click()
    wait_idle(qtbot)
    meeting_id = screen.meeting_id()
    today = session.clock().date()
    assert meeting_id and screen.meeting.currentText().startswith(today.isoformat())

    screen.attendees.add_button.click()
    dialog = screen.attendees.add_dialog
    assert dialog is not None
    rows = {row.path.rsplit(".", 1)[-1]: row for row in dialog.rows}
    type_text(rows["name"].input, "Siôn Llŷr")
    type_text(rows["role"].input, "Carer")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    wait_idle(qtbot)
    model = screen.attendees.model
    assert model.rowCount() == 1
    presence = next(i for i, f in enumerate(model.fields) if f.path.endswith(".presence"))
    assert model.setData(model.index(0, presence), "present", Qt.ItemDataRole.EditRole)
    wait_idle(qtbot)

    screen.minutes.input.setFocus()
    type_text(screen.minutes.input, "Trafodwyd y targedau darllen; mae'r gofalwr yn hapus.")
    screen.minutes.commit_if_changed()
    wait_idle(qtbot)
    assert isinstance(screen.voice.input, QPlainTextEdit)
    screen.voice.input.setFocus()
    screen.voice.input.moveCursor(QTextCursor.MoveOperation.End)
    type_text(screen.voice.input, " Hoffwn i ymuno â'r côr.")
    screen.voice.commit_if_changed()
    wait_idle(qtbot)
    next_day = (today + timedelta(days=60)).isoformat()
    screen.next_meeting.set_value(None)
    type_text(screen.next_meeting.input, next_day)
    screen.next_meeting.commit_if_changed()
    wait_idle(qtbot)

    screen.move_buttons[PlanStatus.READY_FOR_MEETING].click()
    wait_idle(qtbot)
    assert screen.message.text() == ""
    assert screen.status.text() == "Plan: Ready for meeting"

    view = session.pupils().view(pupil_id)
    meeting = view["meetings"][meeting_id]
    assert meeting["date"] == today.isoformat()
    assert meeting["minutes"].startswith("Trafodwyd y targedau")
    [attendee] = meeting["attendees"].values()
    assert attendee == {"name": "Siôn Llŷr", "role": "Carer", "presence": "present"}
    assert view["voice"]["pupil"].endswith("ymuno â'r côr.")
    assert view["plan"]["next_meeting"] == next_day
    assert view["plan"]["status"] == "ready-for-meeting"


def test_a_plan_cannot_jump_straight_to_submitted_from_in_progress(
    qtbot: QtBot, screen: MeetingScreen
) -> None:
    pupil_id = pupil_in_progress(screen.session)
    screen.show_pupil(pupil_id, "")
    wait_idle(qtbot)
    screen.move_buttons[PlanStatus.SUBMITTED].click()
    wait_idle(qtbot)
    assert "one step at a time" in screen.message.text()
    assert screen.session.pupils().view(pupil_id)["plan"]["status"] == "in-progress"
    assert screen.status.text() == "Plan: In progress"
