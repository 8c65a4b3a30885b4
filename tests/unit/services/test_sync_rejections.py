"""Every bad bundle is refused with a clear error and the receiver's state is unchanged.

"Unchanged" is checked on a full dump of every table of the receiving store (documents,
sync state, audit), taken before and after the refused import.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import delete

from helpers.sync_kit import Device, Hub, Kit, dump
from vsdesk.errors import VsdeskError
from vsdesk.hub.services.devices import DeviceService
from vsdesk.storage.sync_schema import ChainOutRow
from vsdesk.sync import bundle_errors as errors
from vsdesk.sync.bundle_format import MAX_BUNDLE_BYTES


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    return Kit(tmp_path)


@pytest.fixture
def hub(kit: Kit) -> Hub:
    return kit.hub(pupils=8)


@pytest.fixture
def device(kit: Kit, hub: Hub) -> Device:
    device = kit.device()
    kit.enrol(hub, device, kit.teacher_with(hub, 4))
    return device


@pytest.fixture
def teacher(hub: Hub) -> str:
    return hub.teachers.summaries()[0].teacher.id


def refused(store_dump: Callable[[], object], action: Callable[[], object]) -> VsdeskError:
    before = store_dump()
    with pytest.raises(VsdeskError) as caught:
        action()
    assert store_dump() == before
    assert "Traceback" not in str(caught.value)
    return caught.value


def damaged(bundle: Path, at: float, out: Path) -> Path:
    data = bytearray(bundle.read_bytes())
    data[int(len(data) * at)] ^= 0x01
    out.write_bytes(bytes(data))
    return out


# --- what a device refuses -------------------------------------------------------------------


@pytest.mark.parametrize("at", [0.0, 0.01, 0.05, 0.3, 0.6, 0.99])
def test_device_refuses_a_flipped_byte_anywhere(
    hub: Hub, device: Device, teacher: str, tmp_path: Path, at: float
) -> None:
    bundle = hub.export(teacher, tmp_path / "h1")
    bad = damaged(bundle, at, tmp_path / "bad")
    error = refused(lambda: dump(device.vault), lambda: device.sync.import_file(bad))
    assert isinstance(error, errors.BundleError)
    device.sync.import_file(bundle)  # the genuine one still applies


@pytest.mark.parametrize("keep", [0, 10, 100, 0.5, -1])
def test_device_refuses_a_truncated_file(
    hub: Hub, device: Device, teacher: str, tmp_path: Path, keep: float
) -> None:
    data = hub.export(teacher, tmp_path / "h1").read_bytes()
    size = (
        len(data) - 1 if keep == -1 else int(len(data) * keep) if isinstance(keep, float) else keep
    )
    cut = tmp_path / "cut"
    cut.write_bytes(data[:size])
    error = refused(lambda: dump(device.vault), lambda: device.sync.import_file(cut))
    assert isinstance(error, errors.BundleError)


def test_device_refuses_a_bundle_for_another_device(
    kit: Kit, hub: Hub, device: Device, tmp_path: Path
) -> None:
    other = kit.device("other")
    other_teacher = kit.teacher_with(hub, 2, offset=4)
    kit.enrol(hub, other, other_teacher)
    theirs = hub.export(other_teacher, tmp_path / "theirs")
    error = refused(lambda: dump(device.vault), lambda: device.sync.import_file(theirs))
    assert isinstance(error, errors.WrongRecipientError)


def test_device_refuses_an_unknown_authority(kit: Kit, device: Device, tmp_path: Path) -> None:
    stranger = kit.hub(authority="swansea", pupils=3, seed=9)
    other = kit.device("other")
    teacher = kit.teacher_with(stranger, 2)
    kit.enrol(stranger, other, teacher)
    theirs = stranger.export(teacher, tmp_path / "theirs")
    error = refused(lambda: dump(device.vault), lambda: device.sync.import_file(theirs))
    assert isinstance(error, errors.UnknownSenderError)


def test_device_reports_a_gap_naming_the_missing_bundle(
    hub: Hub, device: Device, teacher: str, tmp_path: Path
) -> None:
    first = hub.export(teacher, tmp_path / "h1")
    hub.export(teacher, tmp_path / "h2")
    third = hub.export(teacher, tmp_path / "h3")
    device.sync.import_file(first)
    error = refused(lambda: dump(device.vault), lambda: device.sync.import_file(third))
    assert isinstance(error, errors.BundleGapError) and error.missing == 2
    assert "2" in str(error)


def test_device_says_already_applied_for_a_replay(
    hub: Hub, device: Device, teacher: str, tmp_path: Path
) -> None:
    bundle = hub.export(teacher, tmp_path / "h1")
    device.sync.import_file(bundle)
    error = refused(lambda: dump(device.vault), lambda: device.sync.import_file(bundle))
    assert isinstance(error, errors.BundleAlreadyAppliedError)


def test_device_refuses_an_older_bundle_from_a_restored_hub(
    kit: Kit, hub: Hub, device: Device, teacher: str, tmp_path: Path
) -> None:
    """Rollback: the hub restored from an old backup re-issues sequence 2 differently."""
    device.sync.import_file(hub.export(teacher, tmp_path / "h1"))
    backup = tmp_path / "hub-backup"
    shutil.copytree(hub.directory, backup)
    device.sync.import_file(hub.export(teacher, tmp_path / "h2"))
    device.sync.import_file(hub.export(teacher, tmp_path / "h3"))
    hub.store.close()
    shutil.rmtree(hub.directory)
    shutil.copytree(backup, hub.directory)
    hub.pupils().edit(
        sorted(s.id for s in hub.pupils().summaries())[0], {"pupil.school": "Ysgol Arall"}
    )
    stale = hub.export(teacher, tmp_path / "h2-again")
    error = refused(lambda: dump(device.vault), lambda: device.sync.import_file(stale))
    assert isinstance(error, errors.BundleForkError | errors.BundleRollbackError)


def test_device_refuses_an_expired_bundle(
    kit: Kit, hub: Hub, device: Device, teacher: str, tmp_path: Path
) -> None:
    bundle = hub.export(teacher, tmp_path / "h1")
    kit.clock.advance(days=61)
    error = refused(lambda: dump(device.vault), lambda: device.sync.import_file(bundle))
    assert isinstance(error, errors.BundleExpiredError)


def test_oversized_file_is_refused_before_it_is_read(device: Device, tmp_path: Path) -> None:
    huge = tmp_path / "huge.bundle"
    with huge.open("wb") as stream:  # sparse: no disk is used
        stream.truncate(MAX_BUNDLE_BYTES + 1)
    error = refused(lambda: dump(device.vault), lambda: device.sync.import_file(huge))
    assert isinstance(error, errors.BundleTooLargeError)


@pytest.mark.parametrize(
    "content", [b"", b"hello", b"%PDF-1.7\n", b"vsdesk-bundle/1\nnot json", bytes(300)]
)
def test_a_file_that_is_not_a_bundle(device: Device, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "not-a-bundle"
    path.write_bytes(content)
    error = refused(lambda: dump(device.vault), lambda: device.sync.import_file(path))
    assert isinstance(error, errors.BundleError)


def test_acknowledging_a_bundle_never_sent_is_refused(
    hub: Hub, device: Device, teacher: str, tmp_path: Path
) -> None:
    """Fast-forward: a device bundle acknowledging hub bundles the hub never sent."""
    device.sync.import_file(hub.export(teacher, tmp_path / "h1"))
    bundle = device.export(tmp_path / "d1")
    with hub.store.session() as session:  # the hub forgets it ever sent bundle 1
        session.execute(delete(ChainOutRow))
    error = refused(lambda: dump(hub.store), lambda: hub.sync.import_file(bundle))
    assert isinstance(error, errors.PayloadInvalidError)


# --- what a hub refuses ----------------------------------------------------------------------


@pytest.fixture
def device_bundle(hub: Hub, device: Device, teacher: str, tmp_path: Path) -> Path:
    device.sync.import_file(hub.export(teacher, tmp_path / "h1"))
    pupil = sorted(s.id for s in device.pupils().summaries())[0]
    device.pupils().edit(pupil, {"attendance.percent": "91", "voice.pupil": "Dw i'n hoffi ŵyn"})
    return device.export(tmp_path / "d1")


@pytest.mark.parametrize("at", [0.02, 0.5, 0.98])
def test_hub_refuses_a_flipped_byte(
    hub: Hub, device_bundle: Path, tmp_path: Path, at: float
) -> None:
    bad = damaged(device_bundle, at, tmp_path / "bad")
    error = refused(lambda: dump(hub.store), lambda: hub.sync.import_file(bad))
    assert isinstance(error, errors.BundleError)
    hub.sync.import_file(device_bundle)


def test_hub_refuses_a_truncated_bundle(hub: Hub, device_bundle: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut"
    cut.write_bytes(device_bundle.read_bytes()[:-7])
    error = refused(lambda: dump(hub.store), lambda: hub.sync.import_file(cut))
    assert isinstance(error, errors.BundleTruncatedError | errors.BundleError)


def test_hub_refuses_a_revoked_device(hub: Hub, device: Device, device_bundle: Path) -> None:
    DeviceService(hub.store, hub.clock).revoke(device.id)
    error = refused(lambda: dump(hub.store), lambda: hub.sync.import_file(device_bundle))
    assert isinstance(error, errors.RevokedSenderError)


def test_hub_refuses_an_unknown_device(kit: Kit, hub: Hub, device: Device, tmp_path: Path) -> None:
    elsewhere = kit.hub(authority="swansea", pupils=3, seed=9)
    kit.enrol(elsewhere, device, kit.teacher_with(elsewhere, 2))
    device.sync.import_file(
        elsewhere.export(elsewhere.teachers.summaries()[0].teacher.id, tmp_path / "s1")
    )
    theirs = device.export(tmp_path / "to-swansea", authority="swansea")
    # a bundle from a device this hub never enrolled (and addressed to another authority)
    error = refused(lambda: dump(hub.store), lambda: hub.sync.import_file(theirs))
    assert isinstance(error, errors.UnknownSenderError | errors.WrongRecipientError)


def test_hub_says_already_applied_for_a_replay(hub: Hub, device_bundle: Path) -> None:
    hub.sync.import_file(device_bundle)
    error = refused(lambda: dump(hub.store), lambda: hub.sync.import_file(device_bundle))
    assert isinstance(error, errors.BundleAlreadyAppliedError)


def test_hub_refuses_changes_to_a_pupil_no_longer_assigned(
    hub: Hub, device: Device, teacher: str, device_bundle: Path
) -> None:
    edited = sorted(s.id for s in device.pupils().summaries())[0]
    hub.teachers.unassign(edited, teacher)
    error = refused(lambda: dump(hub.store), lambda: hub.sync.import_file(device_bundle))
    assert isinstance(error, errors.PayloadInvalidError)
