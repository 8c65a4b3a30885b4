"""``vsdesk pack`` through the real console script, once, checked with pypdf.

Everything else about the pack commands (files, passwords, languages, listings) is tested
in-process in ``tests/unit/cli``, which is a hundred times faster.
"""

from __future__ import annotations

import json
import shutil
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
