"""Rights on received changes through real stores: a forbidden change refuses the whole
bundle, names the field, and leaves every table of the receiver exactly as it was.

The forged bundles are validly signed by the enrolled device (or hub) and correctly
chained: only their contents overstep, as a tampered-with or buggy sender's would.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from helpers.forged_bundles import Forger
from helpers.sync_kit import Device, Hub, Kit, dump
from vsdesk.errors import ValidationError, VsdeskError
from vsdesk.storage.pupil_repository import PupilRepository
from vsdesk.storage.schema import AuthorityRow
from vsdesk.sync import bundle_errors as errors

VOICE = "Dw i'n hoffi ŵyn"


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    return Kit(tmp_path)


@pytest.fixture
def hub(kit: Kit) -> Hub:
    return kit.hub(pupils=6)


@pytest.fixture
def teacher(kit: Kit, hub: Hub) -> str:
    return kit.teacher_with(hub, 3)


@pytest.fixture
def device(kit: Kit, hub: Hub, teacher: str, tmp_path: Path) -> Device:
    device = kit.device()
    kit.enrol(hub, device, teacher)
    device.sync.import_file(hub.export(teacher, tmp_path / "h1"))
    return device


@pytest.fixture
def pupil(device: Device) -> str:
    return sorted(s.id for s in device.pupils().summaries())[0]


def refused(store_dump: Callable[[], object], action: Callable[[], object]) -> VsdeskError:
    before = store_dump()
    with pytest.raises(VsdeskError) as caught:
        action()
    assert store_dump() == before
    return caught.value


def current_plan(hub: Hub, pupil: str) -> str:
    plan = hub.pupils().get(pupil).current_plan
    assert plan is not None
    return f"plan:{pupil}.{plan.id}"


def hub_refuses(hub: Hub, bundle: Path) -> errors.ForbiddenChangeError:
    error = refused(lambda: dump(hub.store), lambda: hub.sync.import_file(bundle))
    assert isinstance(error, errors.ForbiddenChangeError), error
    return error


# --- what the hub refuses from a device -----------------------------------------------------


def test_hub_refuses_a_forged_author(
    kit: Kit, hub: Hub, device: Device, pupil: str, tmp_path: Path
) -> None:
    """Signed by the enrolled device, but one change claims another device wrote it."""
    forger = Forger(kit, device)
    plan = current_plan(hub, pupil)
    honest = forger.change(plan, "attendance.percent", 90.0)
    forged = forger.change(plan, "voice.pupil", VOICE, author="device-someone-else")
    error = hub_refuses(hub, forger.bundle([honest, forged], tmp_path / "d1"))
    assert error.field == "voice.pupil"
    assert "another party's name" in str(error)
    assert VOICE not in str(error)


def test_hub_refuses_a_device_change_written_as_the_authority(
    kit: Kit, hub: Hub, device: Device, pupil: str, tmp_path: Path
) -> None:
    forger = Forger(kit, device)
    change = forger.change(current_plan(hub, pupil), "voice.pupil", VOICE, side="authority")
    assert hub_refuses(hub, forger.bundle([change], tmp_path / "d1")).field == "voice.pupil"


@pytest.mark.parametrize(
    ("where", "field", "value"),
    [
        ("plan", "qa.rating", "green"),
        ("plan", "funding.f-1.decision", "approved"),
        ("pupil", "pupil.legal_status", "care-order"),
        ("pupil", "safeguarding.no_contact", "Neb"),
    ],
)
def test_hub_refuses_a_device_edit_to_an_authority_owned_field(
    kit: Kit, hub: Hub, device: Device, pupil: str, tmp_path: Path,
    where: str, field: str, value: str,
) -> None:  # fmt: skip
    forger = Forger(kit, device)
    entity = current_plan(hub, pupil) if where == "plan" else f"pupil:{pupil}"
    honest = forger.change(current_plan(hub, pupil), "attendance.percent", 90.0)
    error = hub_refuses(hub, forger.bundle([honest, forger.change(entity, field, value)],
                                           tmp_path / "d1"))  # fmt: skip
    assert error.field == field
    assert "kept by the authority" in str(error)
    assert value not in str(error)


@pytest.mark.parametrize(
    ("where", "scope", "reason"),
    [
        ("pupil", "pupil.upn", "kept by the authority"),
        ("pupil", "safeguarding", "kept by the authority"),
        ("plan", "qa", "kept by the authority"),
        ("pupil", "", "whole plan or pupil"),
        ("plan", "", "whole plan or pupil"),
    ],
)
def test_hub_refuses_a_device_deleting_what_the_authority_owns(
    kit: Kit, hub: Hub, device: Device, pupil: str, tmp_path: Path,
    where: str, scope: str, reason: str,
) -> None:  # fmt: skip
    forger = Forger(kit, device)
    entity = current_plan(hub, pupil) if where == "plan" else f"pupil:{pupil}"
    error = hub_refuses(hub, forger.bundle([forger.change(entity, scope, op="delete")],
                                           tmp_path / "d1"))  # fmt: skip
    assert error.field == scope
    assert reason in str(error)


def test_hub_refuses_a_device_creating_a_plan(
    kit: Kit, hub: Hub, device: Device, pupil: str, tmp_path: Path
) -> None:
    forger = Forger(kit, device)
    change = forger.change(f"plan:{pupil}.pl-new-term", "plan.term", "2027-summer")
    error = hub_refuses(hub, forger.bundle([change], tmp_path / "d1"))
    assert "may not create a plan" in str(error)


def test_hub_refuses_a_device_setting_quality_assured(
    kit: Kit, hub: Hub, device: Device, pupil: str, tmp_path: Path
) -> None:
    forger = Forger(kit, device)
    change = forger.change(current_plan(hub, pupil), "plan.status", "quality-assured")
    error = hub_refuses(hub, forger.bundle([change], tmp_path / "d1"))
    assert error.field == "plan.status"


def test_honest_device_work_still_applies_after_a_refusal(
    kit: Kit, hub: Hub, device: Device, pupil: str, tmp_path: Path
) -> None:
    """The refused bundle was never recorded, so the device's real next bundle fits."""
    forger = Forger(kit, device)
    bad = forger.bundle([forger.change(current_plan(hub, pupil), "qa.rating", "red")],
                        tmp_path / "bad")  # fmt: skip
    hub_refuses(hub, bad)
    device.pupils().edit(pupil, {"attendance.percent": "91", "voice.pupil": VOICE})
    report = hub.sync.import_file(device.export(tmp_path / "d1"))
    assert report.changes == 2
    assert hub.pupils().view(pupil)["voice"]["pupil"] == VOICE


