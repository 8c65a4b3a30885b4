"""A SQLite hub at rest: SQLCipher under the hub passphrase, like a teacher's vault.

No marker written into the hub may be found in any file of the hub folder, while the hub is
open (WAL and shared-memory files present) or after it is closed; a wrong passphrase, a lost
or foreign key file each fail clearly and change nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers.fixtures import find_markers, snapshot
from helpers.hub_fixtures import HUB_PASSPHRASE, FakeClock
from vsdesk.errors import WrongPassphraseError
from vsdesk.hub.errors import HubDamagedError, HubMissingError
from vsdesk.hub.services.authority import initialise
from vsdesk.hub.services.pupils import HubPupils
from vsdesk.hub.services.teachers import TeacherService
from vsdesk.hub.storage.keys import load_keys
from vsdesk.hub.storage.store import HubStore, default_url
from vsdesk.kdf import TEST_KDF
from vsdesk.storage.pupil_repository import PupilRepository

MARKERS = {
    "pupil.given_name": "Zyxŵgiven",
    "pupil.family_name": "Qwŷfamily",
    "pupil.upn": "Z999888777666",
    "pupil.social_worker": "Gweithiwr-ŵŷâ-marciwr",
    "targets.t-1.description": "Targed-cyfrinachol-ŷâ",
}
TEACHER = "Athrawes-Ŵŷâ-Unigryw"


def mark(store: HubStore) -> str:
    """Pupils, a marked pupil (identity and a shared field), a marked teacher."""
    pupils = HubPupils(store, "cardiff:officer", FakeClock())
    pupils.generate(12, seed=3)
    pupil_id = pupils.service.summaries()[0].id
    with store.session() as session:
        repo = PupilRepository(session)
        pupil = repo.get(pupil_id)
        pupil.pupil.given_name = MARKERS["pupil.given_name"]
        pupil.pupil.family_name = MARKERS["pupil.family_name"]
        pupil.pupil.upn = MARKERS["pupil.upn"]
        repo.save(pupil)
    edits = {
        k: v
        for k, v in MARKERS.items()
        if k not in ("pupil.given_name", "pupil.family_name", "pupil.upn")
    }
    pupils.service.edit(pupil_id, edits)
    teacher = TeacherService(store, FakeClock()).add(TEACHER, "Ysgol y Dŵr")
    TeacherService(store, FakeClock()).assign(pupil_id, teacher.id)
    return pupil_id


def every_marker() -> list[str]:
    return [*MARKERS.values(), TEACHER]


def test_no_marker_in_any_hub_file_while_open_and_after_close(hub: HubStore, hub_dir: Path) -> None:
    pupil_id = mark(hub)
    view = HubPupils(hub, "cardiff:officer").service.view(pupil_id)
    assert view["pupil"]["social_worker"] == MARKERS["pupil.social_worker"]
    assert (hub_dir / "hub.db-wal").exists()
    assert find_markers(hub_dir, every_marker()) == []
    hub.close()
    assert find_markers(hub_dir, every_marker()) == []
    assert sorted(p.name for p in hub_dir.iterdir()) == ["hub.db", "hub.key"]


def test_the_markers_are_readable_again_with_the_passphrase(hub: HubStore, hub_dir: Path) -> None:
    pupil_id = mark(hub)
    hub.close()
    reopened = HubStore.open(default_url(hub_dir), HUB_PASSPHRASE)
    try:
        got = HubPupils(reopened, "cardiff:officer").service.get(pupil_id)
        assert got.pupil.given_name == MARKERS["pupil.given_name"]
        assert load_keys(reopened, HUB_PASSPHRASE).party_id == "cardiff"
    finally:
        reopened.close()


def test_a_wrong_passphrase_changes_nothing(hub: HubStore, hub_dir: Path) -> None:
    mark(hub)
    hub.close()
    before = snapshot(hub_dir)
    with pytest.raises(WrongPassphraseError, match="Wrong hub passphrase"):
        HubStore.open(default_url(hub_dir), "not the hub passphrase")
    assert snapshot(hub_dir) == before


def test_a_missing_key_file_is_damage_not_a_missing_hub(hub: HubStore, hub_dir: Path) -> None:
    hub.close()
    (hub_dir / "hub.key").unlink()
    before = snapshot(hub_dir)
    with pytest.raises(HubDamagedError, match="key file"):
        HubStore.open(default_url(hub_dir), HUB_PASSPHRASE)
    assert snapshot(hub_dir) == before


def test_another_hubs_key_file_is_refused(hub: HubStore, hub_dir: Path, tmp_path: Path) -> None:
    hub.close()
    other = initialise(
        default_url(tmp_path / "other"),
        name="Swansea",
        country="wales",
        authority_id="swansea",
        passphrase=HUB_PASSPHRASE,
        kdf=TEST_KDF,
    )
    other.close()
    shutil.copyfile(tmp_path / "other" / "hub.key", hub_dir / "hub.key")
    before = snapshot(hub_dir)
    with pytest.raises(HubDamagedError, match="integrity check"):
        HubStore.open(default_url(hub_dir), HUB_PASSPHRASE)
    assert snapshot(hub_dir) == before


def test_a_failed_init_leaves_no_half_hub(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        initialise(
            default_url(tmp_path / "hub"),
            name="Cardiff",
            country="wales",
            authority_id="cardiff",
            passphrase=HUB_PASSPHRASE,
            kdf=TEST_KDF,
            clock=lambda: (_ for _ in ()).throw(ValueError("clock broke")),
        )
    assert not HubStore.exists(default_url(tmp_path / "hub"))
    assert list((tmp_path / "hub").iterdir()) == []
    with pytest.raises(HubMissingError):
        HubStore.open(default_url(tmp_path / "hub"), HUB_PASSPHRASE)
