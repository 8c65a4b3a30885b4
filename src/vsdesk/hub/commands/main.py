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
from vsdesk.commandline.runner import CommandParser, add_command_groups, run_main
from vsdesk.hub.commands import (
    device_commands,
    plan_commands,
    pupil_commands,
    serve_commands,
    setup_commands,
    sync_commands,
    teacher_commands,
)
from vsdesk.hub.commands.context import HubContext
from vsdesk.monitoring import commands as monitoring_commands

COMMAND_GROUPS = (
    setup_commands,
    pupil_commands,
    plan_commands,
    teacher_commands,
    device_commands,
    sync_commands,
    monitoring_commands,
    serve_commands,
)


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
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
    add_command_groups(parser, COMMAND_GROUPS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    return run_main(build_parser(), argv, HubContext.from_args)


if __name__ == "__main__":
    sys.exit(main())
