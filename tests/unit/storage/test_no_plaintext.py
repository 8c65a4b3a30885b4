"""No marker written into the vault may be found in any file under the data folder."""

from __future__ import annotations

from pathlib import Path

from helpers.fixtures import find_markers
from vsdesk.services.pupils import PupilService
from vsdesk.storage.vault import Vault

MARKERS = {
    "pupil.given_name": "Zyxŵgiven",
    "pupil.family_name": "Qwŷfamily",
    "pupil.upn": "Z999888777666",
    "voice.pupil": "Llais-ŵŷâ-marcwr-unigryw",
    "voice.carer": "CARER-MARKER-91827",
    "wellbeing.notes": "Nodiadau-cyfrinachol-ŷ",
}


def mark(vault: Vault) -> tuple[PupilService, str]:
    service = PupilService(vault, "Test Teacher")
    service.add_demo(20, seed=9)
    pupil_id = service.summaries()[0].id
    with vault.session() as session:
        from vsdesk.storage.pupil_repository import PupilRepository

        repo = PupilRepository(session)
        pupil = repo.get(pupil_id)
        pupil.pupil.given_name = MARKERS["pupil.given_name"]
        pupil.pupil.family_name = MARKERS["pupil.family_name"]
        pupil.pupil.upn = MARKERS["pupil.upn"]
        repo.save(pupil)
    service.edit(pupil_id, {k: v for k, v in MARKERS.items() if not k.startswith("pupil.")})
    return service, pupil_id


def test_no_marker_in_any_file_while_open_and_after_close(vault: Vault, vault_dir: Path) -> None:
    service, pupil_id = mark(vault)
    assert service.get(pupil_id).pupil.given_name == MARKERS["pupil.given_name"]
    assert find_markers(vault_dir, list(MARKERS.values())) == []  # WAL and shm present
    vault.lock()
    assert find_markers(vault_dir, list(MARKERS.values())) == []


def test_purge_removes_the_pupil_and_every_marker(vault: Vault, vault_dir: Path) -> None:
    service, pupil_id = mark(vault)
    others = {s.id for s in service.summaries()} - {pupil_id}
    service.purge(pupil_id)
    assert {s.id for s in service.summaries()} == others
    assert service.history(others.pop()) == []
    vault.lock()
    assert find_markers(vault_dir, list(MARKERS.values())) == []
    assert sorted(p.name for p in vault_dir.iterdir()) == ["vault.db", "vault.key"]
