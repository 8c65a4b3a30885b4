"""The sections issue 10 added, as bundles carry them: every new field is a change a payload
may name, a device may not set what the authority owns there, and a bad value in them
refuses the whole bundle, naming the field (never the value), with nothing applied.

The forged bundles are validly signed and chained by the enrolled device: only their
contents overstep (helpers.forged_bundles).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from helpers.forged_bundles import Forger
from helpers.old_schemas import born_in_year_group
from helpers.sync_kit import Device, Hub, Kit, dump
from vsdesk.domain.fields import iter_leaf_specs
from vsdesk.errors import ValidationError, VsdeskError
from vsdesk.services.sync_payload import parse_changes
from vsdesk.sync import bundle_errors as errors
from vsdesk.sync.changes import Change, Op
from vsdesk.sync.hlc import HybridClock
from vsdesk.sync.rights import Scope, scope_of

NEW_SECTIONS = ("early_years", "post16", "alternative_provision", "missing_education")
NEW_FIELDS = ("transition.moving_to", "transition.move_date", "transition.support",
              "transition.information_shared", "pupil.year_group_offset",
              "pupil.emergency_placement")  # fmt: skip
AUTHORITY_OWNED = {"post16.pathway_plan_education", "pupil.year_group_offset",
                   "pupil.emergency_placement"}  # fmt: skip


def new_leaf_paths() -> list[str]:
    paths = [
        spec.path.replace("<id>", "communication")
        for spec in iter_leaf_specs()
        if spec.path.split(".")[0] in NEW_SECTIONS or spec.path in NEW_FIELDS
    ]
    assert len(paths) > 30  # the sections really are there
    return paths


def change(field: str, op: Op = "set") -> dict[str, object]:
    """A well-formed change record by a device, as a payload carries it."""
    entity = "pupil:p-1" if field.startswith("pupil.") else "plan:p-1.pl-1"
    stamp = str(HybridClock("device-test", wall=lambda: 1_800_000_000_000).now())
    return Change(change_id=f"c-{field}", entity=entity, field=field, value=None, base="",
                  stamp=stamp, author="device-test", side="school", op=op).to_dict()  # fmt: skip


def test_every_new_field_is_a_change_a_payload_may_name() -> None:
    paths = new_leaf_paths()
    assert len(parse_changes([change(path) for path in paths])) == len(paths)
    groups = ("early_years.development.communication", "early_years", "missing_education")
    assert len(parse_changes([change(group, "delete") for group in groups])) == len(groups)


def test_the_rights_table_reads_each_new_fields_owner() -> None:
    """One table, by owner: the new authority-owned fields and the groups holding them."""
    for path in new_leaf_paths():
        entity = "pupil:p-1" if path.startswith("pupil.") else "plan:p-1.pl-1"
        assert (scope_of(entity, path) is Scope.AUTHORITY_FIELD) == (path in AUTHORITY_OWNED)
    assert scope_of("plan:p-1.pl-1", "post16") is Scope.AUTHORITY_GROUP
    assert scope_of("plan:p-1.pl-1", "early_years") is Scope.GROUP
    assert scope_of("plan:p-1.pl-1", "early_years.development.communication") is Scope.RECORD


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    return Kit(tmp_path)


@pytest.fixture
def hub(kit: Kit) -> Hub:
    return kit.hub(pupils=4)


@pytest.fixture
def device(kit: Kit, hub: Hub, tmp_path: Path) -> Device:
    device = kit.device()
    kit.enrol(hub, device, kit.teacher_with(hub, 2))
    device.sync.import_file(hub.export(hub.teachers.summaries()[0].teacher.id, tmp_path / "h1"))
    return device


@pytest.fixture
def pupil(device: Device) -> str:
    return sorted(s.id for s in device.pupils().summaries())[0]


def current_plan(hub: Hub, pupil: str) -> str:
    plan = hub.pupils().get(pupil).current_plan
    assert plan is not None
    return f"plan:{pupil}.{plan.id}"


def refused(hub: Hub, bundle: Path) -> VsdeskError:
    before = dump(hub.store)
    with pytest.raises(VsdeskError) as caught:
        hub.sync.import_file(bundle)
    assert dump(hub.store) == before
    return caught.value


@pytest.mark.parametrize(
    ("where", "field", "value"),
    [
        ("plan", "post16.pathway_plan_education", "Coleg y Cymoedd, Lefel 3"),
        ("pupil", "pupil.year_group_offset", -1),
        ("pupil", "pupil.emergency_placement", True),
    ],
)
def test_hub_refuses_a_device_setting_an_authority_field_of_the_new_sections(
    kit: Kit, hub: Hub, device: Device, pupil: str, tmp_path: Path,
    where: str, field: str, value: object,
) -> None:  # fmt: skip
    forger = Forger(kit, device)
    plan = current_plan(hub, pupil)
    entity = plan if where == "plan" else f"pupil:{pupil}"
    honest = forger.change(plan, "early_years.setting", "Meithrinfa Ŵyn Bach")
    bundle = forger.bundle([honest, forger.change(entity, field, value)], tmp_path / "d1")  # type: ignore[arg-type]
    error = refused(hub, bundle)
    assert isinstance(error, errors.ForbiddenChangeError)
    assert error.field == field and "kept by the authority" in str(error)
    assert "Cymoedd" not in str(error)


def test_hub_refuses_a_device_deleting_the_post16_section(
    kit: Kit, hub: Hub, device: Device, pupil: str, tmp_path: Path
) -> None:
    """``post16`` holds the pathway plan's education section, which the authority keeps."""
    forger = Forger(kit, device)
    change = forger.change(current_plan(hub, pupil), "post16", op="delete")
    error = refused(hub, forger.bundle([change], tmp_path / "d1"))
    assert isinstance(error, errors.ForbiddenChangeError) and error.field == "post16"


