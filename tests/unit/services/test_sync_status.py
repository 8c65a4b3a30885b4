"""The sync screen's per-authority line: last exchange, sequences, changes waiting to go."""

from __future__ import annotations

from pathlib import Path

from helpers.sync_kit import Kit
from vsdesk.services.sync_status import authority_status


def test_waiting_changes_count_until_a_bundle_carries_them(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    hub = kit.hub(pupils=3, seed=5)
    device = kit.device()
    teacher = kit.teacher_with(hub, 2)
    kit.enrol(hub, device, teacher)
    device.sync.import_file(hub.export(teacher, tmp_path / "h1.bundle"))

    [status] = authority_status(device.vault)
    assert (status.authority_id, status.received, status.sent, status.waiting) == (
        "cardiff",
        1,
        0,
        0,
    )
    assert status.last_exchange is not None

    pupil = sorted(s.id for s in device.pupils().summaries())[0]
    device.pupils().edit(pupil, {"voice.pupil": "Hoffi pêl-droed", "attendance.percent": "91"})
    [status] = authority_status(device.vault)
    assert status.waiting == 2

    device.export(tmp_path / "d1.bundle")
    [status] = authority_status(device.vault)
    assert (status.sent, status.waiting) == (1, 0)
    device.vault.lock()
    hub.store.close()


def test_a_device_never_enrolled_lists_no_authority(tmp_path: Path) -> None:
    device = Kit(tmp_path).device()
    assert authority_status(device.vault) == []
    device.vault.lock()
