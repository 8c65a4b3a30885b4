"""Phase derivation (issue 10): the 1 September cut-off, the 18th birthday, the override,
and each plan read at its own term's start."""

from __future__ import annotations

from datetime import date

import pytest

from vsdesk.domain.model import Identity, Plan, PlanMeta
from vsdesk.domain.phases import (
    Phase,
    check_edits_in_phase,
    next_stage,
    phase_on,
    plan_phase,
    sections_in_use,
    term_start,
    transition_ahead,
    year_group_on,
)
from vsdesk.errors import ValidationError


def child(born: date, offset: int = 0) -> Identity:
    return Identity(
        given_name="Gwen", family_name="Rowlands", date_of_birth=born, year_group_offset=offset
    )


def plan_for(term: str) -> Plan:
    return Plan(id="p-1", plan=PlanMeta(term=term))


@pytest.mark.parametrize(
    ("born", "expected_year"),
    [
        (date(2015, 8, 31), 7),  # the youngest of the Year 7 cohort
        (date(2015, 9, 1), 6),  # born a day later: the oldest of the Year 6 cohort
        (date(2014, 9, 1), 7),  # the oldest of the Year 7 cohort
    ],
)
def test_year_group_turns_on_the_first_of_september(born: date, expected_year: int) -> None:
    assert year_group_on(child(born), date(2026, 10, 1)) == expected_year


def test_reception_is_early_years_and_year_1_is_school_age_across_the_cut_off() -> None:
    summer_born, autumn_born = child(date(2021, 8, 31)), child(date(2021, 9, 1))
    day = date(2026, 9, 1)
    assert phase_on(summer_born, day).year_group == 1
    assert phase_on(summer_born, day).phase is Phase.SCHOOL_AGE
    assert phase_on(autumn_born, day).year_group == 0
    assert phase_on(autumn_born, day).phase is Phase.EARLY_YEARS
    # The same Reception child was in early years on 31 August, in Nursery (year -1).
    assert phase_on(autumn_born, date(2026, 8, 31)).year_group == -1


def test_year_11_is_school_age_and_year_12_is_post_16() -> None:
    year_11 = child(date(2011, 5, 10))
    assert phase_on(year_11, date(2027, 6, 30)).phase is Phase.SCHOOL_AGE
    assert phase_on(year_11, date(2027, 6, 30)).year_group == 11
    assert phase_on(year_11, date(2027, 9, 1)).phase is Phase.POST_16
    assert phase_on(year_11, date(2027, 9, 1)).year_group == 12


def test_the_18th_birthday_ends_the_pep_ages_but_keeps_post_16_sections() -> None:
    pupil = child(date(2009, 3, 15))
    before = phase_on(pupil, date(2027, 3, 14))
    on_birthday = phase_on(pupil, date(2027, 3, 15))
    assert before.phase is Phase.POST_16 and before.in_pep_ages
    assert on_birthday.phase is Phase.POST_16 and not on_birthday.in_pep_ages


def test_early_years_starts_at_two() -> None:
    toddler = child(date(2025, 2, 1))
    assert not phase_on(toddler, date(2027, 1, 31)).in_pep_ages
    reading = phase_on(toddler, date(2027, 2, 1))
    assert reading.in_pep_ages and reading.phase is Phase.EARLY_YEARS


def test_a_child_educated_a_year_below_stays_in_the_lower_phase() -> None:
    born = date(2010, 11, 2)  # Year 11 in 2026/27 by age
    assert phase_on(child(born), date(2026, 9, 1)).year_group == 11
    held_back = phase_on(child(born, offset=-1), date(2026, 9, 1))
    assert held_back.year_group == 10 and held_back.phase is Phase.SCHOOL_AGE
    assert phase_on(child(born, offset=-1), date(2027, 9, 1)).phase is Phase.SCHOOL_AGE
    assert phase_on(child(born), date(2027, 9, 1)).phase is Phase.POST_16


def test_each_plan_is_read_at_the_start_of_its_own_term() -> None:
    pupil = child(date(2011, 2, 20))  # Year 11 in 2026/27
    assert term_start("2027-summer") == date(2027, 4, 1)
    assert plan_phase(pupil, plan_for("2027-summer")).phase is Phase.SCHOOL_AGE
    assert plan_phase(pupil, plan_for("2027-autumn")).phase is Phase.POST_16


def test_without_a_date_of_birth_or_a_term_the_school_age_default_is_marked_unknown() -> None:
    unknown = Identity(given_name="Ieuan", family_name="Price")
    reading = plan_phase(unknown, plan_for("2026-autumn"))
    assert reading.phase is Phase.SCHOOL_AGE and not reading.known
    assert not plan_phase(child(date(2015, 1, 1)), plan_for("")).known


def test_transition_is_due_in_the_last_year_of_each_stage_and_from_year_9() -> None:
    assert [next_stage(y) for y in (-1, 0, 2, 5, 6, 9, 11, 13)] == [
        None,
        "key-stage-1",
        "key-stage-2",
        None,
        "key-stage-3",
        "key-stage-4",
        "post-16",
        "adulthood",
    ]
    year_5 = phase_on(child(date(2017, 1, 1)), date(2026, 10, 1))
    year_6 = phase_on(child(date(2016, 1, 1)), date(2026, 10, 1))
    year_10 = phase_on(child(date(2012, 1, 1)), date(2026, 10, 1))
    assert year_5.year_group == 5 and not transition_ahead(year_5, from_year=9)
    assert year_6.year_group == 6 and transition_ahead(year_6, from_year=9)
    assert year_10.year_group == 10 and transition_ahead(
        year_10, from_year=9
    )  # careers, from the profile's Year 9


def test_each_phase_hides_the_sections_it_does_not_use() -> None:
    every = ["attendance", "attainment", "early_years", "post16", "voice"]
    early = phase_on(child(date(2022, 3, 1)), date(2026, 10, 1))
    school = phase_on(child(date(2016, 3, 1)), date(2026, 10, 1))
    post16 = phase_on(child(date(2009, 10, 1)), date(2026, 10, 1))
    assert sections_in_use(early, every) == ["attendance", "early_years", "voice"]
    assert sections_in_use(school, every) == ["attendance", "attainment", "voice"]
    assert sections_in_use(post16, every) == ["post16", "voice"]


def test_an_edit_to_an_unused_section_is_refused_naming_the_path() -> None:
    early = phase_on(child(date(2022, 3, 1)), date(2026, 10, 1))
    with pytest.raises(ValidationError) as caught:
        check_edits_in_phase(early, ["voice.pupil", "attainment.maths.current"])
    assert caught.value.field == "attainment.maths.current"
    assert "early-years plan has no subject attainment table" in str(caught.value)
    check_edits_in_phase(early, ["early_years.setting", "voice.carer"])
