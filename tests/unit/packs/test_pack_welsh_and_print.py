"""A Welsh pack is Welsh throughout, and every pack prints well: embedded fonts only,
headings kept with what they head, no page left half empty mid-pack.

These render a demo world (the seeded generator), so they cover every value list the
generator draws from rather than one hand-made pupil.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pack_testkit import POWYS, PRINTED_AT, TODAY, all_text, page_texts
from PIL import Image

from vsdesk.domain.model import Plan, Pupil
from vsdesk.domain.profiles import AuthorityProfile, default_profile
from vsdesk.packs import Labels, PackOptions, render_pack
from vsdesk.packs.labels import LABELS
from vsdesk.packs.vocabulary import ENGLISH_NAMES, VALUES
from vsdesk.services import synthetic

PROFILES = {a.id: default_profile(a.id, a.name, a.country) for a in synthetic.AUTHORITIES}
needs_poppler = pytest.mark.skipif(
    shutil.which("pdffonts") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils is not installed (make setup installs it)",
)


@pytest.fixture(scope="module")
def world() -> list[Pupil]:
    """Eight demo pupils from Welsh and English authorities, three terms each."""
    return synthetic.generate_pupils(8, 31, today=TODAY)


_RENDERED: dict[tuple[str, str | None], bytes] = {}


def cached(pupil: Pupil, lang: str | None) -> bytes:
    """One render per pupil and language for the whole module (the tests only read)."""
    key = (pupil.id, lang)
    if key not in _RENDERED:
        _RENDERED[key] = pack(pupil, lang)
    return _RENDERED[key]


def pack(pupil: Pupil, lang: str | None, **changes: object) -> bytes:
    options = PackOptions(lang=lang, printed_by="Ms Jones", printed_at=PRINTED_AT)  # type: ignore[arg-type]
    profile: AuthorityProfile = PROFILES.get(pupil.pupil.home_authority, POWYS)
    return render_pack(pupil, profile, replace(options, **changes))  # type: ignore[arg-type]


def english_value_words() -> set[str]:
    """Every English reading of a value list entry that Welsh writes differently."""
    words = {english for english, welsh in VALUES.items() if english != welsh}
    words |= set(ENGLISH_NAMES.values())
    words |= {a.name for a in synthetic.AUTHORITIES if VALUES.get(a.name, a.name) != a.name}
    words |= {"PDG-LAC", "weekly", "Spring", "Summer", "Autumn"}
    return words


def free_text_of(pupil: Pupil) -> str:
    """What the record holds as the pupil's own words: printed as written, not translated."""
    parts: list[str] = []
    for plan in pupil.plans:
        parts += [plan.voice.pupil, plan.voice.carer, plan.wellbeing.notes, plan.plan.aln_summary]
        parts += [plan.qa.comments, plan.transition.aspirations, plan.transition.careers_advice]
        parts += [t.description for t in plan.targets.values()]
        parts += [t.success_measure for t in plan.targets.values()]
        parts += [a.description for a in plan.actions.values()]
        parts += [f.purpose for f in plan.funding.values()]
        parts += [f.impact for f in plan.funding.values()]
        parts += _phase_free_text(plan)
    parts += [pupil.name, pupil.pupil.school, pupil.pupil.social_worker]
    parts += [m.chair for p in pupil.plans for m in p.meetings.values()]
    parts += [
        a.name for p in pupil.plans for m in p.meetings.values() for a in m.attendees.values()
    ]
    return " ".join(parts)


def _phase_free_text(plan: Plan) -> list[str]:
    """The words the phase and circumstance sections print as recorded: names of settings
    and providers, courses, notes, plans."""
    early, post16, away = plan.early_years, plan.post16, plan.alternative_provision
    return [
        early.setting,
        early.speech_language_notes,
        *(area.notes for area in early.development.values()),
        post16.provider,
        post16.course,
        post16.qualifications,
        post16.careers_guidance,
        post16.next_steps,
        post16.pathway_plan_education,
        post16.attendance_basis,
        plan.transition.moving_to,
        plan.transition.support,
        away.provider,
        away.reason,
        away.plan_to_return,
        plan.missing_education.actions,
    ]


def test_a_welsh_pack_of_the_demo_world_has_no_english_from_the_value_lists(
    world: list[Pupil],
) -> None:
    found: dict[str, set[str]] = {}
    for pupil in world:
        text = all_text(cached(pupil, "cy"))
        own_words = " ".join(free_text_of(pupil).split())
        for word in english_value_words():
            pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
            if pattern.search(text) and not pattern.search(own_words):
                found.setdefault(pupil.id, set()).add(word)
    assert found == {}


def test_the_welsh_pack_names_terms_grants_and_authorities_in_welsh(world: list[Pupil]) -> None:
    welsh_authority = next(p for p in world if p.pupil.home_authority in ("cardiff", "swansea"))
    text = all_text(cached(welsh_authority, "cy"))
    assert "Tymor yr Hydref 2026" in text
    assert "Tymor Hydref" not in text
    assert "GDD" in text and "PDG-LAC" not in text
    assert ("Caerdydd" in text) or ("Abertawe" in text)
    assert "3 × yr wythnos" in text and "3 × weekly" not in text


