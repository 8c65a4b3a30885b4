"""Values that contradict each other: found in a record, refused when an edit brings them in,
and the school calendar and year-group arithmetic behind them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from vsdesk.domain.consistency import inconsistencies, refuse_new_contradictions
from vsdesk.domain.model import Pupil
from vsdesk.domain.profiles import WALES
from vsdesk.domain.rules import problems
from vsdesk.domain.school_calendar import (
    bank_holidays,
    easter_sunday,
    is_school_day,
    year_group_for,
)
from vsdesk.domain.text_safety import escape_for_terminal, unsafe_character
from vsdesk.errors import ValidationError
from vsdesk.services.pupils import PupilService
from vsdesk.services.synthetic import PRIMARY_SCHOOLS, generate_pupils
from vsdesk.storage.vault import Vault

TODAY = date(2026, 11, 23)


def pupil() -> Pupil:
    return generate_pupils(1, 11, today=TODAY)[0]


def kinds(found: Pupil) -> set[str]:
    return {i.kind for i in inconsistencies(found)}


def test_the_demo_world_is_consistent_and_behaves_like_schools() -> None:
    world = generate_pupils(200, 4, today=TODAY, terms=4)
    assert [i for p in world for i in inconsistencies(p)] == []
    for one in world:
        born, year = one.pupil.date_of_birth, one.pupil.year_group
        assert born is not None and year is not None
        assert year == year_group_for(born, 2026) + one.pupil.year_group_offset
        if 1 <= year <= 11:  # school age: a primary or a secondary school, as the year needs
            assert (one.pupil.school in PRIMARY_SCHOOLS) == (year <= 6)
        elif year == 0:  # Reception is in a primary school
            assert one.pupil.school in PRIMARY_SCHOOLS
        elif year >= 12:  # post-16: a sixth form, college, training provider or employer
            assert one.pupil.school not in PRIMARY_SCHOOLS
        days = [m.date for plan in one.plans for m in plan.meetings.values() if m.date]
        days += [plan.plan.next_meeting for plan in one.plans if plan.plan.next_meeting]
        assert all(is_school_day(day) for day in days)
    assert any(p.pupil.first_language == "welsh" for p in world)
    assert generate_pupils(5, 4, today=TODAY) == generate_pupils(5, 4, today=TODAY)


def test_year_group_uses_the_first_of_september_cut_off() -> None:
    assert year_group_for(date(2019, 9, 1), 2024) == 0  # youngest of the Reception year
    assert year_group_for(date(2019, 8, 31), 2024) == 1  # oldest of Year 1
    assert year_group_for(date(2012, 3, 14), 2026) == 10


def test_the_year_group_rule_uses_the_out_of_year_group_offset() -> None:
    found = pupil()
    found.pupil.aln_status, found.current_plan.plan.aln_summary = "none", ""  # type: ignore[union-attr]
    assert found.pupil.year_group is not None and found.pupil.year_group_offset == 0
    found.pupil.year_group_offset = -1  # educated a year below: the old year now contradicts
    assert kinds(found) == {"year_group"}
    found.pupil.year_group -= 1
    assert kinds(found) == set()


def test_bank_holidays_easter_and_christmas_are_not_school_days() -> None:
    assert easter_sunday(2027) == date(2027, 3, 28)
    assert date(2026, 12, 28) in bank_holidays(2026)  # Boxing Day on a Saturday moves
    for shut in (date(2026, 12, 25), date(2026, 12, 5), date(2026, 10, 27), date(2027, 8, 2)):
        assert not is_school_day(shut)
    assert is_school_day(date(2026, 12, 7))


@pytest.mark.parametrize(
    ("change", "kind"),
    [
        (lambda p: setattr(p.pupil, "year_group", 4), "year_group"),
        (lambda p: setattr(p.pupil, "aln_status", "aln-idp"), "aln"),
        (
            lambda p: setattr(
                p.current_plan,
                "attendance",
                replace(
                    p.current_plan.attendance,
                    percent=99.0,
                    sessions_missed=30,
                    sessions_possible=120,
                ),
            ),
            "attendance",
        ),
        (lambda p: setattr(p.current_plan.plan, "next_meeting", date(2026, 12, 26)), "meeting_day"),
    ],
)
def test_each_rule_finds_its_contradiction(change: object, kind: str) -> None:
    found = pupil()
    found.pupil.aln_status = "none"
    found.current_plan.plan.aln_summary = ""  # type: ignore[union-attr]
    assert kinds(found) == set()
    change(found)  # type: ignore[operator]
    assert kinds(found) == {kind}


def test_only_new_contradictions_are_refused_and_a_meeting_day_only_warns() -> None:
    before = pupil()
    after = generate_pupils(1, 11, today=TODAY)[0]
    after.pupil.year_group = 3
    with pytest.raises(ValidationError, match="1 September") as caught:
        refuse_new_contradictions(before, after)
    assert caught.value.field == "pupil.year_group"
    refuse_new_contradictions(after, after)  # arrived by sync: other edits still go through
    holiday = generate_pupils(1, 11, today=TODAY)[0]
    holiday.current_plan.plan.next_meeting = date(2026, 12, 25)  # type: ignore[union-attr]
    refuse_new_contradictions(before, holiday)


def test_the_pupil_service_refuses_an_edit_that_contradicts_and_saves_nothing(
    vault: Vault,
) -> None:
    service = PupilService(vault, "Ms Designated")
    service.add_demo(3, seed=21)
    pupil_id = sorted(s.id for s in service.summaries())[0]
    before = service.view(pupil_id)
    with pytest.raises(ValidationError, match="does not match the sessions"):
        service.edit(
            pupil_id,
            {
                "attendance.percent": "97.5",
                "attendance.sessions_missed": "30",
                "attendance.sessions_possible": "120",
            },
        )
    assert service.view(pupil_id) == before and service.history(pupil_id) == []
    service.edit(
        pupil_id,
        {
            "attendance.percent": "75",
            "attendance.sessions_missed": "30",
            "attendance.sessions_possible": "120",
        },
    )


def test_control_and_bidi_characters_are_refused_and_escaped() -> None:
    assert unsafe_character("line\nnext\ttab", free_text=True) is None
    assert unsafe_character("line\nnext", free_text=False) == "a control character (U+000A)"
    assert unsafe_character("\u202eevil", free_text=False) == "a text-direction control (U+202E)"
    assert unsafe_character("x\x9bz", free_text=True) == "a control character (U+009B)"
    found = pupil()
    found.pupil.given_name = "Evil\x1b[2J"
    assert {e.field for e in problems(found, WALES)} >= {"pupil.given_name"}
    assert escape_for_terminal("a\x1b[2J\u202eb\nc") == "a\\x1b[2J\\u202eb\\x0ac"
    assert escape_for_terminal("a\nb", keep_newlines=True) == "a\nb"
