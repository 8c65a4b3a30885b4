from __future__ import annotations

import shutil
import subprocess
import sys
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


def test_the_head_constant_names_the_newest_script() -> None:
    """Vault opens compare with HEAD_REVISION to skip importing Alembic: keep it true."""
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_opening_an_up_to_date_vault_does_not_load_alembic(vault_dir: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE, owner="x").lock()
    program = (
        "import sys; from pathlib import Path; from vsdesk.storage.vault import Vault; "
        f"Vault.unlock(Path({str(vault_dir)!r}), {PASSPHRASE!r}).lock(); "
        "print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr[-500:]
