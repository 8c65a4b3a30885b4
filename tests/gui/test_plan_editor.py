"""The plan editor: fields from the model, saving at once, refusals inline, history, undo."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTableView
from pytestqt.qtbot import QtBot

from helpers.gui import type_text, wait_idle
from vsdesk.domain import fields
from vsdesk.domain.fields import iter_leaf_specs
from vsdesk.domain.meta import Owner, fact
from vsdesk.ui import i18n
from vsdesk.ui.editor.field_widgets import FieldRow
from vsdesk.ui.editor.history_dialog import HistoryDialog
from vsdesk.ui.editor.plan_editor import PlanEditor
from vsdesk.ui.editor.structure import build_tabs, covered_templates
from vsdesk.ui.main_window import MainWindow
from vsdesk.ui.screens.plan import PlanScreen
from vsdesk.ui.screens.sync import SyncScreen
from vsdesk.ui.session import AppSession


@pytest.fixture
def screen(qtbot: QtBot, unlocked: AppSession) -> PlanScreen:
    made = PlanScreen(unlocked)
    qtbot.addWidget(made)
    made.resize(1100, 720)
    made.show()
    made.refresh()
    wait_idle(qtbot)
    return made


def first_pupil(session: AppSession) -> str:
    return sorted(s.id for s in session.pupils().summaries())[0]


def open_pupil(qtbot: QtBot, screen: PlanScreen, section: str = "") -> str:
    pupil_id = first_pupil(screen.session)
    screen.show_pupil(pupil_id, section)
    wait_idle(qtbot)
    assert screen.editor.pupil_id == pupil_id
    return pupil_id


def leave(row: FieldRow) -> None:
    """What leaving a line does: Qt's editingFinished (focus does not move offscreen)."""
    assert isinstance(row.input, QLineEdit)
    row.input.editingFinished.emit()


def retype(qtbot: QtBot, row: FieldRow, text: str) -> None:
    assert isinstance(row.input, QLineEdit)
    row.input.setFocus()
    row.input.selectAll()
    qtbot.keyClick(row.input, Qt.Key.Key_Delete)
    type_text(row.input, text)
    leave(row)
    wait_idle(qtbot)


# --- built from the model ---------------------------------------------------------------------


def test_every_leaf_of_the_catalogue_has_a_widget_or_a_column(
    qtbot: QtBot, screen: PlanScreen
) -> None:
    wanted = {spec.path for spec in iter_leaf_specs()}
    assert covered_templates(screen.editor.tab_specs) == wanted
    rows = set(screen.editor.rows)
    assert {p for p in wanted if "<id>" not in p} == rows


@dataclass
class ForestSchool:
    setting: str = fact(Owner.SCHOOL, default="")
    funded_hours: int | None = fact(Owner.SCHOOL)
    key_person_notes: str = fact(Owner.SCHOOL, text=True, default="")


def test_a_section_added_to_the_model_gets_its_own_tab_without_widget_code(
    qtbot: QtBot, unlocked: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        fields, "VIEW_SECTIONS", fields.VIEW_SECTIONS | {"forest_school": ForestSchool}
    )
    editor = PlanEditor(unlocked)
    qtbot.addWidget(editor)
    titles = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert titles[-1] == "Forest school"  # its name made readable: no label, never missing
    assert {
        "forest_school.setting",
        "forest_school.funded_hours",
        "forest_school.key_person_notes",
    } <= set(editor.rows)
    assert (
        editor.rows["forest_school.key_person_notes"].input.metaObject().className()
        == "QPlainTextEdit"
    )
    assert [f.name for f in dataclasses.fields(ForestSchool)] == [
        "setting",
        "funded_hours",
        "key_person_notes",
    ]
    assert len(build_tabs()) == len(titles)


# --- saving, refusing, history --------------------------------------------------------------