BAD_VALUES: list[tuple[str, object, Callable[[str], bool]]] = [
    ("post16.eet_status", "unemployed", lambda m: "must be one of" in m),  # unknown choice
    ("post16.eet_status", 5, lambda m: "post16.eet_status" in m),  # wrong type
    ("post16.eet_since", "next week", lambda m: "post16.eet_since" in m),
    ("early_years.funded_hours", "lots", lambda m: "early_years.funded_hours" in m),
    ("early_years.development.communication.progress", "great", lambda m: "must be one of" in m),
    ("alternative_provision.arrangement", "part-time", lambda m: "must be one of" in m),
    ("missing_education.missing_since", 20261123, lambda m: "missing_since" in m),
]


@pytest.mark.parametrize(("field", "value", "says"), BAD_VALUES)
def test_a_bad_value_in_a_new_section_refuses_the_bundle_and_changes_nothing(
    kit: Kit, hub: Hub, device: Device, pupil: str, tmp_path: Path,
    field: str, value: object, says: Callable[[str], bool],
) -> None:  # fmt: skip
    """docs/sync.md, step 6: every merged document is converted strictly; a bad value
    refuses the whole bundle, its error naming the field and never the value."""
    forger = Forger(kit, device)
    plan = current_plan(hub, pupil)
    honest = forger.change(plan, "voice.pupil", "Dw i'n hoffi'r feithrinfa")
    bundle = forger.bundle([honest, forger.change(plan, field, value)], tmp_path / "d1")  # type: ignore[arg-type]
    error = refused(hub, bundle)
    assert isinstance(error, ValidationError) and error.code == "invalid", error
    assert error.field == field and says(str(error))
    assert str(value) not in str(error)


def test_the_first_entry_of_an_empty_collection_syncs(
    kit: Kit, hub: Hub, device: Device, pupil: str, tmp_path: Path
) -> None:
    """Every plan's ``early_years.development`` starts empty: its first area must be logged
    as the area's fields, not as a change to the group (which no receiver accepts)."""
    term = hub.pupils().view(pupil)["plan"]["term"]
    hub.pupils().edit(pupil, {
        "pupil.date_of_birth": born_in_year_group(term, -1).isoformat(),
        "pupil.year_group": "-1", "pupil.year_group_offset": "0", "plan.status": "in-progress",
        "plan.status_reason": "Adran blynyddoedd cynnar",
    })  # fmt: skip
    teacher = hub.teachers.summaries()[0].teacher.id
    device.sync.import_file(hub.export(teacher, tmp_path / "h2"))
    changes = device.pupils().edit(
        pupil, {"early_years.development.belonging.progress": "exceeding"}
    )
    area = "early_years.development.belonging"
    assert sorted(c.path for c in changes) == [f"{area}.notes", f"{area}.progress"]
    assert hub.sync.import_file(device.export(tmp_path / "d1")).changes == 2
    development = hub.pupils().view(pupil)["early_years"]["development"]
    assert development == {"belonging": {"progress": "exceeding", "notes": ""}}
