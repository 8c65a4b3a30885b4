from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import text

from vsdesk.services.pupils import PupilService
from vsdesk.storage import migrate
from vsdesk.storage.vault import Vault

FIXTURE = Path(__file__).parents[2] / "fixtures" / "vault-0001"
PASSPHRASE = "fixture passphrase 0001"


def test_first_schema_vault_upgrades_to_head_with_data_intact(tmp_path: Path) -> None:
    copy = tmp_path / "old"
    shutil.copytree(FIXTURE, copy)
    vault = Vault.unlock(copy, PASSPHRASE)
    with vault.session() as session:
        assert migrate.current_revision(session.connection()) == migrate.head_revision()
        nulls = session.execute(
            text("SELECT count(*) FROM plans WHERE next_meeting IS NULL")
        ).scalar()
    assert nulls == 0  # backfilled from the stored documents
    service = PupilService(vault, "x")
    pupils = service.all()
    assert len(pupils) == 5
    assert all(len(p.plans) == 3 and p.pupil.upn for p in pupils)
    assert {s.next_meeting for s in service.summaries()} == {
        p.current_plan.plan.next_meeting.isoformat()
        for p in pupils  # type: ignore[union-attr]
    }
    vault.lock()


def test_head_is_newer_than_the_fixture() -> None:
    assert migrate.head_revision() != "0001"
