"""``pupils show`` and ``edit FIELD=VALUE``, the same on ``vsdesk`` and ``vsdesk-hub``.

A module of its own so that the hub's command line can use it without loading the vault.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from vsdesk.errors import KnownError, UsageError

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
    edit = commands.add_parser(
        "edit",
        help=f"change fields: {prog} edit ID FIELD=VALUE ...",
        description=(
            "Change fields by path (see docs/field-paths.md). Dates are YYYY-MM-DD. "
            "FIELD=@FILE reads the value from a UTF-8 file and FIELD=@- from standard input, "
            "so free text about a child stays out of the shell history; FIELD=@@text stores "
            "'@text'."
        ),
    )
    edit.add_argument("pupil_id", metavar="ID")
    edit.add_argument(
        "assignments", nargs="+", metavar="FIELD=VALUE", help="also FIELD=@FILE or FIELD=@-"
    )
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(handler=handler)


MAX_VALUE_BYTES = 256 * 1024


def parse_assignments(items: list[str]) -> dict[str, str]:
    """``FIELD=VALUE`` pairs; a value ``@FILE`` or ``@-`` is read from a file or stdin."""
    assignments: dict[str, str] = {}
    for item in items:
        path, sep, value = item.partition("=")
        if not sep or not path.strip():
            raise UsageError("Give changes as FIELD=VALUE, e.g. attendance.percent=94.5")
        assignments[path.strip()] = _value(value)
    if sum(1 for item in items if item.partition("=")[2] == "@-") > 1:
        raise UsageError("Only one field can be read from standard input (FIELD=@-).")
    return assignments


def _value(text: str) -> str:
    if text.startswith("@@"):
        return text[1:]
    if not text.startswith("@"):
        return text
    source = text[1:]
    if source == "-":
        data = sys.stdin.buffer.read(MAX_VALUE_BYTES + 1)
    else:
        try:
            with open(source, "rb") as handle:
                data = handle.read(MAX_VALUE_BYTES + 1)
        except OSError as error:
            raise KnownError(f"Cannot read that file ({error.strerror}).") from None
    if len(data) > MAX_VALUE_BYTES:
        raise UsageError("That value is too long (over 256 KiB).")
    try:
        value = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError("The value is not UTF-8 text.") from None
    return value.removesuffix("\n").removesuffix("\r")  # the newline an editor adds at the end
