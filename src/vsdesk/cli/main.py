"""Entry point of ``vsdesk``: parse and dispatch.

How failures reach the terminal (one ``error:`` line, exit 1 or 2, never a traceback) is
decided in one place for both command lines: :mod:`vsdesk.cli.runner`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from vsdesk import __version__
from vsdesk.cli import pack_commands, pupil_commands, sync_commands, vault_commands
from vsdesk.cli.context import CommandContext
from vsdesk.cli.runner import run_handler

COMMAND_GROUPS = (vault_commands, pupil_commands, pack_commands, sync_commands)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vsdesk",
        description="Encrypted, offline Personal Education Plans for designated teachers.",
    )
    parser.add_argument("--version", action="version", version=f"vsdesk {__version__}")
    parser.add_argument(
        "--data", metavar="DIR", help="data folder (default: VSDESK_DATA or your user data folder)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    return run_handler(args.handler, args, CommandContext.from_args(args))


if __name__ == "__main__":
    sys.exit(main())
