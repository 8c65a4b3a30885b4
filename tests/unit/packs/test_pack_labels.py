"""The label table is complete in both languages and covers every value the model allows."""

from __future__ import annotations

import dataclasses
import re

import pytest

from vsdesk.domain import model
from vsdesk.domain.frameworks import EARLY_YEARS_AREAS
from vsdesk.domain.phases import AGE_TWO_YEAR, NURSERY_YEAR, RECEPTION_YEAR, Phase
from vsdesk.domain.profiles import ENGLAND, WALES
from vsdesk.domain.workflow import PlanStatus
from vsdesk.errors import UsageError
from vsdesk.packs import LABELS, Labels, PackOptions
from vsdesk.packs.concerns import RAISED_BEFORE_DUE, SUMMARY_DEADLINES
from vsdesk.packs.labels import _CORE_LABELS, SECTION_KEYS
from vsdesk.packs.phase_labels import PHASE_LABELS

PLACEHOLDER = re.compile(r"\{(\w+)\}")


@pytest.mark.parametrize("key", sorted(LABELS))
def test_every_label_has_english_and_welsh_with_the_same_placeholders(key: str) -> None:
    english, welsh = LABELS[key]
    assert english.strip() and welsh.strip()
    assert sorted(PLACEHOLDER.findall(english)) == sorted(PLACEHOLDER.findall(welsh))


def test_every_choice_in_the_model_has_a_label() -> None:
    wanted = (
        [f"legal.{v}" for v in model.LEGAL_STATUSES]
        + [f"placement.{v}" for v in model.PLACEMENT_TYPES]
        + [f"language.{v}" for v in model.LANGUAGES]
        + [f"cohort.{v}" for v in model.COHORTS]
        + [f"decision.{v}" for v in model.FUNDING_DECISIONS]
        + [f"presence.{v}" for v in model.PRESENCE]
        + [f"rag.{v}" for v in model.RAG]
        + [f"word.{v}" for v in model.RAG]
        + [f"status.{s.value}" for s in PlanStatus]
        + [f"aln.{v}" for v in model.ALN_STATUSES if v != "none"]
        + [f"aln.none.{p.country}" for p in (WALES, ENGLAND)]
        + [f"sec.aln.{p.country}" for p in (WALES, ENGLAND)]
    )
    assert [key for key in wanted if key not in LABELS] == []


def test_every_phase_value_and_early_years_area_has_a_label() -> None:
    """Each phase's lists, each area of each country's early-years framework, and the
    words that change with the country (grant, bursary, framework)."""
    countries = [p.country for p in (WALES, ENGLAND)]
    wanted = (
        [f"setting.{v}" for v in model.SETTING_TYPES]
        + [f"devprogress.{v}" for v in model.DEVELOPMENT_PROGRESS]
        + [f"eyfunding.{v}" for v in model.EARLY_YEARS_FUNDING]
        + [f"speech.{v}" for v in model.SPEECH_LANGUAGE]
        + [f"provider.{v}" for v in model.PROVIDER_TYPES]
        + [f"level.{v}" for v in model.QUALIFICATION_LEVELS]
        + [f"eet.{v}" for v in model.EET_STATUSES]
        + [f"bursarystate.{v}" for v in model.BURSARY_STATUSES]
        + [f"arrangement.{v}" for v in model.ARRANGEMENTS]
        + [f"phase.{phase.value}" for phase in Phase]
        + [f"year.{year}" for year in (AGE_TWO_YEAR, NURSERY_YEAR, RECEPTION_YEAR)]
        + [f"area.{c}.{area}" for c in countries for area, _ in EARLY_YEARS_AREAS[c]]
        + [f"group.{g}" for _, g in EARLY_YEARS_AREAS["england"]]
        + [f"{prefix}.{c}" for c in countries for prefix in ("ey.funding", "ey.framework")]
        + [f"bursary.{c}" for c in countries]
        + [f"sum.deadline.{kind}" for kind in SUMMARY_DEADLINES]
        + [f"sum.due.{kind}" for kind in RAISED_BEFORE_DUE]
    )
    assert set(EARLY_YEARS_AREAS) == set(countries)
    assert [key for key in wanted if key not in LABELS] == []


def test_the_phase_labels_do_not_shadow_the_core_table() -> None:
    assert set(PHASE_LABELS).isdisjoint(_CORE_LABELS)


def test_every_sensitive_field_has_a_label() -> None:
    """A sensitive field the lead adds later must get a label before a pack can print it."""
    sensitive = [
        f.name for f in dataclasses.fields(model.Safeguarding) if f.metadata.get("sensitive")
    ]
    assert sensitive
    assert [name for name in sensitive if f"sg.{name}" not in LABELS] == []


def test_section_keys_are_labels() -> None:
    assert all(key in LABELS for key in SECTION_KEYS)


def test_both_puts_welsh_first_and_english_beside_it() -> None:
    assert Labels("both")("sec.attendance") == "Presenoldeb / Attendance"
    assert Labels("cy")("page", n=3, m=10) == "Tudalen 3 o 10"
    assert Labels("en")("page", n=3, m=10) == "Page 3 of 10"
    assert Labels("both")("sec.agenda") == "Agenda"  # the same word in both is printed once


def test_glossary_terms_are_used() -> None:
    welsh = {key: cy for key, (_, cy) in LABELS.items()}
    assert welsh["marking"] == "SWYDDOGOL-SENSITIF"
    assert "Cynllun Addysg Personol (CAP)" in welsh["doc.subject"]
    assert welsh["sec.attendance"] == "Presenoldeb"
    assert welsh["sec.exclusions"] == "Gwaharddiadau"
    assert welsh["voice.pupil"] == "Llais y disgybl"


def test_options_refuse_an_unknown_language_and_an_empty_password() -> None:
    with pytest.raises(UsageError):
        PackOptions(lang="fr")  # type: ignore[arg-type]
    with pytest.raises(UsageError):
        PackOptions(password="")


def test_options_never_show_the_password() -> None:
    assert "s3cret" not in repr(PackOptions(password="s3cret"))
