"""``make run`` builds its demo world through the real hub, enrolment and sync."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vsdesk.demo import world
from vsdesk.services.client_sync import ClientSync
from vsdesk.services.pupils import PupilService
from vsdesk.storage.vault import Vault


def test_demo_world_gives_the_teacher_the_assigned_pupils(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert world.main(["--dir", str(tmp_path / "demo")]) == 0
    assert os.environ.get("VSDESK_PASSPHRASE") != world.DEMO_PASSPHRASE  # nothing leaked
    listed = capsys.readouterr().out
    vault = Vault.unlock(tmp_path / "demo" / "teacher", world.DEMO_PASSPHRASE)
    try:
        pupils = PupilService(vault, "x").summaries()
        assert len(pupils) == world.ASSIGNED
        assert all(p.authority_id == world.AUTHORITY for p in pupils)
        assert all(p.id in listed for p in pupils)
        assert ClientSync(vault).authorities()[0]["received"] == 1
        # the demo authority's profile, as the teacher received it, wants the first PEP after
        # an emergency placement within 10 school days, and some demo pupils were so placed
        service = PupilService(vault, "x")
        held = [service.get(p.id) for p in pupils]
        profile = service.profile_for(held[0])
        assert profile.timescales.emergency_initial_pep_school_days == 10
        assert any(p.pupil.emergency_placement for p in held)
    finally:
        vault.lock()
    assert world.main(["--dir", str(tmp_path / "demo")]) == 0  # a second run reuses it
