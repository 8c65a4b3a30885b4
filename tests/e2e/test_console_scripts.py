"""The real console scripts in real processes: start-up, exit codes, the product's KDF.

Almost every other CLI test calls ``main(argv)`` in-process for speed (helpers.fixtures);
these few prove that what a teacher's shell starts behaves the same.
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers.fixtures import Cli, cli_env, snapshot
from helpers.hub_fixtures import hub_env


def test_the_scripts_start_and_print_their_help(tmp_path: Path) -> None:
    for program in ("vsdesk", "vsdesk-hub"):
        done = Cli(program, cli_env(tmp_path), subprocess=True)()
        assert done.returncode == 0 and "usage:" in done.stdout and done.stderr == ""


def test_a_real_process_makes_a_vault_with_the_products_kdf(tmp_path: Path) -> None:
    teacher = Cli("vsdesk", cli_env(tmp_path / "data"), subprocess=True)
    assert teacher("init", "--name", "Ms Jones").returncode == 0
    key_file = json.loads((tmp_path / "data" / "vault.key").read_text())
    assert key_file["kdf"]["params"] == {"memory_kib": 65536, "iterations": 3, "lanes": 4}
    before = snapshot(tmp_path / "data")
    wrong = teacher("pupils", VSDESK_PASSPHRASE="not the passphrase at all")
    assert wrong.returncode == 1 and wrong.stderr.startswith("error: ")
    assert "Traceback" not in wrong.stderr and snapshot(tmp_path / "data") == before


def test_a_usage_error_exits_2_in_a_real_process(tmp_path: Path) -> None:
    hub = Cli("vsdesk-hub", hub_env(tmp_path / "hub"), subprocess=True)
    done = hub("no-such-command")
    assert done.returncode == 2 and "error:" in done.stderr and "Traceback" not in done.stderr
