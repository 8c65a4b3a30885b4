"""Initialising a hub, and its pupils: generate, list with teachers, view and edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.hub_fixtures import HUB_PASSPHRASE
from vsdesk.domain.fields import flatten
from vsdesk.domain.profiles import default_profile
from vsdesk.errors import UsageError, ValidationError
from vsdesk.hub.services.authority import hub_info, initialise, slug
from vsdesk.hub.services.pupils import HubPupils
from vsdesk.hub.services.teachers import TeacherService
from vsdesk.hub.storage.store import HubStore, default_url
from vsdesk.kdf import TEST_KDF
from vsdesk.storage.pupil_repository import PupilRepository


@pytest.fixture
def pupils(hub: HubStore) -> HubPupils:
    service = HubPupils(hub, "cardiff:officer")
    service.generate(6, seed=4)
    return service


def test_init_records_the_authority_and_its_default_profile(hub: HubStore) -> None:
    info = hub_info(hub)
    assert (info.authority_id, info.name, info.country) == ("cardiff", "Cardiff", "wales")
    with hub.session() as session:
        profile = PupilRepository(session).authority("cardiff")
    assert profile == default_profile("cardiff", "Cardiff", "wales")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Cardiff", "cardiff"), ("Vale of Glamorgan Council", "vale-of-glamorgan-council"),
     ("Ynys Môn / Anglesey", "ynys-m-n-anglesey")],
)  # fmt: skip
def test_the_authority_id_defaults_to_a_slug_of_the_name(name: str, expected: str) -> None:
    assert slug(name) == expected


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"authority_id": "Not Valid!"}, "authority id"),
        ({"country": "scotland"}, "wales or england"),
        ({"name": " "}, "--name"),
        ({"passphrase": "short"}, "at least 12"),
    ],
)
def test_init_refuses_bad_settings_and_creates_nothing(
    tmp_path: Path, changes: dict[str, str], words: str
) -> None:
    settings = {"name": "Powys", "country": "wales", "authority_id": "powys"}
    settings |= {"passphrase": HUB_PASSPHRASE} | changes
    with pytest.raises(UsageError, match=words):
        initialise(default_url(tmp_path), kdf=TEST_KDF, **settings)
    assert not HubStore.exists(default_url(tmp_path))


def test_generated_pupils_belong_to_this_authority(pupils: HubPupils) -> None:
    everyone = pupils.service.all()
    assert len(everyone) == 6
    assert {p.pupil.home_authority for p in everyone} == {"cardiff"}


def test_the_same_seed_twice_is_refused(pupils: HubPupils) -> None:
    with pytest.raises(ValidationError, match="another --seed"):
        pupils.generate(3, seed=4)
    assert len(pupils.summaries()) == 6


def test_list_shows_the_teachers_holding_each_pupil(hub: HubStore, pupils: HubPupils) -> None:
    teachers = TeacherService(hub)
    first, second = teachers.add("Ms Jones", "Ysgol A"), teachers.add("Mr Price", "Ysgol B")
    pupil_id = pupils.summaries()[0].summary.id
    teachers.assign(pupil_id, second.id)
    teachers.assign(pupil_id, first.id)
    held = {row.summary.id: row.teachers for row in pupils.summaries()}
    assert held[pupil_id] == tuple(sorted((first.id, second.id)))
    assert sum(1 for t in held.values() if t) == 1


def test_show_uses_the_clients_field_paths(pupils: HubPupils) -> None:
    pupil_id = pupils.summaries()[0].summary.id
    view = pupils.service.view(pupil_id)
    flat = flatten(view)
    assert {"pupil.upn", "pupil.home_authority", "attendance.percent", "qa.rating"} <= set(flat)
    assert "safeguarding" not in view
    assert pupils.service.view(pupil_id, include_sensitive=True)["safeguarding"]["carer_name"]


def test_the_virtual_school_rates_a_submitted_plan(pupils: HubPupils) -> None:
    ready = next(r for r in pupils.summaries() if r.summary.status == "ready-for-meeting")
    pupil_id = ready.summary.id
    changes = pupils.service.edit(pupil_id, {"plan.status": "submitted", "qa.rating": "green"})
    assert {c.path for c in changes} == {"plan.status", "qa.rating"}
    assert pupils.service.view(pupil_id)["qa"]["rating"] == "green"
    assert pupils.service.history(pupil_id)[0].actor == "cardiff:officer"


def test_the_virtual_school_cannot_edit_school_owned_fields(pupils: HubPupils) -> None:
    pupil_id = pupils.summaries()[0].summary.id
    before = pupils.service.view(pupil_id, include_sensitive=True)
    with pytest.raises(ValidationError, match="kept by the school"):
        pupils.service.edit(pupil_id, {"attendance.percent": "50"})
    assert pupils.service.view(pupil_id, include_sensitive=True) == before
