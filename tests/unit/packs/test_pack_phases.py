"""A pack prints the sections of its plan's phase: an early-years child's and a NEET
17-year-old's packs, in English and in Welsh, read back from the PDF.

The early-years child is Powys's (Wales: developmental pathways, the Early Years Pupil
Development Grant); the NEET young person is Bristol's (England: the 16–19 Bursary). The
other country's words must not appear, nor the sections the phase does not use.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from pack_testkit import (
    BRISTOL,
    POWYS,
    PRINTED_AT,
    TODAY,
    outline,
    page_texts,
    reader,
    render,
    squash,
)
from phase_pupils import (
    HIDDEN_SUBJECT,
    born_in_year,
    early_years_child,
    meeting_on,
    neet_seventeen,
    reduced_timetable_year_11,
)
from test_pack_welsh_and_print import (
    HEADING_KEYS,
    _page_images,
    _raw_pages,
    _used_fraction,
    content_lines,
    free_text_of,
)

from vsdesk.domain.frameworks import area_ids
from vsdesk.domain.model import AlternativeProvision, MissingEducation, Pupil
from vsdesk.domain.phases import Phase, plan_phase
from vsdesk.domain.profiles import AuthorityProfile, Timescales
from vsdesk.packs import Labels
from vsdesk.packs.formats import short_date
from vsdesk.packs.phase_labels import PHASE_LABELS

LANGS = ("en", "cy")
MEETING = meeting_on(TODAY)
#: Powys keeps a 10-school-day initial PEP after an emergency placement.
POWYS_EMERGENCY = replace(POWYS, timescales=Timescales(emergency_initial_pep_school_days=10))


def pack_text(pupil: Pupil, profile: AuthorityProfile, lang: str) -> tuple[list[str], str]:
    data = render(pupil, profile, lang=lang, meeting_date=MEETING)
    pages = page_texts(data)
    return pages, " ".join(pages)


@pytest.fixture(scope="module", params=LANGS)
def early(request: pytest.FixtureRequest) -> tuple[Labels, list[str], str, bytes]:
    pupil = early_years_child(TODAY, POWYS_EMERGENCY)
    data = render(pupil, POWYS_EMERGENCY, lang=request.param, meeting_date=MEETING)
    pages = page_texts(data)
    return Labels(request.param), pages, " ".join(pages), data


@pytest.fixture(scope="module", params=LANGS)
def neet(request: pytest.FixtureRequest) -> tuple[Labels, list[str], str, bytes]:
    pupil = neet_seventeen(TODAY, BRISTOL)
    data = render(pupil, BRISTOL, lang=request.param, meeting_date=MEETING)
    pages = page_texts(data)
    return Labels(request.param), pages, " ".join(pages), data


def test_the_test_pupils_are_in_the_phases_they_stand_for() -> None:
    child, young = early_years_child(TODAY, POWYS), neet_seventeen(TODAY, BRISTOL)
    assert child.current_plan and young.current_plan
    assert plan_phase(child.pupil, child.current_plan).phase is Phase.EARLY_YEARS
    assert plan_phase(child.pupil, child.current_plan).year_group == 0
    assert plan_phase(young.pupil, young.current_plan).phase is Phase.POST_16


def test_early_years_pack_has_the_early_years_section_and_no_attainment(
    early: tuple[Labels, list[str], str, bytes],
) -> None:
    labels, _, text, data = early
    marks = outline(reader(data))
    assert labels("sec.early_years") in marks
    assert labels("sec.attainment") not in marks and labels("sec.attainment") not in text
    assert HIDDEN_SUBJECT not in text  # recorded, kept, never printed in early years
    assert labels("sec.post16") not in text
    for words in (
        labels("ey.framework.wales"),
        "Meithrinfa'r Dôl",
        labels("setting.school-nursery"),
        labels("ey.hours.taken", taken=10, entitled=15),
        labels("speech.referred"),
        "Waiting for a speech and language therapy assessment.",
        labels("devprogress.not-on-track"),
        labels("agenda.early_years"),
    ):
        assert words in text, words


def test_early_years_areas_are_named_in_the_countrys_terms(
    early: tuple[Labels, list[str], str, bytes],
) -> None:
    labels, _, text, _ = early
    assert [a for a in area_ids("wales") if labels(f"area.wales.{a}") not in text] == []
    english_only = ("literacy", "understanding-world", "expressive-arts-design")
    assert [a for a in english_only if labels(f"area.england.{a}") in text] == []
    assert labels("ey.funding.wales") in text
    assert labels("ey.funding.england") not in text
    assert labels("eyfunding.claimed") in text


def test_the_welsh_early_years_pack_reads_the_same_through_pdftotext() -> None:
    pupil = early_years_child(TODAY, POWYS_EMERGENCY)
    data = render(pupil, POWYS_EMERGENCY, lang="cy", meeting_date=MEETING)
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed (make setup installs it)")
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    )
    text = squash(done.stdout.decode("utf-8"))
    for words in ("Elin Ŵyn", "Y blynyddoedd cynnar", "Perthyn", "Archwilio", "Derbyn"):
        assert words in text, words
    assert "Grant Datblygu Disgyblion y Blynyddoedd Cynnar" in text


def test_the_cover_gives_the_phase_and_reception_in_words(
    early: tuple[Labels, list[str], str, bytes],
) -> None:
    labels, pages, _, _ = early
    cover = pages[0]
    assert f"{labels('phase.early-years')} · {labels('year.0')}" in cover
    assert ("Reception" if labels.lang == "en" else "Derbyn") in cover
    assert "educated out of year group" not in cover


def test_the_emergency_initial_pep_and_the_move_to_year_1_are_raised(
    early: tuple[Labels, list[str], str, bytes],
) -> None:
    labels, pages, text, _ = early
    assert labels("sum.deadline.initial-pep.emergency", date="")[:30] in pages[0]
    assert labels("sec.transition") in text
    assert "Ysgol Gynradd Tŷ Gwyn, Year 1" in text
    assert labels("tr.not_yet") in text  # the PEP is not yet shared with the next setting
    assert labels("careers") not in text  # no careers rows for a five-year-old


def test_neet_pack_says_neet_with_its_date_first_thing(
    neet: tuple[Labels, list[str], str, bytes],
) -> None:
    labels, pages, text, _ = neet
    since = short_date(TODAY - timedelta(days=42))
    assert labels("sum.neet", date=since) in pages[0]
    assert labels.nested("p16.since", "status", "eet.neet", date=since) in text
    assert ("Post-16 · Year 13" if labels.lang == "en" else "Ôl-16 · Blwyddyn 13") in pages[0]


def test_neet_pack_has_no_school_attendance_and_no_attainment(
    neet: tuple[Labels, list[str], str, bytes],
) -> None:
    labels, pages, text, data = neet
    marks = outline(reader(data))
    assert labels("sec.post16") in marks
    for absent in ("sec.attendance", "sec.exclusions", "sec.attainment", "sec.early_years"):
        assert labels(absent) not in marks, absent
    for absent in ("att.missed", "att.chart", "exc.count", "subject", "sum.attendance"):
        assert labels(absent, percent="62.0%") not in text, absent
    assert HIDDEN_SUBJECT not in text and "62.0%" not in text
    reported = short_date(TODAY - timedelta(days=45))
    assert (
        labels("p16.attendance.value", percent="71.5%", basis="timetabled hours", date=reported)
        in text
    )
    assert labels("agenda.post16") in text
    assert labels("agenda.attendance_post16") in text
    assert labels("agenda.attendance") not in text


def test_neet_pack_names_the_english_bursary_and_what_comes_next(
    neet: tuple[Labels, list[str], str, bytes],
) -> None:
    labels, _, text, _ = neet
    assert labels("bursary.england") in text
    assert labels("bursary.wales") not in text
    for words in (
        "Harbourside College",
        labels("provider.college"),
        labels("level.2"),
        labels("bursarystate.applied"),
        "Apply for the January start of a traineeship.",
        "Back into learning by January; bursary to cover travel.",
    ):
        assert words in text, words


def test_a_neet_pack_calls_the_provider_and_course_the_last_ones(
    neet: tuple[Labels, list[str], str, bytes],
) -> None:
    labels, _, text, _ = neet
    assert labels("p16.last_provider") in text and labels("p16.last_course") in text
    assert f"{labels('p16.provider')} " not in text.replace(labels("p16.last_provider"), "")


def test_a_post16_pack_asks_for_no_pp_plus(neet: tuple[Labels, list[str], str, bytes]) -> None:
    labels, _, text, _ = neet
    assert "PP+" not in text
    virtual_school = "Virtual School" if labels.lang == "en" else "Ysgol Rithwir"
    assert labels("agenda.funding", grant=virtual_school) in text


def test_an_english_early_years_pack_names_the_eypp_not_pp_plus() -> None:
    pupil = early_years_child(TODAY, BRISTOL)
    _, text = pack_text(pupil, BRISTOL, "en")
    assert Labels("en")("agenda.funding", grant="EYPP") in text
    assert "PP+" not in text


def test_a_bilingual_pack_gives_neet_and_the_year_once_in_each_language() -> None:
    pupil = neet_seventeen(TODAY, BRISTOL)
    since = short_date(TODAY - timedelta(days=42))
    pages, text = pack_text(pupil, BRISTOL, "both")
    assert "Ôl-16 · Blwyddyn 13 / Post-16 · Year 13" in pages[0]
    welsh = "NEET (ddim mewn addysg, cyflogaeth na hyfforddiant) ers " + since
    english = "NEET: not in education, employment or training since " + since
    assert f"{welsh} / {english}" in text
    assert text.count(english) == 1


def test_the_other_country_names_its_own_areas_and_grants() -> None:
    """The same records under the other country's authority: EYFS and EYPP in England, the
    Education Maintenance Allowance in Wales."""
    labels = Labels("en")
    _, child = pack_text(early_years_child(TODAY, BRISTOL), BRISTOL, "en")
    assert [a for a in area_ids("england") if labels(f"area.england.{a}") not in child] == []
    assert labels("group.prime") in child and labels("group.specific") in child
    assert "Early Years Pupil Premium" in child and "Development Grant" not in child
    assert "Belonging" not in child
    _, young = pack_text(neet_seventeen(TODAY, POWYS), POWYS, "cy")
    assert "Lwfans Cynhaliaeth Addysg" in young and "Bwrsariaeth 16–19" not in young


@pytest.mark.parametrize("lang", LANGS)
def test_reduced_timetable_past_its_review_and_missing_education_are_printed_and_raised(
    lang: str,
) -> None:
    labels = Labels(lang)  # type: ignore[arg-type]
    pages, text = pack_text(reduced_timetable_year_11(TODAY, BRISTOL), BRISTOL, lang)
    review = short_date(TODAY - timedelta(days=10))
    assert labels("sum.deadline.reduced-timetable-review", date=review) in pages[0]
    assert labels("sum.cme", date=short_date(TODAY - timedelta(days=20))) in pages[0]
    assert labels("sum.due.post-16-review", date="")[:40] in pages[0]
    assert labels("sec.alternative_provision") in text
    assert labels("ap.review_past", date=review) in text
    assert labels("arrangement.reduced-timetable") in text
    assert labels("sec.missing_education") in text and labels("cme.unresolved") in text
    assert labels("year.offset.below", n=1) in pages[0]
    assert f"{labels('phase.school-age')} · {labels('year.n', n=11)}" in pages[0]
    assert labels("sec.attainment") in text  # school age keeps its subject table


def test_circumstance_sections_are_left_out_when_nothing_is_recorded() -> None:
    pupil = reduced_timetable_year_11(TODAY, BRISTOL)
    plan = pupil.current_plan
    assert plan is not None
    plan.alternative_provision = AlternativeProvision()
    plan.missing_education = MissingEducation()
    labels = Labels("en")
    pages, text = pack_text(pupil, BRISTOL, "en")
    for absent in ("sec.alternative_provision", "sec.missing_education", "sec.post16"):
        assert labels(absent) not in text
    assert "Reduced timetable" not in pages[0] and "missing education" not in pages[0]


def test_a_reduced_timetable_that_has_ended_is_printed_but_not_raised() -> None:
    pupil = reduced_timetable_year_11(TODAY, BRISTOL)
    plan = pupil.current_plan
    assert plan is not None
    ended = TODAY - timedelta(days=3)
    plan.alternative_provision = replace(plan.alternative_provision, ended=ended)
    pages, text = pack_text(pupil, BRISTOL, "en")
    assert "Reduced timetable past its review date" not in pages[0]
    assert "past its review date" not in text
    assert short_date(ended) in text


def test_the_pack_judges_on_its_own_date_not_the_wall_clock() -> None:
    """The same record printed for a meeting before the review date raises nothing."""
    pupil = reduced_timetable_year_11(TODAY, BRISTOL)
    early_meeting = TODAY - timedelta(days=14)
    data = render(pupil, BRISTOL, meeting_date=early_meeting, printed_at=PRINTED_AT)
    first = page_texts(data)[0]
    assert "Reduced timetable past its review date" not in first


def test_transition_follows_the_phase_reading_not_the_recorded_year_group() -> None:
    """A Year 6 child (last year of a stage) gets the transition section even though the
    record's year group says Year 4; a Year 4 child recorded as Year 9 does not."""
    labels = Labels("en")
    pupil = reduced_timetable_year_11(TODAY, BRISTOL)
    pupil.pupil = replace(pupil.pupil, year_group_offset=0)
    plan = pupil.current_plan
    assert plan is not None
    plan.alternative_provision, plan.missing_education = AlternativeProvision(), MissingEducation()
    for year, recorded, shown in ((6, 4, True), (4, 9, False)):
        pupil.pupil = replace(
            pupil.pupil, date_of_birth=born_in_year(TODAY, year), year_group=recorded
        )
        _, text = pack_text(pupil, BRISTOL, "en")
        assert (labels("sec.transition") in text) is shown, year