def test_a_target_edited_in_its_table_is_saved_and_shows_in_its_history(
    qtbot: QtBot, screen: PlanScreen
) -> None:
    pupil_id = open_pupil(qtbot, screen, "targets")
    page = screen.editor.tabs.currentWidget()
    targets = next(
        e for p in screen.editor.pages for e in p.collections if e.collection.name == "targets"
    )
    assert page is not None and targets.isVisible()
    model, table = targets.model, targets.table
    assert isinstance(table, QTableView)
    column = next(i for i, f in enumerate(model.fields) if f.path.endswith(".owner"))
    index = model.index(0, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "Mr Ŵyn Evans")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.editor.status.text() != "")  # the cell commits queued
    wait_idle(qtbot)

    target_id = model.item_ids()[0]
    stored = screen.session.pupils().get(pupil_id).current_plan
    assert stored is not None and stored.targets[target_id].owner == "Mr Ŵyn Evans"
    assert index.data() == "Mr Ŵyn Evans"
    assert "owner" in screen.editor.status.text().lower()

    table.setCurrentIndex(index)
    targets.history_button.click()
    wait_idle(qtbot)
    history = targets.findChildren(HistoryDialog)
    assert history, "the history dialog opened"
    shown = history[-1]
    cells = [shown.table.item(0, c).text() for c in range(4)]
    assert cells[1] == "Ms Jones" and cells[3] == "Mr Ŵyn Evans"
    shown.close()


def test_a_percentage_over_100_is_refused_inline_kept_as_typed_and_not_saved(
    qtbot: QtBot, screen: PlanScreen
) -> None:
    pupil_id = open_pupil(qtbot, screen, "attendance")
    before = screen.session.pupils().view(pupil_id)["attendance"]["percent"]
    row = screen.editor.rows["attendance.percent"]
    retype(qtbot, row, "120")
    assert row.error.isVisible()
    assert "0 to 100" in row.error.text()
    assert row.value() == "120"
    assert screen.session.pupils().view(pupil_id)["attendance"]["percent"] == before
    assert not screen.editor.undo_button.isEnabled()

    retype(qtbot, row, "96.5")
    assert not row.error.isVisible()
    assert screen.session.pupils().view(pupil_id)["attendance"]["percent"] == 96.5


def test_a_date_that_is_not_a_date_is_refused_and_the_welsh_text_typed_stays(
    qtbot: QtBot, screen: PlanScreen
) -> None:
    pupil_id = open_pupil(qtbot, screen, "wellbeing")
    before = screen.session.pupils().view(pupil_id)["wellbeing"]["sdq_date"]
    row = screen.editor.rows["wellbeing.sdq_date"]
    retype(qtbot, row, "dydd Sadwrn ŵyl")
    assert row.error.isVisible() and "date" in row.error.text()
    assert row.value() == "dydd Sadwrn ŵyl"
    assert screen.session.pupils().view(pupil_id)["wellbeing"]["sdq_date"] == before


def test_a_new_target_without_an_owner_is_refused_in_the_form_and_nothing_typed_is_lost(
    qtbot: QtBot, screen: PlanScreen
) -> None:
    pupil_id = open_pupil(qtbot, screen, "targets")
    targets = next(
        e for p in screen.editor.pages for e in p.collections if e.collection.name == "targets"
    )
    count = len(targets.model.item_ids())
    targets.add_button.click()
    dialog = targets.add_dialog
    assert dialog is not None and dialog.isVisible()
    rows = {row.path.rsplit(".", 1)[-1]: row for row in dialog.rows}
    type_text(rows["description"].input, "Darllen yn annibynnol bob dydd")
    type_text(rows["success_measure"].input, "Reads 20 minutes a day")
    type_text(rows["due"].input, screen.session.clock().date().isoformat())
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    wait_idle(qtbot)
    assert dialog.isVisible()
    assert rows["owner"].error.isVisible() and "owner" in rows["owner"].error.text()
    assert rows["description"].value() == "Darllen yn annibynnol bob dydd"
    plan = screen.session.pupils().get(pupil_id).current_plan
    assert plan is not None and len(plan.targets) == count

    type_text(rows["owner"].input, "Mrs Hâf Jones")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    wait_idle(qtbot)
    assert not dialog.isVisible()
    plan = screen.session.pupils().get(pupil_id).current_plan
    assert plan is not None and len(plan.targets) == count + 1
    assert len(targets.model.item_ids()) == count + 1


def test_authority_owned_fields_are_read_only_with_the_reason_shown(
    qtbot: QtBot, screen: PlanScreen
) -> None:
    pupil_id = open_pupil(qtbot, screen)
    school = screen.editor.rows["pupil.school"]
    assert isinstance(school.input, QLineEdit) and school.input.isReadOnly()
    assert school.reason.isVisible() and "home authority" in school.reason.text()
    assert "home authority" in school.input.toolTip()
    before = school.value()
    school.input.setFocus()
    qtbot.keyClicks(school.input, "X")
    leave(school)
    wait_idle(qtbot)
    assert school.value() == before
    assert screen.session.pupils().view(pupil_id)["pupil"]["school"] == before
    assert not screen.editor.rows["pupil.legal_status"].input.isEnabled()
    assert all(row.read_only for row in screen.editor.rows.values() if row.path.startswith("qa."))
    funding = next(
        e for p in screen.editor.pages for e in p.collections if e.collection.name == "funding"
    )
    decision = next(i for i, f in enumerate(funding.model.fields) if f.path.endswith(".decision"))
    if funding.model.rowCount():
        flags = funding.model.flags(funding.model.index(0, decision))
        assert not flags & Qt.ItemFlag.ItemIsEditable