def test_free_text_stays_as_written_in_a_welsh_pack(world: list[Pupil]) -> None:
    pupil = world[0]
    plan = pupil.current_plan
    assert plan is not None
    text = all_text(cached(pupil, "cy"))
    assert " ".join(plan.voice.carer.split()) in text


def test_the_default_language_follows_the_pupils_first_language(world: list[Pupil]) -> None:
    welsh_first = next(p for p in world if p.pupil.first_language == "welsh")
    english_first = next(p for p in world if p.pupil.first_language == "english")
    both = page_texts(pack(welsh_first, None))[0]
    assert "SWYDDOGOL-SENSITIF" in both and "OFFICIAL-SENSITIVE" in both
    english = page_texts(pack(english_first, None))[0]
    assert "OFFICIAL-SENSITIVE" in english and "SWYDDOGOL-SENSITIF" not in english
    assert "SWYDDOGOL-SENSITIF" not in page_texts(pack(welsh_first, "en"))[0]  # --lang wins


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "cy", "both"])
def test_pdffonts_lists_only_embedded_fonts(world: list[Pupil], lang: str) -> None:
    data = pack(world[1], lang, include_sensitive=True, blank=True)
    done = subprocess.run(["pdffonts", "-"], input=data, capture_output=True, check=True)
    rows = done.stdout.decode().splitlines()[2:]
    assert rows, "pdffonts found no fonts at all"
    assert all(row.split()[-5] == "yes" for row in rows), rows  # the "emb" column
    assert not any(name in row for row in rows for name in ("Helvetica", "Times", "Courier"))


#: Every heading and sub-heading a pack can print, in the three languages. The notes heading
#: is followed by a ruled box with no text, so its page's last *text* is always the heading;
#: the half-empty test below watches that box.
HEADING_KEYS = [k for k in LABELS if k.startswith("sec.") and k != "sec.notes"] + [
    "tgt.current",
    "tgt.earlier",
    "voice.pupil",
    "voice.carer",
    "plan.interventions",
    "notes",
    "cover.attendees",
]
FURNITURE = re.compile(
    r"^(OFFICIAL-SENSITIVE|SWYDDOGOL-SENSITIF|PEP meeting ·|Cyfarfod CAP ·|Printed by|"
    r"Argraffwyd gan|Page \d+ of|Tudalen \d+ o|Cyfarfod CAP / PEP meeting ·)"
)


def content_lines(page_text: str) -> list[str]:
    lines = [" ".join(line.split()) for line in page_text.splitlines()]
    return [line for line in lines if line and not FURNITURE.match(line)]


@pytest.mark.parametrize("lang", ["en", "cy", "both"])
def test_no_page_ends_with_a_heading(world: list[Pupil], lang: str) -> None:
    labels = Labels(lang)  # type: ignore[arg-type]
    headings = {
        " ".join(labels(key, grant=grant).split())
        for key in HEADING_KEYS
        for grant in ("PDG-LAC", "PP+", "GDD", "GDD / PDG-LAC")
    }
    stranded = []
    for pupil in world[:5]:
        for number, page in enumerate(_raw_pages(cached(pupil, lang)), start=1):
            lines = content_lines(page)
            if lines and lines[-1] in headings:
                stranded.append((pupil.id, number, lines[-1]))
    assert stranded == []


def _raw_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "cy"])
def test_no_page_mid_pack_is_more_than_half_empty(
    world: list[Pupil], lang: str, tmp_path: Path
) -> None:
    """Measured on the rendered page: the lowest inked row of the body, above the footer."""
    half_empty = []
    for pupil in world[:5]:
        pages = _page_images(cached(pupil, lang), tmp_path / pupil.id)
        for number, image in enumerate(pages[:-1], start=1):
            used = _used_fraction(image)
            if used < 0.5:
                half_empty.append((pupil.id, number, round(used, 2)))
    assert half_empty == []


def _page_images(data: bytes, folder: Path) -> list[Image.Image]:
    folder.mkdir()
    (folder / "pack.pdf").write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-r", "20", "-gray", "-png", "pack.pdf", "page"], cwd=folder, check=True
    )
    files = sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return [Image.open(path).convert("L") for path in files]


def _used_fraction(image: Image.Image) -> float:
    """How far down the body frame (22 mm from the top to 20 mm from the bottom) ink goes."""
    width, height = image.size
    top, bottom = round(height * 24 / 297), round(height * (297 - 22) / 297)
    pixels = image.load()
    assert pixels is not None
    lowest = top
    for y in range(top, bottom):
        if any(pixels[x, y] < 200 for x in range(width // 10, width * 9 // 10)):  # type: ignore[operator]
            lowest = y
    return (lowest - top) / (bottom - top)
