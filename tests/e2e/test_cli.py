"""The ``vsdesk`` command line as a teacher's shell runs it: real processes, real files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from helpers.fixtures import Cli, find_markers, shared_demo_vault, snapshot


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo vault per run, made through the CLI and copied for each test."""
    return shared_demo_vault(tmp_path_factory, pupils=12, seed=5)


@pytest.fixture
def demo(cli: Cli, demo_template: Path, vault_dir: Path) -> Cli:
    shutil.copytree(demo_template, vault_dir)
    return cli


def pupil_ids(cli: Cli) -> list[str]:
    return [p["id"] for p in json.loads(cli("pupils", "--json").stdout)]


def test_no_arguments_prints_help(cli: Cli) -> None:
    result = cli()
    assert result.returncode == 0
    assert "usage: vsdesk" in result.stdout and "init" in result.stdout


def test_list_show_edit_history(demo: Cli) -> None:
    listed = json.loads(demo("pupils", "--json").stdout)
    assert len(listed) == 12 and {"id", "name"} <= set(listed[0])
    pupil_id = listed[0]["id"]
    edited = demo("edit", pupil_id, "attendance.percent=91.5", "voice.pupil=Dw i'n hoffi ŵyn")
    assert edited.returncode == 0, edited.stderr
    shown = json.loads(demo("pupils", "show", pupil_id, "--json").stdout)
    assert shown["attendance"]["percent"] == 91.5
    assert shown["voice"]["pupil"] == "Dw i'n hoffi ŵyn"
    assert shown["name"] == listed[0]["name"] and "safeguarding" not in shown
    history = demo("history", pupil_id).stdout
    assert "attendance.percent" in history and "Ms Jones" in history
    sensitive = json.loads(demo("pupils", "show", pupil_id, "--json", "--include-sensitive").stdout)
    assert sensitive["safeguarding"]["placement_address"]


def test_text_show_uses_field_paths(demo: Cli) -> None:
    out = demo("pupils", "show", pupil_ids(demo)[0]).stdout
    assert "attendance.percent: " in out and "pupil.given_name: " in out


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("edit", "{id}", "attendance.percent=140"), 1, "0 to 100"),
        (("edit", "{id}", "qa.rating=green"), 1, "kept by the authority"),
        (("edit", "{id}", "attendance.bogus=1"), 2, "Unknown field path"),
        (("edit", "{id}", "no-equals-sign"), 2, "FIELD=VALUE"),
        (("pupils", "show", "p-0000000000"), 1, "No pupil"),
        (("frobnicate",), 2, "invalid choice"),
    ],
)
def test_errors_are_one_line_with_exit_code_and_no_data(
    demo: Cli, args: tuple[str, ...], code: int, words: str
) -> None:
    pupil_id = pupil_ids(demo)[0]
    before = demo("pupils", "show", pupil_id, "--json").stdout
    result = demo(*(a.format(id=pupil_id) for a in args))
    assert result.returncode == code
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("error:") and words in last
    assert "Traceback" not in result.stderr
    assert json.loads(before)["name"] not in result.stderr
    assert demo("pupils", "show", pupil_id, "--json").stdout == before


def test_wrong_passphrase_exit_1_and_files_untouched(demo: Cli, vault_dir: Path) -> None:
    before = snapshot(vault_dir)
    result = demo("pupils", VSDESK_PASSPHRASE="not it at all")
    assert result.returncode == 1
    assert result.stderr.startswith("error: Wrong passphrase")
    assert snapshot(vault_dir) == before


def test_missing_passphrase_without_terminal_is_a_usage_error(cli: Cli) -> None:
    env = {k: v for k, v in cli.env.items() if k != "VSDESK_PASSPHRASE"}
    result = Cli("vsdesk", env)("pupils")
    assert result.returncode == 2 and "VSDESK_PASSPHRASE" in result.stderr


def test_damaged_database_message(demo: Cli, vault_dir: Path) -> None:
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0xFF
    db.write_bytes(bytes(data))
    result = demo("pupils")
    assert result.returncode == 1
    assert "integrity" in result.stderr and "Traceback" not in result.stderr


def test_passwd_then_purge(demo: Cli, vault_dir: Path) -> None:
    changed = demo("passwd", VSDESK_NEW_PASSPHRASE="another long passphrase")
    assert changed.returncode == 0, changed.stderr
    assert demo("pupils").returncode == 1
    demo.env["VSDESK_PASSPHRASE"] = "another long passphrase"
    ids = pupil_ids(demo)
    shown = json.loads(demo("pupils", "show", ids[0], "--json").stdout)
    markers = [shown["pupil"]["upn"], shown["voice"]["carer"][:30]]
    assert demo("purge", ids[0], "--yes").returncode == 0
    assert pupil_ids(demo) == [i for i in ids if i != ids[0]]
    assert find_markers(vault_dir, [markers[0]]) == []


def test_init_refuses_short_passphrase_and_existing_vault(cli: Cli) -> None:
    assert cli("init", VSDESK_PASSPHRASE="short").returncode == 2
    assert cli("init").returncode == 0
    again = cli("init")
    assert again.returncode == 1 and "already exists" in again.stderr
