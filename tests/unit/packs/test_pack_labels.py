"""The label table is complete in both languages and covers every value the model allows."""

from __future__ import annotations

import dataclasses
import re

import pytest

from vsdesk.domain import model
from vsdesk.domain.profiles import ENGLAND, WALES
from vsdesk.domain.workflow import PlanStatus
from vsdesk.errors import UsageError
from vsdesk.packs import LABELS, Labels, PackOptions
from vsdesk.packs.labels import SECTION_KEYS

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
