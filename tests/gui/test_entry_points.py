"""How the window starts: the vsdesk-app script, `vsdesk gui`, and --data/--demo."""

from __future__ import annotations

import tomllib
from pathlib import Path

from vsdesk.cli.gui_command import run_gui
from vsdesk.cli.main import build_parser
from vsdesk.ui.app import parse_args

ROOT = Path(__file__).resolve().parents[2]


def test_vsdesk_app_is_a_gui_script_so_windows_opens_no_console() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["gui-scripts"]["vsdesk-app"] == "vsdesk.ui.app:main"


def test_vsdesk_gui_is_a_command_of_the_cli() -> None:
    args = build_parser().parse_args(["--data", "somewhere", "gui"])
    assert args.handler is run_gui and args.data == "somewhere" and not args.demo


def test_the_demo_flag_is_off_unless_asked_for() -> None:
    assert parse_args(["--data", "d"]).demo is False
    assert parse_args(["--data", "d", "--demo"]).demo is True
