"""``vsdesk pack`` and ``vsdesk packs`` through the real command line, checked with pypdf."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers.fixtures import Cli, shared_demo_vault


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_demo_vault(tmp_path_factory, pupils=8, seed=3)


@pytest.fixture
def teacher(cli: Cli, template: Path, vault_dir: Path) -> Cli:
    shutil.copytree(template, vault_dir)
    return cli


def text_of(path: Path, password: str | None = None) -> str:
    reader = PdfReader(path)
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def test_pack_for_one_pupil_in_both_languages(teacher: Cli, tmp_path: Path) -> None:
    pupil = json.loads(teacher("pupils", "--json").stdout)[0]
    out = tmp_path / "pack.pdf"
    result = teacher("pack", pupil["id"], "--out", str(out), "--lang", "both")
    assert result.returncode == 0, result.stderr
    text = text_of(out)
    assert pupil["name"] in text
    assert "OFFICIAL-SENSITIVE" in text and "SWYDDOGOL-SENSITIF" in text
    sensitive = json.loads(
        teacher("pupils", "show", pupil["id"], "--json", "--include-sensitive").stdout
    )
    assert sensitive["safeguarding"]["placement_address"] not in text


def test_password_pack_needs_its_password(teacher: Cli, tmp_path: Path) -> None:
    pupil = json.loads(teacher("pupils", "--json").stdout)[0]["id"]
    out = tmp_path / "locked.pdf"
    result = teacher(
        "pack", pupil, "--out", str(out), "--password-env", "PACK_PW", PACK_PW="s3cret-pw"
    )
    assert result.returncode == 0, result.stderr
    assert PdfReader(out).is_encrypted
    assert "OFFICIAL-SENSITIVE" in text_of(out, "s3cret-pw")
    missing = teacher("pack", pupil, "--out", str(tmp_path / "x.pdf"), "--password-env", "NOPE")
    assert missing.returncode == 2 and "NOPE" in missing.stderr


def test_batch_writes_one_pack_per_pupil_due(teacher: Cli, tmp_path: Path) -> None:
    listed = json.loads(teacher("pupils", "--json").stdout)
    start = date(2026, 11, 23)
    end = start + timedelta(days=20)
    due = {
        p["id"]
        for p in listed
        if p["next_meeting"] and start.isoformat() <= p["next_meeting"] <= end.isoformat()
    }
    folder = tmp_path / "packs"
    folder.mkdir()
    result = teacher(
        "packs", "--from", start.isoformat(), "--to", end.isoformat(), "--out", str(folder)
    )
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in folder.iterdir())
    assert len(written) == len(due) > 0
    assert all(any(pupil_id in name for name in written) for pupil_id in due)
    names = {p["name"] for p in listed}
    assert not any(part in name for name in written for n in names for part in n.split())
