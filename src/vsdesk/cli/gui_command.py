"""``vsdesk gui``: open the window on the same data folder.

The window's package is imported only when this command runs, so no other command (and no
core module) ever loads PySide6.
"""

from __future__ import annotations

import argparse

from vsdesk.cli.context import CommandContext


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gui = commands.add_parser("gui", help="open the vsdesk window")
    gui.add_argument("--demo", action="store_true", help=argparse.SUPPRESS)
    gui.set_defaults(handler=run_gui)


def run_gui(args: argparse.Namespace, context: CommandContext) -> int:
    from vsdesk.ui.app import main as app_main

    return app_main(["--data", str(context.data_dir), *(["--demo"] if args.demo else [])])
