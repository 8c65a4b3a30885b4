"""Long histories and long entries flow across pages; nothing is cut off or stops the pack."""

from __future__ import annotations

import pytest
from pack_testkit import all_text, page_texts, render, squash, welsh_pupil
from reportlab.platypus import Flowable

from vsdesk.domain.model import Pupil, Target
from vsdesk.packs import PackError, sections
from vsdesk.packs.context import PackContext


@pytest.fixture(scope="module")
def five_years() -> Pupil:
    """Fifteen termly plans, each target worded uniquely (and long) so each can be found."""
    pupil = welsh_pupil(terms=15)
    for plan in pupil.plans:
        for key, target in plan.targets.items():
            target.description = (
                f"{target.description} — {plan.plan.term} {key}: "
                "cadw dyddiadur darllen gyda'r gofalwr bob nos a thrafod y llyfr gyda'r athro"
            )
    return pupil


@pytest.fixture(scope="module")
def five_year_pack(five_years: Pupil) -> bytes:
    return render(five_years)


def test_five_years_make_a_multi_page_pack_with_every_target(
    five_years: Pupil, five_year_pack: bytes
) -> None:
    pages = page_texts(five_year_pack)
    assert len(pages) >= 8
    text = " ".join(pages)
    descriptions = [t.description for plan in five_years.plans for t in plan.targets.values()]
    assert len(descriptions) >= 30
    # a row may split across pages (splitInRow), with the page furniture between its halves
    cut = [d for d in descriptions if squash(d)[:45] not in text or squash(d)[-45:] not in text]
    assert cut == []


def test_long_tables_repeat_their_header_row_on_each_page(
    five_years: Pupil, five_year_pack: bytes
) -> None:
    """The earlier-targets table spans pages; each page of it starts with its header row."""
    header = "Term Area Target Success measure Outcome"
    pages = page_texts(five_year_pack)
    first, last = (
        squash(t.description)
        for t in (five_years.plans[-2].targets["t-1"], five_years.plans[0].targets["t-1"])
    )
    start = next(i for i, page in enumerate(pages) if first in page)
    end = next(i for i, page in enumerate(pages) if last in page)
    assert end > start  # the table does span pages
    assert all(header in page for page in pages[start : end + 1])


def test_every_term_of_attendance_is_listed(five_years: Pupil, five_year_pack: bytes) -> None:
    text = all_text(five_year_pack)
    assert text.count("Spring 2022") >= 1 and "Autumn 2026" in text
    for plan in five_years.plans:
        assert f"{plan.attendance.percent:.1f}%" in text


def test_an_entry_longer_than_a_page_is_split_not_lost() -> None:
    pupil = welsh_pupil()
    plan = pupil.current_plan
    assert plan is not None
    sentence = "Mae Llŷr yn darllen yn annibynnol ac yn trafod y stori gyda'i ofalwr. "
    plan.targets["t-long"] = Target(description=sentence * 90, area="Literacy", owner="DT")
    plan.voice.pupil = sentence * 120
    text = all_text(render(pupil))
    assert text.count("yn trafod y stori") >= 200


def test_a_layout_failure_becomes_a_pack_error_without_personal_data(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class TooTall(Flowable):  # type: ignore[misc]
        def wrap(self, width: float, height: float) -> tuple[float, float]:
            return width, 5000.0

    original = sections.story

    def story(ctx: PackContext) -> list[Flowable]:
        return [*original(ctx), TooTall()]

    monkeypatch.setattr("vsdesk.packs.render.story", story)
    with pytest.raises(PackError) as caught:
        render(welsh_pupil())
    assert "Llŷr" not in str(caught.value) and caught.value.__cause__ is None


def test_sparse_records_and_markup_like_text_print_as_they_are() -> None:
    """A plan with no term and no attendance, and free text that looks like markup."""
    pupil = welsh_pupil(terms=1)
    plan = pupil.plans[0]
    plan.plan.term = ""
    plan.attendance.percent = None
    plan.voice.pupil = "I like <b>art</b> & music > maths"
    text = all_text(render(pupil, lang="both"))
    assert "I like <b>art</b> & music > maths" in text
