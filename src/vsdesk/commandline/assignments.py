"""``pupils show`` and ``edit FIELD=VALUE``, the same on ``vsdesk`` and ``vsdesk-hub``.

A module of its own so that the hub's command line can use it without loading the vault.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from vsdesk.errors import UsageError

Handler = Callable[[argparse.Namespace, Any], int]


def add_show_parser(
    actions: argparse._SubParsersAction[argparse.ArgumentParser], handler: Handler
) -> None:
    show = actions.add_parser("show", help="one pupil and their current plan")
    show.add_argument("pupil_id", metavar="ID")
    show.add_argument("--json", action="store_true", help="nested by field path")
    show.add_argument(
        "--include-sensitive", action="store_true", help="include safeguarding contacts"
    )
    show.set_defaults(handler=handler)


def add_edit_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], prog: str, handler: Handler
) -> None:
    edit = commands.add_parser("edit", help=f"change fields: {prog} edit ID FIELD=VALUE ...")
    edit.add_argument("pupil_id", metavar="ID")
    edit.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(handler=handler)


def parse_assignments(items: list[str]) -> dict[str, str]:
    assignments: dict[str, str] = {}
    for item in items:
        path, sep, value = item.partition("=")
        if not sep or not path.strip():
            raise UsageError("Give changes as FIELD=VALUE, e.g. attendance.percent=94.5")
        assignments[path.strip()] = value
    return assignments