def test_undo_puts_back_the_last_edit(qtbot: QtBot, screen: PlanScreen) -> None:
    pupil_id = open_pupil(qtbot, screen, "voice")
    row = screen.editor.rows["voice.pupil"]
    before = row.value()
    assert isinstance(row.input, QPlainTextEdit)
    row.input.setFocus()
    row.input.moveCursor(QTextCursor.MoveOperation.End)
    type_text(row.input, " Mae'n hoffi'r gôr.")
    row.commit_if_changed()
    wait_idle(qtbot)
    assert screen.session.pupils().view(pupil_id)["voice"]["pupil"].endswith("gôr.")
    assert screen.editor.undo_button.isEnabled()
    screen.editor.undo_button.click()
    wait_idle(qtbot)
    assert screen.session.pupils().view(pupil_id)["voice"]["pupil"] == before
    assert row.value() == before
    assert not screen.editor.undo_button.isEnabled()


def test_safeguarding_details_stay_hidden_until_the_teacher_shows_them(
    qtbot: QtBot, screen: PlanScreen
) -> None:
    pupil_id = open_pupil(qtbot, screen, "safeguarding")
    page = next(p for p in screen.editor.pages if p.tab.sensitive)
    carer = screen.editor.rows["safeguarding.carer_name"]
    assert not page.form_host.isVisible() and carer.value() == ""
    stored = screen.session.pupils().view(pupil_id, include_sensitive=True)["safeguarding"]
    assert stored["carer_name"]
    page.reveal_button.click()
    wait_idle(qtbot)
    assert page.form_host.isVisible() and carer.value() == stored["carer_name"]
    screen.clear()
    assert carer.value() == "" and not page.form_host.isVisible()


# --- language and routing ---------------------------------------------------------------------


def test_the_editor_turns_welsh_with_the_window(qtbot: QtBot, screen: PlanScreen) -> None:
    open_pupil(qtbot, screen, "targets")
    targets = next(
        e for p in screen.editor.pages for e in p.collections if e.collection.name == "targets"
    )
    i18n.set_language("cy")
    qtbot.wait(10)
    assert screen.editor.tabs.tabText(0) == "Y disgybl a'r lleoliad"
    assert targets.add_button.text() == "Ychwanegu…"
    assert targets.model.headerData(0, Qt.Orientation.Horizontal) == "Targed"
    assert screen.editor.rows["pupil.school"].reason.text().startswith("Yr awdurdod cartref")
    i18n.set_language("en")
    qtbot.wait(10)
    assert screen.editor.tabs.tabText(0) == "Pupil and placement"


def test_a_pupil_opened_at_a_section_shows_that_tab_and_conflicts_go_to_sync(
    qtbot: QtBot, window: MainWindow
) -> None:
    pupil_id = first_pupil(window.session)
    window.open_pupil(pupil_id, "meetings")
    wait_idle(qtbot)
    plan = window.screen_of(PlanScreen)
    assert isinstance(plan, PlanScreen) and window.stack.currentWidget() is plan
    assert plan.editor.tabs.tabText(plan.editor.tabs.currentIndex()) == "Meetings"
    window.open_pupil(pupil_id, "conflicts")
    assert window.stack.currentWidget() is window.screen_of(SyncScreen)
    wait_idle(qtbot)


def test_locking_clears_the_plan_screen(qtbot: QtBot, window: MainWindow) -> None:
    pupil_id = first_pupil(window.session)
    window.open_pupil(pupil_id, "")
    wait_idle(qtbot)
    plan = window.screen_of(PlanScreen)
    assert isinstance(plan, PlanScreen)
    assert plan.editor.rows["pupil.given_name"].value() != ""
    window.session.lock()
    assert plan.editor.pupil_id == ""
    typed = [
        r for r in plan.editor.rows.values() if isinstance(r.input, QLineEdit | QPlainTextEdit)
    ]
    assert typed and all(row.value() == "" for row in typed)
    assert plan.editor.rows["pupil.given_name"].value() == ""
    assert plan.picker.combo.count() == 0
