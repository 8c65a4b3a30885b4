"""``vsdesk --self-test`` / ``vsdesk-app --self-test``: one line, exit 0 or 1 naming the step,
nothing left behind, and never the teacher's real data folder.

One full run only (the CLI's, in-process, so with the test KDF): the other tests run a few
real steps, or none, through the same runner. ``make package-check`` runs the full self-test
of the built programs with the product's KDF.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import platformdirs
import pytest

from helpers.fixtures import run_in_process
from vsdesk import paths
from vsdesk.packs import fonts
from vsdesk.selftest import runner, steps
from vsdesk.selftest.errors import SelfTestError
from vsdesk.selftest.workspace import Workspace

PASSED = re.compile(r"^vsdesk self-test passed: 8 steps in \d+\.\d s$")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """An environment whose real data folders (platformdirs) are under ``tmp_path``, and a
    temp folder of its own, to see what the self-test leaves behind."""
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("VSDESK_")}
    return env | {
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "home" / "share"),
        "PYTHONIOENCODING": "utf-8",
    }


def left_behind(tmp_path: Path) -> list[Path]:
    return list((tmp_path / "tmp").iterdir())


def real_data_folders(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Where the product would keep a vault and a hub for this environment's user."""
    monkeypatch.setenv("HOME", env["HOME"])
    monkeypatch.setenv("XDG_DATA_HOME", env["XDG_DATA_HOME"])
    return [
        Path(platformdirs.user_data_dir(paths.APP_NAME, appauthor=False)),
        Path(platformdirs.user_data_dir(paths.HUB_APP_NAME, appauthor=False)),
    ]


def broken_fonts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pack's font files replaced by garbage (a damaged or half-copied installation)."""
    garbage = tmp_path / "DejaVuSans.ttf"
    garbage.write_bytes(b"this is not a TrueType font")
    monkeypatch.setattr(fonts, "font_files", lambda: dict.fromkeys(fonts._FILES, garbage))


def test_vsdesk_self_test_passes_in_one_line_and_leaves_nothing(
    tmp_path: Path, home: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run_in_process("vsdesk.cli.main:main", ["--self-test"], home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert PASSED.match(result.stdout.strip()), result.stdout
    assert result.stdout.count("\n") == 1 and result.stderr == ""
    assert left_behind(tmp_path) == []
    assert all(not folder.exists() for folder in real_data_folders(home, monkeypatch))


def test_vsdesk_app_offers_the_same_self_test(
    tmp_path: Path, home: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "STEPS", (("fonts", steps.check_fonts),))
    result = run_in_process("vsdesk.ui.app:main", ["--self-test"], home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.match(r"^vsdesk self-test passed: 2 steps in \d+\.\d s$", result.stdout.strip())
    assert left_behind(tmp_path) == []


def test_an_unreadable_font_fails_naming_the_step_and_cleans_up(
    tmp_path: Path, home: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    broken_fonts(tmp_path, monkeypatch)
    for program in ("vsdesk.cli.main:main", "vsdesk.ui.app:main"):
        result = run_in_process(program, ["--self-test"], home)
        assert result.returncode == 1
        assert result.stdout == (
            "vsdesk self-test failed at step 'fonts': The meeting-pack font DejaVuSans.ttf "
            "cannot be read (TTFError); reinstall vsdesk.\n"
        )
        assert left_behind(tmp_path) == []


def test_a_failure_after_the_vault_and_hub_exist_still_removes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.DATA_ENV, str(tmp_path / "teachers-real-vault"))
    made: list[Path] = []

    def breaks_with_data_in_its_message(workspace: Workspace) -> None:
        made.extend(p for p in workspace.root.rglob("*") if p.is_file())
        raise RuntimeError("Olivia Jones, 12 Heol y Dŵr")  # a bug whose message holds data

    chosen = (*runner.STEPS[1:3], ("pack", breaks_with_data_in_its_message))
    report = runner.run_self_test(chosen, temp_parent=tmp_path)
    assert (report.failed_step, report.exit_code, report.steps_run) == ("pack", 1, 2)
    assert report.line() == (
        "vsdesk self-test failed at step 'pack': internal error (RuntimeError); please report it."
    )
    assert any(p.name == "vault.db" for p in made) and any(p.name == "hub.db" for p in made)
    assert list(tmp_path.iterdir()) == []  # the vault and hub went with the folder
    assert os.environ[paths.DATA_ENV] == str(tmp_path / "teachers-real-vault")  # restored


def test_a_failed_check_says_what_failed_and_cleanup_failures_are_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def wrong_pack(workspace: Workspace) -> None:
        raise SelfTestError("The meeting pack's text lacks the pupil's name.")

    report = runner.run_self_test((("pack", wrong_pack),), temp_parent=tmp_path)
    assert report.line().endswith("at step 'pack': The meeting pack's text lacks the pupil's name.")

    def refuses(workspace: Workspace) -> None:
        raise PermissionError("/home/someone/secret")

    monkeypatch.setattr(Workspace, "remove", refuses)
    report = runner.run_self_test((), temp_parent=tmp_path)
    assert report.line() == (
        "vsdesk self-test failed at step 'cleanup': "
        "the system refused a file operation (PermissionError)."
    )


def test_a_window_system_qt_cannot_start_is_named_not_a_crash(tmp_path: Path) -> None:
    """Qt aborts the process when no platform plugin loads (a broken installation): the run
    still removes its folder and names the step. In a child process, since it ends one."""
    script = (
        "from vsdesk.selftest import runner\n"
        "from vsdesk.selftest.window_step import open_main_window\n"
        "runner.run_self_test(((runner.WINDOW, open_main_window),))\n"
        "print('Qt did not stop the process')\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("VSDESK_")}
    env |= {"QT_QPA_PLATFORM": "no-such-platform", "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1, done.stdout + done.stderr[-2000:]
    assert done.stdout.startswith(
        "vsdesk self-test failed at step 'window': the window system could not start"
    )
    assert done.stdout.count("\n") == 1
    assert list(tmp_path.iterdir()) == []
