"""Entry point of ``vsdesk``: parse and dispatch.

How failures reach the terminal (one ``error:`` line, exit 1 or 2, never a traceback) is
decided in one place for both command lines: :mod:`vsdesk.commandline.runner`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from vsdesk import __version__
from vsdesk.cli import (
    gui_command,
    pack_commands,
    pupil_commands,
    status_commands,
    sync_commands,
    vault_commands,
)
from vsdesk.cli.context import CommandContext
from vsdesk.commandline.runner import CommandParser, add_command_groups, run_main
from vsdesk.selftest.option import add_self_test_option

COMMAND_GROUPS = (
    vault_commands,
    pupil_commands,
    pack_commands,
    sync_commands,
    status_commands,
    gui_command,
)


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="vsdesk",
        description="Encrypted, offline Personal Education Plans for designated teachers.",
    )
    parser.add_argument("--version", action="version", version=f"vsdesk {__version__}")
    add_self_test_option(parser)
    parser.add_argument(
        "--data", metavar="DIR", help="data folder (default: VSDESK_DATA or your user data folder)"
    )
    add_command_groups(parser, COMMAND_GROUPS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    return run_main(build_parser(), argv, CommandContext.from_args)


if __name__ == "__main__":
    sys.exit(main())
