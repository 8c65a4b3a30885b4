"""``report monitoring`` end to end on a real hub file: four files, exact figures, no pupil."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers.monitoring_data import AUTHORITY, FACTS, PERIOD, build, cohort
from vsdesk.errors import UsageError, ValidationError
from vsdesk.hub.storage.store import HubStore
from vsdesk.monitoring.csv_output import INDICATOR_COLUMNS, indicators_csv
from vsdesk.monitoring.indicators import SCHEMA_VERSION
from vsdesk.monitoring.report import ALL_FILES, build_returns, write_monitoring
from vsdesk.monitoring.school_facts import parse_pair
from vsdesk.monitoring.school_store import SchoolFactsStore
from vsdesk.storage.pupil_repository import PupilRepository

PUPILS = cohort(5)


@pytest.fixture
def filled(hub: HubStore) -> HubStore:
    with hub.session() as session:
        PupilRepository(session).add_many(PUPILS)
    SchoolFactsStore(hub, "cardiff:officer").set([parse_pair(f) for f in FACTS])
    return hub


@pytest.fixture
def written(filled: HubStore, tmp_path: Path) -> Path:
    out = tmp_path / "return"
    write_monitoring(filled, (AUTHORITY, "Cardiff"), PERIOD, out)
    return out


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_store_gives_the_same_return_as_the_records(filled: HubStore) -> None:
    """The reader leaves out the other authority's pupil exactly as the pure helper does."""
    returns = build_returns(filled, AUTHORITY, PERIOD)
    assert indicators_csv(returns.current) == indicators_csv(build(PUPILS))
    assert returns.previous.period == "2026-summer"
    assert returns.current.row("IMPL-03").numerator == 40


def test_writes_four_files_with_the_agreed_columns(written: Path) -> None:
    assert sorted(p.name for p in written.iterdir()) == sorted(ALL_FILES)
    text = (written / "indicators.csv").read_bytes().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == INDICATOR_COLUMNS
    assert {r[3] for r in rows[1:]} == {PERIOD} and {r[9] for r in rows[1:]} == {SCHEMA_VERSION}
    by_key = {(r[0], r[4]): r for r in rows[1:]}
    assert by_key[("IMPA-05", "all")][5:9] == ["15", "35", "42.9", "false"]
    dictionary = list(csv.DictReader(io.StringIO((written / "data-dictionary.csv").read_text())))
    assert len(dictionary) == 38
    assert dictionary[0]["label_cy"] == "Model yr Ysgol Rithwir"


def test_no_pupil_level_data_in_any_output(written: Path) -> None:
    needles: set[str] = set()
    for pupil in PUPILS:
        identity = pupil.pupil
        needles |= {pupil.id, identity.given_name, identity.family_name, identity.upn}
        needles |= {plan.id for plan in pupil.plans}
        if identity.date_of_birth:
            born = identity.date_of_birth
            needles |= {born.isoformat(), born.strftime("%d/%m/%Y"), born.strftime("%-d %B %Y")}
        if identity.school.strip():
            needles.add(identity.school.strip())
        needles |= {p.voice.pupil for p in pupil.plans if p.voice.pupil}
    haystacks = {}
    for path in written.iterdir():
        raw = path.read_bytes()
        haystacks[path.name] = pdf_text(path) if path.suffix == ".pdf" else raw.decode("utf-8")
        haystacks[path.name + " (bytes)"] = raw.decode("latin-1")
    for name, haystack in haystacks.items():
        for needle in needles:
            assert needle not in haystack, f"{name} holds pupil-level data"
        assert not re.search(r"\bp-[a-z0-9]+-\d\d\b", haystack), name


def test_committee_pdf_in_english(written: Path) -> None:
    text = pdf_text(written / "committee-en.pdf")
    for expected in ("Virtual School monitoring return", "OFFICIAL", "Page 1 of", "Cardiff",
                     "Autumn 2026", "Summer 2026", "Persistent absence", "42.9%", "Definitions",
                     "Implementation", "Spending", "Practice", "Impact"):  # fmt: skip
        assert expected in text, expected


def test_committee_pdf_in_welsh(written: Path) -> None:
    text = pdf_text(written / "committee-cy.pdf")
    for expected in ("Ffurflen fonitro'r Ysgol Rithwir", "SWYDDOGOL", "Tudalen 1 o",
                     "Hydref 2026", "Haf 2026", "Presenoldeb", "Llais y disgybl",
                     "Gweithredu", "Gwariant", "Ymarfer", "Effaith", "Diffiniadau",
                     "estynedig", "42.9%"):  # fmt: skip
        assert expected in text, expected
    assert "Persistent absence" not in text


def test_existing_outputs_are_never_overwritten(filled: HubStore, written: Path) -> None:
    before = {p.name: p.read_bytes() for p in written.iterdir()}
    with pytest.raises(UsageError, match="already exist"):
        write_monitoring(filled, (AUTHORITY, "Cardiff"), PERIOD, written)
    assert {p.name: p.read_bytes() for p in written.iterdir()} == before


def test_a_bad_period_is_refused_before_anything_is_written(
    filled: HubStore, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="2026-autumn"):
        write_monitoring(filled, (AUTHORITY, "Cardiff"), "autumn", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_an_empty_hub_gives_a_return_of_zeros_and_blanks(hub: HubStore, tmp_path: Path) -> None:
    write_monitoring(hub, (AUTHORITY, "Cardiff"), PERIOD, tmp_path / "out")
    text = (tmp_path / "out/indicators.csv").read_text("utf-8")
    rows = {(r["indicator_id"], r["breakdown"]): r for r in csv.DictReader(io.StringIO(text))}
    assert rows[("IMPL-03", "all")]["value"] == "0"
    assert rows[("PRAC-02", "all")]["value"] == "" and rows[("IMPL-01", "all")]["value"] == ""
    assert len(PdfReader(tmp_path / "out/committee-cy.pdf").pages) >= 3
