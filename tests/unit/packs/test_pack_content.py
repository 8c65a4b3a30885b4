"""What a printed pack says, read back from the PDF as a reader (or a screen reader) would."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from pack_testkit import (
    BRISTOL,
    CARER,
    CARER_PHONE,
    NO_CONTACT,
    PLACEMENT,
    all_text,
    outline,
    page_texts,
    reader,
    render,
    squash,
    trailer,
    welsh_pupil,
)

from vsdesk.domain.model import Pupil
from vsdesk.packs import Labels
from vsdesk.packs.labels import PHASE_SECTION_KEYS, SECTION_KEYS

#: A school-age Welsh pupil's pack, with no circumstance section recorded.
WELSH_SECTIONS = [
    k
    for k in SECTION_KEYS
    if k not in ("sec.safeguarding", "sec.aln.england") and k not in PHASE_SECTION_KEYS
]


@pytest.fixture(scope="module")
def pupil() -> Pupil:
    return welsh_pupil()


@pytest.fixture(scope="module", params=["en", "cy", "both"])
def pack(request: pytest.FixtureRequest, pupil: Pupil) -> tuple[str, bytes]:
    return request.param, render(pupil, lang=request.param)


def test_the_cover_names_the_pupil_with_welsh_letters_intact(pack: tuple[str, bytes]) -> None:
    _, data = pack
    cover = page_texts(data)[0]
    assert "Llŷr Prŷs" in cover
    assert "Ysgol y Dŵr" in cover
    assert "Powys" in cover


def test_every_section_heading_is_printed_in_the_chosen_language(pack: tuple[str, bytes]) -> None:
    lang, data = pack
    text = all_text(data)
    labels = Labels(lang)  # type: ignore[arg-type]
    grant = "GDD" if lang == "cy" else "GDD / PDG-LAC" if lang == "both" else "PDG-LAC"
    missing = [k for k in WELSH_SECTIONS if squash(labels(k, grant=grant)) not in text]
    assert missing == []
    if lang == "cy":
        assert "Actions since the last meeting" not in text
    if lang == "en":
        assert "Camau gweithredu ers y cyfarfod diwethaf" not in text


def test_every_page_is_marked_and_numbered_n_of_m(pack: tuple[str, bytes]) -> None:
    lang, data = pack
    pages = page_texts(data)
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        if lang in ("en", "both"):
            assert text.count("OFFICIAL-SENSITIVE") >= 2, number  # top and bottom
            assert f"Page {number} of {total}" in text
        if lang in ("cy", "both"):
            assert text.count("SWYDDOGOL-SENSITIF") >= 2, number
            assert f"Tudalen {number} o {total}" in text


def test_running_header_uses_initials_and_the_full_name_stays_on_the_cover(
    pack: tuple[str, bytes], pupil: Pupil
) -> None:
    _, data = pack
    meeting = pupil.current_plan.plan.next_meeting  # type: ignore[union-attr]
    assert meeting is not None
    for text in page_texts(data)[1:]:
        assert "L.P." in text and meeting.strftime("%d/%m/%Y") in text
        assert "Llŷr Prŷs" not in text
    assert "Printed by" in all_text(data) or "Argraffwyd gan" in all_text(data)
    assert "Mrs Ffion Teacher" in all_text(data)
    assert "23/11/2026 14:05" in all_text(data)


def test_metadata_names_no_pupil_and_carries_the_language(pack: tuple[str, bytes]) -> None:
    lang, data = pack
    pdf = reader(data)
    meta = pdf.metadata
    assert meta is not None and meta.title is not None
    assert "Llŷr" not in meta.title and "Prŷs" not in meta.title
    assert "L.P." not in meta.title and "2026" not in meta.title  # generic: no initials, no date
    assert meta.title in (
        "PEP meeting pack",
        "Pecyn cyfarfod CAP",
        "Pecyn cyfarfod CAP / PEP meeting pack",
    )
    assert not meta.author  # no account name and no printer's name travel with a copy
    assert meta.subject
    assert trailer(pdf)["/Root"]["/Lang"] == ("en-GB" if lang == "en" else "cy-GB")


def test_the_outline_has_a_bookmark_per_section_on_its_page(pack: tuple[str, bytes]) -> None:
    lang, data = pack
    pdf = reader(data)
    pages = page_texts(data)
    labels = Labels(lang)  # type: ignore[arg-type]
    titles = outline(pdf)
    grant = "GDD" if lang == "cy" else "GDD / PDG-LAC" if lang == "both" else "PDG-LAC"
    for key in WELSH_SECTIONS:
        title = labels(key, grant=grant)
        assert title in titles, key
        assert squash(title) in pages[titles[title]], key
    assert len(set(titles.values())) > 3  # bookmarks point at different pages


def test_safeguarding_fields_are_left_out_by_default(pupil: Pupil) -> None:
    text = all_text(render(pupil))
    for secret in (PLACEMENT, CARER, CARER_PHONE, NO_CONTACT, "Tref Ffug"):
        assert secret not in text
    assert "left out of this copy" in text
    assert "Includes safeguarding-sensitive information" not in text


def test_safeguarding_fields_print_when_asked_and_the_cover_says_so(pupil: Pupil) -> None:
    data = render(pupil, include_sensitive=True)
    text = all_text(data)
    for secret in (PLACEMENT, CARER, CARER_PHONE, NO_CONTACT):
        assert secret in text
    assert "Siân" in text
    assert "Includes safeguarding-sensitive information" in page_texts(data)[0]


def test_welsh_letters_survive_pdftotext_too(pupil: Pupil) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed (make setup installs it)")
    data = render(pupil, lang="both", include_sensitive=True)
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    )
    text = squash(done.stdout.decode("utf-8"))
    for word in ("Llŷr Prŷs", "Ysgol y Dŵr", "Siân", "SWYDDOGOL-SENSITIF", "Tudalen 1 o"):
        assert word in text


def test_rag_is_shown_in_words_and_shapes_not_colour_alone(pupil: Pupil) -> None:
    text = all_text(render(pupil))
    assert any(
        f"{shape} {words}" in text
        for shape, words in (
            ("■", "Red — not on track"),
            ("▲", "Amber — partly on track"),
            ("●", "Green — on track"),
        )
    )


def test_a_blank_pack_leaves_boxes_for_what_the_meeting_captures(pupil: Pupil) -> None:
    plan = pupil.current_plan
    assert plan is not None
    data = render(pupil, blank=True)
    text = all_text(data)
    assert "Llŷr Prŷs" in text  # identity still filled
    assert squash(plan.voice.pupil) not in text
    assert squash(plan.voice.carer) not in text
    assert "Pre-meeting copy" in page_texts(data)[0]
    assert "☐ Red" in text and "☐ Green" in text
    filled = all_text(render(pupil))
    assert squash(plan.voice.pupil) in filled


def test_england_uses_pupil_premium_plus_and_sen_terms() -> None:
    pupil = welsh_pupil()
    pupil.pupil.home_authority = "bristol"
    pupil.pupil.aln_status = "ehcp"
    text = all_text(render(pupil, BRISTOL))
    assert "PP+ requests and decisions" in text
    assert "Special educational needs (SEN) and EHCP" in text
    assert "Education, health and care plan (EHCP)" in text
    assert "Bristol" in text


def test_a_pupil_with_no_plan_still_gets_a_pack() -> None:
    pupil = welsh_pupil()
    pupil.plans = []
    data = render(pupil)
    assert "Llŷr Prŷs" in page_texts(data)[0]
    assert "No targets set this term." in all_text(data)
