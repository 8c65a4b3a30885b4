"""Entry point of ``vsdesk-hub``: parse, dispatch, and turn every failure into one clear line.

As in ``vsdesk``: ``error: …`` on stderr, exit 1 (2 for usage), never a traceback (it could
carry a pupil's data in its local values, or the database URL with its password); a bug
prints only its exception type. Command groups register themselves; sync adds its own module
to :data:`COMMAND_GROUPS`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from vsdesk import __version__
from vsdesk.cli.runner import run_handler
from vsdesk.hub import (
    device_commands,
    pupil_commands,
    setup_commands,
    sync_commands,
    teacher_commands,
)
from vsdesk.hub.context import HubContext

COMMAND_GROUPS = (setup_commands, pupil_commands, teacher_commands, device_commands, sync_commands)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vsdesk-hub",
        description="The Virtual School's hub: pupils, teachers, device enrolment and sync.",
    )
    parser.add_argument("--version", action="version", version=f"vsdesk-hub {__version__}")
    parser.add_argument(
        "--data",
        metavar="DIR",
        help="hub folder (default: VSDESK_HUB_DATA or your user data folder)",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL, e.g. postgresql+psycopg://vs@db/hub "
        "(default: VSDESK_HUB_DB, else hub.db in the hub folder)",
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
    return run_handler(args.handler, args, HubContext.from_args(args))


if __name__ == "__main__":
    sys.exit(main())
