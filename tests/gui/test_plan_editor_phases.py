"""The plan editor by phase: each plan shows the sections of its own phase, in words.

Pupils are demo pupils rewritten through the services with a date of birth derived from
their plan's term (``helpers.phases``), so the phase follows from the data as in use.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from helpers.gui import type_text, wait_idle
from helpers.phases import pupil_in_year
from vsdesk.clock import to_local
from vsdesk.domain.frameworks import EARLY_YEARS_AREAS
from vsdesk.domain.phases import phase_on
from vsdesk.ui import i18n
from vsdesk.ui.editor.plan_editor import PlanEditor
from vsdesk.ui.labels import deadline_kind
from vsdesk.ui.main_window import MainWindow
from vsdesk.ui.models.pupil_table import ROW_ROLE, Column
from vsdesk.ui.screens.plan import PlanScreen
from vsdesk.ui.screens.pupils import PupilsScreen
from vsdesk.ui.session import AppSession

NURSERY, RECEPTION = -1, 0
ENGLISH_EYFS = [
    "Communication and language",
    "Physical development",
    "Personal, social and emotional development",
    "Literacy",
    "Mathematics",
    "Understanding the world",
    "Expressive arts and design",
]
WELSH_PATHWAYS = ["Belonging", "Communication", "Exploration", "Physical development", "Wellbeing"]


@pytest.fixture
def screen(qtbot: QtBot, unlocked: AppSession) -> PlanScreen:
    made = PlanScreen(unlocked)
    qtbot.addWidget(made)
    made.resize(1100, 720)
    made.show()
    made.refresh()
    wait_idle(qtbot)
    return made


def open_pupil(qtbot: QtBot, screen: PlanScreen, pupil_id: str, section: str = "") -> PlanEditor:
    screen.show_pupil(pupil_id, section)
    wait_idle(qtbot)
    assert screen.editor.pupil_id == pupil_id
    return screen.editor


def visible_tabs(editor: PlanEditor) -> list[str]:
    return [p.tab.key for i, p in enumerate(editor.pages) if editor.tabs.isTabVisible(i)]


def test_an_early_years_plan_has_its_section_and_no_attainment_table(
    qtbot: QtBot, screen: PlanScreen
) -> None:
    pupil_id = pupil_in_year(screen.session.pupils(), NURSERY, "england")
    editor = open_pupil(qtbot, screen, pupil_id)
    tabs = visible_tabs(editor)
    assert "early_years" in tabs
    assert "attainment" not in tabs and "post16" not in tabs
    assert {"attendance", "targets", "transition", "circumstances"} <= set(tabs)
    assert tabs.index("circumstances") > tabs.index("meetings")  # after the core sections
    assert editor.phase_label.text() == "Early years · Nursery"
    assert "out of year group" not in editor.phase_label.text()
    editor.open_section("early_years")
    assert editor.tabs.tabText(editor.tabs.currentIndex()) == "Early years"
    assert editor.rows["early_years.setting"].isVisible()


def test_a_post16_plan_has_its_section_and_no_attainment_or_school_attendance(
    qtbot: QtBot, screen: PlanScreen
) -> None:
    pupil_id = pupil_in_year(screen.session.pupils(), 12, "wales")
    editor = open_pupil(qtbot, screen, pupil_id, "attendance")
    tabs = visible_tabs(editor)
    assert "post16" in tabs
    assert not {"attainment", "attendance", "early_years"} & set(tabs)
    assert editor.tabs.isTabVisible(editor.tabs.currentIndex())  # asked for a hidden tab
    assert editor.phase_label.text() == "Post-16 · Year 12"
    row = editor.rows["post16.eet_status"]
    assert isinstance(row.input, QComboBox)
    labels = [row.input.itemText(i) for i in range(row.input.count())]
    assert "Not in education, employment or training (NEET)" in labels


def test_a_school_age_plan_keeps_its_tabs_and_the_circumstance_sections(
    qtbot: QtBot, screen: PlanScreen
) -> None:
    pupils = screen.session.pupils()
    pupil_id = pupil_in_year(pupils, 7, "wales")
    editor = open_pupil(qtbot, screen, pupil_id)
    assert visible_tabs(editor) == [
        "pupil", "safeguarding", "attendance", "attainment", "targets", "actions", "voice",
        "aln", "funding", "wellbeing", "meetings", "transition", "circumstances", "qa",
    ]  # fmt: skip
    assert editor.phase_label.text() == "School age · Year 7"
    page = next(p for p in editor.pages if p.tab.key == "circumstances")
    assert [h.text() for h, _ in page.headings] == [
        "Alternative provision or reduced timetable",
        "Child missing education",
    ]
    provider = editor.rows["alternative_provision.provider"]
    type_text(provider.input, "Canolfan Dysgu Ŵyl")
    provider.input.editingFinished.emit()  # type: ignore[attr-defined]
    wait_idle(qtbot)
    assert pupils.view(pupil_id)["alternative_provision"]["provider"] == "Canolfan Dysgu Ŵyl"


def test_an_edit_to_a_section_the_phase_does_not_use_shows_the_services_refusal(
    qtbot: QtBot, screen: PlanScreen
) -> None:
    pupils = screen.session.pupils()
    pupil_id = pupil_in_year(pupils, 7, "england")
    editor = open_pupil(qtbot, screen, pupil_id)
    row = editor.rows["post16.provider"]
    row.commit.emit("post16.provider", "Coleg Cambria")  # as if the hidden field were left
    wait_idle(qtbot)
    assert "has no post-16 section" in row.error.text()
    assert editor.status.text().startswith("Not saved:")
    assert pupils.view(pupil_id)["post16"]["provider"] == ""
    assert editor.isVisible()


def test_adding_a_development_area_offers_only_the_countrys_areas(
    qtbot: QtBot, screen: PlanScreen
) -> None:
    pupils = screen.session.pupils()
    english = pupil_in_year(pupils, RECEPTION, "england")
    editor = open_pupil(qtbot, screen, english, "early_years")
    development = editor.development_editor()
    assert development is not None and development.isVisible()
    development.add_button.click()
    dialog = development.add_dialog
    assert dialog is not None and dialog.isVisible()
    offered = [dialog.id_choice.itemText(i) for i in range(dialog.id_choice.count())]
    assert offered == ENGLISH_EYFS
    dialog.id_choice.setCurrentIndex(offered.index("Literacy"))
    progress = next(r for r in dialog.rows if r.path.endswith(".progress"))
    assert progress.path == "early_years.development.literacy.progress"
    assert isinstance(progress.input, QComboBox)
    progress.input.setCurrentIndex(progress.input.findText("On track"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    wait_idle(qtbot)
    assert not dialog.isVisible()
    stored = pupils.view(english)["early_years"]["development"]
    assert stored == {"literacy": {"progress": "on-track", "notes": ""}}
    header = development.model.headerData(0, Qt.Orientation.Vertical)
    assert header == "Literacy" and development.table.verticalHeader().isVisible()
    development.add_button.click()
    again = development.add_dialog
    assert again is not None
    left = [again.id_choice.itemText(i) for i in range(again.id_choice.count())]
    assert left == [a for a in ENGLISH_EYFS if a != "Literacy"]
    again.reject()

    welsh = pupil_in_year(pupils, NURSERY, "wales")
    editor = open_pupil(qtbot, screen, welsh, "early_years")
    development = editor.development_editor()
    assert development is not None
    development.add_button.click()
    dialog = development.add_dialog
    assert dialog is not None
    offered = [dialog.id_choice.itemText(i) for i in range(dialog.id_choice.count())]
    assert offered == WELSH_PATHWAYS
    assert [dialog.id_choice.itemData(i) for i in range(dialog.id_choice.count())] == [
        area for area, _ in EARLY_YEARS_AREAS["wales"]
    ]
    dialog.reject()


def test_the_phase_is_in_welsh_on_a_welsh_window(qtbot: QtBot, screen: PlanScreen) -> None:
    pupils = screen.session.pupils()
    little = pupil_in_year(pupils, NURSERY, "wales")
    older = pupil_in_year(pupils, 12, "wales", skip=1)
    editor = open_pupil(qtbot, screen, little)
    i18n.set_language("cy")
    qtbot.wait(10)
    try:
        assert editor.phase_label.text() == "Blynyddoedd cynnar · Meithrin"
        index = next(i for i, p in enumerate(editor.pages) if p.tab.key == "early_years")
        assert editor.tabs.tabText(index) == "Blynyddoedd cynnar"
        open_pupil(qtbot, screen, older)
        assert editor.phase_label.text() == "Ôl-16 · Blwyddyn 12"
    finally:
        i18n.set_language("en")
        qtbot.wait(10)
    assert editor.phase_label.text() == "Post-16 · Year 12"


def test_a_child_educated_out_of_year_group_is_named_so(qtbot: QtBot, screen: PlanScreen) -> None:
    pupil_id = pupil_in_year(screen.session.pupils(), 1, "england", offset=-1)
    editor = open_pupil(qtbot, screen, pupil_id)
    assert editor.phase_label.text() == "School age · Year 1 · educated out of year group"
    assert "attainment" in visible_tabs(editor)


def test_the_pupil_list_shows_and_sorts_by_todays_phase(qtbot: QtBot, unlocked: AppSession) -> None:
    pupils = unlocked.pupils()
    little = pupil_in_year(pupils, NURSERY, "england")
    older = pupil_in_year(pupils, 13, "wales")
    window = MainWindow(unlocked)
    qtbot.addWidget(window)
    window.show()
    window.show_screen(PupilsScreen)
    screen = window.screen_of(PupilsScreen)
    assert isinstance(screen, PupilsScreen)
    wait_idle(qtbot)
    today = to_local(unlocked.clock()).date()
    names = {"early-years": "Early years", "school-age": "School age", "post-16": "Post-16"}
    proxy = screen.proxy
    shown = {
        proxy.index(r, 0).data(ROW_ROLE).id: proxy.index(r, Column.PHASE).data()
        for r in range(proxy.rowCount())
    }
    for pupil_id in (little, older):
        expected = phase_on(pupils.get(pupil_id).pupil, today).phase.value
        assert shown[pupil_id] == names[expected]
    assert {shown[little], shown[older]} <= set(names.values())
    screen.table.sortByColumn(Column.PHASE, Qt.SortOrder.AscendingOrder)
    order = [proxy.index(r, 0).data(ROW_ROLE).id for r in range(proxy.rowCount())]
    phases = [shown[i] for i in order]
    ranks = [list(names.values()).index(p) for p in phases if p]
    assert ranks == sorted(ranks)
    assert proxy.headerData(Column.PHASE, Qt.Orientation.Horizontal) == "Phase"
    row_of = {proxy.index(r, 0).data(ROW_ROLE).id: r for r in range(proxy.rowCount())}
    assert proxy.index(row_of[little], Column.YEAR).data() == "Nursery"
    assert proxy.index(row_of[older], Column.YEAR).data() == "13"


def test_the_new_deadline_kinds_have_words_in_both_languages(qtbot: QtBot) -> None:
    kinds = ("post-16-review", "reduced-timetable-review")
    assert [deadline_kind(k) for k in kinds] == [
        "Post-16 transition review (Year 11)",
        "Reduced timetable review",
    ]
    i18n.set_language("cy")
    try:
        assert [deadline_kind(k) for k in kinds] == [
            "Adolygiad pontio ôl-16 (Blwyddyn 11)",
            "Adolygiad amserlen ostyngedig",
        ]
    finally:
        i18n.set_language("en")


def test_with_every_area_recorded_add_says_so_instead_of_opening_a_form(
    qtbot: QtBot, screen: PlanScreen
) -> None:
    pupils = screen.session.pupils()
    pupil_id = pupil_in_year(pupils, NURSERY, "england")
    pupils.edit(
        pupil_id,
        {
            f"early_years.development.{a}.progress": "on-track"
            for a, _ in EARLY_YEARS_AREAS["england"]
        },
    )
    editor = open_pupil(qtbot, screen, pupil_id, "early_years")
    development = editor.development_editor()
    assert development is not None
    assert [
        development.model.headerData(r, Qt.Orientation.Vertical)
        for r in range(development.model.rowCount())
    ] == ENGLISH_EYFS  # in the framework's order, not the ids' alphabetical one
    development.add_button.click()
    assert development.add_dialog is None
    assert development.error.isVisible()
    assert development.error.text() == "Every area already has a row: edit it in the table."
