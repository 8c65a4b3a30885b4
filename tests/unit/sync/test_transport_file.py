"""The folder transport: the same online-sync rounds, with an outbox and an inbox."""

from __future__ import annotations

from pathlib import Path

from helpers.sync_kit import Kit
from vsdesk.services.online_sync import OnlineSync
from vsdesk.sync.bundle_reader import ChainPosition
from vsdesk.sync.transport_file import SUFFIX, FileTransport


def test_a_round_through_folders(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    hub, device = kit.hub(), kit.device()
    teacher = kit.teacher_with(hub, 2)
    kit.enrol(hub, device, teacher)
    outbox, inbox = tmp_path / "outbox", tmp_path / "inbox"
    inbox.mkdir()
    hub.export(teacher, inbox / f"cardiff-1{SUFFIX}")
    (inbox / f"unrelated{SUFFIX}").write_bytes(b"not a bundle")
    transport = FileTransport("cardiff", outbox, inbox)
    assert transport.state() is None
    assert transport.fetch(ChainPosition(1, "x"), 0) is None  # nothing after 1 yet

    sync = OnlineSync(device.vault, kit.clock, connect=lambda url, keys: transport)
    [first] = sync.run(hub_url="https://vs.example.gov.uk")
    assert first.outcome == "synced" and first.received > 0
    pupil_id = device.pupils().summaries()[0].id
    device.pupils().edit(pupil_id, {"voice.pupil": "Rwy'n hoffi darllen"})
    [second] = sync.run(hub_url="https://vs.example.gov.uk")
    assert second.sent == 1
    [sent] = sorted(outbox.iterdir())
    assert sent.name == f"cardiff-1{SUFFIX}"  # authority and sequence, nothing personal
    report = hub.sync.import_file(sent)
    assert report.changes == 1
    device.vault.lock()
    hub.store.close()
