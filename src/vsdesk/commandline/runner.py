"""The one place a command's failure becomes what the person at the terminal sees.

Both ``vsdesk`` and ``vsdesk-hub`` run their handlers through :func:`run_handler`: errors
print as ``error: …`` on stderr with exit 1 (2 for usage), never a traceback, because a
traceback can carry a pupil's data in its local values. An unexpected exception (a bug)
prints only its type, so it can be reported without data.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from vsdesk.errors import UsageError, VsdeskError
from vsdesk.sync.bundle_errors import BundleAlreadyAppliedError


class Closable(Protocol):
    def close(self) -> None: ...


class CommandParser(argparse.ArgumentParser):
    """Usage errors as one ``error:`` line and exit 2, like every other failure."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"error: {message}\n")


def add_command_groups(parser: argparse.ArgumentParser, groups: Iterable[ModuleType]) -> None:
    """Each command module registers its own sub-commands (``register(commands)``)."""
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)
    for group in groups:
        group.register(commands)


def run_main(
    parser: argparse.ArgumentParser,
    argv: Sequence[str] | None,
    make_context: Callable[[argparse.Namespace], Closable],
) -> int:
    """Parse, print help when no command is given, else run the command's handler."""
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    return run_handler(args.handler, args, make_context(args))


def run_handler(handler: Callable[[Any, Any], int], args: Any, context: Closable) -> int:
    try:
        return int(handler(args, context))
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except VsdeskError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head`: not an error for the user
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("error: interrupted; nothing was half-written.", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: say what kind, never what data
        print(
            f"error: internal error ({type(error).__name__}); nothing was changed. "
            "Please report it.",
            file=sys.stderr,
        )
        return 1
    finally:
        context.close()


def import_each(paths: Iterable[Path], apply: Callable[[Path], str]) -> int:
    """Apply bundle files in the order given; a replay is reported, not an error.

    ``apply`` returns the line to print for an applied file; the first other failure stops
    the run (the files after it are likely to depend on it).
    """
    for path in paths:
        try:
            line = apply(path)
        except BundleAlreadyAppliedError:
            line = "already applied; nothing changed."
        print(f"{path.name}: {line}")
    return 0
