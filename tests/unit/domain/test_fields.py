from __future__ import annotations

import json

import pytest

from vsdesk.domain.fields import (
    flatten,
    from_document,
    iter_leaf_specs,
    parse_value,
    pupil_from_view,
    pupil_view,
    set_path,
    spec_for,
)
from vsdesk.domain.meta import Owner
from vsdesk.domain.model import Plan
from vsdesk.errors import UsageError, ValidationError
from vsdesk.services.synthetic import generate_pupils


def test_view_round_trips_through_json() -> None:
    for pupil in generate_pupils(20, seed=5):
        view = json.loads(json.dumps(pupil_view(pupil)))
        assert pupil_from_view(pupil, view) == pupil


def test_required_field_paths_exist_with_their_owners() -> None:
    assert spec_for("attendance.percent").owner is Owner.SCHOOL
    assert spec_for("voice.pupil").text
    assert spec_for("qa.rating").owner is Owner.AUTHORITY
    assert spec_for("safeguarding.carer_address").sensitive
    assert spec_for("targets.t-9.progress").choices == ("red", "amber", "green")


@pytest.mark.parametrize(
    "path", ["attendance", "attendance.nope", "nope.x", "targets.t-1", "targets.bad id.owner"]
)
def test_unknown_or_group_paths_are_usage_errors(path: str) -> None:
    with pytest.raises((UsageError, ValidationError)):
        spec_for(path)


def test_catalogue_marks_every_safeguarding_field_sensitive() -> None:
    specs = list(iter_leaf_specs())
    assert {s.path for s in specs if s.sensitive} == {
        s.path for s in specs if s.path.startswith("safeguarding.")
    }
    assert len(specs) > 60


def test_strict_decoding_names_the_path_not_the_value() -> None:
    with pytest.raises(ValidationError) as caught:
        from_document(Plan, {"id": "x", "attendance": {"percent": "SECRET-TEXT"}})
    assert caught.value.field == "attendance.percent"
    assert "SECRET-TEXT" not in str(caught.value)
    with pytest.raises(ValidationError):
        from_document(Plan, {"id": "x", "attendance": {"bogus": 1}})
    with pytest.raises(ValidationError):
        from_document(Plan, {"id": "x", "targets": {"t-1": {"progress": "purple"}}})


def test_set_path_creates_new_collection_entries() -> None:
    pupil = generate_pupils(1, seed=2)[0]
    view = pupil_view(pupil)
    set_path(view, "actions.a-new.description", "Phone carer")
    set_path(view, "actions.a-new.owner", "DT")
    edited = pupil_from_view(pupil, view)
    assert edited.plans[-1].actions["a-new"].description == "Phone carer"
    assert "actions.a-new.owner" in flatten(pupil_view(edited))


def test_parse_value_types_command_line_text() -> None:
    assert parse_value(spec_for("attendance.percent"), "93.5") == 93.5
    assert parse_value(spec_for("actions.a-1.done"), "yes") is True
    assert parse_value(spec_for("funding.f-1.amount"), "£1,500") == 1500.0
    assert parse_value(spec_for("attendance.percent"), "") is None
    with pytest.raises(ValidationError):
        parse_value(spec_for("attendance.sessions_missed"), "many")
