"""Entry point of ``vsdesk``: parse, dispatch, and turn every failure into one clear line.

Errors print as ``error: …`` on stderr with exit 1 (2 for usage), never a traceback: a
traceback can carry a pupil's data in its local values and frightens the people who use this.
An unexpected exception (a bug) prints only its type, so it can be reported without data.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from vsdesk import __version__
from vsdesk.cli import pack_commands, pupil_commands, sync_commands, vault_commands
from vsdesk.cli.context import CommandContext
from vsdesk.errors import UsageError, VsdeskError

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
    context = CommandContext.from_args(args)
    try:
        return int(args.handler(args, context))
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


if __name__ == "__main__":
    sys.exit(main())