def test_a_device_cannot_mark_its_plan_quality_assured_locally(device: Device, pupil: str) -> None:
    service = device.pupils()
    service.edit(pupil, {"attendance.percent": "90", "voice.pupil": VOICE,
                         "wellbeing.sdq_score": "12"})  # fmt: skip
    order = ["not-started", "in-progress", "ready-for-meeting", "submitted"]
    status = service.view(pupil)["plan"]["status"]
    assert status in order  # the synthetic current plan is not assured yet
    for step in order[order.index(status) + 1 :]:
        service.edit(pupil, {"plan.status": step})
    assert service.view(pupil)["plan"]["status"] == "submitted"
    with pytest.raises(ValidationError) as caught:
        service.edit(pupil, {"plan.status": "quality-assured"})
    assert caught.value.field == "plan.status"
    assert "Only the Virtual School" in str(caught.value)


# --- kind and schema -------------------------------------------------------------------------


def test_a_device_bundle_imported_on_a_device_says_where_it_belongs(
    device: Device, pupil: str, tmp_path: Path
) -> None:
    device.pupils().edit(pupil, {"attendance.percent": "91"})
    own = device.export(tmp_path / "d1")
    error = refused(lambda: dump(device.vault), lambda: device.sync.import_file(own))
    assert isinstance(error, errors.WrongKindError)
    assert "vsdesk-hub" in str(error)


def test_a_hub_bundle_imported_at_the_hub_says_where_it_belongs(
    hub: Hub, teacher: str, device: Device, tmp_path: Path
) -> None:
    own = hub.export(teacher, tmp_path / "h2")
    error = refused(lambda: dump(hub.store), lambda: hub.sync.import_file(own))
    assert isinstance(error, errors.WrongKindError)
    assert "teacher's device" in str(error)


def test_a_device_bundle_of_the_old_kind_is_refused_at_the_hub(
    kit: Kit, hub: Hub, device: Device, pupil: str, tmp_path: Path
) -> None:
    forger = Forger(kit, device)
    change = forger.change(current_plan(hub, pupil), "attendance.percent", 90.0)
    bundle = forger.bundle([change], tmp_path / "d1", kind="changes")
    error = refused(lambda: dump(hub.store), lambda: hub.sync.import_file(bundle))
    assert isinstance(error, errors.WrongKindError)


# --- what a device refuses from an authority ---------------------------------------------------


def profile_of(hub: Hub) -> dict[str, Any]:
    with hub.store.session() as session:
        profile = PupilRepository(session).authority("cardiff")
    assert profile is not None
    return json.loads(json.dumps(profile.to_dict()))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"id": "swansea"}, "profile.id"),
        ({"transition_from_year": "9"}, "profile.transition_from_year"),
        ({"funding_bands": [0, 400, "lots"]}, "profile.funding_bands"),
        ({"required_for_meeting": ["attendance.nonsense"]}, "profile.required_for_meeting"),
    ],
)
def test_device_refuses_a_profile_that_is_not_the_senders_or_not_well_typed(
    kit: Kit, hub: Hub, teacher: str, device: Device, tmp_path: Path,
    change: dict[str, Any], field: str,
) -> None:  # fmt: skip
    raw = profile_of(hub) | change
    with hub.store.session() as session:  # the hub publishes a bad profile (bypassing types)
        session.get(AuthorityRow, "cardiff").profile = json.dumps(raw)  # type: ignore[union-attr]
    bundle = hub.export(teacher, tmp_path / "h2")
    error = refused(lambda: dump(device.vault), lambda: device.sync.import_file(bundle))
    assert isinstance(error, errors.ForbiddenChangeError | errors.PayloadInvalidError)
    assert error.field == field
