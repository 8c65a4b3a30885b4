"""The Virtual School's facts: validated before any write, all or nothing, audited."""

from __future__ import annotations

import pytest

from helpers.hub_fixtures import FakeClock
from vsdesk.errors import ValidationError
from vsdesk.hub.storage.store import HubStore
from vsdesk.monitoring.school_facts import parse_pair
from vsdesk.monitoring.school_store import SchoolFactsStore


@pytest.fixture
def facts(hub: HubStore, clock: FakeClock) -> SchoolFactsStore:
    return SchoolFactsStore(hub, "cardiff:officer", clock)


def pairs(*texts: str) -> list[tuple[str, str]]:
    return [parse_pair(text) for text in texts]


def test_set_stores_normalised_values_and_types_them(facts: SchoolFactsStore) -> None:
    changed = facts.set(
        pairs("model=early-stage", "head-appointed=YES", "staff.2026-autumn.head=1.50",
              "spend.2026-autumn.pdg-lac=1200", "in-area-schools= Ysgol Ŵyn ;Ysgol Tŷ Gwyn;")
    )  # fmt: skip
    assert changed == 5
    assert facts.stored() == {
        "model": "early-stage",
        "head-appointed": "yes",
        "staff.2026-autumn.head": "1.50",
        "spend.2026-autumn.pdg-lac": "1200",
        "in-area-schools": "Ysgol Ŵyn; Ysgol Tŷ Gwyn",
    }
    typed = facts.facts()
    assert typed.head_appointed is True
    assert typed.staff_fte("2026-autumn") == 1.5
    assert typed.spend_on("2026-autumn") == 1200.0
    assert typed.in_area_schools == frozenset({"Ysgol Ŵyn", "Ysgol Tŷ Gwyn"})


def test_every_change_is_audited_with_who_when_old_and_new(
    facts: SchoolFactsStore, clock: FakeClock
) -> None:
    facts.set(pairs("model=new"))
    clock.advance(days=1)
    facts.set(pairs("model=extended", "head-appointed=no"))
    facts.set(pairs("model=extended"))  # the same value: no change, no audit row
    clock.advance(hours=2)
    facts.set(pairs("head-appointed="))  # removed
    history = [(c.at, c.actor, c.key, c.old, c.new) for c in facts.history()]
    assert history == [
        ("2026-11-23T09:00:00.000000Z", "cardiff:officer", "model", None, "new"),
        ("2026-11-24T09:00:00.000000Z", "cardiff:officer", "model", "new", "extended"),
        ("2026-11-24T09:00:00.000000Z", "cardiff:officer", "head-appointed", None, "no"),
        ("2026-11-24T11:00:00.000000Z", "cardiff:officer", "head-appointed", "no", None),
    ]
    assert facts.stored() == {"model": "extended"}


@pytest.mark.parametrize(
    ("pair", "message"),
    [
        ("colour=blue", "not a Virtual School fact"),
        ("model=huge", "must be one of new, extended, early-stage"),
        ("head-appointed=maybe", "yes, no"),
        ("staff.2026-autumn.chef=1", "role must be one of"),
        ("staff.2026-winter.head=1", "2026-autumn"),
        ("staff.2026-autumn.head=-1", "FTE"),
        ("staff.2026-autumn.head=501", "at most 500"),
        ("spend.2026-autumn.pdg-lac=12,000", "amount in pounds"),
        ("spend.2026-autumn.pdg-lac=1.234", "at most 2 decimals"),
        ("spend.2026-autumn.travel=10", "spending line must be one of"),
        ("in-area-schools=;;", "separated by ';'"),
        ("Siân Prŷs=1", "that key"),  # a mistyped value is never echoed
    ],
)
def test_bad_facts_are_refused_and_change_nothing(
    facts: SchoolFactsStore, pair: str, message: str
) -> None:
    facts.set(pairs("model=new"))
    with pytest.raises(ValidationError, match=message) as caught:
        facts.set(pairs("spend.2026-autumn.grant=10", pair))
    assert "Siân" not in str(caught.value)
    assert facts.stored() == {"model": "new"}
    assert len(facts.history()) == 1


def test_a_pair_needs_an_equals_sign_and_each_key_once(facts: SchoolFactsStore) -> None:
    with pytest.raises(ValidationError, match="KEY=VALUE"):
        parse_pair("model")
    with pytest.raises(ValidationError, match="given twice"):
        facts.set(pairs("model=new", "model=extended"))
    assert facts.stored() == {}


def test_import_csv_records_every_row(facts: SchoolFactsStore) -> None:
    data = (
        "key,value\nmodel,extended\nstaff.2026-autumn.education-officer,2.5\n\n"
        '"in-area-schools","Ysgol Ŵyn; Ysgol Glan Llyn"\n'
    ).encode()
    assert facts.import_csv(data) == 3
    assert facts.stored()["in-area-schools"] == "Ysgol Ŵyn; Ysgol Glan Llyn"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"model,extended\n", "header row: key,value"),
        (b"key,value\nmodel,extended\nmodel\n", "line 3: give exactly two cells"),
        (b"key,value\nmodel,extended\nhead-appointed,perhaps\n", "line 3: head-appointed"),
        (b"key,value\nmodel,\xff\n", "UTF-8"),
        (b"", "header row"),
    ],
)
def test_a_bad_file_is_refused_whole(facts: SchoolFactsStore, data: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        facts.import_csv(data)
    assert facts.stored() == {}
    assert facts.history() == []