PHASE_PUPILS = (
    (early_years_child, POWYS_EMERGENCY),
    (neet_seventeen, BRISTOL),
    (reduced_timetable_year_11, BRISTOL),
)


@pytest.mark.parametrize("lang", ["en", "cy", "both"])
def test_phase_packs_end_no_page_on_a_heading_and_leave_none_half_empty(
    lang: str, tmp_path: Path
) -> None:
    """The print checks of the demo world's packs, on the packs of each phase."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils is not installed (make setup installs it)")
    labels = Labels(lang)  # type: ignore[arg-type]
    headings = {
        " ".join(labels(key, grant=grant).split())
        for key in HEADING_KEYS
        for grant in ("PDG-LAC", "PP+", "GDD", "GDD / PDG-LAC")
    }
    problems = []
    for build, profile in PHASE_PUPILS:
        pupil = build(TODAY, profile)
        data = render(pupil, profile, lang=lang, meeting_date=MEETING)
        for number, page in enumerate(_raw_pages(data), start=1):
            lines = content_lines(page)
            if lines and lines[-1] in headings:
                problems.append((pupil.id, number, lines[-1]))
        images = _page_images(data, tmp_path / pupil.id)
        for number, image in enumerate(images[:-1], start=1):
            if _used_fraction(image) < 0.5:
                problems.append((pupil.id, number, "half empty"))
    assert problems == []


@pytest.mark.parametrize("index", range(len(PHASE_PUPILS)))
def test_a_welsh_phase_pack_prints_none_of_the_phase_labels_in_english(index: int) -> None:
    """Every phase word is translated; only the record's own words stay as written."""
    build, profile = PHASE_PUPILS[index]
    pupil = build(TODAY, profile)
    _, text = pack_text(pupil, profile, "cy")
    own_words = free_text_of(pupil)
    english = [
        en
        for en, cy in PHASE_LABELS.values()
        if en != cy and "{" not in en and en not in own_words and en in text
    ]
    assert english == []
