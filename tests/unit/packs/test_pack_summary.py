"""Page 1's summary and what the pack says about the data, read back from the PDF text.

Each test sets up the record so that one statement must be made, then reads it in English
and in Welsh; the untouched demo pupil is the control that says "no concerns".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from pack_testkit import all_text, page_texts, render, welsh_pupil

from vsdesk.domain.model import (
    Action,
    Attendee,
    FundingRequest,
    Meeting,
    Pupil,
    QualityAssurance,
    SubjectAttainment,
    Target,
)

MEETING = date(2026, 12, 7)  # a Monday in term


def tidy_pupil() -> Pupil:
    """The demo pupil with every concern cleared: the control."""
    pupil = welsh_pupil()
    for plan in pupil.plans:
        if plan is not pupil.current_plan:
            plan.qa = QualityAssurance(rating="green", comments="Good.")
        for request in plan.funding.values():
            request.spent = request.approved_amount
    plan = pupil.current_plan
    assert plan is not None
    plan.plan.next_meeting = MEETING
    plan.meetings = {"m-1": Meeting(date=MEETING, time="10:15", chair="Aled Jones")}
    plan.attendance = replace(
        plan.attendance, percent=95.0, sessions_missed=6, sessions_possible=120
    )
    plan.attendance.exclusions = 0
    plan.targets = {k: replace(t, due=date(2027, 2, 1)) for k, t in plan.targets.items()}
    plan.actions = {}
    for old in pupil.plans:
        old.actions = {}
    for meeting in pupil.plans[-2].meetings.values():
        meeting.date = date(2026, 9, 14)  # reviewed within the profile's 122 days
    return pupil


def worried_pupil() -> Pupil:
    """One of every concern the summary must raise, with figures to look for."""
    pupil = tidy_pupil()
    plan = pupil.current_plan
    assert plan is not None
    plan.attendance = replace(
        plan.attendance,
        percent=84.2,
        sessions_missed=19,
        sessions_possible=120,
        exclusions=1,
        exclusion_days=1.5,
    )  # 101/120 is 84.2 %
    plan.targets["t-1"] = replace(plan.targets["t-1"], due=date(2026, 11, 2))
    plan.actions = {
        "a-1": Action(
            description="Book the tutor", owner="Designated teacher", due=date(2026, 11, 9)
        ),
        "a-2": Action(
            description="Send the timetable", owner="Foster carer", due=date(2026, 11, 20)
        ),
        "a-3": Action(description="Done already", owner="SENCo", due=date(2026, 11, 1), done=True),
    }
    plan.voice.pupil = ""
    plan.funding = {
        "f-1": FundingRequest(
            amount=800.0,
            purpose="Tutoring",
            category="tuition",
            decision="approved",
            approved_amount=800.0,
            spent=400.0,
            impact="Reading age up six months.",
        )
    }
    previous = pupil.plans[-2]
    previous.qa = QualityAssurance(rating="amber", comments="Targets not SMART.")
    return pupil


def test_a_tidy_record_says_there_is_nothing_to_raise() -> None:
    first = page_texts(render(tidy_pupil(), meeting_date=MEETING))[0]
    assert "Summary: for the meeting to discuss" in first
    assert "✓ No concerns" in first
    assert "⚠" not in first.split("Pupil and meeting")[0]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "Attendance 84.2% this term: below 90%, persistent absence",
                "Exclusions this term: 1 (1.5 days)",
                "Past their date: 1 target(s), 2 action(s)",
                "No pupil voice recorded this term",
                "PDG-LAC approved but not spent: £400",
                "Last quality assurance: ▲ Amber (Summer 2026)",
                "Open conflicts with the Virtual School's copy: 2",
            ],
        ),
        (
            "cy",
            [
                "Presenoldeb 84.2% y tymor hwn: islaw 90%, absenoldeb parhaus",
                "Gwaharddiadau y tymor hwn: 1 (1.5 diwrnod)",
                "Wedi pasio'u dyddiad: 1 targed, 2 cam gweithredu",
                "Dim llais y disgybl wedi'i gofnodi y tymor hwn",
                "GDD wedi'i gymeradwyo ond heb ei wario: £400",
                "Sicrhau ansawdd diwethaf: ▲ Ambr (Tymor yr Haf 2026)",
                "Gwrthdaro agored â chopi'r Ysgol Rithwir: 2",
            ],
        ),
    ],
)
def test_page_one_lists_every_concern_with_its_figure(lang: str, expected: list[str]) -> None:
    data = render(worried_pupil(), lang=lang, meeting_date=MEETING, open_conflicts=2)
    first = page_texts(data)[0]
    assert [line for line in expected if line not in first] == []


def test_an_overdue_review_is_raised_under_the_profiles_timescale() -> None:
    pupil = tidy_pupil()
    for plan in pupil.plans:
        for meeting in plan.meetings.values():
            if meeting.date and meeting.date < MEETING:
                meeting.date = date(2026, 5, 11)  # 210 days before: over the 122-day interval
    first = page_texts(render(pupil, meeting_date=MEETING))[0]
    assert "PEP review overdue: due by 10/09/2026" in first
    assert "Tymor yr Hydref 2026" in page_texts(render(pupil, lang="cy", meeting_date=MEETING))[0]


def test_the_next_meeting_box_gives_date_time_place_and_chair() -> None:
    pupil = tidy_pupil()
    plan = pupil.current_plan
    assert plan is not None
    plan.meetings = {
        "m-1": Meeting(date=MEETING, time="14:30", place="School library", chair="Nia Gruffydd")
    }
    english = page_texts(render(pupil, meeting_date=MEETING))[0]
    for words in ("Next meeting", "7 December 2026", "14:30", "School library", "Nia Gruffydd"):
        assert words in english
    welsh = page_texts(render(pupil, lang="cy", meeting_date=MEETING))[0]
    for words in ("Y cyfarfod nesaf", "7 Rhagfyr 2026", "Llyfrgell yr ysgol", "Cadeirydd"):
        assert words in welsh


def test_contradictions_in_synced_data_are_listed_in_the_summary() -> None:
    pupil = tidy_pupil()
    plan = pupil.current_plan
    assert plan is not None
    pupil.pupil.year_group = 8
    plan.attendance = replace(
        plan.attendance, percent=97.0, sessions_missed=30, sessions_possible=120
    )
    pupil.pupil.aln_status = "none"
    plan.plan.aln_summary = "IDP for literacy."
    plan.plan.next_meeting = date(2026, 12, 25)
    first = page_texts(render(pupil))[0]
    assert "Attendance 97.0% does not match the sessions: 30 missed of 120 is 75.0%" in first
    assert "Year group 8 does not match the date of birth (Year 10 this school year)" in first
    assert "ALN status and the plan's ALN/IDP summary contradict each other" in first
    assert "Meeting date 25/12/2026 is on a weekend, a bank holiday or in a school holiday" in first


def test_attainment_names_its_scale_and_a_fall_is_a_fall() -> None:
    pupil = tidy_pupil()
    current, previous = pupil.plans[-1], pupil.plans[-2]
    previous.attainment["maths"] = SubjectAttainment(
        "Mathematics", "6", "6", "7", "GCSE grade (9–1)"
    )
    current.attainment = {
        "maths": SubjectAttainment("Mathematics", "4", "4", "5", "GCSE grade (9–1)")
    }
    text = all_text(render(pupil))
    assert "GCSE grade (9–1)" in text
    assert "▼ Down since last term (6 → 4)" in text
    assert "At expected" not in text
    welsh = all_text(render(pupil, lang="cy"))
    assert "Gradd TGAU (9–1)" in welsh and "Mathemateg" in welsh
    assert "I lawr ers y tymor diwethaf (6 → 4)" in welsh


def test_closed_targets_show_their_outcome_and_duplicates_are_flagged() -> None:
    pupil = tidy_pupil()
    current, previous = pupil.plans[-1], pupil.plans[-2]
    previous.targets = {
        "t-1": Target(
            "Read daily", "Literacy", "Log", "Pupil", date(2026, 7, 1), "green", None, "met"
        ),
        "t-2": Target(
            "Count to 100", "Numeracy", "Test", "Pupil", date(2026, 7, 1), "green", None, "not-met"
        ),
        "t-3": Target(
            "Tidy desk",
            "Wellbeing",
            "Check",
            "Pupil",
            date(2026, 7, 1),
            "amber",
            None,
            "partly-met",
        ),
    }
    twin = Target("Same words", "Literacy", "Log", "Pupil", date(2027, 2, 1), "green")
    current.targets = {"t-1": twin, "t-2": replace(twin)}
    text = all_text(render(pupil))
    earlier = text.split("Earlier targets")[1]
    assert "✓ Met" in earlier and "✗ Not met" in earlier and "◐ Partly met" in earlier
    assert "on track" not in earlier.split("Actions since")[0]
    assert text.count("Duplicate: the same target is set twice this term") == 2
    welsh = all_text(render(pupil, lang="cy"))
    assert "Wedi'i gyflawni" in welsh and "Heb ei gyflawni" in welsh and "Dyblyg" in welsh


def test_overdue_actions_are_counted_and_marked() -> None:
    text = all_text(render(worried_pupil(), meeting_date=MEETING))
    assert "2 of 3 actions overdue on 07/12/2026." in text
    assert text.count("✗ Overdue") == 2


def test_funding_names_its_categories_and_shows_spend_and_impact() -> None:
    pupil = worried_pupil()
    text = all_text(render(pupil, meeting_date=MEETING))
    assert "Tuition" in text and " tuition " not in text
    assert "Impact" in text and "Reading age up six months." in text
    assert "Spent" in text and "£400" in text
    welsh = all_text(render(pupil, lang="cy", meeting_date=MEETING))
    assert "Tiwtora" in welsh and "Effaith" in welsh and "PDG-LAC" not in welsh


def test_the_attendee_list_keeps_the_standard_rows_and_adds_blank_ones() -> None:
    pupil = tidy_pupil()
    plan = pupil.current_plan
    assert plan is not None
    plan.meetings = {
        "m-1": Meeting(
            date=MEETING,
            attendees={"a": Attendee("Owain Hughes", "Designated teacher", "present")},
        )
    }
    first = page_texts(render(pupil, meeting_date=MEETING))[0]
    attendees = first.split("Attendees")[1]
    for role in ("Pupil", "Carer", "Social worker", "Designated teacher", "Virtual School officer"):
        assert role in attendees
    assert "Owain Hughes Designated teacher Present" in attendees
    blank = page_texts(render(pupil, meeting_date=MEETING, blank=True))[0]
    assert blank.split("Attendees")[1].count("☐ Present") == 8  # five standard, three blank


def test_the_agenda_items_for_new_work_have_tables_to_write_in() -> None:
    text = all_text(render(tidy_pupil()))
    for words in (
        "New targets and actions",
        "New PDG-LAC request",
        "New targets Area Target Success measure Who Due",
        "New actions Action Who Due",
        "Purpose Category Linked target Amount",
    ):
        assert words in text


def test_the_cover_prints_care_review_joining_date_and_home_authority() -> None:
    pupil = tidy_pupil()
    pupil.pupil.care_review = date(2027, 1, 15)
    pupil.pupil.joined_school = date(2025, 9, 3)
    first = page_texts(render(pupil))[0]
    assert "Next care review 15/01/2027" in first
    assert "Joined this school 03/09/2025" in first
    assert "Home local authority Powys" in first
